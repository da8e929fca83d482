/** Article writes and reads: the one data layer the background uses. Every write is one transaction. */
import { newestArticles } from './newest';
import { nfc, squash } from '../core/text/fold';
import { urlKeys } from '../core/url/url-key';
import type { ExtractedArticle } from '../core/extract';
import type { DossierDB } from './db';
import type { ArticleRecord, EditableField } from './types';
import { mentionsOf, reviseMentions } from './mentions';

/** What the background stores for one clip: the extraction plus its hash. */
export type ClipInput = { article: ExtractedArticle; contentHash: string };

/** The outcome of a clip: the stored article and whether it is new. */
export type SaveClipResult = { article: ArticleRecord; created: boolean };

/** A clock and an id source, passed in so tests can freeze them. */
export type Env = { now: () => Date; newId: () => string };

export const defaultEnv: Env = { now: () => new Date(), newId: () => crypto.randomUUID() };

const clean = (value: string | null): string | null => (value === null ? null : squash(nfc(value)) || null);

/** Mentions carry their article's date (timelines read it without a join): keep it in step. */
async function redateMentions(db: DossierDB, articleId: string, publishedAt: string | null): Promise<void> {
  await reviseMentions(db, await mentionsOf(db, [articleId]), { publishedAt });
}

/**
 * Store a clip. The same URL or canonical URL updates the existing article (reviving it if it
 * was deleted) and appends a capture; it never makes a duplicate. Fields the analyst edited
 * by hand keep their edited value.
 */
export async function saveClip(db: DossierDB, input: ClipInput, env: Env = defaultEnv): Promise<SaveClipResult> {
  const a = input.article;
  const now = env.now().toISOString();
  const keys = urlKeys(a.url, a.canonicalUrl);
  const text = nfc(a.text);
  const capture = { capturedAt: now, contentHash: input.contentHash, url: a.url, wordCount: a.wordCount };
  const fresh = {
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: clean(a.title) ?? a.url,
    siteName: clean(a.siteName),
    author: clean(a.author),
    authors: a.authors.map((x) => clean(x)).filter((x): x is string => !!x),
    publishedAt: a.publishedAt,
    lang: a.lang,
    excerpt: clean(a.excerpt),
    wordCount: a.wordCount,
    contentHash: input.contentHash,
    clippedAt: now,
  };

  return db.transaction('rw', [db.articles, db.bodies, db.searchQueue, db.articleMentions], async () => {
    // One index lookup per key (an address has one or two): cheaper than anyOf's cursor.
    const matches = (await Promise.all(keys.map((k) => db.articles.where('urlKeys').equals(k).toArray()))).flat();
    // Several matches can only come from older data; the most recently updated one wins.
    const existing = matches.sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : -1))[0];
    let article: ArticleRecord;
    if (existing) {
      const kept = Object.fromEntries(existing.editedFields.map((f) => [f, existing[f]]));
      article = {
        ...existing,
        ...fresh,
        ...kept,
        urlKeys: [...new Set([...existing.urlKeys, ...keys])],
        captures: [...existing.captures, capture],
        updatedAt: now,
        deletedAt: null,
      };
    } else {
      article = { id: env.newId(), createdAt: now, updatedAt: now, deletedAt: null, urlKeys: keys, captures: [capture], editedFields: [], tags: [], ...fresh };
    }
    // The writes are queued together (the transaction keeps their order): waiting for each in turn cost a round trip apiece.
    await Promise.all([
      db.articles.put(article),
      existing && existing.publishedAt !== article.publishedAt ? redateMentions(db, article.id, article.publishedAt) : null,
      db.bodies.put({ id: article.id, text, html: nfc(a.html), updatedAt: now }),
      // Indexing ~400 words costs far more than the clip itself: queue it in the same transaction, index later.
      db.searchQueue.put({ articleId: article.id, queuedAt: now }),
    ]);
    return { article, created: !existing };
  });
}

/** A correction of an article's metadata; null clears a field (the title cannot be cleared). */
export type MetadataPatch = { title?: string; siteName?: string | null; author?: string | null; publishedAt?: string | null };

