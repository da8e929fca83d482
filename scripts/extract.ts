/**
 * The extract command: `npm run -s extract -- FILE.html [--url URL]` prints one JSON object for a
 * saved page (see DESIGN.md), produced by the same extraction code the extension runs.
 * Exit 1: bad arguments or an unreadable file; exit 2: the page has no article.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractRecord } from '../src/core/extract/record';
import { decodeHtml } from '../src/core/text/decode-html';

const USAGE = 'Usage: npm run -s extract -- FILE.html [--url URL]';

function fail(code: 1 | 2, message: string): never {
  console.error(code === 1 ? `${message}\n${USAGE}` : message);
  process.exit(code);
}

function readArgs() {
  try {
    return parseArgs({ options: { url: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
  } catch (err) {
    return fail(1, (err as Error).message);
  }
}

const args = readArgs();
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length) fail(1, 'Give exactly one HTML file.');
const url = args.values.url ?? pathToFileURL(resolve(file)).href;
try {
  new URL(url);
} catch {
  fail(1, `Not a URL: ${url}`);
}

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (err) {
  fail(1, `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}.`);
}

// A PDF or an image saved under any name is not a page (the extension says the same of a PDF tab).
if (bytes.subarray(0, 1024).includes(0) || bytes.subarray(0, 5).toString('latin1') === '%PDF-') fail(2, `${file}: not an HTML page.`);

// The page is parsed by DOMParser inside a window at `url`: relative links resolve against it, and
// the document has no window of its own, so jsdom neither runs scripts nor parses stylesheets
// (css-tree throws on some real-world CSS, which would abort the parse).
const { window } = new JSDOM('', { url, virtualConsole: new VirtualConsole() });
const doc = new window.DOMParser().parseFromString(decodeHtml(bytes), 'text/html');
const result = await extractRecord(doc, url, window as unknown as Parameters<typeof extractRecord>[2]);
if (!result.ok) fail(2, `${file}: ${result.error.message}`);
process.stdout.write(`${JSON.stringify(result.record, null, 2)}\n`);
