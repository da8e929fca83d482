/**
 * The six vi-news seed pages (seeds/), their article text as the extension extracts it, and
 * their ground truth. Suggestions run on the extracted body, as in the extension.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../../../src/core/extract';
import type { EntityTruth } from '../../../../src/core/entities/score';

/** A seed page with its extracted text and truth. */
export type SeedPage = { name: string; text: string; truth: EntityTruth & { phenomena: string[] } };

/** Seed pages with entity ground truth. */
export const SEED_NAMES = [
  'seed-dbp',
  'dev-dothi-kenh-nhieuloc-q3',
  'dev-hoaban-muongcha-mixed-uy',
  'dev-namrom-caotoc-uy-moi',
  'dev-songda-taidinhcu-nfd',
  'dev-taybac-giaingan-laichau',
] as const;

const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

/** Load one seed page and extract its article text. */
export function loadSeed(name: string): SeedPage {
  const html = readFileSync(`${SEEDS}${name}.html`, 'utf8');
  const truth = JSON.parse(readFileSync(`${SEEDS}${name}.json`, 'utf8')) as SeedPage['truth'];
  const dom = new JSDOM(html, { url: `https://example.vn/${name}.html`, virtualConsole: new VirtualConsole() });
  const outcome = extractArticle(dom.window.document);
  dom.window.close();
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`);
  return { name, text: outcome.article.text, truth };
}
