import {
  Body,
  Controller,
  Get,
  HttpCode,
  Post,
  UploadedFiles,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import { catalogueOwnerSchema, type KoladaDocument } from '@samrad/domain';
import { z } from 'zod';
import { AccessPolicy } from '../../common/access-policy.service.js';
import { CurrentUser } from '../../common/auth/auth.decorators.js';
import type { AuthUser } from '../../common/request-context.js';
import { parseInput } from '../../common/validation.js';
import { fileRefused } from '../../common/file-import/file-refused.js';
import { UploadErrorFilter } from '../../common/file-import/upload-error.filter.js';
import { MAX_IMPORT_FILE_MB } from '../../common/file-import/upload-limits.js';
import { KoladaClient } from './kolada-client.js';
import { KoladaService } from './kolada.service.js';

const MAX_DATA_FILES = 50;

/** The set's own fields: Kolada knows KPIs, not surveys. Form fields arrive as text. */
const setFieldsSchema = catalogueOwnerSchema.extend({
  key: z.string('key is required').trim().min(1, 'key is required'),
  title: z.string('title is required').trim().min(1, 'title is required'),
  area: z.string('area is required').trim().min(1, 'area is required'),
  year: z.coerce.number('year must be a number').int('year must be a whole number').min(2000).max(2100),
  source: z.string().trim().nullish(),
});

const fetchSchema = setFieldsSchema.extend({
  kpis: z
    .array(z.string().regex(/^[A-Z]\d{5}$/, 'A Kolada KPI id looks like N00945'), 'kpis must be a list')
    .min(1, 'Name at least one KPI')
    .max(100, 'At most 100 KPIs at a time'),
});

interface Upload {
  originalname: string;
  buffer: Buffer;
}

function asDocument(file: Upload): KoladaDocument {
  try {
    return {
      name: file.originalname,
      content: JSON.parse(file.buffer.toString('utf8').replace(/^\uFEFF/, '')),
    };
  } catch {
    throw fileRefused(
      'KOLADA_FILE_NOT_JSON',
      `${file.originalname} is not JSON: upload Kolada's API answers as they are`,
      { file: file.originalname },
    );
  }
}

/** Kolada imports: uploaded API answers (files), or fetched from Kolada where the server allows. */
@Controller('api/catalogue/imports/kolada')
@UseFilters(UploadErrorFilter)
export class KoladaController {
  constructor(
    private readonly kolada: KoladaService,
    private readonly client: KoladaClient,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * `{ fetchAllowed }`: a server setting, the same for everyone signed in (it names no tenant's
   * data), so the Kolada page offers fetching only where it can work.
   */
  @Get('settings')
  settings() {
    return { fetchAllowed: this.client.fetchAllowed };
  }

  /** Multipart: `kpi` (the /kpi answer), `data` (one or more /data answers, pages), set fields, `networkId`. */
  @Post()
  @HttpCode(201)
  @UseInterceptors(
    FileFieldsInterceptor(
      [
        { name: 'kpi', maxCount: 5 },
        { name: 'data', maxCount: MAX_DATA_FILES },
      ],
      { limits: { fileSize: MAX_IMPORT_FILE_MB * 1024 * 1024, files: 5 + MAX_DATA_FILES, fields: 20 } },
    ),
  )
  async upload(
    @CurrentUser() user: AuthUser,
    @UploadedFiles() files: { kpi?: Upload[]; data?: Upload[] } | undefined,
    @Body() form: Record<string, unknown>,
  ) {
    const { networkId, ...fields } = parseInput(setFieldsSchema, form ?? {});
    const owner = await this.policy.catalogueOwner(user, networkId);
    return this.kolada.import(
      user,
      owner,
      fields,
      (files?.kpi ?? []).map(asDocument),
      (files?.data ?? []).map(asDocument),
    );
  }

  /** JSON `{kpis, year, key, title, area, source?, networkId?}`: fetched from KOLADA_BASE_URL. */
  @Post('fetch')
  @HttpCode(201)
  async fetch(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    const { kpis, networkId, ...fields } = parseInput(fetchSchema, body ?? {});
    const owner = await this.policy.catalogueOwner(user, networkId);
    const documents = await this.client.fetch(kpis, fields.year);
    return this.kolada.import(user, owner, fields, documents.kpis, documents.data);
  }
}
