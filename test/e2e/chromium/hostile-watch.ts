/**
 * Watching extension pages for hostile content that got through: the flag a payload sets
 * when it runs, elements that could run or fetch (found before a CSP has to stop them),
 * CSP refusals in the console, and every request a page makes.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { payloadIds } from '../../fixtures/hostile/payloads';

/** What one page showed: did anything run, what is live, which payloads it shows as text. */
export type Audit = {
  /** The context that was looked at (e.g. "stored copy 3"). */
  context: string;
  /** `window.__pwned`, set by any payload that ran here (null when none did). */
  pwned: string | null;
  /** Elements that could run script or fetch, described. */
  live: string[];
  /** Ids of the payloads the page shows as text (or in a field). */
  shown: string[];
  /** The page's address when audited (a payload could navigate it away). */
  url: string;
};

/**
 * Runs inside the page. Lists what could run or fetch: handlers, script URLs, frames,
 * foreign scripts or style sheets, refreshes, and any loadable attribute or style aimed at a
 * payload's addresses. The page's own module scripts and style sheets are not foreign.
 * Plain DOM code: the Firefox test runs it too.
 */
export function auditDom(own: string): Omit<Audit, 'context' | 'url'> {
  const live: string[] = [];
  const flag = (el: Element, why: string) => live.push(`${why}: ${el.outerHTML.slice(0, 200)}`);
  // Browsers skip leading spaces and control characters before a URL's scheme, and tabs and newlines anywhere in it.
  // eslint-disable-next-line no-control-regex
  const scriptUrl = /^[\s\u0000-\u001f]*(javascript|vbscript|data:text\/html|data:image\/svg)/i;
  const aimed = /evil\.example|\/leak\//i;
  const loads = /^(src|srcset|poster|background|data|action|formaction|xlink:href|href|ping|srcdoc|style)$/i;
  const roots: Array<Document | ShadowRoot> = [document];
  for (let r = roots.pop(); r; r = roots.pop()) {
    for (const el of r.querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      const tag = el.localName;
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) flag(el, `handler ${attr.name}`);
        else if (loads.test(attr.name) && scriptUrl.test(attr.value.replace(/[\t\n\r]/g, ''))) flag(el, `script URL in ${attr.name}`);
        // A link to an outside page is fine (it loads only on a click, in a new tab); anything else aimed there loads by itself.
        else if (loads.test(attr.name) && aimed.test(attr.value) && !(tag === 'a' && attr.name === 'href')) flag(el, `request in ${attr.name}`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'base', 'portal', 'applet'].includes(tag)) flag(el, tag);
      if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) flag(el, 'refresh');
      if (tag === 'script' && !(el.getAttribute('src') ?? '').startsWith(own) && !/^[\w-]+\.js$/.test(el.getAttribute('src') ?? '')) flag(el, 'script');
      // A style sheet of the extension's own (a relative path inside it) is not foreign.
      const ownFile = /^[\w/.-]+\.css$/.test(el.getAttribute('href') ?? '');
      if (tag === 'link' && !ownFile) flag(el, 'link');
      if (tag === 'style' && aimed.test(el.textContent ?? '')) flag(el, 'style');
    }
  }
  const fields = [...document.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value).join('\n');
  const text = `${document.body?.innerText ?? ''}\n${fields}`;
  return {
    pwned: ((window as unknown as { __pwned?: string }).__pwned ?? null) as string | null,
    live,
    shown: [...new Set(text.match(/\bP\d{2}\b/g) ?? [])],
  };
}

/** Audit `page` as `context`. */
export async function audit(page: Page, context: string, own: string): Promise<Audit> {
  return { context, url: page.url(), ...(await page.evaluate(auditDom, own)) };
}

/** CSP refusals a page logged: each one is markup that reached the page and tried to run or load. */
export function watchConsole(page: Page, into: string[]): void {
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) into.push(`${page.url()}: ${m.text().slice(0, 200)}`);
  });
}

/** A request an extension page made. */
export type SeenRequest = { from: string; url: string; ids: string[] };

/**
 * Record every request made by the pages `watched` holds (extension pages, the report):
 * the browser's own view, which also catches hosts the test server never hears of.
 */
export function watchRequests(context: BrowserContext, watched: Set<Page>, into: SeenRequest[]): void {
  context.on('request', (r) => {
    let page: Page | null = null;
    try {
      page = r.frame().page();
    } catch {
      // A service worker's request has no frame; the extension's worker is checked on its own.
    }
    if (page && watched.has(page)) into.push({ from: page.url(), url: r.url(), ids: payloadIds(r.url()) });
  });
}

/** True for a request that leaves the machine: anything but the test site, the extension and inline data. */
export function isOutside(url: string, allowedOrigins: string[]): boolean {
  if (/^(data|blob|file):/i.test(url)) return false;
  return !allowedOrigins.some((o) => url.startsWith(o));
}
