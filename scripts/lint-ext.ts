/**
 * `web-ext lint` on dist/firefox, summarized: errors fail the run; warnings are listed
 * (today only library code assigning innerHTML: Readability, Preact, Dexie).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Message = { code: string; file?: string; message: string };
type Report = { summary: { errors: number; warnings: number; notices: number }; errors: Message[]; warnings: Message[] };

const root = fileURLToPath(new URL('..', import.meta.url));
let raw: string;
try {
  raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--output=json'], { cwd: root, encoding: 'utf8' });
} catch (err) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  raw = (err as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(raw) as Report;
const list = (items: Message[]) => [...new Set(items.map((m) => `  ${m.code} in ${m.file ?? '?'}: ${m.message}`))].join('\n');
console.log(`web-ext lint dist/firefox: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
if (report.warnings.length) console.log(list(report.warnings));
if (report.summary.errors > 0) {
  console.error(list(report.errors));
  process.exit(1);
}
