import { describe, expect, it } from 'vitest';
import { formatWallTime, joinIso, splitIso } from '../../../../src/core/time/iso';

describe('ISO date-times with offsets', () => {
  it('splits and joins without moving the wall-clock time', () => {
    expect(splitIso('2023-02-08T13:40:00+07:00')).toEqual({ local: '2023-02-08T13:40', offset: '+07:00' });
    expect(joinIso('2023-02-08T13:40', '+07:00')).toBe('2023-02-08T13:40:00+07:00');
    expect(Date.parse(joinIso('2023-02-08T13:40', '+07:00')!)).toBe(Date.parse('2023-02-08T06:40:00Z'));
  });
  it('reads Z as +00:00 and a bare date as Vietnamese midnight', () => {
    expect(splitIso('2024-04-26T23:20:00Z')).toEqual({ local: '2024-04-26T23:20', offset: '+00:00' });
    expect(splitIso('2024-04-26')).toEqual({ local: '2024-04-26T00:00', offset: '+07:00' });
  });
  it('refuses malformed input', () => {
    expect(splitIso('08/02/2023')).toBeNull();
    expect(joinIso('2023-02-30T10:00', '+07:00')).toBeNull();
    expect(joinIso('2023-02-08T10:00', '7')).toBeNull();
  });
  it('formats day first with the offset', () => {
    expect(formatWallTime('2023-02-08T13:40:00+07:00')).toBe('08/02/2023 13:40 (+07:00)');
  });
});
