/**
 * The demo: build, serve seeds/ on 127.0.0.1, launch Debian's Chromium with the extension,
 * clip every seed article through the popup's Clip button, highlight a sentence of the seed
 * article with a note, print what was stored, accept the officials and projects suggested for
 * two of them, gather the clips about Điện Biên into a collection and export it in every format
 * into out/ (the backup as out/demo-backup.json, every format in out/demo-export/), and
 * screenshot the popup, library, stored copy (with its highlight) and entity pages into out/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build';
import { launchChromium, openChromiumPopup, READ_DATABASE } from './lib/browsers';
import { acceptAllSuggestions, printEntities, screenshotEntityPages } from './lib/demo-entities';
import { DEMO_COLLECTION, exportDemoCollection } from './lib/demo-export';
import { serveDir } from './lib/serve';
import { highlightFromPopup } from './lib/highlight-steps';
import type { AnnotationRecord, ArticleBody, ArticleRecord } from '../src/db/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'out');
const SEEDS = ['seed-dbp.html', 'dev-dothi-kenh-nhieuloc-q3.html', 'dev-hoaban-muongcha-mixed-uy.html', 'dev-namrom-caotoc-uy-moi.html', 'dev-songda-taidinhcu-nfd.html', 'dev-taybac-giaingan-laichau.html'];

console.log('Building the extension…');
await buildAll();
mkdirSync(OUT, { recursive: true });
const server = await serveDir(join(ROOT, 'seeds'));
const session = await launchChromium(join(ROOT, 'dist/e2e/chrome'), { headed: true }).catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});

try {
  const clip = async (file: string): Promise<string> => {
    const url = `${server.origin}/${file}`;
    const page = await session.context.newPage();
    await page.goto(url);
    const popup = await openChromiumPopup(session, url);
    await popup.getByTestId('clip-button').click();
    const outcome = await Promise.race([
      popup.getByTestId('clip-notice').waitFor().then(() => 'ok'),
      popup.getByTestId('clip-error').waitFor().then(async () => `error: ${await popup.getByTestId('clip-error').innerText()}`),
    ]);
    await popup.close();
    await page.close();
    return outcome;
  };

  for (const file of SEEDS) {
    const outcome = await clip(file);
    if (outcome !== 'ok') console.log(`${file}: ${outcome}`);
  }
  // Clipping the seed again adds a capture to the same article; a search page has no article.
  await clip('seed-dbp.html');
  console.log(`search-results.html: ${await clip('search-results.html')}`);

  // A highlight with a note on the seed article, made as an analyst makes it: select, write, press.
  const seedUrl = `${server.origin}/seed-dbp.html`;
  const page = await session.context.newPage();
  await page.goto(seedUrl);
  await highlightFromPopup(session, page, seedUrl, {
    text: 'Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.',
    color: 'green',
    note: '**Số liệu** giảm nghèo của Thành ủy: đối chiếu với báo cáo của tỉnh.',
    tags: 'giảm nghèo, số liệu',
  });

  // What the extension stored, read straight from its IndexedDB.
  const reader = await session.context.newPage();
  await reader.goto(`${session.origin}popup/index.html`);
  const data = (await reader.evaluate(READ_DATABASE)) as { articles: ArticleRecord[]; bodies: ArticleBody[]; annotations: AnnotationRecord[] };
  await reader.close();
  console.log(`\nStored ${data.articles.length} articles:\n`);
  for (const a of data.articles.sort((x, y) => x.createdAt.localeCompare(y.createdAt))) {
    console.log(`  ${a.title}`);
    console.log(`    date: ${a.publishedAt ?? '(unknown)'} · author: ${a.author ?? '(unknown)'} · site: ${a.siteName ?? '(unknown)'} · words: ${a.wordCount} · captures: ${a.captures.length}`);
  }
  for (const h of data.annotations ?? []) {
    const on = data.articles.find((a) => a.id === h.articleId)?.title ?? h.articleId;
    console.log(`\n  Highlight (${h.color}) on "${on}":\n    “${h.selectors.quote.exact}”\n    note: ${h.note} · tags: ${h.tags.join(', ')}`);
  }
  writeFileSync(join(OUT, 'demo-store.json'), JSON.stringify(data, null, 2));

  // Screenshots of the popup on the seed page (its highlight drawn), light and dark.
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await openChromiumPopup(session, seedUrl);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByTestId('article-form').waitFor();
    await popup.getByTestId('entities-panel').locator('h3, .linked, .hint').first().waitFor();
    await popup.evaluate(() => document.fonts.ready);
    const height = await popup.evaluate(() => document.body.scrollHeight);
    await popup.setViewportSize({ width: 400, height });
    await popup.screenshot({ path: join(OUT, `popup-${scheme}.png`) });
    await popup.close();
  }
  // Accept what the seed and the expressway article suggest, then look at the popup again.
  for (const file of ['seed-dbp.html', 'dev-namrom-caotoc-uy-moi.html']) {
    const url = `${server.origin}/${file}`;
    const tab = file === 'seed-dbp.html' ? page : await session.context.newPage();
    if (tab !== page) await tab.goto(url);
    const popup = await acceptAllSuggestions(session, url);
    if (file === 'seed-dbp.html') {
      await popup.evaluate(() => document.fonts.ready);
      await popup.setViewportSize({ width: 400, height: await popup.evaluate(() => document.body.scrollHeight) });
      await popup.screenshot({ path: join(OUT, 'popup-entities-light.png') });
    }
    await popup.close();
    if (tab !== page) await tab.close();
  }
  const tagged = await printEntities(session);

  const exported = await exportDemoCollection(session, OUT);
  console.log(`\nCollection "${DEMO_COLLECTION}" exported from the library page in every format (${exported.length - 1} files):`);
  for (const path of exported) console.log(`  out/${path}`);

  // The library page, light and dark.
  for (const scheme of ['light', 'dark'] as const) {
    const library = await session.context.newPage();
    await library.emulateMedia({ colorScheme: scheme });
    await library.setViewportSize({ width: 1280, height: 860 });
    await library.goto(`${session.origin}popup/library.html`);
    await library.getByTestId('clip-list').waitFor();
    await library.evaluate(() => document.fonts.ready);
    await library.screenshot({ path: join(OUT, `library-${scheme}.png`) });
    await library.close();
  }
  // The stored copy of the seed article, with its highlight and rendered note, light and dark.
  const seed = data.articles.find((a) => a.url.endsWith('/seed-dbp.html'))!;
  for (const scheme of ['light', 'dark'] as const) {
    const stored = await session.context.newPage();
    await stored.emulateMedia({ colorScheme: scheme });
    await stored.setViewportSize({ width: 1280, height: 1100 });
    await stored.goto(`${session.origin}popup/article.html?id=${seed.id}`);
    await stored.getByTestId('article-body').locator('dossier-mark').first().waitFor();
    await stored.evaluate(() => document.fonts.ready);
    await stored.screenshot({ path: join(OUT, `article-${scheme}.png`) });
    await stored.close();
  }
  const entityShots = await screenshotEntityPages(session, OUT, tagged);
  console.log(`\nWrote out/demo-store.json and screenshots: out/popup-{light,dark}.png, out/popup-entities-light.png, out/library-{light,dark}.png, out/article-{light,dark}.png, ${entityShots.join(', ')}.`);
} finally {
  await session.close();
  await server.close();
}
