import { foldForSearch } from '@samrad/domain';
import { useCallback, useMemo } from 'react';
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

export function useView(round: CompilationRound | undefined) {
  const [params, setParams] = useSearchParams();
  const ownMunicipality = round?.network.myMemberships.find((m) => m.municipality)?.municipality?.id;
  const fallback = ownMunicipality ?? round?.compilation.municipalities[0]?.id ?? '';
  const view: View = {
    section: params.get(KEYS.section) ?? '',
    search: params.get(KEYS.search) ?? '',
    onlyDiffering: params.get(KEYS.onlyDiffering) === '1',
    highlight: params.get(KEYS.highlight) === '1',
    municipalityId: params.get(KEYS.municipalityId) ?? fallback,
    groupId: params.get(KEYS.groupId) ?? '',
  };
  const update = useCallback(
    (change: Partial<View>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change) as [keyof View, View[keyof View]][]) {
            const text = typeof value === 'boolean' ? (value ? '1' : '') : value;
            if (text) next.set(KEYS[key], text);
            else next.delete(KEYS[key]);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { view, update, query: params.toString() };
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
