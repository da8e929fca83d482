/** The keys by which the planner recognises a record stored under another id. */
import type { AnnotationRecord, ArticleRecord, EntityRecord, MembershipRecord, MentionRecord } from './records';
import { fold } from '../text/fold';
import { urlKeys } from '../url/url-key';

/** Every URL key of an article, including those of its address and canonical address. */
export function articleUrlKeys(a: ArticleRecord): string[] {
  return [...new Set([...(a.urlKeys ?? []), ...urlKeys(a.url, a.canonicalUrl)])];
}

/** Index keys of an article: its URL keys and its content hash. */
export function articleKeys(a: ArticleRecord): string[] {
  const keys = articleUrlKeys(a).map((k) => `u:${k}`);
  if (a.contentHash) keys.push(`h:${a.contentHash}`);
  return keys;
}

/** The host part of every URL key of an article, and its site name: two clips with the same text are one article only on the same site. */
export function articleSites(a: ArticleRecord): Set<string> {
  const sites = new Set(articleUrlKeys(a).map((k) => `host:${k.split('/')[0]}`));
  if (a.siteName) sites.add(`site:${fold(a.siteName)}`);
  return sites;
}

/** An entity is recognised by type and folded name, and only while it is alive and not merged away. */
export function entityKeys(e: EntityRecord): string[] {
  return e.deletedAt || e.mergedInto ? [] : [`${e.type}:${fold(e.name)}`];
}

/** A highlight is the same highlight when it covers the same quote at the same place of the same article. */
export function annotationKeys(a: AnnotationRecord): string[] {
  const q = a.selectors?.quote;
  const p = a.selectors?.position;
  return q && p ? [`${a.articleId}|${p.start}|${p.end}|${q.exact}`] : [];
}

/** A clip is in a collection at most once (the database's unique index on [collectionId+articleId]). */
export function membershipKeys(m: MembershipRecord): string[] {
  return [`${m.collectionId}|${m.articleId}`];
}

/**
 * The same entity mentioned in the same article and highlight, in the same role, is one
 * mention. The role is part of the key: an official gets one mention per position an article
 * gives him ("Bí thư Tỉnh ủy", "Ủy viên Trung ương Đảng"), and a restore must keep them all.
 */
export function mentionKeys(m: MentionRecord): string[] {
  return [`${m.entityId}|${m.articleId}|${m.annotationId ?? ''}|${fold(m.role ?? '')}`];
}

/** Prefer a live record, then the most recently updated one. */
export function best<T extends { deletedAt: string | null; updatedAt: string }>(records: T[]): T | undefined {
  return [...records].sort((x, y) => Number(!!x.deletedAt) - Number(!!y.deletedAt) || (x.updatedAt < y.updatedAt ? 1 : x.updatedAt > y.updatedAt ? -1 : 0))[0];
}

/** Union of two lists, the first's order kept. */
export function union<T>(first: readonly T[], second: readonly T[], key: (x: T) => string = String): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((x) => !seen.has(key(x)))];
}
