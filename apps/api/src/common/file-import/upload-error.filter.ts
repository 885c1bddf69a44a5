import {
  Catch,
  HttpException,
  PayloadTooLargeException,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { ImportFileReason } from '@samrad/domain';
import type { Response } from 'express';
import { MAX_IMPORT_FILE_MB } from './upload-limits.js';

/**
 * Multer's errors (file too large, unexpected field, broken multipart) reach us as Nest
 * HttpExceptions (413 and friends); for an import form they are user input like any other
 * problem with the file: 400 BAD_USER_INPUT with a sentence a person can act on.
 */
@Catch(HttpException)
export class UploadErrorFilter implements ExceptionFilter {
  catch(error: HttpException, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const body: { reason: ImportFileReason; message: string; maxMb?: number } =
      error instanceof PayloadTooLargeException
        ? {
            reason: 'FILE_TOO_LARGE',
            message: `The file is larger than ${MAX_IMPORT_FILE_MB} MB: split it or remove what it does not need`,
            maxMb: MAX_IMPORT_FILE_MB,
          }
        : { reason: 'UPLOAD_UNREADABLE', message: `The upload could not be read: ${error.message}` };
    res.status(400).json({ code: 'BAD_USER_INPUT', ...body });
  }
}
