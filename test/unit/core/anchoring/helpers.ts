/**
 * Test pages for anchoring and highlighting: jsdom documents built from small
 * snippets or from the seed article (real Vietnamese text).
 */
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTextModel, rangeOf } from '../../../../src/core/anchoring';

const SEED = fileURLToPath(new URL('../../../../seeds/seed-dbp.html', import.meta.url));

/** The seed page's HTML (NFC, as served). */
export const seedHtml = readFileSync(SEED, 'utf8');

// Just the title, lead and article body: parsing the whole page in every test is slow.
const ARTICLE = /<h1 class="title-detail">[\s\S]*?<p class="author-detail"/.exec(seedHtml)![0];
/** The seed article's HTML: headline, lead and body (NFC). */
export const seedArticleHtml = `<!DOCTYPE html><html lang="vi"><body><div class="news-detail">${ARTICLE}></p></div></body></html>`;

/** A document from full HTML. */
export function documentOf(html: string): Document {
  return new JSDOM(html).window.document;
}

/** A document whose body holds `body`; returns the body as root. */
export function page(body: string): HTMLElement {
  return documentOf(`<!DOCTYPE html><html><body>${body}</body></html>`).body;
}

/** The seed article's content element, after an optional edit of the page HTML. */
export function seedArticle(edit: (html: string) => string = (h) => h): HTMLElement {
  return documentOf(edit(seedArticleHtml)).getElementById('contentdetail')!;
}

/** A Range over the `nth` occurrence of `text` in the root's NFC text. */
export function select(root: Node, text: string, nth = 0): Range {
  const model = buildTextModel(root);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = model.text.indexOf(text.normalize('NFC'), at + 1);
    if (at < 0) throw new Error(`"${text}" #${nth} not in page`);
  }
  return rangeOf(model, at, at + text.normalize('NFC').length);
}

/** A Range from the first occurrence of `from` to the end of the next occurrence of `to` (may cross paragraphs). */
export function selectSpan(root: Node, from: string, to: string): Range {
  const model = buildTextModel(root);
  const start = model.text.indexOf(from);
  const end = model.text.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`"${from}"…"${to}" not in page`);
  return rangeOf(model, start, end + to.length);
}

/** The text a range covers, NFC. */
export function textOf(range: Range | null): string | null {
  return range ? range.toString().normalize('NFC') : null;
}

/** Replace the first occurrence of `from` in `html` (failing loudly if it is not there). */
export function replaceOnce(html: string, from: string, to: string): string {
  if (!html.includes(from)) throw new Error(`"${from}" not in html`);
  return html.replace(from, to);
}
