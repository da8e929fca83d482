/** A fresh Dossier database on fake-indexeddb, and a frozen clock, for Node tests. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DossierDB } from '../../src/db/db';
import type { Env } from '../../src/db/articles';
import type { ExtractedArticle } from '../../src/core/extract/types';

/** A new, empty database (its own IDBFactory, so tests never share state). */
export function freshDb(upTo = Infinity, factory = new IDBFactory()): DossierDB {
  return new DossierDB('dossier-test', { indexedDB: factory, IDBKeyRange }, upTo);
}

/** A clock that starts at `start` and advances one second per reading; ids id-1, id-2… */
export function testEnv(start = '2026-11-28T01:00:00.000Z'): Env {
  let t = Date.parse(start);
  let n = 0;
  return { now: () => new Date((t += 1000)), newId: () => `id-${++n}` };
}

/** An extracted article with sensible defaults. */
export function article(over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const text = over.text ?? 'Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.\n\nThu nhập bình quân đầu người ước đạt 60 triệu đồng/năm.';
  return {
    title: 'Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ',
    url: 'https://baodienbienphu.com.vn/tin-tuc/chinh-tri/thuong-truc-tinh-uy-lam-viec',
    canonicalUrl: null,
    siteName: 'Báo Điện Biên Phủ',
    author: 'An Chi',
    authors: ['An Chi'],
    publishedAt: '2023-02-08T13:40:00+07:00',
    lang: 'vi',
    excerpt: null,
    html: '<p>Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.</p>',
    wordCount: 20,
    ...over,
    text,
  };
}
