/**
 * Autocomplete over existing entities (an ARIA combobox): type part of a name, with or without
 * accents, move with the arrow keys, Enter or a click picks. The search itself is passed in:
 * the popup asks the background, the other pages read the database.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import type { EntitySummary } from '../../src/messages/protocol';
import './combobox.css';

type Props = {
  /** Entities matching a query, best first. */
  search: (query: string) => Promise<EntitySummary[]>;
  onPick: (entity: EntitySummary) => void;
  /** The visible label. */
  label: string;
  placeholder: string;
  testId?: string;
};

export function EntityCombobox({ search, onPick, label, placeholder, testId }: Props) {
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<EntitySummary[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const serial = useRef(0);
  const id = useId();

  useEffect(() => {
    const mine = ++serial.current;
    if (!query.trim()) {
      setOptions([]);
      return;
    }
    void search(query).then((found) => {
      if (mine !== serial.current) return; // a newer keystroke has its own answer coming
      setOptions(found);
      setActive(0);
    });
  }, [query, search]);

  const pick = (entity: EntitySummary | undefined) => {
    if (!entity) return;
    onPick(entity);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (options.length ? (a + step + options.length) % options.length : 0));
    } else if (e.key === 'Enter' && open && options.length) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const shown = open && query.trim() !== '';
  return (
    <div class="combobox">
      <label for={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && options[active] ? `${id}-${active}` : undefined}
        value={query}
        placeholder={placeholder}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid={testId}
      />
      {shown && (
        <ul id={`${id}-list`} role="listbox" class="combobox-list">
          {options.length === 0 && <li class="none">{t('comboboxNoMatch')}</li>}
          {options.map((e, i) => (
            <li
              key={e.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              class={`option ${e.type}`}
              // mousedown, not click: a click would first blur the input and close the list.
              onMouseDown={(ev) => {
                ev.preventDefault();
                pick(e);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span class="option-name">{e.name}</span>
              <span class="option-type">{t(`entityType_${e.type}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
