import { SUBJECT_TYPES } from '@samrad/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../shared/Field';
import { TextField } from '../../layout/forms';
import { uniqueMembers } from './mentions';
import styles from './discussions.module.css';

export interface SearchValues {
  q: string;
  type: string;
  round: string;
  author: string;
}

interface Props {
  initial: SearchValues;
  rounds: readonly { id: string; title: string }[];
  members: readonly { user: { id: string; displayName: string } }[];
  onSearch(values: SearchValues): void;
}

/** The query box and the filters: subject type, round, author. */
export function SearchFilters({ initial, rounds, members, onSearch }: Props) {
  const { t, i18n } = useTranslation('discussions');
  const [values, setValues] = useState(initial);
  const set = (key: keyof SearchValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const select = (
    key: 'type' | 'round' | 'author',
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <Field label={label}>
      {(control) => (
        <select {...control} value={values[key]} onChange={(event) => set(key)(event.target.value)}>
          <option value="">{t('search.any')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(values);
  };

  return (
    <form role="search" className={`card ${styles.filters}`} onSubmit={submit}>
      <TextField
        type="search"
        label={t('search.query')}
        value={values.q}
        onChange={set('q')}
        hint={t('search.queryHint')}
      />
      {select(
        'type',
        t('search.subjectType'),
        SUBJECT_TYPES.map((type) => ({ value: type, label: t(`subjectType.${type}`) })),
      )}
      {select(
        'round',
        t('search.round'),
        rounds.map((r) => ({ value: r.id, label: r.title })),
      )}
      {select(
        'author',
        t('search.author'),
        uniqueMembers(members, i18n.language).map((m) => ({ value: m.id, label: m.displayName })),
      )}
      <button type="submit" className="primary">
        {t('search.submit')}
      </button>
    </form>
  );
}
