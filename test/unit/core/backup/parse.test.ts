import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, parseBackup, serializeBackup, type Backup } from '../../../../src/core/backup';
import { buildSeedBackup } from '../../../fixtures/backup/seed-library';

const seed = await buildSeedBackup();
const text = serializeBackup(seed);
// Tests poke at arbitrary fields of the parsed JSON, as a hand-edited or hostile file would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
/** The seed backup with one change applied to a deep copy. */
const mutated = (change: (b: Loose) => void): string => {
  const copy = JSON.parse(text) as Loose;
  change(copy);
  return JSON.stringify(copy);
};
const error = (input: string | Uint8Array): string => {
  const result = parseBackup(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};

describe('parseBackup accepts', () => {
  it('a backup it wrote, as text or as bytes with a byte-order mark', () => {
    const fromText = parseBackup(text);
    expect(fromText.ok && fromText.backup).toEqual(seed);
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect(parseBackup(bytes).ok).toBe(true);
  });

  it('bytes holding the replacement character itself (U+FFFD is valid UTF-8)', () => {
    const withMark = mutated((b) => (b.articles[0].title = 'Tin \uFFFD lỗi phông'));
    const result = parseBackup(new TextEncoder().encode(withMark));
    expect(result.ok && result.backup.articles[0]!.title).toBe('Tin \uFFFD lỗi phông');
  });

  it('fields a later Dossier added to records, keeping them', () => {
    const result = parseBackup(mutated((b) => (b.articles[0].readingTime = 4)));
    expect(result.ok && (result.backup.articles[0] as Backup['articles'][number] & { readingTime: number }).readingTime).toBe(4);
  });
});

describe('parseBackup refuses with a clear message', () => {
  it('an empty file and invalid JSON', () => {
    expect(error('')).toMatch(/empty/);
    expect(error('{"format": "dossier-backup",')).toMatch(/not valid JSON/);
  });

  it('bytes that are not UTF-8', () => {
    expect(error(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatch(/not UTF-8/);
    // A whole backup with one byte in a title that UTF-8 never uses.
    const broken = new TextEncoder().encode(mutated((b) => (b.articles[0].title = 'Kinh tế')));
    broken[broken.indexOf(0xe1)] = 0xff;
    expect(error(broken)).toMatch(/not UTF-8/);
    // And with a real U+FFFD elsewhere in the file, a stray byte is still refused.
    const both = new TextEncoder().encode(mutated((b) => (b.articles[1].title = '\uFFFD')));
    expect(error(Uint8Array.from([...both, 0xff]))).toMatch(/not UTF-8/);
  });

  it('JSON that is not a Dossier backup', () => {
    expect(error('[1, 2]')).toMatch(/not a Dossier backup/);
    expect(error('{"format": "hypothesis-export", "version": 1}')).toMatch(/"format" is "hypothesis-export"/);
  });

  it('a version this Dossier cannot read', () => {
    expect(error(mutated((b) => (b.version = 2)))).toMatch(/version 2, made by a newer Dossier/);
    expect(error(mutated((b) => (b.version = '1')))).toMatch(/"version" is "1"/);
  });

  it('a missing field, naming the record and field', () => {
    const id = seed.articles[2]!.id;
    expect(error(mutated((b) => delete b.articles[2].title))).toBe(`The backup is not valid: articles[2] (id ${id}): field "title" is missing.`);
    expect(error(mutated((b) => delete b.mentions))).toMatch(/field "mentions" is missing|"mentions" is missing/);
  });

  it('a mistyped field', () => {
    expect(error(mutated((b) => (b.annotations[0].selectors.position.start = 'ten')))).toMatch(/annotations\[0\] \(id [0-9a-f-]+\): field "selectors\.position\.start"/);
    expect(error(mutated((b) => (b.annotations[0].color = 'red')))).toMatch(/field "color"/);
    expect(error(mutated((b) => (b.articles[0].publishedAt = '08/02/2023')))).toMatch(/field "publishedAt" must be an ISO 8601 date/);
  });

  it('ids that are not lowercase UUIDs', () => {
    expect(error(mutated((b) => (b.collections[0].id = 'collection-1')))).toMatch(/collections\[0\] \(id collection-1\): field "id" must be a lowercase UUID/);
  });

  it('over-long strings', () => {
    expect(error(mutated((b) => (b.articles[0].title = 'a'.repeat(2_001))))).toMatch(/field "title" is longer than 2000 characters/);
    expect(error(mutated((b) => (b.articles[0].extra = 'a'.repeat(16_000_001))))).toMatch(/articles\[0\]\.extra: a text of 16000001 characters/);
  });

  it('a file larger than the limit, before parsing it', () => {
    const huge = new Uint8Array(MAX_BACKUP_BYTES + 1);
    expect(error(huge)).toMatch(/larger than 512 MB/);
    // (A string over 512 MiB cannot even be made in V8: the limit is checked on a small one.)
    const long = parseBackup(' '.repeat(3 * 1024 * 1024), { maxBytes: 2 * 1024 * 1024 });
    expect(!long.ok && long.error).toMatch(/larger than 2 MB/);
    const small = parseBackup(text, { maxBytes: 1_000 });
    expect(!small.ok && small.error).toMatch(/larger than 0 MB/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a "%s" key anywhere, without polluting prototypes', (key) => {
    const hostile = text.replace('"attributes": {}', `"attributes": {"${key}": {"polluted": "yes"}}`);
    expect(hostile).not.toBe(text);
    expect(error(hostile)).toMatch(new RegExp(`^At entities\\[\\d+\\]\\.attributes: the key "${key}" is not allowed`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Escaped spellings decode to the same key.
    expect(error(text.replace('"format"', '"\\u005f_proto__": {"polluted": 1}, "format"'))).toMatch(/^At the top level: the key "__proto__" is not allowed/);
  });

  it('nesting far deeper than a backup has', () => {
    expect(error(mutated((b) => (b.articles[0].extra = JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`))))).toMatch(/^At articles\[0\]\.extra(\[0\]){30}: nested more than 32 levels/);
  });

  it('dangling references', () => {
    const missing = '00000000-0000-4000-8000-00000000dead';
    expect(error(mutated((b) => (b.annotations[0].articleId = missing)))).toMatch(new RegExp(`annotations\\[0\\] \\(id [0-9a-f-]+\\): its articleId ${missing} matches no article`));
    expect(error(mutated((b) => (b.memberships[0].collectionId = missing)))).toMatch(/memberships\[0\].*collectionId/);
    expect(error(mutated((b) => (b.mentions[0].entityId = missing)))).toMatch(/mentions\[0\].*entityId/);
    expect(error(mutated((b) => (b.bodies[0].id = missing)))).toMatch(/bodies\[0\].*belongs to no article/);
    expect(error(mutated((b) => (b.entities[0].mergedInto = missing)))).toMatch(/entities\[0\].*mergedInto/);
  });

  it('duplicate ids and a clip put twice in one collection', () => {
    expect(error(mutated((b) => b.articles.push(b.articles[0])))).toMatch(/articles\[6\] has the id .* which an earlier record of articles already has/);
    expect(error(mutated((b) => b.memberships.push({ ...b.memberships[0], id: '00000000-0000-4000-8000-0000000000aa' })))).toMatch(/a second time/);
  });
});
