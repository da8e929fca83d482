/**
 * Hostile content in Debian's Chromium: news pages on 127.0.0.1 carry the corpus of
 * test/fixtures/hostile in their title, byline, body, captions and alt text; once clipped,
 * the same payloads go into highlight notes and tags, entity names and roles, collection
 * names and clip tags. The popup, the library, every stored copy, every entity page and the
 * exports are then opened: no payload may run (its flag stays unset, no live element is
 * left for the CSP to stop) and nothing may be fetched from outside.
 *
 * The hostile pages themselves run their payloads when loaded, as any browser would: that
 * is why the site turns calm (payloads as inert text) before the extension's pages are
 * looked at, and why requests are attributed to the page that made them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumTabId, launchChromium, openChromiumPopup, type ChromiumSession } from '../../../scripts/lib/browsers';
import { payloadIds } from '../../fixtures/hostile/payloads';
import { OUTSIDE_HOST, startHostileSite, type HostileSite } from '../../fixtures/hostile/site';
import { DIST_CHROME } from '../expectations';
import { clearStore, pressClip, readStore } from './helpers';
import { csvFormulas, csvPayloads, exportFromLibrary, openReport, showMarkdown, type ExportFiles } from './hostile-exports';
import { plantClipTags, plantCollections, plantEntities, plantHighlights, send } from './hostile-plant';
import { audit, isOutside, watchConsole, watchRequests, type Audit, type SeenRequest } from './hostile-watch';

const PAGE_COUNT = 8;
let site: HostileSite;
let session: ChromiumSession;
const audits: Audit[] = [];
const refusals: string[] = [];
const requests: SeenRequest[] = [];
const watched = new Set<Page>();
/** Site hits before the extension's views were opened: the web pages' own. */
let hitsBefore = 0;
let workerFlag: unknown = null;
let files: ExportFiles = {};
let markdownFiles = 0;
type StoredWithEntities = Awaited<ReturnType<typeof readStore>> & { annotations: unknown[]; entities: Array<{ id: string; type: string; name: string }> };

beforeAll(async () => {
  site = await startHostileSite(PAGE_COUNT);
  // The outside host resolves to the site, which counts what reaches it: an attempt is seen, not lost.
  session = await launchChromium(DIST_CHROME, { args: [`--host-resolver-rules=MAP ${OUTSIDE_HOST} 127.0.0.1:${site.port}`] });
  watchRequests(session.context, watched, requests);
  await clearStore(session);
});
afterAll(async () => {
  await session?.close();
  await site?.close();
});

/** A new tab whose requests and console are watched from its first load on. */
async function watchedPage(): Promise<Page> {
  const page = await session.context.newPage();
  watched.add(page);
  watchConsole(page, refusals);
  return page;
}

async function look(page: Page, context: string): Promise<void> {
  audits.push(await audit(page, context, session.origin));
}

