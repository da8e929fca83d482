/**
 * Content script, injected on demand into the tab being clipped (activeTab + scripting).
 * It reads the page and answers the background; it never stores anything itself:
 * storage here would be the page's, readable by the site.
 */
import { extractForClip } from './extract';
import { listen } from '../platform/content-runtime';

const MARK = '__dossierContentScript';

// Injecting twice into the same page must not register two listeners.
if (!(globalThis as Record<string, unknown>)[MARK]) {
  (globalThis as Record<string, unknown>)[MARK] = true;
  listen({
    ping: () => true,
    extractArticle: () => extractForClip(document, location.href),
    // Capped here: a whole-page selection is not a name, and the background checks the length again.
    getSelectionText: () => (getSelection()?.toString() ?? '').slice(0, 2_000),
  });
}
