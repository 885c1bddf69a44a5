import { foldForSearch } from '@samrad/domain';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CompilationRound, CompilationRow } from './compilation.graphql';
import { differingMunicipalities } from './majority';

/**
 * What the reader chose on the compilation: filters, the municipality to compare ("we"), the saved
 * group and the highlight. Kept in the address, so the question detail and back keep them and a
 * view can be shared as a link.
 */
export interface View {
  section: string;
  search: string;
  onlyDiffering: boolean;
  highlight: boolean;
  municipalityId: string;
  groupId: string;
}

const KEYS = {
  section: 's',
  search: 'q',
  onlyDiffering: 'differ',
  highlight: 'mark',
  municipalityId: 'm',
  groupId: 'g',
} as const;

function fromParams(params: URLSearchParams): View {
  return {
    section: params.get(KEYS.section) ?? '',
    search: params.get(KEYS.search) ?? '',
    onlyDiffering: params.get(KEYS.onlyDiffering) === '1',
    highlight: params.get(KEYS.highlight) === '1',
    municipalityId: params.get(KEYS.municipalityId) ?? '',
    groupId: params.get(KEYS.groupId) ?? '',
  };
}

function toParams(view: View): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(view) as [keyof View, View[keyof View]][]) {
    const text = typeof value === 'boolean' ? (value ? '1' : '') : value;
    if (text) next.set(KEYS[key], text);
  }
  return next;
}

/**
 * The view lives in React state (a control answers at once) and is mirrored into the address with
 * `replace` (no history entry per keystroke). Without a chosen municipality, "we" is the reader's
 * own municipality, else the first column.
 */
export function useView(round: CompilationRound | undefined) {
  const [params, setParams] = useSearchParams();
  const [chosen, setChosen] = useState(() => fromParams(params));
  const ownMunicipality = round?.network.myMemberships.find((m) => m.municipality)?.municipality?.id;
  const fallback = ownMunicipality ?? round?.compilation.municipalities[0]?.id ?? '';
  const view: View = { ...chosen, municipalityId: chosen.municipalityId || fallback };
  const update = useCallback(
    (change: Partial<View>) =>
      setChosen((current) => {
        const next = { ...current, ...change };
        setParams(toParams(next), { replace: true });
        return next;
      }),
    [setParams],
  );
  return { view, update, query: toParams(chosen).toString() };
}

/** The rows the filters leave, each with the municipalities that differ from the network majority. */
export function useVisibleRows(rows: readonly CompilationRow[], view: View) {
  return useMemo(() => {
    const needle = foldForSearch(view.search.trim());
    return rows
      .map((row) => ({ row, differing: differingMunicipalities(row) }))
      .filter(({ row, differing }) => {
        if (view.section && (row.indicator.section ?? '') !== view.section) return false;
        if (needle && !foldForSearch(`${row.indicator.code} ${row.indicator.text}`).includes(needle))
          return false;
        if (view.onlyDiffering && !differing.has(view.municipalityId)) return false;
        return true;
      });
  }, [rows, view.section, view.search, view.onlyDiffering, view.municipalityId]);
}

export type VisibleRow = ReturnType<typeof useVisibleRows>[number];
