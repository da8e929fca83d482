import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../../src/core/entities';

const officials = (text: string) => suggestEntities(text).officials;
const names = (text: string): string[] => officials(text).map((o) => o.name);

describe('officials: title before the name', () => {
  it('reads the title and its organisation, and the name after it', () => {
    expect(officials('Sáng nay, Phó Bí thư Huyện ủy Tuần Giáo Quàng Văn Khởi kiểm tra công tác phòng chống lũ.')).toEqual([
      { name: 'Quàng Văn Khởi', positions: ['Phó Bí thư Huyện ủy Tuần Giáo'], rank: null },
    ]);
  });
  it('splits a place and a name that run together, by family name', () => {
    expect(officials('Chủ tịch UBND huyện Mường Nhé Lò Văn Chiến cho biết huyện đã di dời 40 hộ.')).toEqual([
      { name: 'Lò Văn Chiến', positions: ['Chủ tịch UBND huyện Mường Nhé'], rank: null },
    ]);
  });
  it('keeps lowercase titles and abbreviations as written', () => {
    expect(officials('Theo phó chủ tịch UBND Q.5 Nguyễn Thành Nam, quận đã lắp thêm đèn.')[0]?.positions).toEqual(['phó chủ tịch UBND Q.5']);
  });
  it('reads central titles and sentence-case ministries', () => {
    expect(officials('Bộ trưởng Bộ Tài nguyên và Môi trường Đỗ Đức Toàn đề nghị tỉnh rà soát.')).toEqual([
      { name: 'Đỗ Đức Toàn', positions: ['Bộ trưởng Bộ Tài nguyên và Môi trường'], rank: null },
    ]);
  });
  it('gives a shared title to every name of the list after it', () => {
    const list = officials('Dự buổi làm việc có các đồng chí Phó Chủ tịch UBND tỉnh: Hà Văn Tám, Lò Thị Nhung; đại diện các sở.');
    expect(list.map((o) => [o.name, o.positions])).toEqual([
      ['Hà Văn Tám', ['Phó Chủ tịch UBND tỉnh']],
      ['Lò Thị Nhung', ['Phó Chủ tịch UBND tỉnh']],
    ]);
    expect(names('Phó Chủ tịch UBND huyện Đinh Văn Sơn và Cầm Thị Hoa cùng dự.')).toEqual(['Đinh Văn Sơn', 'Cầm Thị Hoa']);
  });
  it('tells two officials joined by "và" apart', () => {
    const list = officials('Thứ trưởng Bộ Xây dựng Phan Văn Lực và Giám đốc Sở Giao thông vận tải Vũ Minh Đức đã kiểm tra hiện trường.');
    expect(list.map((o) => [o.name, o.positions])).toEqual([
      ['Phan Văn Lực', ['Thứ trưởng Bộ Xây dựng']],
      ['Vũ Minh Đức', ['Giám đốc Sở Giao thông vận tải']],
    ]);
  });
  it('matches titles in new tone placement, NFD and with a non-breaking space', () => {
    const text = 'Phó Chủ tịch Thường trực UBND tỉnh\u00a0Lường Thị Hoà phát biểu.';
    expect(officials(text)[0]?.name).toBe('Lường Thị Hoà');
    expect(officials(text.normalize('NFD'))[0]?.positions).toEqual(['Phó Chủ tịch Thường trực UBND tỉnh']);
    expect(officials('Bí thư Tỉnh uỷ Vừ A Dính dự lễ.')[0]?.positions).toEqual(['Bí thư Tỉnh uỷ']);
  });
});

describe('officials: name before the title', () => {
  it('reads "đồng chí X, t1, t2" with every position', () => {
    expect(officials('Đồng chí Tòng Văn Bảy, Tỉnh ủy viên, Bí thư Huyện ủy Điện Biên Đông, phát biểu chỉ đạo.')).toEqual([
      { name: 'Tòng Văn Bảy', positions: ['Tỉnh ủy viên', 'Bí thư Huyện ủy Điện Biên Đông'], rank: null },
    ]);
  });
  it('reads "ông X - t -" with dashes on both sides', () => {
    expect(officials('Theo ông Đặng Hữu Phúc - giám đốc Sở Xây dựng TP.HCM - công trình sẽ xong vào tháng 9.')[0]?.positions).toEqual([
      'giám đốc Sở Xây dựng TP.HCM',
    ]);
  });
  it('reads "Các đồng chí: A, t; B, t"', () => {
    const list = officials('Các đồng chí: Vì Văn Sơn, Phó Bí thư Tỉnh ủy; Nông Thị Hà, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.');
    expect(list.map((o) => [o.name, o.positions])).toEqual([
      ['Vì Văn Sơn', ['Phó Bí thư Tỉnh ủy']],
      ['Nông Thị Hà', ['Trưởng Ban Tuyên giáo Tỉnh ủy']],
    ]);
  });
  it('keeps an organisation name with a comma or a dash inside in one position', () => {
    expect(officials('Bà Lò Thị Vân, Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết.')[0]?.positions).toEqual([
      'Giám đốc Sở Lao động - Thương binh và Xã hội',
    ]);
    expect(officials('ông Đỗ Văn Hưng - thứ trưởng Bộ Văn hóa, Thể thao và Du lịch; ông Lê Văn Thanh cùng dự.')[0]?.positions).toEqual([
      'thứ trưởng Bộ Văn hóa, Thể thao và Du lịch',
    ]);
  });
  it('keeps "nguyên" (former) on the position', () => {
    expect(officials('Ông Hà Văn Thăng, nguyên Chủ tịch UBND huyện Tủa Chùa, nay đã nghỉ hưu.')[0]?.positions).toEqual([
      'nguyên Chủ tịch UBND huyện Tủa Chùa',
    ]);
  });
  it('reports a rank apart from the positions', () => {
    expect(officials('Thượng tá Lò Văn Khánh, Phó Trưởng Công an huyện, cho biết.')).toEqual([
      { name: 'Lò Văn Khánh', positions: ['Phó Trưởng Công an huyện'], rank: 'Thượng tá' },
    ]);
  });
  it('ends a position at the verb after it', () => {
    expect(officials('Ông Lý Văn Pao, Giám đốc Ban Quản lý dự án các công trình nông nghiệp tỉnh cho biết gói thầu đã xong.')[0]?.positions).toEqual([
      'Giám đốc Ban Quản lý dự án các công trình nông nghiệp tỉnh',
    ]);
  });
});

