/**
 * File names Obsidian and every desktop file system accept: none of * " \ / < > : | ? # ^ [ ],
 * no control characters, no leading dot, no trailing dot or space, no Windows device names,
 * a bounded length, NFC, Vietnamese letters kept, unique within the export regardless of case.
 */
import { nfc } from '../text/fold';

// Control characters are what this pattern exists to remove.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[*"\\/<>:|?#^[\]\u0000-\u001F\u007F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** Code points kept of a title; leaves room for a date, a " (2)" and ".md" under common 255-byte limits with Vietnamese. */
export const MAX_NAME_LENGTH = 80;

/** A safe base name (no extension) for `title`. */
export function safeFileName(title: string, fallback = 'untitled'): string {
  let name = nfc(title).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+/, '');
  const points = Array.from(name);
  if (points.length > MAX_NAME_LENGTH) {
    const cut = points.slice(0, MAX_NAME_LENGTH).join('');
    // Prefer ending at a word; a title with no space near the end is cut mid-word.
    const space = cut.lastIndexOf(' ');
    name = space > MAX_NAME_LENGTH / 2 ? cut.slice(0, space) : cut;
  }
  name = name.replace(/[.\s]+$/, '');
  if (!name) name = fallback;
  return WINDOWS_DEVICE.test(name) ? `${name}_` : name;
}

/** Hands out names unique within one export: a repeated name gets " (2)", " (3)"… */
export class UniqueNames {
  private readonly taken = new Set<string>();

  /** A unique variant of `base`; `extension` includes its dot. */
  claim(base: string, extension: string): string {
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${base}${extension}` : `${base} (${n})${extension}`;
      // Case-insensitive, as on Windows and macOS, in NFC as the names are written.
      const key = name.toLowerCase();
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return name;
      }
    }
  }
}
