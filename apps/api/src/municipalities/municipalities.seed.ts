import { readFile } from 'node:fs/promises';
import { foldForSearch } from '@samrad/domain';
import type { DataSource } from 'typeorm';

const csvUrl = new URL('./data/municipalities.csv', import.meta.url);

/**
 * Every municipality of Sweden and Denmark is product data: upserted at each boot, so a new
 * release of the code list reaches existing installations.
 */
export async function seedMunicipalities(dataSource: DataSource): Promise<number> {
  const [, ...lines] = (await readFile(csvUrl, 'utf8')).trim().split(/\r?\n/);
  const rows = lines.map((line) => {
    const [country, code, name, countyCode] = line.split(',');
    return { country, code, name, countyCode: countyCode || null, searchName: foldForSearch(name) };
  });
  await dataSource.query(
    `INSERT INTO municipalities (country, code, name, county_code, search_name)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (country, code) DO UPDATE
       SET name = EXCLUDED.name, county_code = EXCLUDED.county_code, search_name = EXCLUDED.search_name`,
    [
      rows.map((r) => r.country),
      rows.map((r) => r.code),
      rows.map((r) => r.name),
      rows.map((r) => r.countyCode),
      rows.map((r) => r.searchName),
    ],
  );
  return rows.length;
}
