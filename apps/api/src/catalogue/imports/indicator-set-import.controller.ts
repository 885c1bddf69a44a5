import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Post,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectDataSource } from '@nestjs/typeorm';
import { catalogueOwnerSchema } from '@samrad/domain';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { badInput } from '../../common/app-error.js';
import { CurrentUser, Public } from '../../common/auth/auth.decorators.js';
import type { AuthUser } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { storeIndicatorSet } from '../store-indicator-set.js';
import { importTemplate } from './import-template.js';
import { UploadErrorFilter } from '../../common/file-import/upload-error.filter.js';
import { IMPORT_UPLOAD, type UploadedFile as ImportFile } from '../../common/file-import/upload-limits.js';
import { readImport } from './read-import.js';
import { setChanges } from './set-changes.js';

/**
 * File import of indicator sets (JSON, CSV, Excel) for the import wizard: multipart `file` plus
 * optional `key, title, area, year, source` fields that complete or override the file's own, and
 * `networkId`, the owning network (decided like the importIndicatorSet mutation's).
 */
@Controller('api/catalogue/imports')
@UseFilters(UploadErrorFilter)
export class IndicatorSetImportController {
  constructor(
    private readonly policy: AccessPolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** An Excel template to fill in; public, so a plain download link works (it holds no data). */
  @Public()
  @Get('template.xlsx')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('content-disposition', 'attachment; filename="samrad-indikatorer-mall.xlsx"')
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await importTemplate());
  }

  /**
   * The set as it would be imported (its questions included), every problem, and what changes
   * compared with the stored set it follows (`changes`, null for a new key); stores nothing.
   */
  @Post('preview')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', IMPORT_UPLOAD))
  async preview(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: ImportFile | undefined,
    @Body() form: Record<string, unknown>,
  ) {
    const owner = await this.owner(user, form);
    const { set, problems } = await readImport(file, form);
    return { set, problems, changes: await setChanges(this.dataSource, set, owner) };
  }

  /** All or nothing, like the importIndicatorSet mutation: the next version of the key and year. */
  @Post()
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', IMPORT_UPLOAD))
  async import(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: ImportFile | undefined,
    @Body() form: Record<string, unknown>,
  ) {
    const owner = await this.owner(user, form);
    const { input, problems } = await readImport(file, form);
    if (!input) {
      const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
      throw badInput(`The file has ${count}; nothing was imported`, {
        reason: 'IMPORT_PROBLEMS',
        count: problems.length,
        problems,
      });
    }
    const set = await this.dataSource.transaction((manager) =>
      storeIndicatorSet(manager, user.id, owner, input),
    );
    return {
      id: set.id,
      key: set.key,
      year: set.year,
      version: set.version,
      indicatorCount: input.indicators.length,
    };
  }

  private owner(user: AuthUser, form: Record<string, unknown> | undefined): Promise<string | null> {
    const { networkId } = parseInput(catalogueOwnerSchema, { networkId: form?.networkId });
    return this.policy.catalogueOwner(user, networkId);
  }
}
