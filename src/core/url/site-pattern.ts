/** The host-permission match pattern of a page's site, shared by the popup (which asks for it) and the background (which checks it). */

/** `https://baodienbienphu.com.vn/*` for any page of that host (every port), or null for other schemes. */
export function sitePattern(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && u.hostname ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}
