/**
 * Runs the search indexer after clips, off the clip's own path: a clip only queues its
 * article (in its transaction), and this drains the queue a moment later in batches.
 */
import { drainSearchQueue } from '../db/search';
import { roomToWrite } from '../platform/storage';
import { db } from './database';

const DELAY_MS = 1_500;
/** Articles indexed per transaction, at most (drainSearchQueue's own default). */
const BATCH = 500;
/**
 * What a batch is taken to write: each article's own postings, plus the rows of the terms it
 * shares with the articles before it, which are rewritten whole (up to 16 KB each: 4,096
 * document numbers). Measured on a generated library: 0.6-3.9 MB for batches of 500, and
 * 2.6 MB for one article at the end of a row (docs/hardening.md).
 */
export const BATCH_BYTES = 4 * 1024 * 1024;
export const ARTICLE_BYTES = 64 * 1024;

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;

/**
 * How many queued articles the next batch may take, by the room left: 0 when even one does
 * not fit. The queue is persisted and search reads it directly, so waiting loses nothing.
 */
export async function batchThatFits(): Promise<number> {
  return Math.max(0, Math.min(BATCH, Math.floor(((await roomToWrite()) - BATCH_BYTES) / ARTICLE_BYTES)));
}

async function drain(): Promise<void> {
  try {
    let left = await db.searchQueue.count();
    while (left > 0) {
      // Checked before every batch: in Chromium a write that fails on a full disk can take the whole database with it.
      const batch = await batchThatFits();
      if (!batch) {
        console.warn(`Dossier: too little room left to index ${left} queued clips; indexing waits for the next clip or start.`);
        return;
      }
      // Keep going: the queue is persisted, so a worker stopped mid-way resumes on its next start.
      left = await drainSearchQueue(db, batch);
    }
  } catch (err) {
    console.warn('Dossier: indexing failed; it will be retried on the next clip.', err);
  }
}

/** Index queued articles soon (several clips in a row share one run). */
export function scheduleIndexing(delay = DELAY_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    running ??= drain().finally(() => (running = null));
  }, delay);
}

/** Index everything queued now (as far as the room allows); resolves when done. */
export async function indexNow(): Promise<void> {
  clearTimeout(timer);
  running ??= drain().finally(() => (running = null));
  await running;
}
