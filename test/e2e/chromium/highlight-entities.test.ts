/** Tagging a highlight with an official, in the popup and on the stored copy (Chromium). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromiumPopup, READ_DATABASE, type ChromiumSession } from '../../../scripts/lib/browsers';
import { highlightFromPopup } from '../../../scripts/lib/highlight-steps';
import type { SeedServer } from '../../../scripts/lib/serve';
import type { AnnotationRecord, EntityRecord, MentionRecord } from '../../../src/db/types';
import { type Stored } from '../expectations';
import { openSeed, pressClip } from './helpers';
import { startChromium, stopAll } from '../suite';

let server: SeedServer;
let session: ChromiumSession;
type All = Stored & { annotations: AnnotationRecord[]; entities: EntityRecord[]; mentions: MentionRecord[] };
const store = async () => (await session.worker.evaluate(READ_DATABASE)) as All;
const SENTENCE = 'Bí thư Tỉnh ủy Trần Quốc Cường nhắc nhiều đến việc TP. Điện Biên Phủ cần tập trung phát triển du lịch';

beforeAll(async () => ({ server, session } = await startChromium({ clear: true })));
afterAll(() => stopAll(session, server));

describe('highlights tagged with entities in Chromium', () => {
  it('tags a highlight with an official in the popup, shows it on the stored copy, and takes it off there', async () => {
    const { page, url } = await openSeed(session, server, 'seed-dbp.html');
    const first = await openChromiumPopup(session, url);
    await pressClip(first);
    const cuong = first.getByTestId('suggestion').filter({ hasText: 'Trần Quốc Cường' });
    await cuong.getByTestId('suggestion-accept').click();
    await first.getByTestId('entity-chip').filter({ hasText: 'Trần Quốc Cường' }).waitFor();
    await first.close();

    await highlightFromPopup(session, page, url, { text: SENTENCE, note: 'Chỉ đạo về du lịch' });
    const popup = await openChromiumPopup(session, url);
    const card = popup.getByTestId('highlight').filter({ hasText: 'phát triển du lịch' });
    await card.getByTestId('hl-tag-entity-open').click();
    await card.getByTestId('hl-tag-entity').fill('tran quoc');
    await popup.getByRole('option', { name: /Trần Quốc Cường/ }).click();
    await card.getByTestId('hl-entity').filter({ hasText: 'Trần Quốc Cường' }).waitFor();

    let stored = await store();
    const entity = stored.entities.find((e) => e.name === 'Trần Quốc Cường')!;
    const [highlight] = stored.annotations.filter((a) => !a.deletedAt);
    expect(highlight!.entityIds).toEqual([entity.id]);
    expect(stored.mentions.some((m) => m.annotationId === highlight!.id && m.entityId === entity.id && !m.deletedAt)).toBe(true);

    // The stored copy shows the tag on the highlight's card, and can take it off.
    const copy = await session.context.newPage();
    await copy.goto(`${session.origin}popup/article.html?id=${stored.articles[0]!.id}`);
    const side = copy.getByTestId('highlight').filter({ hasText: 'phát triển du lịch' });
    await side.getByTestId('hl-entity').filter({ hasText: 'Trần Quốc Cường' }).waitFor();
    await side.getByTestId('hl-entity').getByRole('button').click();
    await expect.poll(async () => (await copy.getByTestId('hl-entity').count())).toBe(0);
    stored = await store();
    expect(stored.annotations.find((a) => a.id === highlight!.id)!.entityIds).toEqual([]);
    expect(stored.mentions.some((m) => m.annotationId === highlight!.id && !m.deletedAt)).toBe(false);
    // The clip itself keeps its official.
    expect(stored.mentions.some((m) => m.annotationId === null && m.entityId === entity.id && !m.deletedAt)).toBe(true);
    await Promise.all([copy.close(), popup.close(), page.close()]);
  });
});
