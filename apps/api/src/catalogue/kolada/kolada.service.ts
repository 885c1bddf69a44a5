import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  importIndicatorSetSchema,
  importProblemOf,
  readKolada,
  valueAt,
  type SchemaIssue,
  type KoladaDocument,
  type KoladaProblem,
} from '@samrad/domain';
import { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error.js';
import type { AuthUser } from '../../common/request-context.js';
import { storeIndicatorSet } from '../store-indicator-set.js';

export interface KoladaSetFields {
  key: string;
  title: string;
  area: string;
  year: number;
  source?: string | null;
}

export interface KoladaImported {
  id: string;
  key: string;
  year: number;
  version: number;
  indicatorCount: number;
  referenceValueCount: number;
  /** Municipality codes Kolada has but Samråd does not (regions, merged municipalities). */
  unknownMunicipalityCodes: string[];
}

/**
 * Kolada KPIs as an indicator set, with every municipality's value for the year stored as a
 * register-based comparison figure: one transaction, all or nothing.
 */
@Injectable()
export class KoladaService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async import(
    user: AuthUser,
    ownerNetworkId: string | null,
    fields: KoladaSetFields,
    kpis: KoladaDocument[],
    data: KoladaDocument[],
  ): Promise<KoladaImported> {
    const read = readKolada({ ...fields, kpis, data });
    const problems = [...read.problems];
    const parsed = importIndicatorSetSchema.safeParse(read.set);
    // An empty set is already explained by the read problems (no metadata, broken files).
    const explained = problems.length > 0 && read.set.indicators.length === 0;
    if (!parsed.success && !explained)
      problems.push(...parsed.error.issues.map((issue) => toProblem(issue, read.set)));
    if (problems.length || !parsed.success) {
      const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
      throw badInput(`The Kolada data has ${count}; nothing was imported`, {
        reason: 'IMPORT_PROBLEMS',
        count: problems.length,
        problems,
      });
    }
    const values = read.referenceValues;
    return this.dataSource.transaction(async (manager) => {
      const set = await storeIndicatorSet(manager, user.id, ownerNetworkId, parsed.data);
      // One INSERT … SELECT for every municipality value, matched by KPI code and municipality code.
      const inserted: unknown[] = await manager.query(
        `INSERT INTO indicator_reference_values (indicator_id, municipality_id, value)
         SELECT i.id, m.id, v.value
           FROM unnest($2::text[], $3::text[], $4::float8[]) AS v(code, municipality, value)
           JOIN indicators i ON i.indicator_set_id = $1 AND i.code = v.code
           JOIN municipalities m ON m.country = 'SE' AND m.code = v.municipality
         ON CONFLICT DO NOTHING
         RETURNING 1`,
        [
          set.id,
          values.map((v) => v.code),
          values.map((v) => v.municipalityCode),
          values.map((v) => v.value),
        ],
      );
      const codes = [...new Set(values.map((v) => v.municipalityCode))];
      const known: { code: string }[] = await manager.query(
        `SELECT code FROM municipalities WHERE country = 'SE' AND code = ANY($1::text[])`,
        [codes],
      );
      const knownCodes = new Set(known.map((row) => row.code));
      return {
        id: set.id,
        key: set.key,
        year: set.year,
        version: set.version,
        indicatorCount: parsed.data.indicators.length,
        referenceValueCount: inserted.length,
        unknownMunicipalityCodes: codes.filter((code) => !knownCodes.has(code)).sort(),
      };
    });
  }
}

function toProblem(issue: SchemaIssue, set: { indicators: { code: string }[] }): KoladaProblem {
  const [first, index, field] = issue.path;
  const column =
    first === 'indicators' && typeof index === 'number'
      ? `KPI ${set.indicators[index]?.code}: ${String(field ?? '')}`
      : issue.path.map(String).join('.') || null;
  return {
    row: null,
    column,
    ...importProblemOf(issue, column, valueAt(set, issue.path)),
    message: issue.message,
  };
}
