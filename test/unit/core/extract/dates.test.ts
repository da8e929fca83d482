import { describe, expect, it } from 'vitest';
import { atOffset, formatIso, parseDate } from '../../../../src/core/extract/metadata/dates';
import { settlePublished } from '../../../../src/core/extract/metadata/published';

const iso = (text: string, dayFirst = true): string | null => {
  const w = parseDate(text, dayFirst);
  return w ? formatIso(w) : null;
};

describe('reading dates', () => {
  it.each([
    ['13:40 - Thứ Tư, 08/02/2023', '2023-02-08T13:40:00Z'],
    ['Thứ hai, 6/5/2024, 10:30 (GMT+7)', '2024-05-06T10:30:00+07:00'],
    ['Thứ Tư, 22/11/2023 | 15:10', '2023-11-22T15:10:00Z'],
    ["Thứ tư, 16/10/2024 - 09:05'", '2024-10-16T09:05:00Z'],
    ['27/04/2024 06:20 GMT+7', '2024-04-27T06:20:00+07:00'],
    ['ngày 8 tháng 2 năm 2023', '2023-02-08'],
    ['2024-04-26T23:20:00Z', '2024-04-26T23:20:00Z'],
    ['2019-11-19T11:51:32.556Z', '2019-11-19T11:51:32Z'],
    ['2021-04-13T06:30:00-05:00', '2021-04-13T06:30:00-05:00'],
    ['2024-05-06 09:12:00', '2024-05-06T09:12:00Z'],
    ['2020/07/15', '2020-07-15'],
    ['Published 11:11 PM EST Nov 19, 2019', '2019-11-19T23:11:00-05:00'],
    ['Nov. 20, 2019 12:05 a.m. PST', '2019-11-20T00:05:00-08:00'],
  ])('reads %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads numeric dates day first on Vietnamese pages and month first on US ones', () => {
    expect(iso('6/5/2024')).toBe('2024-05-06');
    expect(iso('6/5/2024', false)).toBe('2024-06-05');
    // 18 cannot be a month, whichever order the page uses.
    expect(iso('11/18/19 11:04 PM', true)).toBe('2019-11-18T23:04:00Z');
  });

  it('rejects what is not a real date', () => {
    expect(parseDate('31/02/2024', true)).toBeNull();
    expect(parseDate('Lượt xem: 4769', true)).toBeNull();
    expect(parseDate('Sáng 15/10', true)).toBeNull();
  });

  it('moves a time to another offset without moving the instant', () => {
    const utc = parseDate('2024-04-26T23:20:00Z', true)!;
    const local = atOffset(utc, '+07:00');
    expect(formatIso(local)).toBe('2024-04-27T06:20:00+07:00');
    expect(Date.parse(formatIso(local))).toBe(Date.parse('2024-04-26T23:20:00Z'));
  });
});

describe('settling the published time', () => {
  const settle = (candidates: (string | null)[], vietnamese: boolean, visible: string | null = null): string | null =>
    settlePublished({ candidates: candidates.map((c) => () => c), visible: () => (visible ? parseDate(visible, true) : null), vietnamese, dayFirst: true });

  it('takes the first candidate that reads, in order of trust', () => {
    expect(settle([null, 'not a date', '2023-06-01T08:00:00-04:00', '2023-06-02T15:00:00-04:00'], false)).toBe('2023-06-01T08:00:00-04:00');
  });

  it('writes Vietnamese times at +07:00: UTC converted, local times without an offset kept', () => {
    expect(settle(['2024-04-26T23:20:00Z'], true)).toBe('2024-04-27T06:20:00+07:00');
    expect(settle(['2024-05-06 09:12:00'], true)).toBe('2024-05-06T09:12:00+07:00');
    expect(settle([], true, '13:40 - Thứ Tư, 08/02/2023')).toBe('2023-02-08T13:40:00+07:00');
  });

  it('keeps the offset of other pages, and reads a time without one as UTC', () => {
    expect(settle(['2019-11-20T09:00:00+09:00'], false)).toBe('2019-11-20T09:00:00+09:00');
    expect(settle(['2019-11-20T09:00:00'], false)).toBe('2019-11-20T09:00:00Z');
  });

  it('completes a date-only metadata value with the time on the date line of the same day', () => {
    expect(settle(['2023-11-22'], true, 'Thứ Tư, 22/11/2023 | 15:10')).toBe('2023-11-22T15:10:00+07:00');
    expect(settle(['2023-11-22'], true, 'Thứ Năm, 23/11/2023 | 15:10')).toBe('2023-11-22');
  });
});
