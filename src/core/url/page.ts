/** What the extension makes of a tab's address, without any browser API (the popup and the worker share it). */

/** Strip the #fragment: it names a place in the page, not a different page. */
export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Addresses the extension may never script, whatever its permissions. */
export function isRestrictedUrl(url: string): boolean {
  if (!/^(https?|file):/i.test(url)) return true;
  return /^https?:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i.test(url);
}
