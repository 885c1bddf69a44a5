import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldForSearch, MUNICIPALITY_SEARCH_LIMIT, type Country } from '@samrad/domain';
import { DataSource } from 'typeorm';
import type { MunicipalityRow } from '../networks/networks.loaders.js';

export interface MunicipalitySearch {
  country?: Country | null;
  search?: string | null;
  limit?: number | null;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The municipality picker: name prefix, any word of the name ("bro" finds Upplands-Bro), or code
 * prefix; case- and accent-insensitive through the folded `search_name`. Names that start with
 * the text come first. A country without search text lists the whole country; otherwise at most
 * 50 (or `limit`, up to 400). The table has 388 rows: a sequential scan beats any index here.
 */
@Injectable()
export class MunicipalitiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search({ country, search, limit }: MunicipalitySearch): Promise<MunicipalityRow[]> {
    const folded = search ? escapeLike(foldForSearch(search)) : null;
    const cap = limit ?? (country && !folded ? null : MUNICIPALITY_SEARCH_LIMIT);
    return this.dataSource.query(
      `SELECT id, code, name, country FROM municipalities
        WHERE ($1::text IS NULL OR country = $1)
          AND ($2::text IS NULL
               OR search_name LIKE $2 || '%'
               OR search_name LIKE '% ' || $2 || '%'
               OR search_name LIKE '%-' || $2 || '%'
               OR code LIKE $2 || '%')
        ORDER BY ($2::text IS NOT NULL AND search_name LIKE $2 || '%') DESC, search_name, country
        LIMIT $3`,
      [country ?? null, folded, cap],
    );
  }
}
