/** The clipped article's body, sanitized with DOMPurify before it touches the page. */
import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '../../src/core/sanitize';

export function ArticleBodyView({ html }: { html: string }) {
  // Clipped HTML is untrusted: it is rendered only after DOMPurify, with the page's strict MV3 CSP behind it.
  const safe = useMemo(() => sanitizeHtml(window, html), [html]);
  return <div class="body" data-testid="article-body" dangerouslySetInnerHTML={{ __html: safe }} />;
}
