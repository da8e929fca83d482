/**
 * Putting the hostile corpus where an analyst's own data goes: highlight notes and tags,
 * entity names and roles (through the background's messages, as the popup sends them),
 * collection names and clip tags (through the library and the stored copy, as typed).
 */
import type { Page, Worker } from 'playwright-core';
import { MAX_TAG } from '../../../src/core/annotations/limits';
import type { Payload } from '../../fixtures/hostile/payloads';

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** Call a background method from an extension page, as its own code does. */
export async function send(page: Page, method: string, args: unknown): Promise<Reply> {
  return page.evaluate(([m, a]) => chrome.runtime.sendMessage({ channel: 'dossier', method: m, args: a }) as Promise<Reply>, [method, args] as const);
}

/** The value of a reply, or a failure naming the call. */
function valueOf(reply: Reply, what: string): unknown {
  if (!reply.ok) throw new Error(`${what} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

/**
 * Runs inside the web page: select the `index`-th quotation line's lead-in (the words every
 * payload paragraph starts with). Plain DOM code, shared with the Firefox test.
 */
export function selectQuoteInPage(index: number): boolean {
  const lead = 'Trích dẫn nguyên văn';
  const hits: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.textContent!.includes(lead)) hits.push(t as Text);
  const node = hits[index % Math.max(hits.length, 1)];
  if (!node) return false;
  const range = document.createRange();
  const at = node.textContent!.indexOf(lead);
  range.setStart(node, at);
  range.setEnd(node, at + lead.length);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  return true;
}

/** Select the `n`-th quotation line's lead-in on the web page. */
async function selectQuote(page: Page, n: number): Promise<void> {
  if (!(await page.evaluate(selectQuoteInPage, n))) throw new Error('The page has no quotation line to select.');
}

/** Highlight a quotation line per payload, with the payload as its note and its tag. */
export async function plantHighlights(web: Page, popup: Page, tabId: number, payloads: Payload[]): Promise<void> {
  for (const [i, p] of payloads.entries()) {
    await selectQuote(web, i);
    valueOf(await send(popup, 'createHighlight', { tabId, color: 'yellow', note: p.html, tags: [p.html.slice(0, MAX_TAG)] }), `Highlight with ${p.id}`);
  }
}

/**
 * Tag the clip with an official or a project per payload, named after it. The first official
 * holds every payload of the page as a role, so that one entity page shows them all on its
 * timeline (and the others' names beside it).
 */
export async function plantEntities(popup: Page, articleId: string, payloads: Payload[]): Promise<void> {
  for (const [i, p] of payloads.entries()) {
    const type = i % 2 ? 'project' : 'official';
    const roles = i === 0 ? payloads.map((q) => q.html) : [];
    valueOf(await send(popup, 'acceptEntity', { articleId, type, name: p.html, roles, origin: 'manual' }), `Entity ${p.id}`);
  }
}

/**
 * A collection per payload, holding every clip, written straight into the database as an
 * imported backup would put them: typing 74 names into the library's sidebar takes half a
 * minute and tests its form, not how the names are shown. Shapes as src/db/collections.ts.
 */
export async function plantCollections(worker: Worker, payloads: Payload[], articleIds: string[]): Promise<void> {
  await worker.evaluate(writeCollections, [collectionNames(payloads), articleIds] as const);
}

/** The collection names planted for `payloads` (as the library's form would store them). */
export const collectionNames = (payloads: Payload[]): string[] => payloads.map((p) => p.html.normalize('NFC').replace(/\s+/g, ' ').trim());

/**
 * Runs in the extension (its service worker, or any of its pages in Firefox): a collection per
 * name, each holding every article, written straight into IndexedDB.
 */
export async function writeCollections([names, articles]: readonly [string[], string[]]): Promise<void> {
  const req = indexedDB.open('dossier');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const now = new Date().toISOString();
  const base = { createdAt: now, updatedAt: now, deletedAt: null };
  await new Promise((resolve, reject) => {
    const tx = db.transaction(['collections', 'memberships'], 'readwrite');
    for (const name of names) {
      const collectionId = crypto.randomUUID();
      tx.objectStore('collections').put({ id: collectionId, name, description: '', ...base });
      for (const articleId of articles) tx.objectStore('memberships').put({ id: crypto.randomUUID(), collectionId, articleId, ...base });
    }
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Type the page's payloads as the clip's tags on its stored copy. */
export async function plantClipTags(stored: Page, payloads: Payload[]): Promise<void> {
  const form = stored.locator('form.tags');
  await form.locator('input').fill(payloads.map((p) => p.html.replace(/,/g, ' ')).join(', '));
  await form.getByRole('button').click();
}
