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

/** "Answer type", "answer_type" and "ANSWERTYPE" are all the same header. */
export const normalizeHeader = (header: string) =>
  header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');

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

const lookup = <T extends string>(aliases: Record<T, string[]>) =>
  new Map(
    (Object.entries(aliases) as [T, string[]][]).flatMap(([name, names]) =>
      names.map((alias) => [normalizeHeader(alias), name] as const),
    ),
  );
const COLUMN_BY_HEADER = lookup(COLUMN_ALIASES);
const METADATA_BY_NAME = lookup(METADATA_ALIASES);

export const columnFor = (header: string): IndicatorColumn | undefined =>
  COLUMN_BY_HEADER.get(normalizeHeader(header));

export const metadataFieldFor = (name: string): MetadataField | undefined =>
  METADATA_BY_NAME.get(normalizeHeader(name));
