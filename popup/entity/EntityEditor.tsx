/** Rename an entity, list its other spellings, and fill in its typed details (a project's place and investment…). */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../src/platform/i18n';
import { findAmounts } from '../../src/core/entities/amounts';
import { fold } from '../../src/core/text/fold';
import { EntityConflictError, updateEntity } from '../../src/db/entity-edit';
import type { EntityRecord, EntityType } from '../../src/db/types';
import { db, edit } from '../shared/db';
import { failureText } from '../ui';

/** The details each kind of entity has, in the order they are shown. */
export const ATTRIBUTES: Record<EntityType, string[]> = {
  official: ['organization', 'note'],
  project: ['place', 'investor', 'investment', 'note'],
  organization: ['place', 'note'],
  place: ['note'],
};

type Props = { entity: EntityRecord; onSaved: () => void };

export function EntityEditor({ entity, onSaved }: Props) {
  const [name, setName] = useState(entity.name);
  const [aliases, setAliases] = useState(entity.aliases.join('\n'));
  const [attrs, setAttrs] = useState<Record<string, string>>(() =>
    Object.fromEntries(ATTRIBUTES[entity.type].map((k) => [k, String(entity.attributes[k] ?? '')])),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (e: Event) => {
    e.preventDefault();
    const list = aliases.split('\n').map((a) => a.trim()).filter(Boolean);
    // A renamed entity is still found under its old name: articles keep writing it that way.
    if (fold(name) !== fold(entity.name) && !list.some((a) => fold(a) === fold(entity.name))) list.push(entity.name);
    const amount = attrs.investment ? findAmounts(attrs.investment)[0] : undefined;
    const attributes: Record<string, string | number | null> = { ...attrs };
    if (entity.type === 'project') Object.assign(attributes, { investmentValue: amount?.value ?? null, currency: amount?.currency ?? null });
    try {
      await edit(() => updateEntity(db, entity.id, { name, aliases: list, attributes }));
      setMessage({ ok: true, text: t('savedChanges') });
      onSaved();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof EntityConflictError ? t('nameTaken', err.other.name) : failureText(err) });
    }
  };

  return (
    <form class="side-box editor" onSubmit={save} onInput={() => setMessage(null)} aria-labelledby="details-heading" data-testid="entity-editor">
      <h2 id="details-heading">{t('detailsHeading')}</h2>
      <label>
        <span>{t('entityName')}</span>
        {/* Project names run long: they get two lines to be read whole. */}
        <textarea rows={name.length > 36 ? 2 : 1} value={name} maxLength={300} required onInput={(e) => setName(e.currentTarget.value.replace(/\n/g, ' '))} data-testid="entity-name" />
      </label>
      <label>
        <span>{t('entityAliases')}</span>
        <textarea rows={Math.max(2, entity.aliases.length + 1)} value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} data-testid="entity-aliases" />
      </label>
      {ATTRIBUTES[entity.type].map((key) => (
        <label key={key}>
          <span>{t(`attr_${key}` as MessageKey)}</span>
          {key === 'note' ? (
            <textarea rows={3} value={attrs[key]} onInput={(e) => setAttrs({ ...attrs, [key]: e.currentTarget.value })} />
          ) : (
            <input value={attrs[key]} onInput={(e) => setAttrs({ ...attrs, [key]: e.currentTarget.value })} data-testid={`entity-attr-${key}`} />
          )}
        </label>
      ))}
      <div class="form-actions">
        {message && (
          <span class={message.ok ? 'notice' : 'error'} role="status">
            {message.text}
          </span>
        )}
        <button type="submit" class="primary" data-testid="entity-save">
          {t('saveButton')}
        </button>
      </div>
    </form>
  );
}
