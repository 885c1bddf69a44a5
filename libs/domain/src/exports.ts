import { z } from 'zod';
import { LOCALES, type Locale, type RoundPhase } from './enums.js';

/**
 * Exports of a round's compilation (issue 15): the formats, the query of the export URL, and the one
 * catalogue of the strings the files carry, in the user's language. The web's locales are the web's;
 * files are made by the API, so their words live here.
 */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `?format=csv|xlsx|pdf&lang=sv|da|en` (lang defaults to the account's language, else Swedish). */
export const compilationExportSchema = z.object({
  format: z.enum(EXPORT_FORMATS, 'format must be one of csv, xlsx, pdf'),
  lang: z.enum(LOCALES, 'lang must be one of sv, da, en').optional(),
});

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/**
 * CSV for the spreadsheet the reader most likely has: Excel in a Swedish or Danish locale splits on
 * `;` and reads a decimal comma; in English, `,` and a decimal point.
 */
export const CSV_DIALECT: Record<Locale, { separator: string; decimal: string }> = {
  sv: { separator: ';', decimal: ',' },
  da: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

export interface ExportLabels {
  compilation: string;
  network: string;
  round: string;
  year: string;
  phase: string;
  exportedAt: string;
  visibility: string;
  /** Everything visible / only the caller's own municipality visible (give-to-get). */
  visibleAll: string;
  visiblePartial: string;
  hidden: string;
  yes: string;
  no: string;
  otherSection: string;
  section: string;
  code: string;
  question: string;
  unit: string;
  percent: string;
  percentagePoints: string;
  municipalityCode: string;
  municipality: string;
  value: string;
  /** A column of last year's value: "{year}" is the previous round's year. */
  previous: string;
  change: string;
  answered: string;
  expected: string;
  yesShare: string;
  mean: string;
  median: string;
  min: string;
  max: string;
  nationalReference: string;
  leaders: string;
  agreedInterpretation: string;
  info: string;
  networkFigure: string;
  /** "Page {page} of {pages}" */
  page: string;
  chartReference: string;
  chartNoValues: string;
  contents: string;
  phases: Record<RoundPhase, string>;
}

export const EXPORT_LABELS: Record<Locale, ExportLabels> = {
  sv: {
    compilation: 'Sammanställning',
    network: 'Nätverk',
    round: 'Omgång',
    year: 'År',
    phase: 'Fas',
    exportedAt: 'Exporterad',
    visibility: 'Synlighet',
    visibleAll: 'Alla medlemskommuners svar ingår.',
    visiblePartial:
      'Din kommun har inte lämnat in sina svar: övriga kommuners svar visas inte (”dold”) och ingår inte i sammanfattningen.',
    hidden: 'dold',
    yes: 'Ja',
    no: 'Nej',
    otherSection: 'Övrigt',
    section: 'Avsnitt',
    code: 'Kod',
    question: 'Fråga',
    unit: 'Enhet',
    percent: 'procent',
    percentagePoints: 'procentenheter',
    municipalityCode: 'Kommunkod',
    municipality: 'Kommun',
    value: 'Svar',
    previous: 'Svar {year}',
    change: 'Förändring',
    answered: 'Svarat',
    expected: 'Antal kommuner',
    yesShare: 'Andel ja',
    mean: 'Medelvärde',
    median: 'Median',
    min: 'Min',
    max: 'Max',
    nationalReference: 'Riket',
    leaders: 'Fråga dem hur de gör',
    agreedInterpretation: 'Överenskommen tolkning',
    info: 'Information',
    networkFigure: 'Nätverket',
    page: 'Sida {page} av {pages}',
    chartReference: 'Riket',
    chartNoValues: 'Inga synliga svar',
    contents: 'Innehåll',
    phases: {
      DRAFT: 'Utkast',
      INTERPRETATION: 'Tolkning',
      ANSWERING: 'Besvarande',
      COMPILATION: 'Sammanställning',
      DISCUSSION: 'Diskussion',
      GOAL_SETTING: 'Målsättning',
      CLOSED: 'Avslutad',
    },
  },
  da: {
    compilation: 'Sammenstilling',
    network: 'Netværk',
    round: 'Runde',
    year: 'År',
    phase: 'Fase',
    exportedAt: 'Eksporteret',
    visibility: 'Synlighed',
    visibleAll: 'Alle medlemskommuners svar indgår.',
    visiblePartial:
      'Din kommune har ikke afleveret sine svar: de andre kommuners svar vises ikke (”skjult”) og indgår ikke i opsummeringen.',
    hidden: 'skjult',
    yes: 'Ja',
    no: 'Nej',
    otherSection: 'Øvrigt',
    section: 'Afsnit',
    code: 'Kode',
    question: 'Spørgsmål',
    unit: 'Enhed',
    percent: 'procent',
    percentagePoints: 'procentpoint',
    municipalityCode: 'Kommunekode',
    municipality: 'Kommune',
    value: 'Svar',
    previous: 'Svar {year}',
    change: 'Ændring',
    answered: 'Besvaret',
    expected: 'Antal kommuner',
    yesShare: 'Andel ja',
    mean: 'Gennemsnit',
    median: 'Median',
    min: 'Min',
    max: 'Maks',
    nationalReference: 'Landsplan',
    leaders: 'Spørg dem, hvordan de gør',
    agreedInterpretation: 'Aftalt fortolkning',
    info: 'Information',
    networkFigure: 'Netværket',
    page: 'Side {page} af {pages}',
    chartReference: 'Landsplan',
    chartNoValues: 'Ingen synlige svar',
    contents: 'Indhold',
    phases: {
      DRAFT: 'Udkast',
      INTERPRETATION: 'Fortolkning',
      ANSWERING: 'Besvarelse',
      COMPILATION: 'Sammenstilling',
      DISCUSSION: 'Drøftelse',
      GOAL_SETTING: 'Målsætning',
      CLOSED: 'Afsluttet',
    },
  },
  en: {
    compilation: 'Compilation',
    network: 'Network',
    round: 'Round',
    year: 'Year',
    phase: 'Phase',
    exportedAt: 'Exported',
    visibility: 'Visibility',
    visibleAll: "Every member municipality's answers are included.",
    visiblePartial:
      "Your municipality has not submitted its answers: the other municipalities' answers are not shown (“hidden”) and are not in the summary.",
    hidden: 'hidden',
    yes: 'Yes',
    no: 'No',
    otherSection: 'Other',
    section: 'Section',
    code: 'Code',
    question: 'Question',
    unit: 'Unit',
    percent: 'percent',
    percentagePoints: 'percentage points',
    municipalityCode: 'Municipality code',
    municipality: 'Municipality',
    value: 'Answer',
    previous: 'Answer {year}',
    change: 'Change',
    answered: 'Answered',
    expected: 'Municipalities',
    yesShare: 'Share yes',
    mean: 'Mean',
    median: 'Median',
    min: 'Min',
    max: 'Max',
    nationalReference: 'National',
    leaders: 'Ask them how they do it',
    agreedInterpretation: 'Agreed interpretation',
    info: 'Information',
    networkFigure: 'The network',
    page: 'Page {page} of {pages}',
    chartReference: 'National',
    chartNoValues: 'No visible answers',
    contents: 'Contents',
    phases: {
      DRAFT: 'Draft',
      INTERPRETATION: 'Interpretation',
      ANSWERING: 'Answering',
      COMPILATION: 'Compilation',
      DISCUSSION: 'Discussion',
      GOAL_SETTING: 'Goal setting',
      CLOSED: 'Closed',
    },
  },
};

/** Replaces `{name}` placeholders. */
export const fillLabel = (label: string, values: Record<string, string | number>) =>
  label.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ß: 'ss' };

/** A file-name part in plain ASCII: `Nätverk Nordväst 2026` → `natverk-nordvast-2026`. */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöß]/g, (c) => FOLD[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * The download's name: `samrad-<network>-<round>-<year>.<ext>`, the round left out when its title
 * already says the network or year (titles are often "Nordväst 2026"). `ascii` is the
 * `filename=` fallback; `utf8` goes into `filename*=` for browsers that read it.
 */
export function exportFileName(
  parts: { network: string; round: string; year: number | null },
  format: ExportFormat,
): { ascii: string; utf8: string } {
  const year = parts.year === null ? '' : String(parts.year);
  const round = parts.round.includes(year) ? parts.round.replace(year, '').trim() : parts.round;
  const words = [parts.network, round === parts.network ? '' : round, year].filter(Boolean);
  const ascii = ['samrad', ...words.map(fileSlug)].filter(Boolean).join('-');
  const utf8 = ['Samråd', ...words].join(' ').replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ');
  return { ascii: `${ascii}.${format}`, utf8: `${utf8}.${format}` };
}

/** The `Content-Disposition` header of a download named as above. */
export function contentDisposition(name: { ascii: string; utf8: string }): string {
  const encoded = encodeURIComponent(name.utf8).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}
