/** Calls about collections: the popup's Collections section for the current clip. */
import * as v from 'valibot';
import type { CollectionSummary } from '../../db/collections';
import { RecordId } from '../schemas';
import type { CallSpecs } from '../spec';

/** Every live collection (by name, with its clip count) and the ones the clip is in. */
export type ClipCollections = { collections: CollectionSummary[]; member: string[] };

/** Collection calls; each answers with the clip's collections as they now are. */
export const collectionCalls = {
  /** The collections, and which of them hold the clip. */
  getClipCollections: { from: 'extension', args: v.strictObject({ articleId: RecordId }) },
  /** Put the clip in a collection, or take it out (the collection and the clip stay). */
  setClipCollection: { from: 'extension', writes: true, args: v.strictObject({ articleId: RecordId, collectionId: RecordId, member: v.boolean() }) },
  /** Create a collection with the clip in it. */
  createCollectionFor: {
    from: 'extension',
    writes: true,
    // Checked again, after Unicode normalisation, where it is stored (src/db/collections.ts).
    args: v.strictObject({ articleId: RecordId, name: v.pipe(v.string(), v.maxLength(1_000)) }),
  },
} as const satisfies CallSpecs;

/** Reply types of the collection calls. */
export type CollectionReplies = {
  getClipCollections: ClipCollections;
  setClipCollection: ClipCollections;
  createCollectionFor: ClipCollections;
};
