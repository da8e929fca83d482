import { describe, expect, it } from 'vitest';
import { isNameLike, joinAuthors, parseAuthors } from '../../../../src/core/extract/metadata/authors';

describe('author names', () => {
  it.each([
    ['Tin, ảnh: An Chi', ['An Chi']],
    ['Bài và ảnh: Lò Thị Hương'.normalize('NFD'), ['Lò Thị Hương']],
    ['BÀI VÀ ẢNH: LÒ THỊ HƯƠNG - THU TRANG', ['Lò Thị Hương', 'Thu Trang']],
    ['Bài: Thu Hà - Ảnh: Minh Khôi', ['Thu Hà']],
    ['Lan Phương (Trung tâm Văn hóa, Thể thao và Truyền thông huyện Mường Chà)', ['Lan Phương']],
    ['Thu Hằng (TTXVN)', ['Thu Hằng']],
    ['Minh Hà/TTXVN', ['Minh Hà']],
    ['Theo TTXVN', ['TTXVN']],
    ['Nhóm PV', ['Nhóm PV']],
    ['Tuấn Anh', ['Tuấn Anh']],
    ['Minh Quân, Thu Trang', ['Minh Quân', 'Thu Trang']],
    ['By ROBERT BURNS, AP National Security Writer', ['Robert Burns']],
    ['By Justine Coleman - 11/18/19 11:04 PM EST', ['Justine Coleman']],
    ['Mike Wuerthele and Malcolm Owen', ['Mike Wuerthele', 'Malcolm Owen']],
    ['https://www.facebook.com/someone', []],
  ])('%s → %j', (raw, names) => {
    expect(parseAuthors(raw)).toEqual(names);
  });

  it('reads one-name tags written "Family, Given"', () => {
    expect(parseAuthors('Müller, Anna', true)).toEqual(['Anna Müller']);
  });

  it('joins several authors the Vietnamese way on Vietnamese pages', () => {
    expect(joinAuthors(['Minh Quân', 'Thu Trang'], true)).toBe('Minh Quân - Thu Trang');
    expect(joinAuthors(['Ailsa MacLeod', 'Priya Raman'], false)).toBe('Ailsa MacLeod, Priya Raman');
    expect(joinAuthors([], true)).toBeNull();
  });

  it('tells a name from a sentence', () => {
    expect(isNameLike('Hải Yến - Trúc Lâm')).toBe(true);
    expect(isNameLike('Ludwig van Beethoven')).toBe(true);
    expect(isNameLike('Theo kế hoạch, dự án hoàn thành năm 2025')).toBe(false);
  });
});
