import { headerLookup } from '../../common/file-import/cells.js';
import type { SheetColumns } from '../../common/file-import/sheet-rows.js';

/** The columns of an indicator row and the set-level fields, with the header names accepted for them. */

export const INDICATOR_COLUMNS = [
  'code',
  'text',
  'guidance',
  'section',
  'answerType',
  'options',
  'unit',
  'polarity',
  'nationalReference',
] as const;
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];

/** Without these a sheet is not an indicator list at all (rather than a list with problems). */
export const REQUIRED_COLUMNS: readonly IndicatorColumn[] = ['code', 'text', 'answerType'];

export const METADATA_FIELDS = ['key', 'title', 'area', 'year', 'source'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

// Swedish, Danish (and Norwegian) spreadsheets as coordinators get them from national sources.
const COLUMN_ALIASES: Record<IndicatorColumn, string[]> = {
  code: ['code', 'kod', 'kode', 'id'],
  text: ['text', 'question', 'fråga', 'spørgsmål', 'spørsmål', 'tekst'],
  guidance: ['guidance', 'vägledning', 'anvisning', 'vejledning', 'veiledning', 'hjälptext'],
  section: ['section', 'avsnitt', 'afsnit', 'sektion', 'del'],
  answerType: ['answertype', 'svarstyp', 'svartyp', 'svartype', 'type', 'typ'],
  options: ['options', 'alternativ', 'svarsalternativ', 'svarmuligheder', 'svaralternativer'],
  unit: ['unit', 'enhet', 'enhed'],
  polarity: ['polarity', 'polaritet', 'riktning', 'retning'],
  nationalReference: ['nationalreference', 'reference', 'referens', 'riket', 'riksvärde', 'landsgennemsnit'],
};

const METADATA_ALIASES: Record<MetadataField, string[]> = {
  key: ['key', 'nyckel', 'nøgle', 'nøkkel'],
  title: ['title', 'titel', 'tittel', 'namn', 'navn'],
  area: ['area', 'område', 'omrade'],
  year: ['year', 'år', 'ar'],
  source: ['source', 'källa', 'kilde'],
};

export const columnFor = headerLookup(COLUMN_ALIASES);
export const metadataFieldFor = headerLookup(METADATA_ALIASES);

/** An indicator list's header row, for CSV files and worksheets. */
export const INDICATOR_SHEET: SheetColumns<IndicatorColumn> = { columnFor, required: REQUIRED_COLUMNS };
