/**
 * Hostile content in Firefox ESR (puppeteer-core over WebDriver BiDi), as
 * test/e2e/chromium/hostile.test.ts does it in Chromium: the 8 news pages of
 * test/fixtures/hostile are clipped from the popup, their payloads planted as highlight notes
 * and tags, entity names and roles (the background's messages, as the popup sends them),
 * collection names (written into the database) and clip tags (typed on the stored copy); then
 * the popup on each page, every stored copy, the library (its entity autocomplete and a
 * search) and the entity pages are opened. No payload may run (`window.__pwned` stays unset,
 * in the views and in the background page), no live element may be left, nothing may be
 * fetched from outside. The exports (HTML report, Markdown, CSV) are left to the Chromium test:
 * the same code builds them in both browsers, and this test downloads nothing.
 *
 * Outside requests are seen twice:
 * - BiDi's network events on each extension view's tab: they show its http(s) requests
 *   (a page's own moz-extension:// files and data: URLs do not appear in them);
 * - Firefox's proxy points at a catcher here, so a request to any host but 127.0.0.1 reaches
 *   it and is counted, whoever made it. Extension pages upgrade http to https (the MV3
 *   default CSP), so such a request arrives as a CONNECT naming only its host. Firefox's own
 *   traffic to Mozilla's services (remote settings) is caught too and set aside by host.
 *
 * Not observable in Firefox: CSP refusals. BiDi's log events do not carry Firefox's CSP
 * console messages, ReportingObserver gets no csp-violation reports, and a preload script
 * (which could listen for securitypolicyviolation) is not run in moz-extension:// documents.
 * The DOM audit (no live handler, script, frame or loading attribute) is what stands for it.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { READ_DATABASE } from '../../../scripts/lib/browsers';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from '../../../scripts/lib/firefox';
import { MAX_TAG } from '../../../src/core/annotations/limits';
import type { EntityRecord } from '../../../src/db/types';
import { payloadIds, type Payload } from '../../fixtures/hostile/payloads';
import { startHostileSite, type HostileSite } from '../../fixtures/hostile/site';
import { collectionNames, selectQuoteInPage, writeCollections } from '../chromium/hostile-plant';
import { auditDom, isOutside, type Audit, type SeenRequest } from '../chromium/hostile-watch';
import { DIST_FIREFOX, type Stored } from '../expectations';

const PAGE_COUNT = 8;
/** Firefox's own services: the browser's traffic, not a page's. */
const MOZILLA = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/i;

/** A request that reached the catcher (the proxy for every host but 127.0.0.1). */
type Caught = { host: string; target: string; ids: string[] };

let site: HostileSite;
let catcher: Server;
let session: FirefoxSession;
const caught: Caught[] = [];
const audits: Audit[] = [];
const requests: SeenRequest[] = [];
/** Site hits and caught requests before the extension's views were opened: the web pages' own. */
let hitsBefore = 0;
let caughtBefore = 0;
let backgroundFlag: unknown = null;
let articles: Stored['articles'] = [];
type StoredWithEntities = Stored & { annotations: unknown[]; entities: EntityRecord[] };
type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** A proxy that answers nothing and writes down every request it is asked to forward. */
async function startCatcher(): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const target = req.url ?? '';
    caught.push({ host: (req.headers.host ?? '').replace(/:\d+$/, ''), target, ids: payloadIds(decodeURIComponent(target)) });
    res.writeHead(404).end();
  });
  server.on('connect', (req, socket) => {
    const target = req.url ?? '';
    caught.push({ host: target.replace(/:\d+$/, ''), target, ids: [] });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

beforeAll(async () => {
  site = await startHostileSite(PAGE_COUNT);
  const proxy = await startCatcher();
  catcher = proxy.server;
  session = await launchFirefox(DIST_FIREFOX, {
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': false,
      // 127.0.0.1 goes direct (network.proxy.allow_hijacking_localhost stays false).
      'network.proxy.no_proxies_on': '',
    },
  });
});
afterAll(async () => {
  await session?.close();
  await site?.close();
  catcher?.closeAllConnections();
  await new Promise((resolve) => (catcher ? catcher.close(resolve) : resolve(undefined)));
});

/**
 * Open an extension page in a new tab whose requests are recorded from its first load on.
 * The opening step's own address (/__dossier__/open) and its favicon are left out.
 */
async function openView(path: string, context: string, forUrl?: string, query: Record<string, string> = {}): Promise<Page> {
  const page = await session.browser.newPage();
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith(`${site.origin}/__dossier__/open`) || url === `${site.origin}/favicon.ico`) return;
    requests.push({ from: context, url, ids: payloadIds(url) });
  });
  return labelled(`opening ${context}`, openFirefoxExtensionPage(session, site.origin, path, forUrl, query, page));
}

