import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MUNICIPALITIES, type Municipality } from './networks.graphql';
import styles from './networks.module.css';

interface Props {
  label: string;
  /** Municipalities not to offer (already chosen or already in the network). */
  excludeIds: string[];
  onSelect(municipality: Municipality): void;
}

/** Search-as-you-type over all municipalities, following the ARIA 1.2 combobox pattern. */
export function MunicipalityPicker({ label, excludeIds, onSelect }: Props) {
  const { t } = useTranslation('networks');
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 150);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, loading } = useQuery(SEARCH_MUNICIPALITIES, {
    variables: { search },
    skip: search.length === 0,
  });
  const options = (search ? (data?.municipalities ?? []) : []).filter((m) => !excludeIds.includes(m.id));
  const expanded = open && search.length > 0;

  function choose(municipality: Municipality) {
    onSelect(municipality);
    setText('');
    setSearch('');
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && expanded && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className={`field ${styles.combobox}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && options[active] ? `${listId}-${options[active].id}` : undefined}
        value={text}
        placeholder={t('picker.placeholder')}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label={label} className={styles.options} hidden={!expanded}>
        {options.map((municipality, index) => (
          <li
            key={municipality.id}
            id={`${listId}-${municipality.id}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? styles.active : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(municipality)}
          >
            {municipality.name} <span className="meta">{`${municipality.country} ${municipality.code}`}</span>
          </li>
        ))}
        {!loading && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="meta">
            {t('picker.noMatch')}
          </li>
        )}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t('picker.results', { count: options.length }) : ''}
      </p>
    </div>
  );
}
