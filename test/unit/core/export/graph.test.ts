import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFormat } from '../../../../src/core/export';
import { buildSeedBackup } from '../../../fixtures/backup/seed-library';

const backup = await buildSeedBackup();
const files = exportFormat(backup, 'graph');
const read = (path: string) => Papa.parse<Record<string, string>>(files.find((f) => f.path === path)!.content as string, { header: true, skipEmptyLines: true }).data;

describe('entity graph export', () => {
  const nodes = read('nodes.csv');
  const edges = read('edges.csv');

  it('has entity and article nodes with id, label and type', () => {
    expect(files.map((f) => f.path)).toEqual(['nodes.csv', 'edges.csv']);
    expect(Object.keys(nodes[0]!)).toEqual(['id', 'label', 'type', 'aliases', 'site', 'published', 'articles']);
    expect(nodes.filter((n) => n.type === 'article')).toHaveLength(6);
    expect(nodes.some((n) => n.type === 'official' && n.label === 'Trần Quốc Cường')).toBe(true);
    expect(nodes.some((n) => n.label === 'Trần Quốc Cuờng')).toBe(false);
  });

  it('links entities to articles and co-mentioned entities to each other', () => {
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) {
      expect(ids.has(e.source!) && ids.has(e.target!)).toBe(true);
      expect(Number(e.weight)).toBeGreaterThan(0);
    }
    expect(edges.filter((e) => e.relation === 'mentioned-in').every((e) => e.type === 'Directed')).toBe(true);
    const cuong = nodes.find((n) => n.label === 'Trần Quốc Cường')!.id;
    const trung = nodes.find((n) => n.label === 'Hà Quang Trung')!.id;
    const pair = edges.find((e) => e.relation === 'co-mentioned' && [e.source, e.target].sort().join() === [cuong, trung].sort().join())!;
    expect(pair).toMatchObject({ type: 'Undirected', weight: '1', articles: backup.articles[0]!.id });
  });
});