describe('officials: who is not one', () => {
  it('skips historic figures, even with a title', () => {
    expect(names('Học tập tấm gương của Chủ tịch Hồ Chí Minh và Đại tướng Võ Nguyên Giáp.')).toEqual([]);
  });
  it('skips streets, wards and schools named after people', () => {
    expect(names('Nhà văn hóa trên đường Nguyễn Chí Thanh và Trường THCS Hoàng Văn Thụ được sửa.')).toEqual([]);
    expect(names('Ông Lê Văn Tú, Chủ tịch UBND phường Nguyễn Thái Học, cho biết.')).toEqual(['Lê Văn Tú']);
  });
  it('skips residents quoted with ông/bà and no title', () => {
    expect(names('Bà Lò Thị Dung, trú tại bản Huổi Hẹ, cho biết. Ông Quàng Văn Pọm (60 tuổi, người dân xã Nà Tấu) rất vui.')).toEqual([]);
  });
  it('skips bylines and photo credits', () => {
    expect(names('Ảnh: Hoàng Minh Đức\n\nBài, ảnh: Lường Thị Hạnh\n\nTin, ảnh: Trần Hiếu')).toEqual([]);
  });
  it('skips a title with no name ("reference by title only")', () => {
    expect(names('Phó Chủ tịch UBND tỉnh đề nghị các sở vào cuộc; Thủ tướng Chính phủ đã có công điện.')).toEqual([]);
  });
  it('does not take a village head ("Trưởng bản") for a head of a board ("Trưởng ban")', () => {
    expect(names('Ông Vàng A Sử, Trưởng bản Huổi Lếch, cho biết.')).toEqual([]);
  });
});

describe('officials: titles in a chain, and titles before "ông"/"đồng chí"', () => {
  it('gives every title of a comma chain to the name after the last', () => {
    expect(officials('Tỉnh ủy viên, Bí thư Huyện ủy Nậm Pồ Lò Văn Chinh dự lễ.')[0]?.positions).toEqual(['Tỉnh ủy viên', 'Bí thư Huyện ủy Nậm Pồ']);
  });
  it('reads "kiêm" between two positions', () => {
    expect(officials('Bà Lê Thị Nga, Phó Chủ tịch UBND huyện kiêm Trưởng phòng Nội vụ, cho biết.')[0]?.positions).toEqual([
      'Phó Chủ tịch UBND huyện',
      'Trưởng phòng Nội vụ',
    ]);
  });
  it('gives a title to "đồng chí X" right after it, unless X has a title of their own', () => {
    expect(officials('Phát biểu bế mạc, Chủ tịch HĐND tỉnh, đồng chí Cầm Ngọc Minh đánh giá cao các đại biểu.')[0]).toEqual({
      name: 'Cầm Ngọc Minh',
      positions: ['Chủ tịch HĐND tỉnh'],
      rank: null,
    });
    expect(officials('Báo cáo Chủ tịch UBND tỉnh, ông Tạ Văn Lâm, Giám đốc Sở Tài chính cho biết.')[0]?.positions).toEqual(['Giám đốc Sở Tài chính']);
  });
  it('reads a title straight after "Ông X" with no comma', () => {
    expect(officials('Ông Sùng A Lử Chủ tịch UBND xã Huổi Lèng cho biết.')[0]?.positions).toEqual(['Chủ tịch UBND xã Huổi Lèng']);
  });
});

describe('officials: heads of businesses and the late', () => {
  it('does not take the head of a company or cooperative for an official', () => {
    expect(names('Ông Phạm Văn Tài, Giám đốc Công ty cổ phần Xây dựng Mường Thanh, cho biết. Chủ nhiệm HTX chè Tủa Chùa Lý A Dính cho biết.')).toEqual([]);
  });
  it('does not take "cố" (the late) leaders for officials of the day', () => {
    expect(names('Tỉnh tổ chức lễ tưởng niệm cố Thủ tướng Phan Văn Khải.')).toEqual([]);
  });
});

describe('the body only', () => {
  it('leaves out a related-links box that extraction let through', () => {
    const text = 'Ông Lò Văn Khiêm, Chủ tịch UBND xã Pú Nhi, cho biết.\n\nTin liên quan: Phó Chủ tịch UBND tỉnh Lê Văn Tám kiểm tra lũ\n\n>> Bí thư Huyện ủy Lò Văn Nhóm thăm bản Ho Cớ';
    expect(names(text)).toEqual(['Lò Văn Khiêm']);
  });
});
