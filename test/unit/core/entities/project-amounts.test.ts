import { describe, expect, it } from 'vitest';
import { amountsNearProject } from '../../../../src/core/entities/project-amounts';

const road = { id: 'p1', type: 'project' as const, name: 'Dự án đường cao tốc Sơn La - Điện Biên' };

describe('amountsNearProject', () => {
  it('takes the amounts of paragraphs that name the project, not the province’s totals elsewhere', () => {
    const text = 'Tổng kế hoạch vốn của tỉnh là 3.412,7 tỷ đồng.\n\nDự án đường cao tốc Sơn La - Điện Biên đã giải ngân 281 tỷ đồng.';
    expect(amountsNearProject(text, road).map((a) => a.value)).toEqual([281_000_000_000]);
  });

  it('follows a back-reference ("của dự án") a few paragraphs on, when the article names no other project', () => {
    const text = [
      'Sáng 6/5, đoàn kiểm tra Dự án đường cao tốc Sơn La - Điện Biên.',
      'Đoàn nghe báo cáo tiến độ.',
      'Tổng mức đầu tư giai đoạn 1 của dự án hơn 8.100 tỷ đồng, chi phí tái định cư gần 1,2 nghìn tỷ đồng.',
      'Huyện đã chi 32 tỷ đồng cho việc khác.',
    ].join('\n\n').normalize('NFD');
    expect(amountsNearProject(text, road).map((a) => a.value)).toEqual([8_100_000_000_000, 1_200_000_000_000]);
  });

  it('does not follow back-references when another project is named too', () => {
    const text = 'Dự án đường cao tốc Sơn La - Điện Biên và Dự án Kè chống sạt lở bờ suối Nậm Lùm chậm tiến độ.\n\nTổng mức đầu tư của dự án là 500 tỷ đồng.';
    expect(amountsNearProject(text, road)).toEqual([]);
  });

  it('gives nothing for an article that never names the project', () => {
    expect(amountsNearProject('Hỗ trợ mỗi hộ 60 triệu đồng.', road)).toEqual([]);
  });
});
