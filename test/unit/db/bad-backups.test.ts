/**
 * The hardening figure for imports: a corpus of malformed and hostile backup files goes
 * through the library's import steps (parse and check, plan, apply) against a library that
 * already holds clips. Every file must be refused with a message that says what is wrong,
 * and the database must be byte-for-byte what it was; a good file imports afterwards.
 */
import { describe, expect, it, vi } from 'vitest';
import { createBackup, parseBackup, planImport, serializeBackup, TABLES, type LibraryData } from '../../../src/core/backup';
import { applyImport, readLibrary, readLibraryForImport } from '../../../src/db/backup';
import { buildSeedLibrary } from '../../fixtures/backup/seed-library';
import { dumpDatabase } from '../../fixtures/migrations/dump';
import { freshDb } from '../../helpers/db';

vi.setConfig({ testTimeout: 120_000 });

const data = await buildSeedLibrary();
const text = serializeBackup(createBackup(data, { now: '2026-01-01T00:00:00Z' }));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const edit = (change: (b: Loose) => void): string => {
  const copy = JSON.parse(text) as Loose;
  change(copy);
  return JSON.stringify(copy);
};
const missing = '00000000-0000-4000-8000-00000000dead';
const half = Math.floor(data.articles.length / 2);

/** Name -> file contents. Each one is refused. */
const BAD: Array<[string, () => string | Uint8Array]> = [
  ['an empty file', () => ''],
  ['whitespace only', () => '   \n'],
  ['plain text', () => 'Thường trực Tỉnh ủy'],
  ['truncated JSON (a download cut short)', () => text.slice(0, Math.floor(text.length / 2))],
  ['a JSON array', () => '[]'],
  ['JSON null', () => 'null'],
  ['a JSON number', () => '42'],
  ['another program\'s JSON', () => JSON.stringify({ items: [{ title: 'x' }] })],
  ['bytes that are not UTF-8', () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ['a UTF-16 file', () => new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])],
  ['an unknown format version', () => edit((b) => (b.version = 999))],
  ['a version given as text', () => edit((b) => (b.version = '1'))],
  ['no articles table', () => edit((b) => delete b.articles)],
  ['a table that is not a list', () => edit((b) => (b.annotations = {}))],
  ['an article without a title', () => edit((b) => delete b.articles[half].title)],
  ['an article whose id is not a UUID', () => edit((b) => (b.articles[0].id = '../../etc/passwd'))],
  ['a date that is not ISO 8601', () => edit((b) => (b.articles[0].publishedAt = '08/02/2023'))],
  ['a highlight position given as text', () => edit((b) => (b.annotations[0].selectors.position.start = 'ten'))],
  ['an unknown highlight colour', () => edit((b) => (b.annotations[0].color = 'url(javascript:alert(1))'))],
  ['a title of 2,001 characters', () => edit((b) => (b.articles[0].title = 'a'.repeat(2_001)))],
  ['a 16 MB string in an unknown field', () => edit((b) => (b.articles[0].extra = 'a'.repeat(16_000_001)))],
  ['a "__proto__" key', () => text.replace('"attributes": {}', '"attributes": {"__proto__": {"polluted": "yes"}}')],
  ['an escaped "\\u005f_proto__" key', () => text.replace('"format"', '"\\u005f_proto__": {"polluted": 1}, "format"')],
  ['a "constructor" key', () => text.replace('"attributes": {}', '"attributes": {"constructor": {"prototype": {"polluted": 1}}}')],
  ['nesting 10,000 levels deep', () => text.replace('"attributes": {}', `"attributes": {"x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`)],
  ['a highlight of a clip that is not in the file', () => edit((b) => (b.annotations[0].articleId = missing))],
  ['a membership in a collection that is not in the file', () => edit((b) => (b.memberships[0].collectionId = missing))],
  ['a mention of an unknown entity', () => edit((b) => (b.mentions[0].entityId = missing))],
  ['a body that belongs to no clip', () => edit((b) => (b.bodies[0].id = missing))],
  ['an entity merged into one that does not exist', () => edit((b) => (b.entities[0].mergedInto = missing))],
  ['the same clip twice', () => edit((b) => b.articles.push(b.articles[0]))],
  ['a clip put twice into one collection', () => edit((b) => b.memberships.push({ ...b.memberships[0], id: '00000000-0000-4000-8000-0000000000aa' }))],
  ['a 200 MB file of junk', () => `{"format": "dossier-backup", "junk": "${'x'.repeat(200 * 1024 * 1024)}`],
];

/** The import steps the library page runs; returns the refusal, or null when the file was imported. */
async function tryImport(db: ReturnType<typeof freshDb>, file: string | Uint8Array): Promise<string | null> {
  const parsed = parseBackup(file);
  if (!parsed.ok) return parsed.error;
  await applyImport(db, planImport(await readLibraryForImport(db), parsed.backup));
  return null;
}

describe('bad backup files', () => {
  it(`refuses all ${BAD.length} with a message and leaves the library exactly as it was`, async () => {
    const db = freshDb();
    // A library that already holds half of the clips, so a wrong merge would show.
    const some: LibraryData = { ...data, articles: data.articles.slice(0, half), bodies: data.bodies.filter((b) => data.articles.slice(0, half).some((a) => a.id === b.id)), annotations: [], mentions: [], memberships: [] };
    await applyImport(db, planImport(await readLibraryForImport(db), createBackup(some, { now: '2026-01-01T00:00:00Z' })));
    const before = JSON.stringify(await dumpDatabase(db));
    const refusals: Record<string, string | null> = {};
    for (const [name, make] of BAD) refusals[name] = await tryImport(db, make());
    const accepted = Object.entries(refusals).filter(([, message]) => message === null).map(([name]) => name);
    expect(accepted).toEqual([]);
    // A clear message: a whole sentence that says what is wrong, not a bare "invalid".
    for (const [name, message] of Object.entries(refusals)) expect(message, name).toMatch(/^(The|At|\w+\[\d+\]).{10,}[.)]$/s);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(await dumpDatabase(db))).toBe(before);
    console.log(`bad backup files: ${BAD.length} tried, ${accepted.length} accepted, database changed: ${JSON.stringify(await dumpDatabase(db)) !== before}`);

    // The next try with a good file works, and brings in everything.
    expect(await tryImport(db, text)).toBeNull();
    const back = await readLibrary(db);
    for (const table of TABLES) expect(back[table].length, table).toBe(data[table].length);
  });
});
