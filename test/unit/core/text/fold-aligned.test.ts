import { describe, expect, it } from 'vitest';
import { foldAligned } from '../../../../src/core/text/fold-aligned';

describe('foldAligned', () => {
  it('strips marks, maps đ to d and lowercases, keeping the length', () => {
    const text = 'Tin, ảnh: Đặng Thuỷ';
    const folded = foldAligned(text);
    expect(folded).toBe('tin, anh: dang thuy');
    expect(folded.length).toBe(text.length);
  });

  it('lets a match on the folded copy cut the original at the same place', () => {
    const text = 'BÀI VÀ ẢNH: Lò Thị Hương';
    const m = /^bai va anh:\s*/.exec(foldAligned(text))!;
    expect(text.slice(m[0].length)).toBe('Lò Thị Hương');
  });
});
