/**
 * Extraction as the clip content script runs it: a page or an article larger than a clip may
 * hold is refused as `too-large` here, before anything is sent. Why here: Chromium refuses an
 * extension message over 64 MiB ("Message exceeded maximum allowed size of 64MiB"), and
 * Readability on a page of tens of millions of characters outlasts the background's wait, so
 * without this such a page failed after 30 s with "the page took too long to answer".
 */
import { extractArticle, type ExtractOutcome } from '../core/extract';
import { MAX_HTML, MAX_PAGE_TEXT, MAX_TEXT } from '../messages/limits';

/** The limits checked (tests pass small ones). */
export type ClipLimits = { pageText: number; text: number; html: number };

const LIMITS: ClipLimits = { pageText: MAX_PAGE_TEXT, text: MAX_TEXT, html: MAX_HTML };

/** Extract the article of `doc` for a clip, or say it is too large to clip. */
export function extractForClip(doc: Document, url: string, limits: ClipLimits = LIMITS): ExtractOutcome {
  if (textLongerThan(doc, limits.pageText)) return tooLarge(`The page has more than ${limits.pageText} characters of text.`);
  const outcome = extractArticle(doc, { url });
  if (outcome.ok && (outcome.article.text.length > limits.text || outcome.article.html.length > limits.html)) {
    return tooLarge(`The article has ${outcome.article.text.length} characters of text and ${outcome.article.html.length} of HTML; a clip holds at most ${limits.text} and ${limits.html}.`);
  }
  return outcome;
}

/** Whether the page's body has more than `limit` characters of text: counted node by node, without copying it, up to the limit. */
function textLongerThan(doc: Document, limit: number): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    total += (node as Text).data.length;
    if (total > limit) return true;
  }
  return false;
}

function tooLarge(message: string): ExtractOutcome {
  return { ok: false, error: { code: 'too-large', message } };
}
