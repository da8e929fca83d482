/** Delete the clip from its stored copy (after a confirm), then back to the library. */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { deleteArticles } from '../../src/db/articles';
import { db, edit } from '../shared/db';
import { failureText } from '../ui';

export function DeleteClip({ articleId }: { articleId: string }) {
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!confirm(t('deleteClipConfirm'))) return;
    try {
      await edit(() => deleteArticles(db, [articleId]));
      location.assign('library.html');
    } catch (err) {
      setError(failureText(err));
    }
  };
  return (
    <section class="delete-clip">
      <button type="button" class="danger" onClick={() => void remove()} data-testid="delete-clip">
        {t('deleteClip')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
