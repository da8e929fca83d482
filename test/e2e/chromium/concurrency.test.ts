/**
 * Clips at once: 30 tabs clipped together, and one page clipped from two tabs together.
 * Everything is stored, each article once with its text; the same page twice is one article
 * with two captures (DESIGN.md: clipping again updates it and keeps its capture history).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumTabId, type ChromiumSession } from '../../../scripts/lib/browsers';
import type { SeedServer } from '../../../scripts/lib/serve';
import { health } from './faults';
import { clearStore, readStore } from './helpers';
import { newsPage } from './pages';
import { startChromium, stopAll } from '../suite';

let server: SeedServer;
let session: ChromiumSession;

beforeAll(async () => ({ server, session } = await startChromium()));
afterAll(() => stopAll(session, server));

/** Press the clip shortcut in every tab at once (the same handler the browser calls), and wait for all. */
async function clipAtOnce(tabIds: number[]): Promise<void> {
  await session.worker.evaluate(async (ids: number[]) => {
    const hooks = (globalThis as unknown as { dossierTest: { onCommand(c: string, t: unknown): Promise<void> } }).dossierTest;
    const tabs = await Promise.all(ids.map((id) => chrome.tabs.get(id)));
    await Promise.all(tabs.map((tab) => hooks.onCommand('clip-article', tab)));
  }, tabIds);
}

async function openTabs(paths: string[]): Promise<{ pages: Page[]; tabIds: number[] }> {
  const pages = await Promise.all(paths.map(() => session.context.newPage()));
  await Promise.all(pages.map((p, i) => p.goto(`${server.origin}${paths[i]}`)));
  const tabIds = [];
  for (const p of pages) tabIds.push(await chromiumTabId(session, p.url()));
  return { pages, tabIds };
}

describe('clips at once', () => {
  it('stores 30 tabs clipped together, each once with its text', async () => {
    await clearStore(session);
    const paths = Array.from({ length: 30 }, (_, i) => `/tin/${i}.html`);
    paths.forEach((path, i) => server.override(path, newsPage(`tab-${i}`, 20)));
    const { pages, tabIds } = await openTabs(paths);
    const t0 = Date.now();
    await clipAtOnce(tabIds);
    const ms = Date.now() - t0;
    const stored = await readStore(session);
    expect(stored.articles.map((a) => new URL(a.url).pathname).sort()).toEqual([...paths].sort());
    for (const [i, path] of paths.entries()) {
      const article = stored.articles.find((a) => a.url.endsWith(path))!;
      expect(stored.bodies.find((b) => b.id === article.id)?.text).toContain(`(tab-${i}, đoạn 19)`);
    }
    expect((await health(session)).problems).toEqual([]);
    console.log(`[hardening] 30 tabs clipped at once in ${ms} ms: 30 articles, 30 bodies, 0 duplicates`);
    await Promise.all(pages.map((p) => p.close()));
  });

  it('stores one page clipped from two tabs together as one article with two captures', async () => {
    await clearStore(session);
    server.override('/same.html', newsPage('same', 20));
    const { pages, tabIds } = await openTabs(['/same.html', '/same.html']);
    for (let round = 1; round <= 3; round++) {
      await clipAtOnce(tabIds);
      const stored = await readStore(session);
      expect(stored.articles).toHaveLength(1);
      expect(stored.articles[0]!.captures).toHaveLength(2 * round);
      expect(stored.bodies).toHaveLength(1);
    }
    expect((await health(session)).problems).toEqual([]);
    console.log('[hardening] one page clipped from two tabs at once, 3 rounds: 1 article, 6 captures, 0 duplicates');
    await Promise.all(pages.map((p) => p.close()));
  });
});
