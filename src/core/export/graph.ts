/**
 * Entity graph for Gephi, Cytoscape or a spreadsheet: nodes.csv (entities and articles) and
 * edges.csv, where an entity is `mentioned-in` an article (directed) and two entities are
 * `co-mentioned` when an article speaks of both (undirected; weight = shared articles).
 * Gephi reads `id`/`label` and `source`/`target`/`type`/`weight` by name, and takes `type`
 * for the edge direction, so the kind of link is in `relation`. No byte-order mark here:
 * graph tools read it as part of the first column's name.
 */
import { compareStrings } from '../backup/canonical';
import { CSV_TYPE, csvFile, type Cell } from './csv-write';
import type { FormatDefinition } from './types';

const NODES = ['id', 'label', 'type', 'aliases', 'site', 'published', 'articles'];
const EDGES = ['source', 'target', 'type', 'relation', 'weight', 'articles'];

/** Starts the graph export. */
export const graphFormat: FormatDefinition = (view) => {
  const articleNodes: Cell[][] = [];
  const entityArticles = new Map<string, Set<string>>();
  const mentionedIn: Cell[][] = [];
  const pairs = new Map<string, string[]>();
  return {
    add(clip) {
      const a = clip.article;
      if (!clip.entities.length) return;
      articleNodes.push([a.id, a.title, 'article', null, a.siteName, a.publishedAt, null]);
      // Weight of an entity in an article: its mentions plus the highlights tagged with it.
      const weights = new Map<string, number>();
      const bump = (id: string) => {
        const e = view.entity(id);
        if (e) weights.set(e.id, (weights.get(e.id) ?? 0) + 1);
      };
      for (const m of clip.mentions) bump(m.entityId);
      for (const h of clip.annotations) for (const id of h.entityIds) bump(id);
      for (const e of clip.entities) {
        mentionedIn.push([e.id, a.id, 'Directed', 'mentioned-in', weights.get(e.id) ?? 1, a.id]);
        let set = entityArticles.get(e.id);
        if (!set) entityArticles.set(e.id, (set = new Set()));
        set.add(a.id);
      }
      const ids = clip.entities.map((e) => e.id).sort(compareStrings);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]}|${ids[j]}`;
          const list = pairs.get(key);
          if (list) list.push(a.id);
          else pairs.set(key, [a.id]);
        }
      }
    },
    finish() {
      const entityNodes = [...entityArticles.keys()]
        .map((id) => view.entity(id)!)
        .map((e): Cell[] => [e.id, e.name, e.type, e.aliases, null, null, entityArticles.get(e.id)!.size]);
      const coMentioned = [...pairs.entries()].map(([key, articles]): Cell[] => {
        const [source, target] = key.split('|');
        return [source, target, 'Undirected', 'co-mentioned', articles.length, articles];
      });
      return [
        { path: 'nodes.csv', content: csvFile(NODES, [...entityNodes, ...articleNodes], { bom: false }), mediaType: CSV_TYPE },
        { path: 'edges.csv', content: csvFile(EDGES, [...coMentioned, ...mentionedIn], { bom: false }), mediaType: CSV_TYPE },
      ];
    },
  };
};
