/**
 * Sanitizing untrusted HTML (clipped article bodies, rendered notes) with DOMPurify
 * before it is rendered or exported. The window is passed in: an extension page's own
 * window in the browser, a jsdom window in Node.
 */
import createDOMPurify from 'dompurify';

type PurifyWindow = NonNullable<Parameters<typeof createDOMPurify>[0]>;

const instances = new WeakMap<object, ReturnType<typeof createDOMPurify>>();

// Only what an article body needs: no forms, no media players, no styles, no SVG or MathML.
const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'source', 'svg', 'math', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcset', 'class', 'id', 'action', 'formaction', 'background', 'ping'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  ALLOW_DATA_ATTR: false,
};

/** Options of `sanitizeHtml`. */
export type SanitizeOptions = {
  /**
   * Keep images from loading: each image's address moves to `data-dossier-src` (see
   * HELD_SRC), so that merely opening a stored copy tells no image host (a tracking pixel
   * among them) that the clip is being read. The reader loads them on request.
   */
  holdImages?: boolean;
};

/** Where a held image keeps its (sanitized) address. */
export const HELD_SRC = 'data-dossier-src';

// Read by the hook during one synchronous sanitize call.
let holding = false;

/** Sanitized HTML for `html`, safe to insert into an extension page or an exported file. */
export function sanitizeHtml(window: PurifyWindow, html: string, options: SanitizeOptions = {}): string {
  let purify = instances.get(window);
  if (!purify) {
    purify = createDOMPurify(window);
    // Links open outside the extension page and do not leak the opener.
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      // Runs after DOMPurify dropped the input's own data-* attributes: only a checked src gets here.
      // Inline data: images make no request and stay.
      if (holding && node.tagName === 'IMG' && /^https?:/i.test(node.getAttribute('src') ?? '')) {
        node.setAttribute(HELD_SRC, node.getAttribute('src')!);
        node.removeAttribute('src');
      }
    });
    instances.set(window, purify);
  }
  holding = !!options.holdImages;
  try {
    return purify.sanitize(html, CONFIG) as unknown as string;
  } finally {
    holding = false;
  }
}
