/**
 * Test helper: a saved page parsed the way the extract command parses it (DOMParser inside a
 * jsdom window at the page's URL), and the fold that the fixtures' README prescribes.
 */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../../../src/core/extract';
import { fold, nfc } from '../../../../src/core/text/fold';
import { decodeHtml } from '../../../../src/core/text/decode-html';

/** Parse the page at `path` as if served from `url`. */
export function loadPage(path: string, url: string): Document {
  const { window } = new JSDOM('', { url, virtualConsole: new VirtualConsole() });
  return new window.DOMParser().parseFromString(decodeHtml(readFileSync(path)), 'text/html');
}

/** Extract the page at `path`. */
export function extractFile(path: string, url: string): ReturnType<typeof extractArticle> {
  return extractArticle(loadPage(path, url), { url });
}

/** NFC + fold: how the fixtures compare strings. */
export function same(text: string | null | undefined): string {
  return fold(nfc(text ?? ''));
}
