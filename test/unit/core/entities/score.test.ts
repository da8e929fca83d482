import { describe, expect, it } from 'vitest';
import { overlap, positionKey, projectMatches, scoreCorpus, scorePage } from '../../../../src/core/entities/score';

describe('entity scoring', () => {
  it('expands the abbreviations of positions before comparing them', () => {
    expect(positionKey('Chủ tịch UBND TP. Điện Biên Phủ')).toBe(positionKey('Chủ tịch Ủy ban nhân dân thành phố Điện Biên Phủ'));
    expect(positionKey('Giám đốc Sở KH&ĐT')).toBe(positionKey('Giám đốc Sở Kế hoạch và Đầu tư'));
    expect(positionKey('Phó Trưởng Đoàn ĐBQH tỉnh')).toBe(positionKey('Phó Trưởng Đoàn đại biểu Quốc hội tỉnh'));
    expect(positionKey('chủ tịch UBND Q.3')).toBe(positionKey('Chủ tịch Uỷ ban nhân dân quận 3'));
  });
  it('matches projects by fold, alias, or 80% of the tokens of the longer name', () => {
    const truth = { name: 'Dự án kè suối Nậm Lùm', aliases: ['Dự án kè suối Nậm Lùm, huyện Sìn Hồ'] };
    expect(projectMatches('dự án kè suối Nậm Lùm', truth)).toBe(true);
    expect(projectMatches('Dự án kè suối Nậm Lùm, huyện Sìn Hồ', truth)).toBe(true);
    expect(projectMatches('Dự án kè suối', truth)).toBe(false);
    expect(overlap('a b c d e', 'a b c d')).toBe(0.8);
  });
  it('counts hits, misses, extras and optional projects', () => {
    const page = scorePage(
      {
        officials: [
          { name: 'Lò Văn A', positions: ['Chủ tịch UBND tỉnh'] },
          { name: 'Hồ Chí Minh', positions: ['Chủ tịch'] },
        ],
        projects: [{ name: 'Dự án đường 60m' }, { name: 'Đồ án quy hoạch chung' }, { name: 'Dự án đường 60m' }],
        amounts: [{ text: '5 tỷ đồng', value: 5e9, currency: 'VND' }],
      },
      {
        officials: [{ name: 'Lò Văn A', positions: ['Chủ tịch Ủy ban nhân dân tỉnh', 'Phó Bí thư Tỉnh ủy'] }],
        projects: [{ name: 'Dự án đường 60m' }, { name: 'Đồ án quy hoạch chung', optional: true }, { name: 'Dự án kè' }],
        amounts: [{ text: '5 tỷ đồng', value: 5e9, currency: 'VND' }, { text: '2 triệu USD', value: 2e6, currency: 'USD' }],
        notOfficials: ['Hồ Chí Minh'],
      },
    );
    expect(page.officials).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(page.positions).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(page.projects).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(page.amounts).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(page.violations).toEqual(['reported a non-official: Hồ Chí Minh (Hồ Chí Minh)']);
    expect(scoreCorpus([page]).officials.precision).toBe(0.5);
  });
});
