/**
 * Recognises entities the analyst accepted before in each new clip, off the clip's own path
 * (like the indexer): the clip is stored first, and this runs a moment later. The popup asks
 * for the same thing when it opens, so a worker stopped in between loses nothing. Like every
 * write, the links wait when there is too little room left to write them.
 */
import { recogniseKnownEntities } from '../db/article-entities';
import { defaultEnv } from '../db/articles';
import { EDIT_BYTES, roomFor } from '../platform/storage';
import { db } from './database';

const DELAY_MS = 300;

/** Recognise known entities in this clip soon. */
export function scheduleRecognition(articleId: string): void {
  setTimeout(() => {
    recogniseKnownEntities(db, articleId, defaultEnv, { mayWrite: () => roomFor(EDIT_BYTES) }).catch((err: unknown) => console.warn('Dossier: recognising entities failed.', err));
  }, DELAY_MS);
}
