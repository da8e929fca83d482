/** Day-first dates as Vietnamese articles write them. */
import { splitIso } from '../../src/core/time/iso';

/** "08/02/2023": the article's own calendar day (in its own offset, not the reader's time zone). */
export function wallDate(iso: string): string {
  const local = splitIso(iso)?.local;
  if (!local) return iso;
  const [y, m, d] = local.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
