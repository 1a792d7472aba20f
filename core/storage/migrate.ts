import { sql } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001_init.js';
import * as m0002 from './migrations/0002_case_handling.js';
import * as m0003 from './migrations/0003_photos.js';
import * as m0004 from './migrations/0004_privacy.js';
import * as m0005 from './migrations/0005_performance.js';
import * as m0006 from './migrations/0006_instance.js';
import * as m0007 from './migrations/0007_reporter_recent.js';

/** Migrations are listed inline so bundlers and vitest need no file-system provider. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_case_handling': m0002,
  '0003_photos': m0003,
  '0004_privacy': m0004,
  '0005_performance': m0005,
  '0006_instance': m0006,
  '0007_reporter_recent': m0007,
};

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The id of this database (see migration 0006): it namespaces the database's queues in Redis. */
export async function databaseInstanceId(db: Db): Promise<string> {
  const row = await sql<{ id: string }>`select id from instance limit 1`.execute(db);
  const id = row.rows[0]?.id;
  if (!id) throw new Error('database has no instance id: run the migrations');
  return id;
}
