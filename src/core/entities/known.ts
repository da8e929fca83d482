/**
 * Recognising entities the analyst already accepted, wherever they appear again.
 *
 * An entity is found by the fold of its name and aliases (its `keys`), so Ủy/Uỷ, hòa/hoà,
 * NFC/NFD and đ/d spellings are one entity. Matches are whole words (a key never matches inside
 * a longer word), longest first, never overlapping, and reported with offsets in the input.
 */
import { fold } from '../text/fold';
import { foldText } from './folded-text';
import type { KnownEntity, KnownMatch } from './types';

/** The folded keys stored on EntityRecord.keys: name and aliases, folded, unique, non-empty. */
export function entityKeys(name: string, aliases: readonly string[] = []): string[] {
  return [...new Set([name, ...aliases].map(fold).filter(Boolean))];
}

/** The entity a match should be credited to: merged entities point at the survivor. */
function survivor(entity: KnownEntity, byId: ReadonlyMap<string, KnownEntity>): KnownEntity {
  let current = entity;
  for (let hops = 0; current.mergedInto && hops < 10; hops++) {
    const next = byId.get(current.mergedInto);
    if (!next) break;
    current = next;
  }
  return current;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where each known entity appears in `text` (NFC or NFD). Deleted entities are ignored; a merged
 * one is credited to the entity it was merged into. Offsets are UTF-16 indices into `text`.
 */
export function findKnownEntities(text: string, entities: readonly KnownEntity[]): KnownMatch[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Folded key -> entity, the longest keys first so that "Trần Quốc Cường" beats "Quốc Cường".
  const keys = new Map<string, KnownEntity>();
  for (const entity of entities) {
    if (entity.deletedAt) continue;
    const target = survivor(entity, byId);
    if (target.deletedAt) continue;
    for (const key of entity.keys?.length ? entity.keys : entityKeys(entity.name, entity.aliases ?? [])) {
      if (key.length >= 2 && !keys.has(key)) keys.set(key, target);
    }
  }
  const folded = foldText(text);
  const { lower } = folded;
  const byFirstWord = new Map<string, string[]>();
  for (const key of keys.keys()) {
    const first = /^[\p{L}\p{N}]+/u.exec(key)?.[0];
    if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), key]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const matches: KnownMatch[] = [];
  const wordStart = /[\p{L}\p{N}]+/gu;
  let after = 0;
  for (const w of lower.matchAll(wordStart)) {
    if (w.index < after) continue;
    for (const key of byFirstWord.get(w[0]) ?? []) {
      const end = w.index + key.length;
      if (!lower.startsWith(key, w.index) || WORD_CHAR.test(lower[end] ?? '')) continue;
      const entity = keys.get(key)!;
      const start = folded.start[w.index]!;
      const stop = folded.end[end - 1]!;
      matches.push({ entityId: entity.id, type: entity.type, start, end: stop, text: text.slice(start, stop).normalize('NFC'), key });
      after = end;
      break;
    }
  }
  return matches;
}
