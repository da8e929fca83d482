/** What a user checks after clipping the seed page, shared by the Chromium and Firefox tests. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ArticleBody, ArticleRecord } from '../../src/db/types';

export const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;
export const DIST_CHROME = new URL('../../dist/e2e/chrome', import.meta.url).pathname;
export const DIST_FIREFOX = new URL('../../dist/e2e/firefox', import.meta.url).pathname;

const truth = JSON.parse(readFileSync(`${SEEDS_DIR}seed-dbp.json`, 'utf8')) as { title: string; bodyMustContain: string[] };

/** The tables as read straight from the extension's IndexedDB. */
export type Stored = { articles: ArticleRecord[]; bodies: ArticleBody[] };

/** The seed article was stored once, with its title, its sentences and none of the page furniture. */
export function expectSeedStored(stored: Stored, captures: number): ArticleRecord {
  expect(stored.articles).toHaveLength(1);
  const [article] = stored.articles;
  expect(article!.title).toBe('Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ');
  expect(article!.title).toBe(truth.title);
  expect(article!.captures).toHaveLength(captures);
  expect(article!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  const body = stored.bodies.find((b) => b.id === article!.id);
  expect(body).toBeDefined();
  expect(body!.text).toContain('Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.');
  for (const sentence of truth.bodyMustContain) expect(body!.text).toContain(sentence);
  for (const furniture of ['Lượt xem', 'In bài viết', 'Back To Top']) expect(body!.text).not.toContain(furniture);
  expect(body!.text).toBe(body!.text.normalize('NFC'));
  return article!;
}
