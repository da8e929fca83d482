/**
 * Decode a saved HTML page's bytes: a byte-order mark, else the charset its <meta> declares in
 * the first 1024 bytes (as browsers prescan), else UTF-8. Old provincial sites still serve
 * windows-1258 or windows-1252 pages.
 */

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The page's text. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  try {
    // A UTF-16 declaration inside an ASCII-readable head is a lie (the spec says: use UTF-8).
    if (label && !label.startsWith('utf-16')) return new TextDecoder(label).decode(bytes);
  } catch {
    // An unknown label: fall back to UTF-8, as browsers do.
  }
  return new TextDecoder('utf-8').decode(bytes);
}
