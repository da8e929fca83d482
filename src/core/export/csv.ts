/** CSV export for spreadsheets: articles.csv, annotations.csv, entities.csv and mentions.csv. */
import type { EntityRecord } from '../backup/records';
import { CSV_TYPE, csvFile, type Cell } from './csv-write';
import type { FormatDefinition } from './types';
import { uniqueEntities } from './view';

const ARTICLES = ['id', 'title', 'url', 'canonical_url', 'site', 'author', 'published', 'lang', 'word_count', 'clipped', 'tags', 'collections', 'entities', 'highlights', 'excerpt', 'content_hash'];
const ANNOTATIONS = ['id', 'article_id', 'article_title', 'url', 'quote', 'prefix', 'suffix', 'start', 'end', 'color', 'note', 'tags', 'entities', 'created', 'updated'];
const ENTITIES = ['id', 'type', 'name', 'aliases', 'attributes', 'articles', 'highlights', 'first_published', 'last_published'];
const MENTIONS = ['id', 'entity_id', 'entity_name', 'entity_type', 'article_id', 'article_title', 'annotation_id', 'role', 'published'];

/** Starts the CSV export. Lists in a cell are joined with "; ". */
export const csvFormat: FormatDefinition = (view) => {
  const articles: Cell[][] = [];
  const annotations: Cell[][] = [];
  const mentions: Cell[][] = [];
  const seen = new Map<string, { entity: EntityRecord; articles: Set<string>; highlights: number; dates: string[] }>();
  const track = (entity: EntityRecord) => {
    let s = seen.get(entity.id);
    if (!s) seen.set(entity.id, (s = { entity, articles: new Set(), highlights: 0, dates: [] }));
    return s;
  };
  return {
    add(clip) {
      const a = clip.article;
      articles.push([a.id, a.title, a.url, a.canonicalUrl, a.siteName, a.author, a.publishedAt, a.lang, a.wordCount, a.clippedAt, a.tags, clip.collections.map((c) => c.name), clip.entities.map((e) => e.name), clip.annotations.length, a.excerpt, a.contentHash]);
      for (const h of clip.annotations) {
        const tagged = uniqueEntities(h.entityIds.map(view.entity));
        for (const e of tagged) track(e).highlights++;
        const { quote, position } = h.selectors;
        annotations.push([h.id, a.id, a.title, h.source, quote.exact, quote.prefix, quote.suffix, position.start, position.end, h.color, h.note, h.tags, tagged.map((e) => e.name), h.createdAt, h.updatedAt]);
      }
      for (const e of clip.entities) {
        const s = track(e);
        s.articles.add(a.id);
        if (a.publishedAt) s.dates.push(a.publishedAt);
      }
      for (const m of clip.mentions) {
        const e = view.entity(m.entityId);
        if (e) mentions.push([m.id, e.id, e.name, e.type, a.id, a.title, m.annotationId, m.role, m.publishedAt ?? a.publishedAt]);
      }
    },
    finish() {
      const entities = uniqueEntities([...seen.values()].map((s) => s.entity)).map((e) => {
        const s = seen.get(e.id)!;
        // Dates keep their offsets; sorting by instant finds the first and last.
        const dates = [...s.dates].sort((x, y) => Date.parse(x) - Date.parse(y));
        return [e.id, e.type, e.name, e.aliases, attributes(e), s.articles.size, s.highlights, dates[0], dates[dates.length - 1]];
      });
      return [
        { path: 'articles.csv', content: csvFile(ARTICLES, articles), mediaType: CSV_TYPE },
        { path: 'annotations.csv', content: csvFile(ANNOTATIONS, annotations), mediaType: CSV_TYPE },
        { path: 'entities.csv', content: csvFile(ENTITIES, entities), mediaType: CSV_TYPE },
        { path: 'mentions.csv', content: csvFile(MENTIONS, mentions), mediaType: CSV_TYPE },
      ];
    },
  };
};

/** "place: Điện Biên; amount: 1200000000", empty values left out. */
function attributes(e: EntityRecord): string {
  return Object.entries(e.attributes ?? {})
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}
