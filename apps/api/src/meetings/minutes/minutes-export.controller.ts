import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  contentDisposition,
  EXPORT_CONTENT_TYPES,
  exportFileName,
  LOCALES,
  minutesExportSchema,
  type Locale,
} from '@samrad/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { notFound } from '../../common/app-error.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import { isUuid } from '../../common/ids.js';
import { Loaders } from '../../common/loaders.js';
import type { AuthUser, RequestContext } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { meetingById } from '../meetings.loaders.js';
import { minutesPdf } from './minutes-pdf.js';
import { minutesReport } from './minutes-report.js';

/**
 * The minutes as a file for the archives: `GET /api/meetings/:meetingId/minutes?format=pdf&lang=sv|da|en`.
 * Bearer token like the compilation's export; the meeting's access (NOT_FOUND unless a member of its
 * network). The language defaults to the account's.
 */
@Controller('api/meetings')
export class MinutesExportController {
  constructor(
    private readonly policy: AccessPolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':meetingId/minutes')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('meetingId') meetingId: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { lang } = parseInput(minutesExportSchema, query);
    const ctx = { req: { user }, loaders: new Loaders(this.dataSource) } as unknown as RequestContext;
    const meeting = isUuid(meetingId) ? await ctx.loaders.of(meetingById).load(meetingId) : null;
    if (!meeting) throw notFound('Meeting');
    await this.policy.require(ctx, 'network.view', { networkId: meeting.networkId }, 'Meeting');
    const language: Locale =
      lang ?? (LOCALES.includes(user.locale as Locale) ? (user.locale as Locale) : 'sv');
    const report = await minutesReport(this.dataSource, meeting, language);
    const file = await minutesPdf(report);
    const day = meeting.startsAt.toISOString().slice(0, 10);
    const name = exportFileName(
      { network: report.network, round: `${report.labels.minutes} ${report.title} ${day}`, year: null },
      'pdf',
    );
    res.setHeader('content-type', EXPORT_CONTENT_TYPES.pdf);
    res.setHeader('content-disposition', contentDisposition(name));
    res.setHeader('cache-control', 'private, no-store');
    return new StreamableFile(file, { length: file.length });
  }
}
