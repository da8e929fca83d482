/**
 * What nearly every end-to-end file starts before its tests and stops after them: the seed
 * server and a browser with the test build. In a file:
 *   beforeAll(async () => ({ server, session } = await startChromium({ clear: true })));
 *   afterAll(() => stopAll(session, server));
 */
import { CLEAR_DATABASE, launchChromium, type ChromiumSession } from '../../scripts/lib/browsers';
import { launchFirefox, type FirefoxSession } from '../../scripts/lib/firefox';
import { serveDir, type SeedServer } from '../../scripts/lib/serve';
import { DIST_CHROME, DIST_FIREFOX, SEEDS_DIR } from './expectations';

/** The seed server and Chromium with the test build; `clear` empties the database first. */
export async function startChromium(options: { clear?: boolean } = {}): Promise<{ server: SeedServer; session: ChromiumSession }> {
  const server = await serveDir(SEEDS_DIR);
  const session = await launchChromium(DIST_CHROME);
  if (options.clear) await session.worker.evaluate(CLEAR_DATABASE);
  return { server, session };
}

/** The seed server and Firefox ESR with the test build. */
export async function startFirefox(): Promise<{ server: SeedServer; session: FirefoxSession }> {
  const server = await serveDir(SEEDS_DIR);
  const session = await launchFirefox(DIST_FIREFOX);
  return { server, session };
}

/** Close what a file started, in order; anything a failed beforeAll left unset is skipped. */
export async function stopAll(...started: Array<{ close(): Promise<void> } | undefined>): Promise<void> {
  for (const thing of started) await thing?.close();
}
