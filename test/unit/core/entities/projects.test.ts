import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../../src/core/entities';

const projects = (text: string): string[] => suggestEntities(text).projects.map((p) => p.name);

describe('projects', () => {
  it('reads "Dự án …" up to a function word or a verb', () => {
    expect(projects('Dự án nâng cấp Quốc lộ 4H đoạn Mường Chà - Mường Nhé do Sở Giao thông làm chủ đầu tư.')).toEqual([
      'Dự án nâng cấp Quốc lộ 4H đoạn Mường Chà - Mường Nhé',
    ]);
    expect(projects('Huyện triển khai dự án xây dựng cầu treo bản Na Ngua tại xã Chiềng Sơ với kinh phí lớn.')).toEqual([
      'dự án xây dựng cầu treo bản Na Ngua',
    ]);
  });
  it('reads "công trình …" when it names a place or a number', () => {
    expect(projects('Công trình kè chống sạt lở suối Nậm Rốm đã hoàn thành.')).toEqual(['Công trình kè chống sạt lở suối Nậm Rốm']);
    expect(projects('Các công trình giao thông và công trình phúc lợi được quan tâm.')).toEqual([]);
  });
  it('ends a name after a place that nothing continues', () => {
    expect(projects('Dự án nước sạch bản Huổi Só bàn giao cho người dân.')).toEqual(['Dự án nước sạch bản Huổi Só']);
  });
  it('keeps a comma that is part of the name', () => {
    expect(projects('Dự án sửa chữa, nâng cấp hồ chứa nước Pá Khoang đang chậm.')).toEqual(['Dự án sửa chữa, nâng cấp hồ chứa nước Pá Khoang']);
  });
  it('stops at a comma before a place in apposition', () => {
    expect(projects('Dự án Trường Tiểu học Số 2 Tả Sìn Thàng, huyện Tủa Chùa đã hoàn thành.')).toEqual(['Dự án Trường Tiểu học Số 2 Tả Sìn Thàng']);
  });
  it('splits lists joined by "và" or semicolons', () => {
    expect(projects('Gồm: Dự án đường nội thị số 3 và dự án hạ tầng khu dân cư phía Đông; Dự án kè sông Nậm Rốm.')).toEqual([
      'Dự án đường nội thị số 3',
      'dự án hạ tầng khu dân cư phía Đông',
      'Dự án kè sông Nậm Rốm',
    ]);
  });
  it('reads a quoted name', () => {
    expect(projects('Tỉnh đoàn phát động dự án “Thắp sáng đường biên” trong thanh niên.')).toEqual(['dự án “Thắp sáng đường biên”']);
  });
  it('skips programmes, schemes, plans and generic mentions', () => {
    const text =
      'Chương trình mục tiêu quốc gia giảm nghèo bền vững và Đề án phát triển chè Shan tuyết được triển khai; Đồ án quy hoạch chung đô thị Mường Lay được duyệt. ' +
      'Các dự án trọng điểm, dự án này, 12 dự án có vốn lớn và Ban Quản lý dự án huyện đều được nhắc tới.';
    expect(projects(text)).toEqual([]);
  });
  it('does not run a project into a programme after "và"', () => {
    expect(projects('Dự án đường vành đai phía Bắc và Chương trình nông thôn mới được ưu tiên.')).toEqual(['Dự án đường vành đai phía Bắc']);
  });
  it('reports a project once however often it is named', () => {
    expect(projects('Dự án hồ Huổi Phạ đã khởi công. Dự án hồ Huổi Phạ sẽ xong năm sau.')).toEqual(['Dự án hồ Huổi Phạ']);
  });
  it('skips names that only say what kind of project it is, and drafts of laws', () => {
    expect(projects('Tỉnh ưu tiên dự án đầu tư công trung hạn và dự án điện gió; Quốc hội cho ý kiến về dự án Luật Đường bộ.')).toEqual([]);
    expect(projects('Dự án hạ tầng kỹ thuật khu dân cư số 9 được duyệt.')).toEqual(['Dự án hạ tầng kỹ thuật khu dân cư số 9']);
  });
  it('keeps nouns that hold a stop word inside a name ("nhà ở", "mặt bằng")', () => {
    expect(projects('Dự án nhà ở xã hội phường Tân Thanh đang thi công.')).toEqual(['Dự án nhà ở xã hội phường Tân Thanh']);
  });
  it('reports a project named again, longer or shorter, once', () => {
    expect(projects('Khởi công Dự án cấp điện nông thôn tỉnh Điện Biên. Dự án cấp điện nông thôn Điện Biên dài 200 km.')).toEqual([
      'Dự án cấp điện nông thôn tỉnh Điện Biên',
    ]);
  });
  it('follows a route through a dash, even to a lowercase "cửa khẩu"', () => {
    expect(projects('Dự án đường Mường Chà - Mường Tè - cửa khẩu Ma Lù Thàng được khảo sát.')).toEqual([
      'Dự án đường Mường Chà - Mường Tè - cửa khẩu Ma Lù Thàng',
    ]);
  });
});
