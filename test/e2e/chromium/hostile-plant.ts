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

/** Select the `n`-th quotation line's lead-in on the web page (the words every payload paragraph starts with). */
async function selectQuote(page: Page, n: number): Promise<void> {
  const ok = await page.evaluate((index) => {
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
  }, n);
  if (!ok) throw new Error('The page has no quotation line to select.');
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
  await worker.evaluate(
    async ([names, articles]) => {
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
    },
    [payloads.map((p) => p.html.normalize('NFC').replace(/\s+/g, ' ').trim()), articleIds] as const,
  );
}

/** Type the page's payloads as the clip's tags on its stored copy. */
export async function plantClipTags(stored: Page, payloads: Payload[]): Promise<void> {
  const form = stored.locator('form.tags');
  await form.locator('input').fill(payloads.map((p) => p.html.replace(/,/g, ' ')).join(', '));
  await form.getByRole('button').click();
}
