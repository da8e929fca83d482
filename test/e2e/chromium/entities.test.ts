/** Tagging officials and projects in Debian's Chromium: the popup's suggestions, the entity page, the library filter. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openChromiumPopup, type ChromiumSession } from '../../../scripts/lib/browsers';
import type { SeedServer } from '../../../scripts/lib/serve';
import type { EntityRecord, MentionRecord } from '../../../src/db/types';
import { type Stored } from '../expectations';
import { clearStore, openSeed, pressClip, readStore } from './helpers';
import { startChromium, stopAll } from '../suite';

let server: SeedServer;
let session: ChromiumSession;

beforeAll(async () => ({ server, session } = await startChromium()));
afterAll(() => stopAll(session, server));

type WithEntities = Stored & { entities: EntityRecord[]; mentions: MentionRecord[] };
const store = async () => (await readStore(session)) as WithEntities;
const liveMentions = (s: WithEntities) => s.mentions.filter((m) => !m.deletedAt);

/** The suggestion row for this name. */
const suggestion = (popup: Page, name: string) => popup.getByTestId('suggestion').filter({ hasText: name });

/** Clip a seed page through its popup and wait for the suggestions; returns the page and its popup. */
async function clipWithPopup(file: string): Promise<{ page: Page; popup: Page; url: string }> {
  const { page, url } = await openSeed(session, server, file);
  const popup = await openChromiumPopup(session, url);
  await pressClip(popup);
  await popup.getByTestId('entities-panel').locator('h3').first().waitFor();
  return { page, popup, url };
}

