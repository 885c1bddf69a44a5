import type { FileInterceptor } from '@nestjs/platform-express';

export const MAX_IMPORT_FILE_MB = 10;

/**
 * No `dest` or `storage`: multer keeps the file in memory, which suits an import file that is small,
 * parsed at once and never stored as a file.
 */
export const IMPORT_UPLOAD: Parameters<typeof FileInterceptor>[1] = {
  limits: { fileSize: MAX_IMPORT_FILE_MB * 1024 * 1024, files: 1, fields: 20 },
};

/** A file as multer hands it over (in memory). */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}
