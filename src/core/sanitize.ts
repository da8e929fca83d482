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

/** Sanitized HTML for `html`, safe to insert into an extension page or an exported file. */
export function sanitizeHtml(window: PurifyWindow, html: string): string {
  let purify = instances.get(window);
  if (!purify) {
    purify = createDOMPurify(window);
    // Links open outside the extension page and do not leak the opener.
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    instances.set(window, purify);
  }
  return purify.sanitize(html, CONFIG) as unknown as string;
}
