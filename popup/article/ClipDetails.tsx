/** The clip's collections (toggle membership) and tags (edit), beside the stored copy. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { collectionsOf, listCollections, setMembership, type CollectionSummary } from '../../src/db/collections';
import { setArticleTags } from '../../src/db/articles';
import type { ArticleRecord } from '../../src/db/types';
import { db, edit } from '../shared/db';
import { failureText } from '../ui';

type Props = { article: ArticleRecord; onChange: (a: ArticleRecord) => void };

export function ClipDetails({ article, onChange }: Props) {
  const [collections, setCollections] = useState<CollectionSummary[]>([]);
  const [member, setMember] = useState<Set<string>>(new Set());
  const [tagText, setTagText] = useState(article.tags.join(', '));
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    const [all, mine] = await Promise.all([listCollections(db), collectionsOf(db, article.id)]);
    setCollections(all);
    setMember(new Set(mine));
  };
  useEffect(() => void load(), [article.id]);

  const toggle = async (collectionId: string) => {
    try {
      await edit(() => setMembership(db, collectionId, [article.id], !member.has(collectionId)));
      setError(null);
      await load();
    } catch (err) {
      setError(failureText(err));
    }
  };

  const saveTags = async (e: Event) => {
    e.preventDefault();
    try {
      onChange(await edit(() => setArticleTags(db, article.id, tagText.split(','))));
      setError(null);
    } catch (err) {
      setError(failureText(err));
    }
  };

  return (
    <>
      <section>
        <h2>{t('collections')}</h2>
        {collections.length === 0 ? (
          <p class="muted">{t('noCollections')}</p>
        ) : (
          <ul class="toggles" data-testid="article-collections">
            {collections.map((c) => (
              <li key={c.id}>
                <label>
                  <input type="checkbox" checked={member.has(c.id)} onChange={() => void toggle(c.id)} />
                  <span>{c.name}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('tags')}</h2>
        <form class="tags" onSubmit={saveTags}>
          <input value={tagText} onInput={(e) => setTagText(e.currentTarget.value)} placeholder={t('tagsPlaceholder')} aria-label={t('tags')} />
          <button type="submit">{t('save')}</button>
        </form>
      </section>
      {error && (
        <p class="error" role="alert" data-testid="clip-details-error">
          {error}
        </p>
      )}
    </>
  );
}
