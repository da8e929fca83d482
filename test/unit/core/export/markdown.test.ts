import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exportFormat, safeFileName, UniqueNames } from '../../../../src/core/export';
import { buildSeedBackup } from '../../../fixtures/backup/seed-library';

const backup = await buildSeedBackup();
const OBSIDIAN_FORBIDDEN = /[*"\\/<>:|?#^[\]]/;
const frontMatterOf = (text: string) => {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error('no front matter');
  return parseYaml(m[1]!) as Record<string, unknown>;
};

describe('Markdown export', () => {
  const files = exportFormat(backup, 'md');

  it('writes one file per live clip with names Obsidian accepts', () => {
    expect(files).toHaveLength(6);
    for (const f of files) {
      expect(f.path).toMatch(/\.md$/);
      expect(f.path).not.toMatch(OBSIDIAN_FORBIDDEN);
      expect(f.path).not.toMatch(/^\./);
      expect(f.path).toBe(f.path.normalize('NFC'));
      expect(Array.from(f.path).length).toBeLessThanOrEqual(90);
    }
    // Named "<published date> <title>", or the title alone when the date is unknown.
    const expected = backup.articles.map((a) => `${safeFileName(a.publishedAt ? `${a.publishedAt.slice(0, 10)} ${a.title}` : a.title)}.md`);
    expect(files.map((f) => f.path).sort()).toEqual(expected.sort());
  });

  it('has YAML front matter with the metadata, tags, collections and entities', () => {
    const dbp = files.find((f) => f.path.includes('Thành ủy Điện Biên Phủ'))!;
    const fm = frontMatterOf(dbp.content as string);
    expect(fm).toMatchObject({
      title: 'Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ',
      url: 'https://seeds.example/seed-dbp.html',
      tags: ['tỉnh-ủy-2023'],
      collections: ['Cảng hàng không Điện Biên', 'tỉnh ủy 2023'],
      dossier_id: backup.articles[0]!.id,
    });
    expect(fm.entities).toContain('Trần Quốc Cường');
  });

  it('quotes each highlight with its note', () => {
    const text = files.find((f) => (f.content as string).includes('Nhiêu Lộc'))!.content as string;
    expect(text).toContain('> Trần Minh Khôi - ủy viên Ban thườn');
    expect(text).toContain('**Quan trọng**: chức danh mới.');
  });

  it('keeps hostile titles inside their YAML string and their heading', () => {
    const hostile = structuredClone(backup);
    hostile.articles[0]!.title = 'Tiêu đề"\n---\nevil: true\n# [[x]] ==y== <b>';
    const [first] = exportFormat(hostile, 'md').filter((f) => (f.content as string).includes('evil'));
    const fm = frontMatterOf(first!.content as string);
    expect(fm.title).toBe(hostile.articles[0]!.title);
    expect(fm.evil).toBeUndefined();
    expect(first!.path).not.toMatch(OBSIDIAN_FORBIDDEN);
  });
});

describe('safeFileName and UniqueNames', () => {
  it('strips what Obsidian and file systems refuse, keeps Vietnamese, trims length', () => {
    expect(safeFileName('Lai Châu: "Giải ngân" 38,6%? [x] #1 ^a | b/c\\d*<e>')).toBe('Lai Châu Giải ngân 38,6% x 1 a b c d e');
    expect(safeFileName('...ẩn')).toBe('ẩn');
    expect(safeFileName('Tên cuối. ')).toBe('Tên cuối');
    expect(safeFileName('CON')).toBe('CON_');
    expect(safeFileName('???')).toBe('untitled');
    expect(safeFileName('Quỳnh Nhai'.normalize('NFD'))).toBe('Quỳnh Nhai');
    expect(Array.from(safeFileName('Dự án '.repeat(40))).length).toBeLessThanOrEqual(80);
  });

  it('makes names unique regardless of case', () => {
    const names = new UniqueNames();
    expect([names.claim('Tin', '.md'), names.claim('tin', '.md'), names.claim('Tin', '.md')]).toEqual(['Tin.md', 'tin (2).md', 'Tin (3).md']);
  });
});
