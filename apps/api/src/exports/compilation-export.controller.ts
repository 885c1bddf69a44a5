import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  compilationExportSchema,
  contentDisposition,
  EXPORT_CONTENT_TYPES,
  exportFileName,
  LOCALES,
  type Locale,
} from '@samrad/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { indicatorSetById } from '../catalogue/catalogue.loaders.js';
import { CurrentUser } from '../common/auth/auth.decorators.js';
import { Loaders } from '../common/loaders.js';
import type { AuthUser } from '../common/request-context.js';
import { parseInput } from '../common/validation.js';
import { CompilationService } from '../compilation/compilation.service.js';
import { networkById } from '../networks/networks.loaders.js';
import { compilationCsv } from './csv-export.js';
import { exportReport } from './export-report.js';
import { compilationPdf } from './pdf-export.js';
import { compilationXlsx } from './xlsx-export.js';

const MAKERS = { csv: compilationCsv, xlsx: compilationXlsx, pdf: compilationPdf };

/**
 * Downloads of a round's compilation: `GET /api/rounds/:roundId/compilation/export?format=csv|xlsx|pdf&lang=sv|da|en`.
 * Bearer token like every other endpoint (no cookies, so a cross-site page cannot make a signed-in
 * browser fetch it); the figures come from `CompilationService.compileFor`, with Round.compilation's
 * access check (NOT_FOUND unless a member of the round's network) and its give-to-get: what a caller
 * cannot see in the matrix is in no file either. The file is built whole, then sent with its
 * Content-Length, so the web can show the download's progress.
 */
@Controller('api/rounds')
export class CompilationExportController {
  constructor(
    private readonly compilations: CompilationService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':roundId/compilation/export')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('roundId') roundId: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { format, lang } = parseInput(compilationExportSchema, query);
    const compilation = await this.compilations.compileFor(user, roundId);
    // access was checked above; the rest is the context the files name
    const loaders = new Loaders(this.dataSource);
    const [network, set, previousSet] = await Promise.all([
      loaders.of(networkById).load(compilation.round.networkId),
      loaders.of(indicatorSetById).load(compilation.round.indicatorSetId),
      compilation.previousRound
        ? loaders.of(indicatorSetById).load(compilation.previousRound.indicatorSetId)
        : null,
    ]);
    const language: Locale =
      lang ?? (LOCALES.includes(user.locale as Locale) ? (user.locale as Locale) : 'sv');
    const report = exportReport(compilation, {
      lang: language,
      network: network?.name ?? '',
      year: set?.year ?? null,
      previousYear: compilation.previousRound ? (previousSet?.year ?? null) : null,
      exportedAt: new Date(),
    });
    const file = await MAKERS[format](report);
    const name = exportFileName({ network: report.network, round: report.round, year: report.year }, format);
    res.setHeader('content-type', EXPORT_CONTENT_TYPES[format]);
    res.setHeader('content-disposition', contentDisposition(name));
    res.setHeader('cache-control', 'private, no-store');
    return new StreamableFile(file, { length: file.length });
  }
}