/** `step`, failing with `what` in the message (puppeteer's timeouts say nothing of where they were). */
async function labelled<T>(what: string, step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (err) {
    throw new Error(`${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/** Open a web page of the site in a new tab. */
async function openWeb(url: string): Promise<Page> {
  const web = await session.browser.newPage();
  await labelled(`loading ${url}`, web.goto(url));
  return web;
}

/** Audit a view with the Chromium test's DOM check; the address is read in the page (see openFirefoxExtensionPage). */
async function look(page: Page, context: string): Promise<void> {
  const url = await page.evaluate(() => location.href);
  audits.push({ context, url, ...(await page.evaluate(auditDom, session.origin)) });
}

/** Call a background method from an extension page, as its own code does; fail naming the call. */
async function send(page: Page, method: string, args: unknown, what: string): Promise<unknown> {
  const reply = (await page.evaluate((m: string, a: unknown) => chrome.runtime.sendMessage({ channel: 'dossier', method: m, args: a }), method, args)) as Reply;
  if (!reply.ok) throw new Error(`${what} failed: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

const has = (page: Page, selector: string, timeout = 20_000) =>
  labelled(`waiting for ${selector}`, page.waitForFunction((s: string) => !!document.querySelector(s), { timeout }, selector));
const count = (page: Page, selector: string) => page.evaluate((s: string) => document.querySelectorAll(s).length, selector);

/** Set a Preact-controlled field as typing would. */
const fill = (page: Page, selector: string, value: string) =>
  page.evaluate(
    (s: string, v: string) => {
      const field = document.querySelector<HTMLInputElement>(s)!;
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selector,
    value,
  );

/** Press Clip and wait until the popup shows the outcome. */
async function pressClip(popup: Page): Promise<void> {
  await has(popup, '[data-testid="clip-button"]:not([disabled])');
  await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="clip-button"]')!.click());
  await has(popup, '[data-testid="clip-notice"], [data-testid="clip-error"]', 30_000);
}

/** The clip's tags as stored (read straight from IndexedDB). */
const storedTags = (page: Page, id: string) =>
  page.evaluate(
    (articleId: string) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('dossier');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('articles').objectStore('articles').get(articleId);
          get.onsuccess = () => {
            resolve((get.result as { tags?: string[] } | undefined)?.tags?.length ?? 0);
            req.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );

/** Highlights and entities as hostile-plant.ts plants them in Chromium: one of each per payload. */
async function plant(web: Page, popup: Page, tabId: number, articleId: string, payloads: Payload[]): Promise<void> {
  for (const [i, p] of payloads.entries()) {
    if (!(await web.evaluate(selectQuoteInPage, i))) throw new Error('The page has no quotation line to select.');
    await send(popup, 'createHighlight', { tabId, color: 'yellow', note: p.html, tags: [p.html.slice(0, MAX_TAG)] }, `Highlight with ${p.id}`);
  }
  for (const [i, p] of payloads.entries()) {
    const type = i % 2 ? 'project' : 'official';
    const roles = i === 0 ? payloads.map((q) => q.html) : [];
    await send(popup, 'acceptEntity', { articleId, type, name: p.html, roles, origin: 'manual' }, `Entity ${p.id}`);
  }
}

describe('hostile content in Firefox', () => {
  it('clips every hostile page and takes its payloads as notes, tags, entity names and roles', async () => {
    let popup: Page | undefined;
    for (const [n, { url, payloads }] of site.pages.entries()) {
      await popup?.close();
      const web = await openWeb(url);
      popup = await openView('popup/index.html', `popup while clipping page ${n}`, url);
      await pressClip(popup);
      expect(await count(popup, '[data-testid="clip-error"]'), `page ${n} is clipped`).toBe(0);
      const tabId = Number(new URL(await popup.evaluate(() => location.href)).searchParams.get('tabId'));
      const state = (await send(popup, 'getPageState', { tabId }, 'getPageState')) as { article: { id: string } };
      await plant(web, popup, tabId, state.article.id, payloads);
      await look(popup, `popup while clipping page ${n}`);
      await web.close();
    }
    const stored = (await popup!.evaluate(READ_DATABASE)) as StoredWithEntities;
    expect(stored.articles).toHaveLength(PAGE_COUNT);
    expect(stored.annotations).toHaveLength(site.payloads.length);
    expect(stored.entities).toHaveLength(site.payloads.length);
    articles = stored.articles;
    // A collection per payload holding every clip, written into the database as an import would.
    await popup!.evaluate(writeCollections, [collectionNames(site.payloads), stored.articles.map((a) => a.id)] as const);
    await popup!.close();

    site.calm();
    // Let anything the closed hostile tabs left in flight arrive before counting.
    await new Promise((r) => setTimeout(r, 500));
    hitsBefore = site.hits.length;
    caughtBefore = caught.length;
    requests.length = 0;
  });

  it('shows them on every stored copy (clip tags typed there) and in the popup on every page', async () => {
    let heldImages = 0;
    for (const [n, { url, payloads }] of site.pages.entries()) {
      const id = articles.find((a) => a.url === url)!.id;
      const context = `stored copy ${n}`;
      const first = await openView('popup/article.html', context, undefined, { id });
      await has(first, '[data-testid="article-body"]');
      await has(first, 'form.tags input');
      await fill(first, 'form.tags input', payloads.map((p) => p.html.replace(/,/g, ' ')).join(', '));
      await first.evaluate(() => document.querySelector<HTMLButtonElement>('form.tags button')!.click());
      await expect.poll(() => storedTags(first, id), { timeout: 10_000 }).toBeGreaterThan(0);
      await first.close();

      // Opened again (as after a reload): the tags come back from the database.
      const stored = await openView('popup/article.html', context, undefined, { id });
      await has(stored, '[data-testid="article-highlights"]');
      await look(stored, context);
      // Its images (a tracking pixel among them) wait for the reader's click, and it says so.
      const held = await count(stored, '.body img[data-dossier-src]');
      expect(await count(stored, '[data-testid="held-images"]'), context).toBe(held ? 1 : 0);
      heldImages += held;

      const web = await openWeb(url);
      const popup = await openView('popup/index.html', `popup on page ${n}`, url);
      await popup.waitForFunction(() => /Clipped/.test(document.querySelector('[data-testid="clip-status"]')?.textContent ?? ''), { timeout: 20_000 });
      await has(popup, '[data-testid="highlight-list"], [data-testid="orphans"]');
      await look(popup, `popup on page ${n}`);
      await Promise.all([stored.close(), popup.close(), web.close()]);
    }
    expect(heldImages).toBeGreaterThan(0);
  });

  it('shows them in the library, its search and entity autocomplete, and the entity pages', async () => {
    const library = await openView('popup/library.html', 'library');
    await library.waitForFunction((n: number) => document.querySelectorAll('[data-testid="clip-list"] > li').length === n, { timeout: 20_000 }, PAGE_COUNT);
    await look(library, 'library');
    // Typed without accents; every page quotes its payloads after "Trích dẫn nguyên văn". The
    // count reads "N clips" (not "N clips shown") once the search has answered.
    await fill(library, '[data-testid="library-search"]', 'trich dan');
    const resultCount = () => library.evaluate(() => document.querySelector('[data-testid="result-count"]')?.textContent ?? '');
    await expect.poll(resultCount, { timeout: 20_000 }).toMatch(/^\d+ clips$/);
    expect(await resultCount(), 'the search finds every clip').toBe(`${PAGE_COUNT} clips`);
    await look(library, 'library search');
    await fill(library, '[data-testid="library-search"]', '');
    await fill(library, '[data-testid="filter-entity"]', 'script');
    await has(library, '[role="option"]');
    await look(library, 'library entity autocomplete');
    await fill(library, '[data-testid="filter-entity"]', '');
    backgroundFlag = await library.evaluate(async () => {
      // The event page's window (Firefox runs the background as a page, not a service worker).
      const bg = (await (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser.runtime.getBackgroundPage()) as (Window & { __pwned?: string }) | null;
      return bg ? (bg.__pwned ?? null) : 'no background page';
    });
    const { entities } = (await library.evaluate(READ_DATABASE)) as StoredWithEntities;
    await library.close();

    // One official (holding the page's payloads as roles) and one project per page show every
    // entity name (title, or beside it under "together") and every role (timeline lanes).
    const namesShown = new Set<string>();
    for (const { payloads } of site.pages) {
      // The page's first payload names the official who holds them all as roles.
      const official = entities.find((e) => e.type === 'official' && payloadIds(e.name).includes(payloads[0]!.id))!;
      const project = entities.find((e) => e.type === 'project' && payloadIds(e.name).some((id) => payloads.some((p) => p.id === id)))!;
      for (const entity of [official, project]) {
        const context = `entity page of ${entity.type} ${entity.name.slice(0, 20)}`;
        const page = await openView('popup/entity.html', context, undefined, { id: entity.id });
        await has(page, '[data-testid="entity-title"]');
        await has(page, '[data-testid="together"]');
        if (entity === official) await has(page, '[data-testid="timeline-lane"]');
        await look(page, context);
        const [title, together, timeline] = await page.evaluate(() =>
          ['entity-title', 'together', 'timeline'].map((id) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.innerText ?? ''),
        );
        for (const id of payloadIds(`${title}\n${together}\n${timeline}`)) namesShown.add(id);
        if (entity === official) expect(payloadIds(timeline!).sort(), `${context}: every role on the timeline`).toEqual(payloads.map((p) => p.id));
        await page.close();
      }
    }
    expect(namesShown.size, 'every entity name is shown on an entity page').toBe(site.payloads.length);
  });

  it('ran no payload anywhere and fetched nothing from outside', async () => {
    // Late requests (an image, a refresh) get a moment to show.
    await new Promise((r) => setTimeout(r, 500));
    const newHits = site.hits.slice(hitsBefore);
    const caughtAfter = caught.slice(caughtBefore);
    const firefoxOwn = caughtAfter.filter((c) => MOZILLA.test(c.host));
    const caughtOutside = caughtAfter.filter((c) => !MOZILLA.test(c.host));
    const outside = requests.filter((r) => isOutside(r.url, [site.origin, session.origin]));
    const payloadRequests = requests.filter((r) => r.ids.length);
    const ran = new Set([
      ...audits.flatMap((a) => (a.pwned ? [a.pwned] : [])),
      ...newHits.flatMap((h) => h.ids),
      ...caughtOutside.flatMap((c) => c.ids),
      ...payloadRequests.flatMap((r) => r.ids),
      ...(backgroundFlag ? [String(backgroundFlag)] : []),
    ]);
    // The watch is live in extension views: an image the test adds to one (after the counts
    // above) is seen both in BiDi's events (upgraded to https) and by the proxy (a CONNECT).
    const [seen, caughtMark] = [requests.length, caught.length];
    const control = await openView('popup/library.html', 'control');
    await control.evaluate(() => document.body.append(Object.assign(new Image(), { src: 'http://evil.example/control.png' })));
    await expect.poll(() => requests.some((r) => r.from === 'control' && r.url.endsWith('//evil.example/control.png')), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => caught.slice(caughtMark).some((c) => c.host === 'evil.example'), { timeout: 10_000 }).toBe(true);
    await control.close();
    console.log(
      [
        `[hardening] hostile content in Firefox ESR: ${site.payloads.length} payloads on ${PAGE_COUNT} pages, each in the title, body, a quote, alt text, a caption,`,
        `  a highlight note and tag, an entity name and role, a collection name and a clip tag`,
        `  ${audits.length} extension views audited (+ the background page's flag), ${audits.filter((a) => a.shown.length).length} show payload text`,
        `  ran: ${ran.size}; live elements: ${audits.reduce((n, a) => n + a.live.length, 0)}; CSP refusals: not observable in Firefox`,
        `  http(s) requests from extension views (BiDi): ${seen}, outside: ${outside.length}, to payload addresses: ${payloadRequests.length}`,
        `  after the clip: site hits ${newHits.length}; requests to outside hosts (proxy) ${caughtOutside.length}, Firefox's own to Mozilla ${firefoxOwn.length} (set aside)`,
        `  control: an image the test added to an extension view was seen by BiDi and by the proxy`,
      ].join('\n'),
    );

    expect(audits.filter((a) => a.pwned).map((a) => `${a.context}: ${a.pwned}`)).toEqual([]);
    expect(audits.flatMap((a) => a.live.map((l) => `${a.context}: ${l}`))).toEqual([]);
    expect(audits.filter((a) => !a.url.startsWith(session.origin)).map((a) => `${a.context} went to ${a.url}`)).toEqual([]);
    expect(backgroundFlag).toBeNull();
    expect(newHits).toEqual([]);
    expect(caughtOutside.map((c) => c.target)).toEqual([]);
    expect(outside.map((r) => `${r.from} -> ${r.url}`)).toEqual([]);
    expect(payloadRequests.map((r) => `${r.from} -> ${r.url}`)).toEqual([]);
    expect(ran.size).toBe(0);
    // The payloads did reach every kind of view: a test that showed nothing would prove nothing.
    for (const kind of ['popup while clipping', 'popup on', 'stored copy', 'library', 'library search', 'library entity autocomplete', 'entity page']) {
      expect(audits.some((a) => a.context.startsWith(kind) && a.shown.length > 0), `${kind} shows payload text`).toBe(true);
    }
  });
});
