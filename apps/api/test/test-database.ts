import pg from 'pg';

/** Names shared between the jest global setup, the workers and the teardown (through env). */
export const TEST_ENV = {
  adminUrl: 'SAMRAD_TEST_ADMIN_URL',
  template: 'SAMRAD_TEST_TEMPLATE',
  runId: 'SAMRAD_TEST_RUN',
} as const;

export async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
