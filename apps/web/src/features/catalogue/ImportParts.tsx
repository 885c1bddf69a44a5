import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TextField } from '../../layout/forms';
import type { FieldErrors } from '../../shared/field-errors';
import { ProblemsTable as SharedProblemsTable } from '../../shared/ProblemsTable';
import { useCoordinatedNetworks } from '../../shared/useMayImport';
import { problemText, type Problem } from './problem-text';

export type { Problem } from './problem-text';

export interface SetMeta {
  key: string;
  title: string;
  area: string;
  year: string;
  source: string;
}

export const emptyMeta = (): SetMeta => ({
  key: '',
  title: '',
  area: '',
  year: String(new Date().getFullYear()),
  source: '',
});

/** Key, title, area, year and source of the set being imported. */
export function SetFields({
  meta,
  onChange,
  hint,
  errors = {},
}: {
  meta: SetMeta;
  onChange(meta: SetMeta): void;
  hint?: string;
  errors?: FieldErrors<keyof SetMeta>;
}) {
  const { t } = useTranslation('catalogue');
  const field = (name: keyof SetMeta) => (value: string) => onChange({ ...meta, [name]: value });
  return (
    <fieldset>
      <legend>{t('import.metadata')}</legend>
      {hint && <p className="hint">{hint}</p>}
      <TextField label={t('fields.key')} value={meta.key} onChange={field('key')} error={errors.key} />
      <TextField
        label={t('fields.title')}
        value={meta.title}
        onChange={field('title')}
        error={errors.title}
      />
      <TextField label={t('fields.area')} value={meta.area} onChange={field('area')} error={errors.area} />
      <TextField
        label={t('fields.year')}
        type="number"
        value={meta.year}
        onChange={field('year')}
        error={errors.year}
      />
      <TextField
        label={t('fields.source')}
        value={meta.source}
        onChange={field('source')}
        error={errors.source}
      />
    </fieldset>
  );
}

/**
 * The network an import belongs to: the one being worked in (`?network=` from its page) if I
 * coordinate it, else the one I pick among those I coordinate (the first by default).
 */
export function useImportNetwork() {
  const [params] = useSearchParams();
  const networks = useCoordinatedNetworks();
  const [chosen, setChosen] = useState<string | null>(null);
  const wanted = chosen ?? params.get('network');
  const networkId = networks?.find((n) => n.id === wanted)?.id ?? networks?.[0]?.id ?? '';
  return { networks: networks ?? [], networkId, setNetworkId: setChosen };
}

/** Whose set this becomes: a picker when I coordinate several networks, a line when one. */
export function NetworkPicker({
  networks,
  value,
  onChange,
}: {
  networks: { id: string; name: string }[];
  value: string;
  onChange(networkId: string): void;
}) {
  const { t } = useTranslation('catalogue');
  if (networks.length === 0) return null;
  if (networks.length === 1) return <p className="meta">{t('owner.only', { name: networks[0].name })}</p>;
  return (
    <div className="field">
      <label htmlFor="import-network">{t('owner.label')}</label>
      <select
        id="import-network"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby="import-network-hint"
      >
        {networks.map((network) => (
          <option key={network.id} value={network.id}>
            {network.name}
          </option>
        ))}
      </select>
      <p id="import-network-hint" className="hint">
        {t('owner.hint')}
      </p>
    </div>
  );
}

/** Every problem of a rejected file, by row and column, in the reader's language. */
export function ProblemsTable({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation('catalogue');
  return (
    <SharedProblemsTable
      problems={problems}
      summary={t('import.problems', { count: problems.length })}
      caption={t('import.problemsCaption')}
      headers={{ row: t('import.row'), column: t('import.column'), problem: t('import.problem') }}
      column={(problem) => problem.column ?? ''}
      describe={(problem) => problemText(t, problem)}
    />
  );
}
