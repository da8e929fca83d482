/**
 * `tsx scripts/highlight-shots.ts [--vi] [--no-build]`: screenshots for reviewing the highlight
 * UI in headless Chromium, light and dark: the popup with highlights, a Markdown note and an
 * orphan (the page changed after highlighting), the live page with its marks, and the stored
 * copy (also with a pending selection and a highlight being edited). Writes out/shots[-vi]/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build';
import { launchChromium, openChromiumPopup, READ_DATABASE } from './lib/browsers';
import { serveDir } from './lib/serve';
import { highlightFromPopup } from './lib/highlight-steps';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, process.argv.includes('--vi') ? 'out/shots-vi' : 'out/shots');
mkdirSync(OUT, { recursive: true });
if (!process.argv.includes('--no-build')) await buildAll();
const server = await serveDir(join(ROOT, 'seeds'));
const locale = process.argv.includes('--vi') ? 'vi' : 'en-US';
const session = await launchChromium(join(ROOT, 'dist/e2e/chrome'), { locale });
const url = `${server.origin}/seed-dbp.html`;
const page = await session.context.newPage();
await page.goto(url);
await highlightFromPopup(session, page, url, { text: 'Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.', color: 'green', note: '**Số liệu** giảm nghèo của Thành ủy — đối chiếu với báo cáo của tỉnh.\nNguồn: buổi làm việc 8/2.', tags: 'giảm nghèo, số liệu' });
await highlightFromPopup(session, page, url, { text: 'Thu nhập bình quân đầu người ước đạt 60 triệu đồng/năm.', color: 'yellow' });
await highlightFromPopup(session, page, url, { text: 'Bí thư Tỉnh ủy Trần Quốc Cường', color: 'purple', note: 'Trưởng đoàn', tags: 'Trần Quốc Cường' });
const seed = readFileSync(join(ROOT, 'seeds/seed-dbp.html'), 'utf8');
server.override('/seed-dbp.html', seed.replace('Thu nhập bình quân đầu người ước đạt 60 triệu đồng/năm. ', ''));
await page.reload();
for (const scheme of ['light', 'dark'] as const) {
  const popup = await openChromiumPopup(session, url);
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.getByTestId('orphans').waitFor();
  await popup.evaluate(() => document.fonts.ready);
  const height = await popup.evaluate(() => document.body.scrollHeight);
  await popup.setViewportSize({ width: 400, height });
  await popup.screenshot({ path: join(OUT, `popup-hl-${scheme}.png`) });
  await popup.close();
}
await page.screenshot({ path: join(OUT, 'page.png') });
const data = (await session.worker.evaluate(READ_DATABASE)) as { articles: { id: string }[] };
for (const scheme of ['light', 'dark'] as const) {
  const stored = await session.context.newPage();
  await stored.emulateMedia({ colorScheme: scheme });
  await stored.setViewportSize({ width: 1280, height: 1100 });
  await stored.goto(`${session.origin}popup/article.html?id=${data.articles[0]!.id}`);
  await stored.getByTestId('highlight-list').waitFor();
  await stored.evaluate(() => document.fonts.ready);
  await stored.screenshot({ path: join(OUT, `article-hl-${scheme}.png`) });
  // A selection waiting for its note, and a highlight being edited.
  await stored.evaluate(`(() => { const w = document.createTreeWalker(document.querySelector('[data-testid=article-body]'), NodeFilter.SHOW_TEXT); for (let n = w.nextNode(); n; n = w.nextNode()) { const at = n.data.indexOf('Cơ cấu kinh tế'); if (at >= 0) { const r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + 43); getSelection().removeAllRanges(); getSelection().addRange(r); return; } } })()`);
  await stored.locator('.side [data-testid=hl-edit]').first().click();
  await stored.waitForTimeout(300);
  await stored.screenshot({ path: join(OUT, `article-hl-${scheme}-editing.png`) });
  await stored.close();
}
await session.close();
await server.close();
console.log(`Wrote ${OUT}/.`);
