import { z } from 'zod';

/** Lower case without diacritics, for accent-insensitive search: "Järfälla" → "jarfalla". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ø/giu, 'o')
    .replace(/æ/giu, 'ae')
    .replace(/å/giu, 'a')
    .toLowerCase()
    .trim();
}

/** E-mail addresses compare case-insensitively and without surrounding space. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** C0 and C1 control characters and DEL. */
const CONTROL = /\p{Cc}/u;
/** The same, but tab, line feed and carriage return are fine in multi-line text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Half of a surrogate pair without the other half: not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface PlainStringOptions {
  /** Tab and line breaks allowed (descriptions, guidance, comments). */
  multiline?: boolean;
  /** Trim surrounding white space first (default true; passwords keep theirs). */
  trim?: boolean;
}

/**
 * The one string schema of every text input: no control characters (a NUL byte cannot be stored in PostgreSQL,
 * and the others are never typed by a person) and no unpaired surrogates. Trims first, so a pasted trailing
 * line break does not count against a one-line field.
 */
export function plainString(message?: string, options: PlainStringOptions = {}) {
  const base = options.trim === false ? z.string(message) : z.string(message).trim();
  const pattern = options.multiline ? CONTROL_EXCEPT_LINES : CONTROL;
  return base.refine((value) => !pattern.test(value) && !LONE_SURROGATE.test(value), {
    message: options.multiline
      ? 'Text must not contain control characters'
      : 'Text must be one line without control characters',
    params: { rule: 'CONTROL_CHARACTERS' },
  });
}
