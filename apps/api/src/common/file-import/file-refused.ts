import type { ImportFileReason } from '@samrad/domain';
import { AppError, badInput } from '../app-error.js';

/**
 * A file (or upload, or Kolada answer) that is not a set at all: 400 with a `reason` from
 * IMPORT_FILE_REASONS, which the web words in the reader's language with the `details`.
 */
export const fileRefused = (
  reason: ImportFileReason,
  message: string,
  details: Record<string, string | number> = {},
): AppError => badInput(message, { reason, ...details });
