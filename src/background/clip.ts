/** Clipping a tab: inject, extract in the page, check what came back, hash, store. */
import * as v from 'valibot';
import browser from '../platform/polyfill';
import { pageUrl } from '../core/extract';
import { nfc } from '../core/text/fold';
import { sha256Hex } from '../core/text/hash';
import { saveClip } from '../db/articles';
import { ExtractOutcomeSchema, MAX_HTML, MAX_TEXT } from '../messages/schemas';
import { AppFailure } from '../messages/result';
import type { ClipSummary } from '../messages/protocol';
import { db } from './database';
import { failedForSpace, roomFor } from '../platform/storage';
import { callContentScript, isRestrictedUrl, withTimeout } from './inject';
import { scheduleIndexing } from './indexer';
import { scheduleRecognition } from './recogniser';

// Readability on a 5 MB page takes a few seconds on a slow machine; past this, something is wrong.
const EXTRACT_TIMEOUT_MS = 30_000;

/** The tab's address, or a clear error when the tab is gone or cannot be scripted. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => {
    throw new AppFailure('no-tab', 'The tab was closed.');
  });
  if (tab.url && isRestrictedUrl(tab.url)) throw new AppFailure('restricted-page', 'This is a browser page, not an article.');
  return tab.url;
}

/** Clip the article in `tabId`: one transaction stores it, or nothing changes. */
export async function clipTab(tabId: number): Promise<ClipSummary> {
  // The tab's address and the extraction are asked for together: one round trip less.
  const [before, reply] = await Promise.all([tabUrl(tabId), withTimeout(callContentScript(tabId, 'extractArticle', {}), EXTRACT_TIMEOUT_MS, 'The page')]);
  const parsed = v.safeParse(ExtractOutcomeSchema, reply);
  if (!parsed.success) throw refusal(parsed.issues);
  const outcome = parsed.output;
  if (!outcome.ok) throw new AppFailure(outcome.error.code, outcome.error.message);
  const article = outcome.article;
  // The content script reports the address of the document it read; it must be the tab's.
  if (before && pageUrl(before) !== article.url) {
    throw new AppFailure('page-changed', 'The page changed while it was being clipped. Try again.');
  }
  // The room is asked for while the text is hashed: neither waits for the other.
  const [contentHash, room] = await Promise.all([sha256Hex(nfc(article.text)), roomFor(article.text.length + article.html.length)]);
  if (!room) throw new AppFailure('storage-full', 'The browser has no room left for Dossier’s data. Nothing was saved.');
  const saved = await saveClip(db, { article, contentHash }).catch(async (err: unknown) => {
    // One transaction: a failed write left nothing behind, whatever the reason.
    if (await failedForSpace(err, article.text.length + article.html.length)) throw new AppFailure('storage-full', 'The browser has no room left for Dossier’s data. Nothing was saved.');
    throw err;
  });
  scheduleIndexing();
  scheduleRecognition(saved.article.id);
  return saved;
}

/** Why an article the page sent is refused: too long to store (the analyst can act on that), or malformed. */
function refusal(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): AppFailure {
  const tooLong = issues.some((i) => i.type === 'max_length' && ['text', 'html'].includes(String(i.path?.at(-1)?.key)));
  if (tooLong) {
    return new AppFailure('too-large', `The article is too large to clip: at most ${MAX_TEXT.toLocaleString('en')} characters of text and ${MAX_HTML.toLocaleString('en')} of HTML.`);
  }
  return new AppFailure('bad-request', `The page sent a malformed article: ${v.summarize(issues)}`);
}
