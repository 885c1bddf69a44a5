import { mentionToken } from '@samrad/domain';
import { useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { matchMembers, mentionQueryAt, type Mentionable } from './mentions';
import styles from './discussions.module.css';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> {
  value: string;
  onChange(value: string): void;
  members: readonly Mentionable[];
}

/**
 * A textarea that suggests the network's members after `@` (the ARIA 1.2 combobox pattern on a
 * multi-line text box: aria-autocomplete, aria-controls and aria-activedescendant; the listbox's
 * options are read as the arrow keys move). Enter or Tab inserts `@[Name](user:<id>)`, Escape closes.
 */
export function MentionTextarea({ value, onChange, members, ...rest }: Props) {
  const { t } = useTranslation('discussions');
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const options = query ? matchMembers(members, query.query) : [];
  const open = options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const update = (text: string, caret: number) => {
    onChange(text);
    const next = mentionQueryAt(text, caret);
    setQuery(next);
    if (next?.query !== query?.query) setActive(0);
  };

  const choose = (member: Mentionable) => {
    if (!query) return;
    const caret = ref.current?.selectionStart ?? value.length;
    const token = `${mentionToken(member.displayName, member.id)} `;
    const text = value.slice(0, query.start) + token + value.slice(caret);
    onChange(text);
    setQuery(null);
    const at = query.start + token.length;
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(options[Math.min(active, options.length - 1)]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery(null);
    }
  };

  return (
    <div className={styles.mentionBox}>
      <textarea
        {...rest}
        ref={ref}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(Math.min(active, options.length - 1)) : undefined}
        onChange={(event) => update(event.target.value, event.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={t('editor.mentionList')} className={styles.mentionList}>
          {options.map((member, index) => (
            <li
              key={member.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? styles.activeOption : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(member);
              }}
            >
              {member.displayName}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {open ? t('editor.mentionCount', { count: options.length }) : ''}
      </p>
    </div>
  );
}
