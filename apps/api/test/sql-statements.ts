import type { DataSource } from 'typeorm';

/**
 * Counts the SQL statements the app sends through TypeORM while `work` runs (every query passes
 * the data source's logger, whether logging is on or not). For N+1 checks: a page's statement
 * count must not grow with its rows.
 */
export async function countStatements<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const logger = dataSource.logger;
  const original = logger.logQuery;
  const statements: string[] = [];
  logger.logQuery = function (query, parameters, queryRunner) {
    statements.push(query);
    return original.call(this, query, parameters, queryRunner);
  };
  try {
    return { result: await work(), statements };
  } finally {
    logger.logQuery = original;
  }
}
