import { describe, expect, it } from 'vitest';
import { labelled, timeScale } from '../../../popup/entity/timeline-scale';

const at = (iso: string) => Date.parse(iso);

describe('timeScale', () => {
  it('maps the dates inside the width, oldest left, with padding on both sides', () => {
    const s = timeScale([at('2023-02-08T13:40:00+07:00'), at('2024-10-16T09:05:00+07:00')], 600);
    const a = s.x(at('2023-02-08T13:40:00+07:00'));
    const b = s.x(at('2024-10-16T09:05:00+07:00'));
    expect(a).toBeGreaterThan(0);
    expect(b).toBeLessThan(600);
    expect(a).toBeLessThan(b);
  });

  it('puts ticks on month boundaries, at a step whose labels fit', () => {
    const s = timeScale([at('2023-02-08T00:00:00Z'), at('2024-10-16T00:00:00Z')], 600);
    expect(s.ticks.length).toBeGreaterThan(1);
    expect(s.ticks.length).toBeLessThanOrEqual(600 / 72);
    for (const tick of s.ticks) expect(new Date(tick.time).getUTCDate()).toBe(1);
    expect(s.ticks.every((tick) => /^\d{2}\/\d{4}$/.test(tick.label))).toBe(true);
    const years = timeScale([at('2010-01-01T00:00:00Z'), at('2024-01-01T00:00:00Z')], 600);
    expect(years.ticks.every((tick) => /^\d{4}$/.test(tick.label))).toBe(true);
  });

  it('gives a lone article months on either side, so it sits in the middle', () => {
    const s = timeScale([at('2023-02-08T13:40:00+07:00')], 500);
    expect(s.x(at('2023-02-08T13:40:00+07:00'))).toBeCloseTo(250);
  });
});

describe('labelled', () => {
  it('labels a point only when it is far enough from the last labelled one', () => {
    expect(labelled([0, 40, 90, 100, 300], 78)).toEqual([true, false, true, false, true]);
  });
});
