/**
 * The export command: `npm run -s export -- BACKUP.json --format json|csv|md|w3c|csl|html|graph --out DIR`
 * writes one format (or several, comma-separated, or "all", each in its own folder) of a
 * backup into DIR, with the same code the extension runs. Exit 1: bad arguments; exit 2: the
 * file is not a valid backup.
 */
import { mkdirSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_BACKUP_BYTES, parseBackup } from '../src/core/backup';
import { EXPORT_FORMATS, exportAll, type ExportFormat, type SanitizeWindow } from '../src/core/export';

const USAGE = `Usage: npm run -s export -- BACKUP.json --format ${EXPORT_FORMATS.join('|')}[,…]|all --out DIR [--locale vi|en]`;

function fail(code: 1 | 2, message: string): never {
  console.error(code === 1 ? `${message}\n${USAGE}` : message);
  process.exit(code);
}

function readArgs() {
  try {
    return parseArgs({ options: { format: { type: 'string' }, out: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
  } catch (err) {
    return fail(1, (err as Error).message);
  }
}

const args = readArgs();
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [input, ...extra] = args.positionals;
if (!input || extra.length) fail(1, 'Give exactly one backup file.');
if (!args.values.out) fail(1, 'Give the output folder with --out DIR.');
const formats = (args.values.format === 'all' ? [...EXPORT_FORMATS] : (args.values.format ?? '').split(',').filter(Boolean)) as ExportFormat[];
const unknown = formats.filter((f) => !EXPORT_FORMATS.includes(f));
if (!formats.length || unknown.length) fail(1, `Unknown or missing --format ${unknown.join(', ')}`.trim());
const locale = args.values.locale ?? 'vi';
if (locale !== 'vi' && locale !== 'en') fail(1, `Unknown --locale ${locale}.`);

let size: number;
try {
  size = statSync(input).size;
} catch {
  fail(1, `Cannot read ${input}.`);
}
// Refused before reading, as the extension does with the picked file.
if (size > MAX_BACKUP_BYTES) fail(2, `${input}: the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, the most a backup may be.`);
const parsed = parseBackup(readFileSync(input));
if (!parsed.ok) fail(2, `${input}: ${parsed.error}`);

// jsdom is slow to load: only the report needs a window (to sanitize notes with).
const window = formats.includes('html') ? (new (await import('jsdom')).JSDOM('').window as unknown as SanitizeWindow) : undefined;
const files = await exportAll(parsed.backup, formats, { window, locale });
const out = resolve(args.values.out);
for (const file of files) {
  const target = resolve(out, file.path);
  if (!target.startsWith(out + sep)) fail(2, `Refusing to write outside ${out}: ${file.path}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
}
console.log(`Wrote ${files.length} file${files.length === 1 ? '' : 's'} to ${out}`);
