import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseTarget } from '../storage/database.js';

const run = promisify(execFile);

/**
 * A restored database gets a new instance id, and with it fresh queues in Redis: ids created after
 * the backup will be issued again, and must not meet the old jobs that carried them.
 */
const NEW_INSTANCE_SQL = "update instance set id = replace(gen_random_uuid()::text, '-', '')";

/**
 * Backups of the whole database: a PGlite data-folder dump (gzip tarball) in embedded mode,
 * pg_dump's custom format with PostgreSQL. Restores refuse to overwrite silently: the embedded
 * folder in place is moved aside first, and PostgreSQL objects are replaced with --clean.
 */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  if (target.kind === 'postgres') {
    await run('pg_dump', ['--format=custom', '--no-owner', '--file', file, target.url]);
    return;
  }
  if (!existsSync(target.dataDir)) throw new Error(`no embedded database at ${target.dataDir}`);
  const pglite = new PGlite(target.dataDir);
  try {
    // dumpDataDir on an instance that is not ready yet never settles.
    await pglite.waitReady;
    const dump = await pglite.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<{ movedAside: string | null }> {
  if (!existsSync(file)) throw new Error(`no backup file ${file}`);
  if (target.kind === 'postgres') {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--dbname', target.url, file]);
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query(NEW_INSTANCE_SQL);
    } finally {
      await client.end();
    }
    return { movedAside: null };
  }
  let movedAside: string | null = null;
  if (existsSync(target.dataDir)) {
    movedAside = `${target.dataDir}.before-restore-${Date.now()}`;
    renameSync(target.dataDir, movedAside);
  }
  mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  await pglite.waitReady;
  await pglite.query(NEW_INSTANCE_SQL);
  await pglite.close();
  return { movedAside };
}
