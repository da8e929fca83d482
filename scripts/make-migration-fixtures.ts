/**
 * Writes test/fixtures/migrations/v<N>.json: a database saved at every schema version, which
 * test/unit/db/migrations-fixtures.test.ts opens at the current version. Run it once when a
 * version is appended (older files never change: released databases do not either).
 * Usage: tsx scripts/make-migration-fixtures.ts [--all]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA } from '../src/db/schema';
import { buildDatabaseAt } from '../test/fixtures/migrations/build';
import { encodeValue } from '../test/fixtures/migrations/dump';

const DIR = fileURLToPath(new URL('../test/fixtures/migrations/', import.meta.url));
const all = process.argv.includes('--all');

for (const { version } of SCHEMA) {
  const file = `${DIR}v${version}.json`;
  if (existsSync(file) && !all) continue;
  const dump = await buildDatabaseAt(version);
  writeFileSync(file, `${JSON.stringify(dump, encodeValue, 1)}\n`);
  const counts = Object.entries(dump.tables).map(([name, rows]) => `${name} ${rows.length}`).join(', ');
  console.log(`v${version}: ${counts}`);
}
