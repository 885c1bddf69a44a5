import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectDataSource } from '@nestjs/typeorm';
import { ANSWER_FILE_LANGUAGES, type NetworkAction } from '@samrad/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { forbidden, notFound } from '../../common/app-error.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import { UploadErrorFilter } from '../../common/file-import/upload-error.filter.js';
import { IMPORT_UPLOAD, type UploadedFile as ImportFile } from '../../common/file-import/upload-limits.js';
import { Loaders } from '../../common/loaders.js';
import type { AuthUser, RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { municipalitiesOfNetwork } from '../../networks/networks.loaders.js';
import { roundById } from '../../rounds/rounds.loaders.js';
import { answerScope, inScope } from '../answer-scope.js';
import { answersFile, EXPORT_FORMATS } from './answers-export.js';
import { AnswersImportService } from './answers-import.service.js';
import { readAnswerFile } from './read-answer-file.js';

const target = z.object({ roundId: z.uuid(), municipalityId: z.uuid() });
const exportQuery = target.extend({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  lang: z.enum(ANSWER_FILE_LANGUAGES).default('sv'),
});

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A municipality's answers as a file: import (multipart `file` and `municipalityId`, CSV or Excel)
 * through a preview that lists every bad row, and export in the same format. Import is the
 * municipality's head and editors' (like saveAnswer); export whoever may see those answers under
 * give-to-get (like Round.answers). Outsiders of the round's network get NOT_FOUND.
 */
@Controller('api/rounds/:roundId/answers')
@UseFilters(UploadErrorFilter)
export class AnswersFileController {
  constructor(
    private readonly imports: AnswersImportService,
    private readonly policy: AccessPolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Every bad row (row, column, code, params, message) and what would change; stores nothing. */
  @Post('imports/preview')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', IMPORT_UPLOAD))
  async preview(
    @Req() req: RequestContext['req'],
    @Param('roundId') roundId: string,
    @UploadedFile() file: ImportFile | undefined,
    @Body() form: Record<string, unknown>,
  ) {
    const { round, municipalityId } = await this.target(req, roundId, form, 'municipality.contribute');
    const rows = await readAnswerFile(file);
    return this.imports.preview(this.dataSource.manager, round, municipalityId, rows);
  }

  /** All or nothing: any bad row is 400 with every problem, and nothing is saved. */
  @Post('imports')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', IMPORT_UPLOAD))
  async import(
    @Req() req: RequestContext['req'],
    @CurrentUser() user: AuthUser,
    @Param('roundId') roundId: string,
    @UploadedFile() file: ImportFile | undefined,
    @Body() form: Record<string, unknown>,
  ) {
    const { round, municipalityId } = await this.target(req, roundId, form, 'municipality.contribute');
    const rows = await readAnswerFile(file);
    return this.imports.import(user, round.id, municipalityId, rows, file?.originalname ?? '');
  }

  /** `?municipalityId=&format=csv|xlsx&lang=sv|da|en`: every question, the answer where there is one. */
  @Get('export')
  async export(
    @Req() req: RequestContext['req'],
    @Param('roundId') roundId: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { format, lang } = parseInput(exportQuery, { ...query, roundId });
    const { round, municipalityId, ctx, code } = await this.target(req, roundId, query, 'network.view');
    const scope = await answerScope(ctx.loaders, round, await this.policy.grants(ctx, round.networkId));
    if (!inScope(scope, municipalityId))
      throw forbidden("Other municipalities' answers are shown once yours are submitted");
    const bytes = await answersFile(this.dataSource.manager, round, municipalityId, format, lang);
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="samrad-svar-${code}.${format}"`);
    res.setHeader('cache-control', 'no-store');
    return new StreamableFile(bytes);
  }

  /** The round and a municipality of its network, once the caller may `action` there. */
  private async target(
    req: RequestContext['req'],
    roundId: string,
    fields: Record<string, unknown> | undefined,
    action: NetworkAction,
  ) {
    const ids = parseInput(target, { roundId, municipalityId: fields?.municipalityId });
    const ctx: RequestContext = { req, loaders: new Loaders(this.dataSource) };
    const round = await ctx.loaders.of(roundById).load(ids.roundId);
    if (!round) throw notFound('Round');
    await this.policy.require(ctx, 'network.view', { networkId: round.networkId }, 'Round');
    const municipality = (await ctx.loaders.of(municipalitiesOfNetwork).load(round.networkId)).find(
      (m) => m.id === ids.municipalityId,
    );
    if (!municipality) throw notFound('Municipality');
    await this.policy.require(
      ctx,
      action,
      { networkId: round.networkId, municipalityId: municipality.id },
      'Round',
    );
    return { round, municipalityId: municipality.id, ctx, code: municipality.code };
  }
}
