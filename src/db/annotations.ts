/**
 * Highlights and their notes (W3C Web Annotations linked to a clipped article).
 * Every write is one transaction; a deleted highlight stays as a tombstone so that a
 * sync engine can tell "deleted" from "never seen".
 */
import type { Selectors } from '../core/anchoring/types';
import { MAX_TAGS } from '../core/annotations/limits';
import { nfc, squash } from '../core/text/fold';
import { defaultEnv, findArticleByUrl, type Env } from './articles';
import type { DossierDB } from './db';
import type { AnnotationRecord, ArticleRecord, HighlightColor } from './types';
import { mentionsOf, reviseMentions } from './mentions';

/** What the analyst gives a new highlight. */
export type NewAnnotation = {
  /** The clipped article it belongs to (must be live). */
  articleId: string;
  /** The address of the page it was made on. */
  source: string;
  /** Where it is (from `describe`). */
  selectors: Selectors;
  color: HighlightColor;
  /** Markdown or plain text, possibly empty. */
  note: string;
  tags: string[];
};

/** A change to a highlight; `selectors` re-attaches an orphan to a new place. */
export type AnnotationPatch = { color?: HighlightColor; note?: string; tags?: string[]; selectors?: Selectors };

/** Thrown when the highlight (or its article) does not exist or was deleted. */
export class AnnotationNotFound extends Error {
  override name = 'AnnotationNotFound';
}


/** Trimmed, NFC, without blanks or repeats. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((x) => squash(nfc(x))).filter(Boolean))].slice(0, MAX_TAGS);
}

/** NFC, without trailing blank lines; inner line breaks are the note's own (Markdown). */
export function cleanNote(note: string): string {
  return nfc(note).replace(/\s+$/u, '').replace(/^\s*\n/u, '');
}

function cleanSelectors(s: Selectors): Selectors {
  const { quote, position } = s;
  return {
    quote: { type: 'TextQuoteSelector', exact: nfc(quote.exact), prefix: nfc(quote.prefix), suffix: nfc(quote.suffix) },
    position: { type: 'TextPositionSelector', start: position.start, end: position.end },
  };
}

/** Create a highlight on a live article. */
export async function createAnnotation(db: DossierDB, input: NewAnnotation, env: Env = defaultEnv): Promise<AnnotationRecord> {
  const now = env.now().toISOString();
  const record: AnnotationRecord = {
    id: env.newId(),
    articleId: input.articleId,
    source: input.source,
    selectors: cleanSelectors(input.selectors),
    color: input.color,
    note: cleanNote(input.note),
    tags: cleanTags(input.tags),
    entityIds: [],
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  return db.transaction('rw', db.articles, db.annotations, async () => {
    const article = await db.articles.get(input.articleId);
    if (!article || article.deletedAt) throw new AnnotationNotFound(`No article with id ${input.articleId}.`);
    await db.annotations.add(record);
    return record;
  });
}

/** Change a highlight's colour, note, tags or place. */
export async function updateAnnotation(db: DossierDB, id: string, patch: AnnotationPatch, env: Env = defaultEnv): Promise<AnnotationRecord> {
  return db.transaction('rw', db.annotations, async () => {
    const existing = await db.annotations.get(id);
    if (!existing || existing.deletedAt) throw new AnnotationNotFound(`No highlight with id ${id}.`);
    const updated: AnnotationRecord = { ...existing, updatedAt: env.now().toISOString() };
    if (patch.color !== undefined) updated.color = patch.color;
    if (patch.note !== undefined) updated.note = cleanNote(patch.note);
    if (patch.tags !== undefined) updated.tags = cleanTags(patch.tags);
    if (patch.selectors !== undefined) updated.selectors = cleanSelectors(patch.selectors);
    await db.annotations.put(updated);
    return updated;
  });
}

/**
 * Delete a highlight: a tombstone, and so are the entity mentions made through it
 * (a mention of a deleted highlight would point at nothing). Deleting twice is harmless.
 */
export async function deleteAnnotation(db: DossierDB, id: string, env: Env = defaultEnv): Promise<void> {
  const now = env.now().toISOString();
  await db.transaction('rw', db.annotations, db.articleMentions, async () => {
    const existing = await db.annotations.get(id);
    if (!existing) throw new AnnotationNotFound(`No highlight with id ${id}.`);
    if (existing.deletedAt) return;
    await db.annotations.put({ ...existing, deletedAt: now, updatedAt: now });
    // Found through the article's row (a handful of mentions): there is no index by highlight.
    const through = (await mentionsOf(db, [existing.articleId])).filter((m) => m.annotationId === id && !m.deletedAt);
    await reviseMentions(db, through, { deletedAt: now, updatedAt: now });
  });
}

/** The live highlights of an article, in page order. */
export async function listAnnotations(db: DossierDB, articleId: string): Promise<AnnotationRecord[]> {
  const rows = await db.annotations.where('articleId').equals(articleId).filter((a) => !a.deletedAt).toArray();
  return rows.sort((x, y) => x.selectors.position.start - y.selectors.position.start || x.createdAt.localeCompare(y.createdAt));
}

/** The article stored for a page address and its live highlights, or null when the page is not clipped. */
export async function listAnnotationsForUrl(db: DossierDB, url: string): Promise<{ article: ArticleRecord; annotations: AnnotationRecord[] } | null> {
  const article = await findArticleByUrl(db, url);
  return article ? { article, annotations: await listAnnotations(db, article.id) } : null;
}
