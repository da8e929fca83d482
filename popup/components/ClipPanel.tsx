/** Whether the page is clipped, when, how many times, and the Clip button with its outcome. */
import { useState } from 'preact/hooks';
import { send } from '../../src/platform/send';
import { t } from '../../src/platform/i18n';
import type { PageState } from '../../src/messages/protocol';
import type { AppError } from '../../src/messages/result';
import type { ArticleRecord } from '../../src/db/types';
import { errorText, formatLocalTime } from '../ui';
import { STATE_TIMING } from '../state-timing';

type Props = {
  tabId: number | null;
  page: PageState | null;
  pageError: AppError | null;
  onClipped: (article: ArticleRecord) => void;
};

export function ClipPanel({ tabId, page, pageError, onClipped }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const article = page?.article ?? null;
  const blocked = pageError ?? (page?.blocked ? { code: page.blocked, message: '' } : null);

  const clip = async () => {
    if (tabId === null) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    const reply = await send('clipTab', { tabId });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setNotice(reply.value.created ? t('clipDone') : t('clipUpdated'));
    onClipped(reply.value.article);
  };

  if (blocked) {
    return (
      <section class="panel blocked" aria-live="polite">
        <h2 elementtiming={STATE_TIMING}>{t('pageRestrictedTitle')}</h2>
        <p>{errorText(blocked as AppError)}</p>
      </section>
    );
  }

  const captures = article?.captures.length ?? 0;
  return (
    <section class="panel" aria-live="polite">
      <div class={`status ${article ? 'is-clipped' : ''}`} data-testid="clip-status" elementtiming={STATE_TIMING}>
        <span class="dot" aria-hidden="true" />
        {article ? t('statusClipped', formatLocalTime(article.clippedAt)) : t('statusNotClipped')}
        {captures > 1 && <span class="captures"> · {t('statusCaptures', captures)}</span>}
      </div>
      <button type="button" class="primary" onClick={clip} disabled={busy || tabId === null} data-testid="clip-button">
        {busy ? t('clipping') : article ? t('clipAgainButton') : t('clipButton')}
      </button>
      {notice && (
        <p class="notice" role="status" data-testid="clip-notice">
          {notice}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="clip-error" data-code={error.code}>
          {errorText(error)}
        </p>
      )}
    </section>
  );
}