describe('officials and projects in Chromium', () => {
  it('accepts the suggested Trần Quốc Cường with his positions, and his page draws them on a timeline linking to the stored copy', async () => {
    await clearStore(session);
    const { page, popup } = await clipWithPopup('seed-dbp.html');
    const row = suggestion(popup, 'Trần Quốc Cường');
    expect(await row.innerText()).toMatch(/Bí thư Tỉnh ủy/);
    await row.getByTestId('suggestion-accept').click();
    const chip = popup.getByTestId('entity-chip').filter({ hasText: 'Trần Quốc Cường' });
    await chip.waitFor();
    expect(await suggestion(popup, 'Trần Quốc Cường').count()).toBe(0);

    const stored = await store();
    const [article] = stored.articles;
    const cuong = stored.entities.find((e) => e.name === 'Trần Quốc Cường')!;
    expect(cuong.type).toBe('official');
    expect(liveMentions(stored).map((m) => m.role).sort()).toEqual(['Bí thư Tỉnh ủy', 'Ủy viên Trung ương Đảng']);
    expect(liveMentions(stored).every((m) => m.articleId === article!.id && m.publishedAt === '2023-02-08T13:40:00+07:00')).toBe(true);

    // The chip opens his entity page in a new tab.
    const [entityPage] = await Promise.all([session.context.waitForEvent('page'), chip.locator('a').click()]);
    await entityPage.getByTestId('entity-title').waitFor();
    expect(await entityPage.getByTestId('entity-title').innerText()).toBe('Trần Quốc Cường');
    const lane = entityPage.locator('[data-testid=timeline-lane][data-role="Bí thư Tỉnh ủy"]');
    const point = lane.getByTestId('timeline-point');
    expect(await point.count()).toBe(1);
    expect(await point.locator('text.date').textContent()).toBe('08/02/2023');
    expect(await point.getAttribute('href')).toBe(`article.html?id=${article!.id}`);
    // Keyboard focus shows the article's title.
    await point.focus();
    expect(await entityPage.getByTestId('timeline-tip').innerText()).toContain('Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ');
    await point.click();
    await entityPage.getByTestId('article-title').waitFor();
    expect(await entityPage.getByTestId('article-title').innerText()).toBe('Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ');
    await Promise.all([entityPage.close(), popup.close(), page.close()]);
  });

  it('edits a suggestion before accepting it, rejects another for good, and tags the page’s selection', async () => {
    const { page, url } = await openSeed(session, server, 'seed-dbp.html');
    const popup = await openChromiumPopup(session, url);
    await suggestion(popup, 'Hà Quang Trung').waitFor();
    await suggestion(popup, 'Hà Quang Trung').getByTestId('suggestion-reject').click();
    await expect.poll(() => suggestion(popup, 'Hà Quang Trung').count()).toBe(0);

    const project = popup.getByTestId('project-suggestions').getByTestId('suggestion').filter({ hasText: 'Dự án đường 60m' });
    await project.getByTestId('suggestion-edit').click();
    await popup.getByTestId('entity-form-name').fill('Dự án đường 60m TP Điện Biên Phủ');
    await popup.getByTestId('entity-form-name').press('Enter');
    await popup.getByTestId('entity-chip').filter({ hasText: 'Dự án đường 60m TP Điện Biên Phủ' }).waitFor();

    // Select "Hà Quang Trung" in the page and tag the selection: the rejection was of the suggestion only.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('Hà Quang Trung');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 'Hà Quang Trung'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    });
    await popup.getByTestId('tag-selection-official').click();
    expect(await popup.getByTestId('entity-form-name').inputValue()).toBe('Hà Quang Trung');
    await popup.getByTestId('entity-form-accept').click();
    await popup.getByTestId('entity-chip').filter({ hasText: 'Hà Quang Trung' }).waitFor();

    // Opened again, the popup keeps all of it.
    const again = await openChromiumPopup(session, url);
    await again.getByTestId('linked-entities').waitFor();
    expect(await again.getByTestId('linked-entities').innerText()).toMatch(/Trần Quốc Cường[\s\S]*Hà Quang Trung|Hà Quang Trung[\s\S]*Trần Quốc Cường/);
    expect(await suggestion(again, 'Hà Quang Trung').count()).toBe(0);
    const stored = await store();
    expect(stored.entities.filter((e) => !e.deletedAt).map((e) => e.name).sort()).toEqual(['Dự án đường 60m TP Điện Biên Phủ', 'Hà Quang Trung', 'Trần Quốc Cường']);
    await Promise.all([popup.close(), again.close(), page.close()]);
  });

  it('links an entity by accent-free autocomplete from the keyboard, and the library filters by it', async () => {
    const { page, popup } = await clipWithPopup('dev-namrom-caotoc-uy-moi.html');
    const input = popup.getByTestId('link-entity');
    await input.fill('tran quoc cuong');
    await popup.getByRole('option', { name: /Trần Quốc Cường/ }).waitFor();
    await input.press('ArrowDown');
    await input.press('Enter');
    await popup.getByTestId('entity-chip').filter({ hasText: 'Trần Quốc Cường' }).waitFor();

    const library = await session.context.newPage();
    await library.goto(`${session.origin}popup/library.html`);
    await library.getByTestId('clip-list').waitFor();
    await library.getByTestId('filter-entity').fill('TRAN QUOC');
    await library.getByRole('option', { name: /Trần Quốc Cường/ }).click();
    await library.getByTestId('entity-filter-chosen').waitFor();
    await expect.poll(() => library.getByTestId('clip-list').locator('> li').count()).toBe(2);
    const chip = library.getByTestId('clip-entity').filter({ hasText: 'Trần Quốc Cường' }).first();
    expect(await chip.getAttribute('href')).toMatch(/^entity\.html\?id=/);
    await Promise.all([library.close(), popup.close(), page.close()]);
  });

  it('merges a duplicate entity into one tagged on the clip, from the popup', async () => {
    const { page, url } = await openSeed(session, server, 'seed-dbp.html');
    const popup = await openChromiumPopup(session, url);
    // A second spelling of the same official, tagged by hand.
    await popup.getByTestId('linked-entities').waitFor();
    const before = (await store()).entities.filter((e) => !e.deletedAt).length;
    await session.worker.evaluate(`(async () => {
      const req = indexedDB.open('dossier');
      const db = await new Promise((r) => (req.onsuccess = () => r(req.result)));
      await new Promise((r) => {
        const tx = db.transaction('entities', 'readwrite');
        tx.objectStore('entities').put({ id: 'dup-1', type: 'official', name: 'Trần Q. Cường', aliases: [], keys: ['tran q. cuong', 'tran q cuong'], attributes: {}, mergedInto: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null });
        tx.oncomplete = r;
      });
      db.close();
    })()`);
    const chip = popup.getByTestId('entity-chip').filter({ hasText: 'Trần Quốc Cường' });
    await chip.getByTestId('entity-merge').click();
    await popup.getByTestId('merge-entity').fill('tran q');
    await popup.getByRole('option', { name: /Trần Q\. Cường/ }).click();
    await expect.poll(async () => (await store()).entities.find((e) => e.id === 'dup-1')?.mergedInto).toBeTruthy();
    const stored = await store();
    const cuong = stored.entities.find((e) => e.name === 'Trần Quốc Cường')!;
    expect(stored.entities.find((e) => e.id === 'dup-1')!.mergedInto).toBe(cuong.id);
    expect(cuong.aliases).toContain('Trần Q. Cường');
    expect(stored.entities.filter((e) => !e.deletedAt)).toHaveLength(before);
    await Promise.all([popup.close(), page.close()]);
  });
});
