/**
 * Accent-insensitive autocomplete over existing entities: "tran quoc cuong", "tran q c" and
 * "cuong" all find "Trần Quốc Cường". Every query word must begin a different word of the
 * entity's name or of one of its aliases.
 */
import { fold } from '../text/fold';
import { entityKeys } from './known';
import type { KnownEntity } from './types';

/** One autocomplete hit. */
export type EntityMatch<E extends KnownEntity> = {
  /** The entity. */
  entity: E;
  /** Higher is better: 100 the whole key, 80 a prefix of it, 70 consecutive words, 60 words in order, 50 any order. */
  score: number;
  /** The folded key (name or alias) that matched best. */
  key: string;
};

/** Options for `matchEntities`. */
export type MatchOptions = {
  /** At most this many hits (default 10). */
  limit?: number;
  /** Only entities of these kinds. */
  types?: readonly KnownEntity['type'][];
};

/** Entities whose name or an alias matches `query`, best first. Deleted and merged ones are left out. */
export function matchEntities<E extends KnownEntity>(query: string, entities: readonly E[], options: MatchOptions = {}): EntityMatch<E>[] {
  const q = fold(query);
  if (!q) return [];
  const words = q.split(' ');
  const hits: EntityMatch<E>[] = [];
  for (const entity of entities) {
    if (entity.deletedAt || entity.mergedInto) continue;
    if (options.types && !options.types.includes(entity.type)) continue;
    const keys = entity.keys?.length ? entity.keys : entityKeys(entity.name, entity.aliases ?? []);
    let best: EntityMatch<E> | null = null;
    for (const [index, key] of keys.entries()) {
      // The name (first key) wins a tie with an alias.
      const score = scoreKey(q, words, key) - (index === 0 ? 0 : 1);
      if (score > 0 && (!best || score > best.score)) best = { entity, score, key };
    }
    if (best) hits.push(best);
  }
  hits.sort((a, b) => b.score - a.score || a.entity.name.length - b.entity.name.length || fold(a.entity.name).localeCompare(fold(b.entity.name)));
  return hits.slice(0, options.limit ?? 10);
}

function scoreKey(q: string, words: readonly string[], key: string): number {
  if (key === q) return 100;
  if (key.startsWith(q)) return 80;
  const parts = key.split(' ');
  for (let s = 0; s + words.length <= parts.length; s++) {
    if (words.every((w, k) => parts[s + k]!.startsWith(w))) return 70;
  }
  let at = 0;
  if (words.every((w) => (at = parts.findIndex((p, k) => k >= at && p.startsWith(w)) + 1) > 0)) return 60;
  const used = new Set<number>();
  const anyOrder = words.every((w) => {
    const k = parts.findIndex((p, i) => !used.has(i) && p.startsWith(w));
    if (k < 0) return false;
    used.add(k);
    return true;
  });
  return anyOrder ? 50 : 0;
}
