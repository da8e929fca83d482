/**
 * Collections in Chromium, as an analyst keeps them: from the popup on a clipped article (create,
 * put in, take out), in the library (rename, add and remove clips, delete: the clips stay), and
 * beside the stored copy; the library's filters by site, date range and tag; deleting clips.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, openChromiumPopup, type ChromiumSession } from '../../../scripts/lib/browsers';
import { serveDir, type SeedServer } from '../../../scripts/lib/serve';
import { DIST_CHROME, SEEDS_DIR } from '../expectations';
import { clearStore, clipSeed, openSeed, pressClip, readStore } from './helpers';

let server: SeedServer;
let session: ChromiumSession;
let library: Page;

const DBP = 'Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ'; // Báo Điện Biên Phủ, 2023-02-08
const LAICHAU = 'Lai Châu: Giải ngân vốn đầu tư công 6 tháng đạt 38,6% kế hoạch'; // Tây Bắc Ngày Nay, 2024-07-18
const NAMROM = 'Phó Bí thư Thường trực Tỉnh uỷ kiểm tra mặt bằng Dự án cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang'; // Báo Nậm Rốm, 2024-05-06
const CASE = 'Cảng hàng không Điện Biên';

beforeAll(async () => {
  server = await serveDir(SEEDS_DIR);
  session = await launchChromium(DIST_CHROME);
  await clearStore(session);
  for (const file of ['seed-dbp.html', 'dev-taybac-giaingan-laichau.html', 'dev-namrom-caotoc-uy-moi.html']) await clipSeed(session, server, file);
  library = await session.context.newPage();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const titles = async () => (await library.getByTestId('clip-list').locator('a.title').allInnerTexts()).map((s) => s.trim()).sort();
/** The library's collections as the sidebar lists them: name and count. */
const sidebar = async () => (await library.getByTestId('collections').locator('li > button').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
const ticked = (popup: Page, name: string) => popup.getByTestId('popup-collections').getByRole('checkbox', { name }).isChecked();
/** Live memberships in the database, as collection name → article titles. */
async function stored(): Promise<Record<string, string[]>> {
  const db = (await readStore(session)) as unknown as {
    collections: Array<{ id: string; name: string; deletedAt: string | null }>;
    memberships: Array<{ collectionId: string; articleId: string; deletedAt: string | null }>;
    articles: Array<{ id: string; title: string }>;
  };
  const out: Record<string, string[]> = {};
  for (const c of db.collections.filter((c) => !c.deletedAt)) {
    const ids = new Set(db.memberships.filter((m) => m.collectionId === c.id && !m.deletedAt).map((m) => m.articleId));
    out[c.name] = db.articles.filter((a) => ids.has(a.id)).map((a) => a.title).sort();
  }
  return out;
}

describe('collections in Chromium', () => {
  it('creates collections from the popup with the clip in them, and takes the clip out again', async () => {
    const { page, url } = await openSeed(session, server, 'seed-dbp.html');
    const popup = await openChromiumPopup(session, url);
    const panel = popup.getByTestId('popup-collections');
    await expect.poll(() => panel.innerText()).toMatch(/No collections yet/);
    // Nothing to create from an empty or blank name.
    await popup.getByTestId('popup-new-collection').fill('   ');
    expect(await panel.getByRole('button', { name: 'Create' }).isDisabled()).toBe(true);

    await popup.getByTestId('popup-new-collection').fill(CASE);
    await popup.getByTestId('popup-new-collection').press('Enter');
    await expect.poll(() => ticked(popup, CASE)).toBe(true);
    expect(await panel.getByRole('status').innerText()).toBe(`Added to “${CASE}”.`);
    expect(await popup.getByTestId('popup-new-collection').inputValue()).toBe('');
    await popup.getByTestId('popup-new-collection').fill('Tỉnh ủy 2023');
    await panel.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => ticked(popup, 'Tỉnh ủy 2023')).toBe(true);
    expect(await stored()).toEqual({ [CASE]: [DBP], 'Tỉnh ủy 2023': [DBP] });

    // Unticked: out of that collection, which stays, as does the clip.
    await panel.getByRole('checkbox', { name: 'Tỉnh ủy 2023' }).uncheck();
    await expect.poll(stored).toEqual({ [CASE]: [DBP], 'Tỉnh ủy 2023': [] });
    expect(await ticked(popup, CASE)).toBe(true);

    // Opened again, the popup shows what is stored; the library counts the same.
    const again = await openChromiumPopup(session, url);
    await expect.poll(() => ticked(again, CASE)).toBe(true);
    expect(await ticked(again, 'Tỉnh ủy 2023')).toBe(false);
    await library.goto(`${session.origin}popup/library.html`);
    await expect.poll(sidebar).toEqual(['All clips 3', `${CASE} 1`, 'Tỉnh ủy 2023 0']);

    // The field also finds: typed without accents, it narrows the list; Enter on a name that
    // exists puts the clip there, with no twin made.
    await popup.getByTestId('popup-new-collection').fill('TINH UY');
    await expect.poll(() => panel.getByRole('checkbox').count()).toBe(1);
    await popup.getByTestId('popup-new-collection').fill('tinh uy 2023');
    expect(await panel.getByRole('button', { name: 'Add' }).isEnabled()).toBe(true);
    await popup.getByTestId('popup-new-collection').press('Enter');
    await expect.poll(stored).toEqual({ [CASE]: [DBP], 'Tỉnh ủy 2023': [DBP] });
    await expect.poll(() => panel.getByRole('checkbox').count()).toBe(2);
    expect(await ticked(popup, 'Tỉnh ủy 2023')).toBe(true);
    expect(await panel.getByRole('status').innerText()).toBe('Added to “Tỉnh ủy 2023”.');
    await Promise.all([popup.close(), again.close(), page.close()]);
  });

  it('renames a collection, adds and removes clips in the library, and deletes it while its clips stay', async () => {
    await library.goto(`${session.origin}popup/library.html`);
    await library.getByRole('button', { name: /^Tỉnh ủy 2023/ }).click();
    await expect.poll(titles).toEqual([DBP]);
    library.once('dialog', (dialog) => void dialog.accept('Tỉnh ủy 2024'));
    await library.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(sidebar).toEqual(['All clips 3', `${CASE} 1`, 'Tỉnh ủy 2024 1']);

    await library.getByRole('button', { name: /^All clips/ }).click();
    await expect.poll(titles).toHaveLength(3);
    const rows = library.getByTestId('clip-list').locator('li');
    await rows.filter({ hasText: 'Lai Châu' }).locator('input[type=checkbox]').check();
    await rows.filter({ hasText: 'cao tốc' }).locator('input[type=checkbox]').check();
    await library.getByTestId('add-to-collection').selectOption({ label: 'Tỉnh ủy 2024' });
    await expect.poll(sidebar).toEqual(['All clips 3', `${CASE} 1`, 'Tỉnh ủy 2024 3']);

    await library.getByRole('button', { name: /^Tỉnh ủy 2024/ }).click();
    await expect.poll(titles).toHaveLength(3);
    await library.getByTestId('clip-list').locator('li').filter({ hasText: 'Lai Châu' }).locator('input[type=checkbox]').check();
    await library.getByRole('button', { name: 'Remove from this collection' }).click();
    await expect.poll(titles).toEqual([NAMROM, DBP].sort());
    expect((await stored())['Tỉnh ủy 2024']).toEqual([NAMROM, DBP].sort());

    library.once('dialog', (dialog) => void dialog.accept());
    await library.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(sidebar).toEqual(['All clips 3', `${CASE} 1`]);
    await expect.poll(titles).toHaveLength(3); // back on every clip: none was deleted with it
    expect(await stored()).toEqual({ [CASE]: [DBP] });
    expect((await readStore(session)).articles).toHaveLength(3);

    // The popup no longer offers the deleted collection.
    const { page, url } = await openSeed(session, server, 'seed-dbp.html');
    const popup = await openChromiumPopup(session, url);
    await expect.poll(() => popup.getByTestId('popup-collections').getByRole('checkbox').count()).toBe(1);
    expect(await ticked(popup, CASE)).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });

  it('filters by site, date range and tag, and each title opens the stored copy with its collections and tags', async () => {
    await library.goto(`${session.origin}popup/library.html`);
    await expect.poll(titles).toHaveLength(3);
    await library.getByTestId('filter-site').selectOption('Báo Nậm Rốm');
    await expect.poll(titles).toEqual([NAMROM]);
    await library.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(titles).toHaveLength(3);

    // Published dates: 2023-02-08, 2024-05-06, 2024-07-18.
    await library.getByLabel('From').fill('2024-01-01');
    await expect.poll(titles).toEqual([LAICHAU, NAMROM].sort());
    await library.getByLabel('To').fill('2024-06-30');
    await expect.poll(titles).toEqual([NAMROM]);
    await library.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(titles).toHaveLength(3);

    // The stored copy of the Lai Châu clip: put it in the case, tag it.
    const href = await library.getByRole('link', { name: LAICHAU }).getAttribute('href');
    const copy = await session.context.newPage();
    await copy.goto(`${session.origin}popup/${href}`);
    await expect.poll(() => copy.getByTestId('article-title').innerText()).toBe(LAICHAU);
    await copy.getByTestId('article-collections').getByRole('checkbox', { name: CASE }).check();
    await copy.getByLabel('Tags', { exact: true }).fill('giải ngân, đầu tư công');
    await copy.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(stored).toEqual({ [CASE]: [LAICHAU, DBP].sort() });

    await library.reload();
    await expect.poll(sidebar).toEqual(['All clips 3', `${CASE} 2`]);
    await library.getByRole('combobox', { name: /^Tag\b/ }).selectOption('giải ngân');
    await expect.poll(titles).toEqual([LAICHAU]);
    await copy.close();
  });

  it('deletes the selected clips: gone from the list, search, filters and collections; clipping the page again brings one back', async () => {
    await library.goto(`${session.origin}popup/library.html`);
    await expect.poll(titles).toHaveLength(3);
    await library.getByTestId('clip-list').locator('li').filter({ hasText: 'Lai Châu' }).locator('input[type=checkbox]').check();
    // Dismissed: nothing happens.
    library.once('dialog', (dialog) => void dialog.dismiss());
    await library.getByTestId('delete-clips').click();
    expect(await titles()).toHaveLength(3);
    library.once('dialog', (dialog) => {
      expect(dialog.message()).toMatch(/^Delete the selected clips \(1\)\?/);
      void dialog.accept();
    });
    await library.getByTestId('delete-clips').click();
    await expect.poll(titles).toEqual([NAMROM, DBP].sort());
    await expect.poll(sidebar).toEqual(['All clips 2', `${CASE} 1`]);
    expect(await library.getByTestId('filter-site').locator('option').allInnerTexts()).toEqual(['Any', 'Báo Điện Biên Phủ', 'Báo Nậm Rốm']);
    expect(await library.getByRole('combobox', { name: /^Tag\b/ }).locator('option').allInnerTexts()).toEqual(['Any']);
    await library.getByTestId('library-search').fill('giai ngan von');
    await expect.poll(titles).toEqual([]);

    // The page itself: not clipped any more; clipped again, the clip is back (outside the collection).
    const { page, url } = await openSeed(session, server, 'dev-taybac-giaingan-laichau.html');
    const popup = await openChromiumPopup(session, url);
    await expect.poll(() => popup.getByTestId('clip-status').innerText()).toContain('Not clipped');
    await pressClip(popup);
    expect(await popup.getByTestId('clip-status').innerText()).toMatch(/Clipped/);
    await library.reload();
    await library.getByTestId('library-search').fill('giai ngan von');
    await expect.poll(titles).toEqual([LAICHAU]);
    await expect.poll(sidebar).toEqual(['All clips 3', `${CASE} 1`]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('selects every match of a search at once, and a new search starts with nothing selected', async () => {
    await library.goto(`${session.origin}popup/library.html`);
    await library.getByTestId('library-search').fill('dien bien');
    await expect.poll(titles).toEqual([NAMROM, DBP].sort());
    await library.getByTestId('select-all').check();
    expect(await library.getByTestId('clip-list').locator('li input[type=checkbox]:checked').count()).toBe(2);
    expect(await library.getByTestId('select-all').getAttribute('aria-label')).toBe('Select all 2');
    await library.getByTestId('add-to-collection').selectOption({ label: CASE });
    await expect.poll(stored).toEqual({ [CASE]: [NAMROM, DBP].sort() });

    await library.getByTestId('clip-list').locator('li input[type=checkbox]').first().check();
    await expect.poll(() => library.getByText('1 selected').count()).toBe(1);
    await library.getByTestId('library-search').fill('lai chau');
    await expect.poll(titles).toEqual([LAICHAU]);
    expect(await library.getByText(/selected$/).count()).toBe(0);
    expect(await library.getByTestId('delete-clips').count()).toBe(0);
  });

  it('deletes a clip from its stored copy and goes back to the library', async () => {
    await library.goto(`${session.origin}popup/library.html`);
    await library.getByTestId('library-search').fill('');
    await expect.poll(titles).toHaveLength(3);
    const href = await library.getByRole('link', { name: NAMROM }).getAttribute('href');
    const copy = await session.context.newPage();
    await copy.goto(`${session.origin}popup/${href}`);
    await expect.poll(() => copy.getByTestId('article-title').innerText()).toBe(NAMROM);
    copy.once('dialog', (dialog) => void dialog.dismiss());
    await copy.getByTestId('delete-clip').click();
    expect(await copy.getByTestId('article-title').innerText()).toBe(NAMROM);
    copy.once('dialog', (dialog) => {
      expect(dialog.message()).toMatch(/^Delete this clip\?/);
      void dialog.accept();
    });
    await copy.getByTestId('delete-clip').click();
    await copy.waitForURL(/popup\/library\.html$/);
    await expect.poll(async () => (await copy.getByTestId('clip-list').locator('a.title').allInnerTexts()).sort()).toEqual([LAICHAU, DBP].sort());
    // The stored copy's address now says the clip is not there.
    await copy.goto(`${session.origin}popup/${href}`);
    await expect.poll(() => copy.locator('.error').innerText()).toBe('That clip no longer exists.');
    await copy.close();
  });
});
