/**
 * Keys for recognising the same article under different addresses: scheme, "www.",
 * default ports, fragments, trailing slashes and tracking parameters do not make a
 * different page.
 */

// Query parameters that track a visit rather than select a page.
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|zarsrc|_ga|gidzl|ref|cmpid)$/i;

/** The normalized key of an address, or null when it is not an http(s) address. */
export function urlKey(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${port}${path}${query}`;
}

/** Keys of every address given (duplicates and non-http addresses dropped). */
export function urlKeys(...addresses: Array<string | null | undefined>): string[] {
  const keys = addresses.map((a) => (a ? urlKey(a) : null)).filter((k): k is string => k !== null);
  return [...new Set(keys)];
}