/** Apply the analyst's corrections and remember which fields were edited. */
export async function updateArticleMetadata(db: DossierDB, id: string, patch: MetadataPatch, env: Env = defaultEnv): Promise<ArticleRecord> {
  return db.transaction('rw', db.articles, db.searchQueue, db.articleMentions, async () => {
    const existing = await db.articles.get(id);
    if (!existing || existing.deletedAt) throw new Error(`No article with id ${id}.`);
    const updated: ArticleRecord = { ...existing, updatedAt: env.now().toISOString() };
    const edited = new Set(existing.editedFields);
    for (const field of Object.keys(patch) as EditableField[]) {
      const value = clean(patch[field] ?? null);
      if (field === 'title') updated.title = value ?? existing.title;
      else updated[field] = value;
      edited.add(field);
    }
    updated.editedFields = [...edited];
    await db.articles.put(updated);
    if (updated.publishedAt !== existing.publishedAt) await redateMentions(db, id, updated.publishedAt);
    if (patch.title !== undefined) await db.searchQueue.put({ articleId: id, queuedAt: updated.updatedAt });
    return updated;
  });
}

/** The live article stored for an address (by URL or canonical URL key), if any. */
export async function findArticleByUrl(db: DossierDB, address: string): Promise<ArticleRecord | undefined> {
  const keys = urlKeys(address);
  if (!keys.length) return undefined;
  const matches = await db.articles.where('urlKeys').anyOf(keys).toArray();
  return matches.filter((a) => !a.deletedAt).sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : -1))[0];
}

/**
 * The most recently clipped live articles: one getAllRecords call where the browser has it
 * (./newest; Dexie walks a cursor, a record per round trip), else Dexie.
 */
export async function listRecentArticles(db: DossierDB, limit: number): Promise<ArticleRecord[]> {
  await db.open();
  const rows = await newestArticles(db.backendDB(), limit).catch(() => null);
  return rows ?? db.articles.orderBy('clippedAt').reverse().filter((a) => !a.deletedAt).limit(limit).toArray();
}

/** Replace a clip's tags (trimmed, NFC, without repeats). */
export async function setArticleTags(db: DossierDB, id: string, tags: string[], env: Env = defaultEnv): Promise<ArticleRecord> {
  const clean = [...new Set(tags.map((x) => squash(nfc(x))).filter(Boolean))].slice(0, 100);
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.get(id);
    if (!existing || existing.deletedAt) throw new Error(`No article with id ${id}.`);
    const updated = { ...existing, tags: clean, updatedAt: env.now().toISOString() };
    await db.articles.put(updated);
    return updated;
  });
}

/**
 * Delete clips: tombstones (a sync engine merges deletions), bodies emptied to free their space,
 * taken out of search and out of their collections, in one transaction. Their highlights and
 * entity mentions stay with the tombstone, unseen (every reader skips a deleted clip's records):
 * clipping the page again brings the clip back with its highlights, outside any collection.
 */
export async function deleteArticles(db: DossierDB, ids: string[], env: Env = defaultEnv): Promise<number> {
  const now = env.now().toISOString();
  return db.transaction('rw', [db.articles, db.bodies, db.searchQueue, db.memberships], async () => {
    const live = (await db.articles.bulkGet(ids)).filter((a): a is ArticleRecord => !!a && !a.deletedAt);
    const gone = live.map((a) => a.id);
    await Promise.all([
      db.articles.bulkPut(live.map((a) => ({ ...a, deletedAt: now, updatedAt: now }))),
      db.bodies.bulkPut(gone.map((id) => ({ id, text: '', html: '', updatedAt: now }))),
      db.searchQueue.bulkPut(gone.map((articleId) => ({ articleId, queuedAt: now }))),
      db.memberships.where('articleId').anyOf(gone).filter((m) => !m.deletedAt).modify({ deletedAt: now, updatedAt: now }),
    ]);
    return gone.length;
  });
}
