/** The stored metadata of the current clip, editable: title, site, author, published date and offset. */
import { useState } from 'preact/hooks';
import { send } from '../../src/platform/send';
import { t } from '../../src/platform/i18n';
import { joinIso, splitIso, VIETNAM_OFFSET } from '../../src/core/time/iso';
import type { AppError } from '../../src/messages/result';
import type { ArticleRecord, EditableField } from '../../src/db/types';
import type { MetadataPatch } from '../../src/db/articles';
import { errorText, formatNumber } from '../ui';

type Props = { article: ArticleRecord; onSaved: (article: ArticleRecord) => void };

export function ArticleForm({ article, onSaved }: Props) {
  const wall = article.publishedAt ? splitIso(article.publishedAt) : null;
  const [title, setTitle] = useState(article.title);
  const [siteName, setSiteName] = useState(article.siteName ?? '');
  const [author, setAuthor] = useState(article.author ?? '');
  const [local, setLocal] = useState(wall?.local ?? '');
  const [offset, setOffset] = useState(wall?.offset ?? VIETNAM_OFFSET);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);

  const publishedAt = local ? joinIso(local, offset) : null;
  const patch: MetadataPatch = {};
  if (title.trim() !== article.title) patch.title = title.trim();
  if ((siteName.trim() || null) !== article.siteName) patch.siteName = siteName.trim() || null;
  if ((author.trim() || null) !== article.author) patch.author = author.trim() || null;
  if (publishedAt !== article.publishedAt && !(local && !publishedAt)) patch.publishedAt = publishedAt;
  const dirty = Object.keys(patch).length > 0;
  const invalid = !title.trim() || (!!local && !publishedAt);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!dirty || invalid) return;
    const reply = await send('updateArticle', { id: article.id, patch });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setSaved(true);
    onSaved(reply.value);
  };

  const edited = (field: EditableField) =>
    article.editedFields.includes(field) ? <span class="edited">{t('editedMark')}</span> : null;

  return (
    <form class="fields" onSubmit={save} onInput={() => setSaved(false)} data-testid="article-form">
      <label>
        <span>
          {t('fieldTitle')} {edited('title')}
        </span>
        <textarea rows={2} value={title} onInput={(e) => setTitle(e.currentTarget.value)} required data-testid="field-title" />
      </label>
      <div class="row">
        <label>
          <span>
            {t('fieldSite')} {edited('siteName')}
          </span>
          <input value={siteName} placeholder={t('unknownValue')} onInput={(e) => setSiteName(e.currentTarget.value)} data-testid="field-site" />
        </label>
        <label>
          <span>
            {t('fieldAuthor')} {edited('author')}
          </span>
          <input value={author} placeholder={t('unknownValue')} onInput={(e) => setAuthor(e.currentTarget.value)} data-testid="field-author" />
        </label>
      </div>
      <div class="row dates">
        <label>
          <span>
            {t('fieldPublished')} {edited('publishedAt')}
          </span>
          <input type="datetime-local" value={local} onInput={(e) => setLocal(e.currentTarget.value)} data-testid="field-published" />
        </label>
        <label class="offset">
          <span>{t('fieldOffset')}</span>
          <input value={offset} pattern="[+\-]\d{2}:\d{2}" onInput={(e) => setOffset(e.currentTarget.value)} size={6} />
        </label>
      </div>
      <div class="actions">
        <span class="muted">{t('wordCount', formatNumber(article.wordCount))}</span>
        {saved && !dirty && <span class="notice">{t('savedChanges')}</span>}
        <button type="submit" disabled={!dirty || invalid} data-testid="save-button">
          {t('saveButton')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {errorText(error)}
        </p>
      )}
    </form>
  );
}
