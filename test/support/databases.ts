import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db } from '../../core/storage/database.js';
import { migrateToLatest } from '../../core/storage/migrate.js';

/**
 * The engines every storage test runs against: embedded PGlite always, PostgreSQL when a server
 * answers (CI has one on 127.0.0.1:5432). Each test file gets its own fresh PostgreSQL database.
 */
export const POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let postgresAvailable: Promise<boolean> | undefined;
export function isPostgresAvailable(): Promise<boolean> {
  postgresAvailable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch (error) {
      console.warn(`[test] PostgreSQL variant skipped: no server answers at ${POSTGRES_ADMIN_URL} (${(error as Error).message})`);
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return postgresAvailable;
}

export type Engine = 'pglite' | 'postgres';
export const ENGINES: Engine[] = ['pglite', 'postgres'];

export interface TestDatabase {
  db: Db;
  url: string | null;
  drop(): Promise<void>;
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const db = openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await migrateToLatest(db);
    return { db, url: null, drop: () => db.destroy() };
  }
  return createPostgresDatabase(POSTGRES_ADMIN_URL);
}

/** A fresh, migrated database on the server behind `adminUrl`, dropped again by `drop()` (benches use it too). */
export async function createPostgresDatabase(adminUrl: string, label = 'gm_test'): Promise<TestDatabase> {
  const name = `${label}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openDatabase({ kind: 'postgres', url: url.toString() });
  await migrateToLatest(db);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.destroy();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