describe('hostile content in Chromium', () => {
  it('clips every hostile page and takes its payloads as notes, tags, entity names and roles', async () => {
    for (const [n, { url, payloads }] of site.pages.entries()) {
      const web = await session.context.newPage();
      await web.goto(url);
      const tabId = await chromiumTabId(session, url);
      const popup = await openChromiumPopup(session, url, await watchedPage());
      await pressClip(popup);
      expect(await popup.getByTestId('clip-error').count(), `page ${n} is clipped`).toBe(0);
      const state = await send(popup, 'getPageState', { tabId });
      const articleId = state.ok ? (state.value as { article: { id: string } }).article.id : '';
      await plantHighlights(web, popup, tabId, payloads);
      await plantEntities(popup, articleId, payloads);
      await look(popup, `popup while clipping page ${n}`);
      await Promise.all([web.close(), popup.close()]);
    }
    const stored = (await readStore(session)) as StoredWithEntities;
    expect(stored.articles).toHaveLength(PAGE_COUNT);
    expect(stored.annotations).toHaveLength(site.payloads.length);
    expect(stored.entities).toHaveLength(site.payloads.length);
    await plantCollections(session.worker, site.payloads, stored.articles.map((a) => a.id));

    site.calm();
    // Let anything the closed hostile tabs left in flight arrive before counting.
    await new Promise((r) => setTimeout(r, 500));
    hitsBefore = site.hits.length;
    requests.length = 0;
  });

  it('shows them on every stored copy (clip tags typed there) and in the popup on every page', async () => {
    const { articles } = await readStore(session);
    let heldImages = 0;
    for (const [n, { url, payloads }] of site.pages.entries()) {
      const stored = await watchedPage();
      await stored.goto(`${session.origin}popup/article.html?id=${articles.find((a) => a.url === url)!.id}`);
      await stored.getByTestId('article-body').waitFor();
      await plantClipTags(stored, payloads);
      await stored.reload();
      await stored.getByTestId('article-highlights').waitFor();
      await look(stored, `stored copy ${n}`);
      // Its images (a tracking pixel among them) wait for the reader's click, and it says so.
      const held = await stored.locator('.body img[data-dossier-src]').count();
      expect(await stored.getByTestId('held-images').count(), `stored copy ${n}`).toBe(held ? 1 : 0);
      heldImages += held;

      const web = await session.context.newPage();
      await web.goto(url);
      const popup = await openChromiumPopup(session, url, await watchedPage());
      await popup.getByTestId('clip-status').filter({ hasText: /Clipped/ }).waitFor();
      await popup.getByTestId('highlight-list').or(popup.getByTestId('orphans')).first().waitFor();
      await look(popup, `popup on page ${n}`);
      await Promise.all([stored.close(), popup.close(), web.close()]);
    }
    expect(heldImages).toBeGreaterThan(0);
  });

  it('shows them in the library, its entity autocomplete and the entity pages', async () => {
    const library = await watchedPage();
    await library.goto(`${session.origin}popup/library.html`);
    await expect.poll(() => library.getByTestId('clip-list').locator('> li').count()).toBe(PAGE_COUNT);
    await look(library, 'library');
    await library.getByTestId('filter-entity').fill('script');
    await library.getByRole('option').first().waitFor();
    await look(library, 'library entity autocomplete');

    // One official (holding the page's payloads as roles) and one project per page show every
    // entity name (title, or beside it under "together") and every role (timeline lanes).
    const { entities } = (await readStore(session)) as StoredWithEntities;
    const entityPage = await watchedPage();
    const namesShown = new Set<string>();
    for (const { payloads } of site.pages) {
      for (const type of ['official', 'project']) {
        const entity = entities.find((e) => e.type === type && payloadIds(e.name).some((id) => payloads.some((p) => p.id === id)))!;
        await entityPage.goto(`${session.origin}popup/entity.html?id=${entity.id}`);
        await entityPage.getByTestId('entity-title').waitFor({ state: 'attached' });
        await look(entityPage, `entity page of ${type} ${entity.name.slice(0, 20)}`);
        for (const part of ['entity-title', 'together', 'timeline']) {
          for (const id of payloadIds(await entityPage.getByTestId(part).innerText().catch(() => ''))) namesShown.add(id);
        }
      }
    }
    expect(namesShown.size, 'every entity name is shown on an entity page').toBe(site.payloads.length);

    await library.getByTestId('filter-entity').fill('');
    files = await exportFromLibrary(library, ['html', 'md', 'csv']);
    await library.close();
  });

  it('exports them into an HTML report, Markdown and CSV that run nothing', async () => {
    const report = await watchedPage();
    await openReport(report, files, mkdtempSync(join(tmpdir(), 'dossier-hostile-')));
    await look(report, 'HTML report');
    const markdown = await watchedPage();
    markdownFiles = await showMarkdown(markdown, files, site.payloads.map((p) => p.html));
    await look(markdown, 'Markdown export');
    expect(csvPayloads(files, site.payloads), 'every payload reached the CSV').toBe(site.payloads.length);
    expect(csvFormulas(files)).toEqual([]);
    workerFlag = await session.worker.evaluate(() => (globalThis as { __pwned?: string }).__pwned ?? null);
  });

  it('ran no payload anywhere and fetched nothing from outside', async () => {
    // Late requests (an image, a refresh) get a moment to show.
    await new Promise((r) => setTimeout(r, 500));
    const newHits = site.hits.slice(hitsBefore);
    const outside = requests.filter((r) => isOutside(r.url, [site.origin, session.origin]));
    const payloadRequests = requests.filter((r) => r.ids.length);
    // Ran: set its flag, made its request, or sits in a CSV cell a spreadsheet would evaluate.
    const ran = new Set([
      ...audits.flatMap((a) => (a.pwned ? [a.pwned] : [])),
      ...newHits.flatMap((h) => h.ids),
      ...payloadRequests.flatMap((r) => r.ids),
      ...csvFormulas(files).flatMap((f) => payloadIds(f)),
      ...(workerFlag ? [String(workerFlag)] : []),
    ]);
    console.log(
      [
        `hostile content: ${site.payloads.length} payloads on ${PAGE_COUNT} pages, each in the title, body, a quote, alt text, a caption,`,
        `  a highlight note and tag, an entity name and role, a collection name and a clip tag (11 places; site name, author or byline for some)`,
        `  ${audits.length} extension views audited (+ the service worker), ${audits.filter((a) => a.shown.length).length} show payload text; ${markdownFiles} Markdown files, ${csvPayloads(files, site.payloads)} payloads in the CSV`,
        `  ran: ${ran.size}; live elements: ${audits.reduce((n, a) => n + a.live.length, 0)}; CSP refusals: ${refusals.length}`,
        `  requests from extension views: ${requests.length}, outside: ${outside.length}, to payload addresses: ${payloadRequests.length}; site hits after the clip: ${newHits.length}`,
      ].join('\n'),
    );

    expect(audits.filter((a) => a.pwned).map((a) => `${a.context}: ${a.pwned}`)).toEqual([]);
    expect(audits.flatMap((a) => a.live.map((l) => `${a.context}: ${l}`))).toEqual([]);
    expect(audits.filter((a) => !/^(chrome-extension|file|about):/.test(a.url)).map((a) => `${a.context} went to ${a.url}`)).toEqual([]);
    expect(refusals).toEqual([]);
    expect(workerFlag).toBeNull();
    expect(newHits).toEqual([]);
    expect(outside.map((r) => `${r.from} -> ${r.url}`)).toEqual([]);
    expect(payloadRequests.map((r) => `${r.from} -> ${r.url}`)).toEqual([]);
    expect(ran.size).toBe(0);
    // The payloads did reach every kind of view: a test that showed nothing would prove nothing.
    for (const kind of ['popup on', 'stored copy', 'library', 'entity page', 'HTML report', 'Markdown']) {
      expect(audits.some((a) => a.context.startsWith(kind) && a.shown.length > 0), `${kind} shows payload text`).toBe(true);
    }
  });
});
