import { Migrator, type Migration } from 'kysely/migration';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001_init.js';

/** Migrations are listed inline so bundlers and vitest need no file-system provider. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_init': m0001,
};

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
