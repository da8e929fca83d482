/**
 * Runs the search indexer after clips, off the clip's own path: a clip only queues its
 * article (in its transaction), and this drains the queue a moment later in batches.
 */
import { drainSearchQueue } from '../db/search';
import { db } from './database';

const DELAY_MS = 1_500;
let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;

async function drain(): Promise<void> {
  try {
    while ((await drainSearchQueue(db)) > 0) {
      // Keep going: the queue is persisted, so a worker stopped mid-way resumes on its next start.
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

/** Index everything queued now; resolves when the queue is empty. */
export async function indexNow(): Promise<void> {
  clearTimeout(timer);
  running ??= drain().finally(() => (running = null));
  await running;
}
