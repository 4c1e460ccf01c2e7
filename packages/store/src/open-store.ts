import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { KyselyPGlite } from 'kysely-pglite';
import pg from 'pg';
import { openPgliteDir } from './data-dir/open-pglite-dir.ts';
import type { Database } from './database.ts';
import { migrate } from './migrations/migrate.ts';
import { serializedDialect } from './serialized-dialect.ts';

export interface StoreOptions {
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; left out = in memory (tests). */
  dataDir?: string | undefined;
  /** PostgreSQL schema to work in (created if missing); default: the server's search_path. */
  schema?: string | undefined;
  /** Who opens a data directory, as named to a second process that tries (default `kaoping`). */
  command?: string | undefined;
}

export interface Store {
  db: Kysely<Database>;
  kind: 'pglite' | 'postgres';
  /**
   * Calls `onNotify(payload)` for each NOTIFY on `channel` from any session (this process's writes included; on
   * PGlite before the writing query's promise settles). `onLost` is called if notices may have been missed (the
   * PostgreSQL listening connection failed); nothing is delivered after that. Ends with the store.
   */
  listen(channel: string, onNotify: (payload: string) => void, onLost: (error: Error) => void): Promise<void>;
  close(): Promise<void>;
}

/** Opens PGlite (embedded) or PostgreSQL and brings the schema up to date. */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const store = options.databaseUrl ? await openPostgres(options.databaseUrl, options.schema) : await openPglite(options.dataDir, options.command);
  try {
    await migrate(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** PGlite in memory, or in a data directory locked for this process (see openPgliteDir). */
async function openPglite(dataDir: string | undefined, command = 'kaoping'): Promise<Store> {
  if (dataDir === undefined) return pgliteStore(await PGlite.create(), () => undefined);
  const { client, lock } = await openPgliteDir(dataDir, command);
  return pgliteStore(client, lock.release);
}

function pgliteStore(client: PGlite, release: () => void): Store {
  const db = new Kysely<Database>({ dialect: serializedDialect(new KyselyPGlite(client).dialect) });
  const listen = async (channel: string, onNotify: (payload: string) => void) => {
    await client.listen(channel, onNotify);
  };
  return { db, kind: 'pglite', listen, close: () => db.destroy().finally(release) };
}

async function openPostgres(url: string, schema: string | undefined): Promise<Store> {
  if (schema !== undefined) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // One connection per listener, outside the pool (a pooled connection would be handed to queries).
  const listeners = new Set<pg.Client>();
  const listen = async (channel: string, onNotify: (payload: string) => void, onLost: (error: Error) => void) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name: ${channel}`);
    const client = new pg.Client({ connectionString: url });
    let lost = false;
    const lose = (error: Error) => {
      if (lost || !listeners.has(client)) return;
      lost = true;
      listeners.delete(client);
      onLost(error);
      void client.end().catch(() => undefined);
    };
    client.on('notification', (n) => {
      if (!lost && n.channel === channel) onNotify(n.payload ?? '');
    });
    client.on('error', lose);
    client.on('end', () => lose(new Error('the listening connection ended')));
    listeners.add(client);
    await client.connect();
    await client.query(`LISTEN ${channel}`);
  };
  const close = async () => {
    const ending = [...listeners];
    listeners.clear();
    await Promise.all(ending.map((c) => c.end().catch(() => undefined)));
    await db.destroy();
  };
  return { db, kind: 'postgres', listen, close };
}
