import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
/** PostgreSQL's pool size defaults to 10 connections per process. */
export type DatabaseTarget = { kind: 'postgres'; url: string; poolMax?: number } | { kind: 'pglite'; dataDir: string };

/** int8 (count(*), sums) comes back as a number on both engines; PGlite already does this. */
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

export function databaseTarget(config: { DATABASE_URL?: string | undefined; PGLITE_DIR: string; DATABASE_POOL_MAX?: number | undefined }): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL, ...(config.DATABASE_POOL_MAX ? { poolMax: config.DATABASE_POOL_MAX } : {}) }
    : { kind: 'pglite', dataDir: config.PGLITE_DIR };
}

export function openDatabase(target: DatabaseTarget): Db {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolMax ?? 10, types: pgTypes });
    // A dropped connection must not crash the process; the next query reports the outage. The pool
    // only listens on idle clients: a client checked out by a query needs its own listener.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (!target.dataDir.startsWith('memory://')) mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir, { parsers: { [NUMERIC_OID]: (v: string) => Number(v) } });
  return new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
}
