import { describe, expect, it } from 'vitest';
import { entityKeys, findKnownEntities, matchEntities } from '../../../../src/core/entities';
import type { KnownEntity } from '../../../../src/core/entities/types';
import type { EntityRecord } from '../../../../src/db/types';

const entities: KnownEntity[] = [
  { id: 'o1', type: 'official', name: 'Trần Quốc Cường', aliases: ['Bí thư Cường'] },
  { id: 'p1', type: 'project', name: 'Dự án hồ chứa nước Ẳng Cang' },
  { id: 'o2', type: 'official', name: 'Lò Văn Thuỷ' },
  { id: 'o3', type: 'official', name: 'Đinh Văn Hòa' },
  { id: 'o4', type: 'official', name: 'Đinh V. Hoà', mergedInto: 'o3' },
  { id: 'o5', type: 'official', name: 'Quàng Văn Đức', deletedAt: '2024-01-01T00:00:00.000Z' },
];

describe('entityKeys', () => {
  it('folds name and aliases, once each', () => {
    expect(entityKeys('Lò Văn Thuỷ', ['Lò Văn Thủy', 'LÒ VĂN THỦY', ''])).toEqual(['lo van thuy']);
    expect(entityKeys('Đinh Văn Hòa', ['Hoà'])).toEqual(['dinh van hoa', 'hoa']);
  });
});

describe('findKnownEntities', () => {
  it('finds entities again whatever the spelling: tone placement, NFD, đ/d', () => {
    const text = 'Ông Lò Văn Thủy và ông Dinh Van Hoa dự lễ khởi công dự án hồ chứa nước Ẳng Cang.'.normalize('NFD');
    const found = findKnownEntities(text, entities);
    expect(found.map((m) => [m.entityId, m.text])).toEqual([
      ['o2', 'Lò Văn Thủy'],
      ['o3', 'Dinh Van Hoa'],
      ['p1', 'dự án hồ chứa nước Ẳng Cang'],
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end).normalize('NFC')).toBe('Lò Văn Thủy');
  });
  it('matches whole words only, longest key first', () => {
    expect(findKnownEntities('Ông Trần Quốc Cườngg không phải Bí thư Cường.', entities).map((m) => m.text)).toEqual(['Bí thư Cường']);
  });
  it('credits a merged entity to the one it was merged into, and ignores deleted ones', () => {
    const found = findKnownEntities('Đinh V. Hoà gặp Quàng Văn Đức.', entities);
    expect(found.map((m) => m.entityId)).toEqual(['o3']);
  });
  it('uses stored keys when the record has them', () => {
    const found = findKnownEntities('Bí thư Tỉnh ủy TQC phát biểu.', [{ id: 'x', type: 'official', name: 'Trần Quốc Cường', keys: ['tqc'] }]);
    expect(found.map((m) => m.text)).toEqual(['TQC']);
  });
});

describe('matchEntities (autocomplete)', () => {
  it('ignores accents and matches word prefixes', () => {
    expect(matchEntities('tran quoc cuong', entities)[0]?.entity.id).toBe('o1');
    expect(matchEntities('cuong', entities).map((m) => m.entity.id)).toEqual(['o1']);
    expect(matchEntities('tr q c', entities)[0]?.entity.id).toBe('o1');
    expect(matchEntities('ang cang', entities)[0]?.entity.id).toBe('p1');
  });
  it('ranks the whole name above a prefix, and skips merged and deleted entities', () => {
    const hits = matchEntities('dinh van hoa', entities);
    expect(hits.map((m) => m.entity.id)).toEqual(['o3']);
    expect(hits[0]?.score).toBe(100);
    expect(matchEntities('quang van duc', entities)).toEqual([]);
  });
  it('filters by type and limits the hits', () => {
    expect(matchEntities('van', entities, { types: ['project'] })).toEqual([]);
    expect(matchEntities('van', entities, { limit: 1 })).toHaveLength(1);
  });
});

describe('database records', () => {
  it('takes EntityRecord rows as they are, keys included', () => {
    const record: EntityRecord = {
      id: 'e1',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      deletedAt: null,
      type: 'official',
      name: 'Giàng A Dế',
      aliases: [],
      keys: entityKeys('Giàng A Dế'),
      attributes: {},
      mergedInto: null,
    };
    expect(findKnownEntities('Đồng chí Giàng A Dế phát biểu.', [record]).map((m) => m.entityId)).toEqual(['e1']);
    expect(matchEntities('giang a de', [record])[0]?.entity).toBe(record);
  });
});
