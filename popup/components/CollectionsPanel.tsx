/**
 * The clip's collections, from the popup: tick a collection to put the clip in it, untick to
 * take it out. One field finds and creates: what is typed narrows the list (accents optional),
 * and Enter puts the clip in the collection of that name, creating it when there is none.
 * Goes through the background, like the popup's other edits; every answer is the collections
 * as they now are.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../src/platform/send';
import { t } from '../../src/platform/i18n';
import { fold } from '../../src/core/text/fold';
import type { BackgroundReply, ClipCollections } from '../../src/messages/protocol';
import type { AppError } from '../../src/messages/result';
import { errorText, formatNumber } from '../ui';

type Props = { articleId: string };

export function CollectionsPanel({ articleId }: Props) {
  const [state, setState] = useState<ClipCollections | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [name, setName] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  const apply = useCallback(async (call: Promise<BackgroundReply<'getClipCollections'>>): Promise<boolean> => {
    setBusy(true);
    const reply = await call;
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return false;
    }
    setState(reply.value);
    setError(null);
    return true;
  }, []);

  useEffect(() => {
    void apply(send('getClipCollections', { articleId }));
  }, [articleId, apply]);

  const toggle = async (collectionId: string, member: boolean) => {
    setAdded(null);
    // The tick shows at once: a controlled checkbox drawn with the old state until the answer
    // came would flip back for that moment.
    setState((s) => s && { ...s, member: member ? [...s.member, collectionId] : s.member.filter((id) => id !== collectionId) });
    const reply = await send('setClipCollection', { articleId, collectionId, member });
    if (reply.ok) {
      setState(reply.value);
      setError(null);
      return;
    }
    setError(reply.error);
    // Show what is stored, not the tick that was refused (the collection may be gone).
    const now = await send('getClipCollections', { articleId });
    if (now.ok) setState(now.value);
  };

  const key = fold(name);
  const named = key ? state?.collections.find((c) => fold(c.name) === key) : undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    const wanted = name.trim();
    if (!wanted || busy) return;
    // A collection of that name (accents and case aside) already: the clip goes there, no twin is made.
    let done: boolean;
    if (!named) done = await apply(send('createCollectionFor', { articleId, name: wanted }));
    else done = !!state?.member.includes(named.id) || (await apply(send('setClipCollection', { articleId, collectionId: named.id, member: true })));
    if (done) {
      setName('');
      setAdded(named?.name ?? wanted);
    }
  };

  const member = new Set(state?.member ?? []);
  const shown = state && key ? state.collections.filter((c) => fold(c.name).includes(key)) : (state?.collections ?? []);
  return (
    <section class="clip-collections" aria-labelledby="clip-collections-heading" aria-busy={busy} data-testid="popup-collections">
      <h2 id="clip-collections-heading">{t('collections')}</h2>
      {!state && !error && <p class="muted">{t('popupLoading')}</p>}
      {state && state.collections.length === 0 && <p class="hint">{t('popupNoCollections')}</p>}
      {state && (
        <form class="new-collection" onSubmit={submit}>
          <input
            value={name}
            maxLength={200}
            onInput={(e) => setName(e.currentTarget.value)}
            placeholder={t(state.collections.length ? 'findOrCreateCollection' : 'newCollectionPlaceholder')}
            aria-label={t(state.collections.length ? 'findOrCreateCollection' : 'newCollection')}
            data-testid="popup-new-collection"
          />
          <button type="submit" disabled={busy || !name.trim()}>
            {named ? t('add') : t('createCollection')}
          </button>
        </form>
      )}
      {shown.length > 0 && (
        <ul aria-labelledby="clip-collections-heading">
          {shown.map((c) => (
            <li key={c.id}>
              <label>
                <input type="checkbox" checked={member.has(c.id)} disabled={busy} onChange={(e) => void toggle(c.id, e.currentTarget.checked)} />
                <span class="name">{c.name}</span>
                <span class="count" aria-label={t('clipCount', formatNumber(c.count))}>
                  {formatNumber(c.count)}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {added && (
        <p class="muted" role="status">
          {t('collectionAdded', added)}
        </p>
      )}
      {error && (
        <p class="error" role="alert" data-testid="popup-collections-error">
          {errorText(error)}
        </p>
      )}
    </section>
  );
}
