/** The demo's entity steps: accept a page's suggestions through the popup, print what was tagged, screenshot entity pages. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openChromiumPopup, READ_DATABASE, type ChromiumSession } from './browsers';
import type { ArticleRecord, EntityRecord, MentionRecord } from '../../src/db/types';

/** Open the popup on `url` and accept every suggested official and project, as they are. Returns the popup. */
export async function acceptAllSuggestions(session: ChromiumSession, url: string): Promise<Page> {
  const popup = await openChromiumPopup(session, url);
  await popup.getByTestId('entities-panel').locator('h3, .linked').first().waitFor();
  const accept = popup.getByTestId('suggestion-accept');
  for (let left = await accept.count(); left > 0; left--) {
    await accept.first().click();
    await popup.waitForFunction((n) => document.querySelectorAll('[data-testid="suggestion-accept"]').length < n, left);
  }
  return popup;
}

type Store = { articles: ArticleRecord[]; entities: EntityRecord[]; mentions: MentionRecord[] };

/** Print the tagged entities with their positions, and return the store. */
export async function printEntities(session: ChromiumSession): Promise<Store> {
  const data = (await session.worker.evaluate(READ_DATABASE)) as Store;
  const live = data.entities.filter((e) => !e.deletedAt);
  console.log(`\nTagged ${live.length} entities:\n`);
  for (const e of live.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name, 'vi'))) {
    const roles = [...new Set(data.mentions.filter((m) => m.entityId === e.id && !m.deletedAt && m.role).map((m) => m.role))];
    console.log(`  ${e.type.padEnd(8)} ${e.name}${roles.length ? ` — ${roles.join('; ')}` : ''}`);
  }
  return data;
}

/** Screenshot an entity page, light or dark, full height; `focus` tabs to the first point so its title shows. */
export async function screenshotEntity(session: ChromiumSession, entityId: string, path: string, scheme: 'light' | 'dark', focus = false): Promise<void> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${session.origin}popup/entity.html?id=${entityId}`);
  await page.getByTestId('entity-title').waitFor();
  await page.getByTestId('timeline').waitFor();
  await page.evaluate(() => document.fonts.ready);
  if (focus) await page.getByTestId('timeline-point').first().focus();
  await page.screenshot({ path, fullPage: true });
  await page.close();
}

/** Screenshots of the seed official's page (light, dark) and of a project's page. */
export async function screenshotEntityPages(session: ChromiumSession, out: string, data: Store): Promise<string[]> {
  const live = data.entities.filter((e) => !e.deletedAt);
  const official = live.find((e) => e.name === 'Trần Quốc Cường');
  const project = live.find((e) => e.type === 'project' && /cao tốc/i.test(e.name)) ?? live.find((e) => e.type === 'project');
  const written: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    if (!official) break;
    await screenshotEntity(session, official.id, join(out, `entity-official-${scheme}.png`), scheme);
    written.push(`out/entity-official-${scheme}.png`);
  }
  if (project) {
    await screenshotEntity(session, project.id, join(out, 'entity-project-light.png'), 'light', true);
    written.push('out/entity-project-light.png');
  }
  return written;
}
