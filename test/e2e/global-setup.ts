/** Build the extension once before the end-to-end tests (esbuild: about a second). */
import { buildAll } from '../../scripts/build';

export default async function setup(): Promise<void> {
  await buildAll();
}
