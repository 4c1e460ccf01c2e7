import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestSchema {
  schema: string;
  /** DATABASE_URL whose connections work in the schema (libpq `options=-c search_path=…`), for child processes. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty PostgreSQL schema `<prefix>_<random>` on `url`; `drop()` removes it with everything in it. */
export async function createTestSchema(url: string, prefix = 'kp_test'): Promise<TestSchema> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onPostgres(url, `CREATE SCHEMA ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return { schema, url: scoped.toString(), drop: () => onPostgres(url, `DROP SCHEMA ${schema} CASCADE`) };
}

async function onPostgres(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
