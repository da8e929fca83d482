/**
 * The clipped article's body, sanitized with DOMPurify before it touches the page. Its
 * images wait for the reader's click: loading them tells their hosts (a tracking pixel
 * among them) that the clip is being read.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HELD_SRC, sanitizeHtml } from '../../src/core/sanitize';
import { t } from '../../src/platform/i18n';

export function ArticleBodyView({ html }: { html: string }) {
  // Clipped HTML is untrusted: it is rendered only after DOMPurify, with the page's strict MV3 CSP behind it.
  const safe = useMemo(() => sanitizeHtml(window, html, { holdImages: true }), [html]);
  const body = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState(0);
  useEffect(() => setHeld(body.current?.querySelectorAll(`img[${HELD_SRC}]`).length ?? 0), [safe]);

  // Set on the elements in place (not re-rendered): highlights drawn in the body stay.
  const load = () => {
    for (const img of body.current?.querySelectorAll<HTMLImageElement>(`img[${HELD_SRC}]`) ?? []) {
      img.referrerPolicy = 'no-referrer';
      img.src = img.getAttribute(HELD_SRC)!;
      img.removeAttribute(HELD_SRC);
    }
    setHeld(0);
  };

  return (
    <>
      {held > 0 && (
        <p class="held-images" data-testid="held-images">
          <span>{t('imagesHeld', held)}</span>
          <button type="button" onClick={load} data-testid="load-images">
            {t('loadImages')}
          </button>
        </p>
      )}
      <div ref={body} class="body" data-testid="article-body" dangerouslySetInnerHTML={{ __html: safe }} />
    </>
  );
}
