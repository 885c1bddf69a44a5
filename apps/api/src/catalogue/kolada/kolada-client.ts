import { Injectable } from '@nestjs/common';
import type { KoladaDocument } from '@samrad/domain';
import type { ImportFileReason } from '@samrad/domain';
import { AppError } from '../../common/app-error.js';
import { fileRefused } from '../../common/file-import/file-refused.js';
import { AppConfig } from '../../config/app-config.js';

/** Enough pages for every municipality and several KPIs; more means a wrong request. */
const MAX_PAGES = 100;
const TIMEOUT_MS = 30_000;

/**
 * Reads KPI metadata and data from the Kolada API v3, following `next_url` page by page. Only
 * when the server allows it (KOLADA_ALLOW_FETCH): many municipal networks block outside calls.
 */
@Injectable()
export class KoladaClient {
  constructor(private readonly config: AppConfig) {}

  /** Whether this server may call Kolada at all (the web hides fetching when it may not). */
  get fetchAllowed(): boolean {
    return this.config.env.KOLADA_ALLOW_FETCH;
  }

  async fetch(kpis: string[], year: number): Promise<{ kpis: KoladaDocument[]; data: KoladaDocument[] }> {
    if (!this.fetchAllowed) {
      throw new AppError(
        'FORBIDDEN',
        'Fetching from Kolada is turned off on this server (KOLADA_ALLOW_FETCH)',
        {
          reason: 'KOLADA_FETCH_OFF' satisfies ImportFileReason,
        },
      );
    }
    const base = this.config.env.KOLADA_BASE_URL.replace(/\/$/, '');
    const ids = kpis.map(encodeURIComponent).join(',');
    return {
      kpis: await this.pages(`${base}/kpi?id=${ids}`),
      data: await this.pages(`${base}/data/kpi/${ids}/year/${year}`),
    };
  }

  private async pages(first: string): Promise<KoladaDocument[]> {
    const documents: KoladaDocument[] = [];
    let url: string | null = first;
    while (url) {
      if (documents.length === MAX_PAGES)
        throw fileRefused('KOLADA_TOO_MANY_PAGES', `Kolada answered more than ${MAX_PAGES} pages`, {
          maxPages: MAX_PAGES,
        });
      const content = await this.get(url);
      documents.push({ name: url, content });
      const next = (content as { next_url?: unknown } | null)?.next_url;
      url = typeof next === 'string' && next ? next : null;
    }
    return documents;
  }

  private async get(url: string): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw fileRefused(
        'KOLADA_UNREACHABLE',
        `Kolada could not be reached (${url}): ${(error as Error).message}`,
      );
    }
    if (!response.ok)
      throw fileRefused('KOLADA_ERROR_STATUS', `Kolada answered ${response.status} for ${url}`, {
        status: response.status,
      });
    try {
      return await response.json();
    } catch {
      throw fileRefused('KOLADA_ANSWER_NOT_JSON', `Kolada's answer for ${url} is not JSON`);
    }
  }
}
