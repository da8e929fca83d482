/**
 * Fault injection for the Chromium hardening tests: stop the extension's service worker as
 * the browser does when it terminates one, wake it again, and check what the database holds.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from '../../../scripts/lib/browsers';

/** A blank tab outside the extension, whose CDP session sees every target; it survives the extension's crashes. */
export type Control = { page: Page; cdp: CDPSession };

export async function openControl(session: ChromiumSession): Promise<Control> {
  const page = await session.context.newPage();
  return { page, cdp: await session.context.newCDPSession(page) };
}

/** Whether the extension's service worker is running. */
export async function workerRunning(control: Control, session: ChromiumSession): Promise<boolean> {
  const { targetInfos } = await control.cdp.send('Target.getTargets');
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(session.origin));
}

/**
 * Stop the service worker the way the browser does (CDP closes its target). Chromium lets an
 * event in flight finish first, so this never cuts a write: `crashExtension` does.
 */
export async function stopWorker(control: Control, session: ChromiumSession): Promise<boolean> {
  const { targetInfos } = await control.cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(session.origin));
  if (worker) await control.cdp.send('Target.closeTarget', { targetId: worker.targetId });
  return !!worker;
}

/**
 * Crash the extension's process (CDP Page.crash on one of its pages): its service worker and
 * every page it has open die at once, wherever they are, as in an out-of-memory kill.
 * Resolves once the worker is gone.
 */
export async function crashExtension(control: Control, session: ChromiumSession, extensionPage: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(extensionPage);
  void cdp.send('Page.crash').catch(() => undefined); // never answers: the page is gone
  for (let i = 0; i < 100 && (await workerRunning(control, session)); i++) await sleep(50);
  if (await workerRunning(control, session)) throw new Error('The service worker survived the crash of its process.');
}

/** Run `script` in a fresh page of the extension (its origin's database), then close the page. */
export async function inExtension<T>(session: ChromiumSession, script: string): Promise<T> {
  const page = await session.context.newPage();
  try {
    // Any file of the extension gives a page at its origin that runs none of the app's code.
    await page.goto(`${session.origin}_locales/en/messages.json`);
    return (await page.evaluate(script)) as T;
  } finally {
    await page.close();
  }
}

/** Wake the worker with an ordinary message (as the popup's next call would); true when it answered. */
export const wakeWorker = async (session: ChromiumSession): Promise<boolean> =>
  inExtension<boolean>(session, `chrome.runtime.sendMessage({ channel: 'dossier', method: 'listRecent', args: { limit: 1 } }).then((r) => !!r?.ok, () => false)`);

/** What a user would find broken in the stored library, counted inside the page (a big library stays there). */
export type Health = { articles: number; live: number; bodies: number; indexed: number; queued: number; problems: string[] };

/**
 * Every live article has its body with text; no body without its article; no two live articles
 * share an address (a duplicate); every live article is searchable (in the index, or queued for
 * it, which search reads directly); highlights, mentions and memberships point at stored articles.
 */
export const CHECK_DATABASE = `(async () => {
  const db = await new Promise((resolve) => {
    const req = indexedDB.open('dossier');
    req.onupgradeneeded = () => req.transaction.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
  });
  const empty = { articles: 0, live: 0, bodies: 0, indexed: 0, queued: 0, problems: [] };
  if (!db) return empty;
  const names = ['articles', 'bodies', 'searchDocRows', 'searchQueue', 'searchMeta', 'annotations', 'articleMentions', 'memberships'];
  const tx = db.transaction(names);
  const all = (name) => new Promise((resolve, reject) => {
    const req = tx.objectStore(name).getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const [articles, bodies, docRows, queue, meta, annotations, mentionRows, memberships] = await Promise.all(names.map(all));
  // Mentions are stored a row per article; each must sit in its own article's row.
  const mentions = mentionRows.flatMap((r) => r.mentions.map((m) => (m.articleId === r.articleId ? m : { ...m, articleId: 'misfiled in ' + r.articleId })));
  // One row per 4,096 document numbers: ids[i] is the article of number chunk * 4096 + i ('' once retired).
  const docs = docRows.flatMap((r) => r.ids.map((articleId, i) => ({ docNo: r.chunk * 4096 + i, articleId })).filter((d) => d.articleId));
  db.close();
  const problems = [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const bodyOf = new Map(bodies.map((b) => [b.id, b]));
  const docsOf = new Map();
  for (const d of docs) docsOf.set(d.articleId, (docsOf.get(d.articleId) ?? 0) + 1);
  const queued = new Set(queue.map((q) => q.articleId));
  const next = meta.find((m) => m.key === 'index')?.nextDocNo ?? 0;
  const keys = new Map();
  const live = articles.filter((a) => !a.deletedAt);
  for (const a of live) {
    if (!bodyOf.get(a.id)?.text) problems.push('article without its text: ' + a.id);
    if (!docsOf.get(a.id) && !queued.has(a.id)) problems.push('article neither indexed nor queued: ' + a.id);
    for (const k of a.urlKeys) {
      if (keys.has(k)) problems.push('duplicate article for ' + k);
      keys.set(k, a.id);
    }
  }
  for (const b of bodies) if (!byId.has(b.id)) problems.push('body without its article: ' + b.id);
  for (const d of docs) {
    if (!byId.has(d.articleId)) problems.push('index entry without its article: ' + d.articleId);
    if (d.docNo >= next) problems.push('index entry beyond the index counter: ' + d.docNo);
  }
  for (const [id, n] of docsOf) if (n > 1) problems.push('article indexed twice: ' + id);
  for (const r of [...annotations, ...mentions, ...memberships]) if (!byId.has(r.articleId)) problems.push('record without its article: ' + r.id);
  return { articles: articles.length, live: live.length, bodies: bodies.length, indexed: docs.length, queued: queued.size, problems };
})()`;

export const health = (session: ChromiumSession): Promise<Health> => inExtension<Health>(session, CHECK_DATABASE);

/** A digest of every table (SHA-256 of their records in key order): equal digests, unchanged database. */
export const DIGEST_DATABASE = `(async () => {
  const db = await new Promise((resolve) => {
    const req = indexedDB.open('dossier');
    req.onupgradeneeded = () => req.transaction.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
  });
  if (!db) return 'none';
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names);
  const parts = await Promise.all(names.map((name) => new Promise((resolve, reject) => {
    const req = tx.objectStore(name).getAll();
    req.onsuccess = () => resolve(name + JSON.stringify(req.result, (k, v) => (ArrayBuffer.isView(v) ? Array.from(v) : v)));
    req.onerror = () => reject(req.error);
  })));
  db.close();
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\\n')));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
})()`;

export const digest = (session: ChromiumSession): Promise<string> => inExtension<string>(session, DIGEST_DATABASE);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
