/**
 * The library's exports of hostile clips, as the tools that open them would: the HTML report
 * in Chromium as a file, the Markdown through a renderer that lets raw HTML through (as
 * Obsidian's reading view does, before its own sanitizer), the CSV as a spreadsheet reads
 * formulas.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { Marked } from 'marked';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { payloadIds, type Payload } from '../../fixtures/hostile/payloads';

/** The files of the export, by path in the zip. */
export type ExportFiles = Record<string, string>;

/** Export everything the library shows in `formats` and return the zip's files as text. */
export async function exportFromLibrary(library: Page, formats: string[]): Promise<ExportFiles> {
  await library.getByTestId('export-toggle').click();
  for (const f of formats) await library.getByTestId(`format-${f}`).check();
  const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-run').click()]);
  const zip = unzipSync(readFileSync((await download.path())!));
  return Object.fromEntries(Object.entries(zip).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** Open the HTML report as a file in `page` (the analyst double-clicks it). */
export async function openReport(page: Page, files: ExportFiles, dir: string): Promise<void> {
  const [, html] = Object.entries(files).find(([path]) => path.endsWith('report.html')) ?? [];
  if (!html) throw new Error('The export has no report.html');
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href);
}

/**
 * Show the Markdown files in `page` as a Markdown viewer would. Front matter is data (a
 * viewer shows it as properties, not Markdown), and notes are the analyst's own Markdown,
 * exported as written: both are left out, everything taken from the page stays in.
 */
export async function showMarkdown(page: Page, files: ExportFiles, notes: string[]): Promise<number> {
  const md = Object.entries(files).filter(([path]) => path.endsWith('.md'));
  const marked = new Marked({ gfm: true, async: false });
  const body = md
    .map(([, text]) => {
      let rest = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      for (const note of notes) rest = rest.split(note.trim()).join('');
      return marked.parse(rest) as string;
    })
    .join('\n<hr>\n');
  await page.setContent(`<!doctype html><meta charset="utf-8"><title>Markdown</title><body>${body}</body>`);
  return md.length;
}

/** CSV cells a spreadsheet would run as a formula (ones that carry a payload), described. */
export function csvFormulas(files: ExportFiles): string[] {
  const found: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    if (!path.endsWith('.csv')) continue;
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    for (const cell of rows.flat()) {
      if (/^[=+\-@\t\r]/.test(cell) && payloadIds(cell).length) found.push(`${path}: ${cell.slice(0, 120)}`);
    }
  }
  return found;
}

/** The payload ids any CSV cell mentions (to show the payloads did reach the CSV). */
export function csvPayloads(files: ExportFiles, payloads: Payload[]): number {
  const text = Object.entries(files).filter(([p]) => p.endsWith('.csv')).map(([, t]) => t).join('\n');
  return payloads.filter((p) => text.includes(p.id)).length;
}
