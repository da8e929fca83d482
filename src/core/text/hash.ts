/**
 * SHA-256 of a text as lowercase hex.
 * Uses Web Crypto, which exists in extension pages, service workers and Node 20,
 * but not in content scripts on plain-http pages (not a secure context): hashing
 * therefore happens in the background and the CLI, never in the page.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
