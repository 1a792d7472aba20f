import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../core/ops/backup.js';
import type { DatabaseTarget, Db } from '../../core/storage/database.js';
import { seedDemoTown } from '../../core/seed/seed-demo-town.js';
import { createTestDatabase, isPostgresAvailable } from '../support/databases.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'gridmate-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function personCount(db: Db): Promise<number> {
  const row = await db.selectFrom('persons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function addPerson(db: Db, phone: string) {
  await db.insertInto('persons').values({ name: '备份后新增', phone, roles: '["resident"]' }).execute();
}

/** Runs a CLI or a snippet in its own process: the embedded database belongs to one process at a time. */
async function inChild(args: string[], env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env, LOG_LEVEL: 'silent' } });
  return stdout.trim();
}

const countSnippet = (extraPhone?: string) => `
  import { openDatabase } from './core/storage/database.ts';
  const db = openDatabase({ kind: 'pglite', dataDir: process.env.PGLITE_DIR });
  ${extraPhone ? `await db.insertInto('persons').values({ name: '备份后新增', phone: '${extraPhone}', roles: '["resident"]' }).execute();` : ''}
  const row = await db.selectFrom('persons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  console.log(Number(row.n));
  await db.destroy();`;

describe('npm run backup / restore of the embedded database', () => {
  it('round-trips: what was there at backup time is there after restore', async () => {
    const env = { PGLITE_DIR: join(dir, 'pg') };
    const file = join(dir, 'backup.tar.gz');
    await inChild(['scripts/seed.ts', '--seed'], env);
    const before = Number(await inChild(['--input-type=module', '-e', countSnippet()], env));
    expect(before).toBeGreaterThan(10);
    await inChild(['scripts/backup.ts', 'backup', file], env);
    expect(Number(await inChild(['--input-type=module', '-e', countSnippet('13599990000')], env))).toBe(before + 1);
    await inChild(['scripts/backup.ts', 'restore', file], env);
    expect(Number(await inChild(['--input-type=module', '-e', countSnippet()], env))).toBe(before);
  }, 300_000);
});

// Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable).
describe.skipIf(!(await isPostgresAvailable()))('backup and restore with PostgreSQL (pg_dump)', () => {
  it('round-trips through pg_dump and pg_restore', async () => {
    const test = await createTestDatabase('postgres');
    try {
      await seedDemoTown(test.db);
      const before = await personCount(test.db);
      const target: DatabaseTarget = { kind: 'postgres', url: test.url! };
      const file = join(dir, 'backup.pgdump');
      await backupDatabase(target, file);
      await addPerson(test.db, '13599990001');
      expect(await personCount(test.db)).toBe(before + 1);
      await restoreDatabase(target, file);
      expect(await personCount(test.db)).toBe(before);
    } finally {
      await test.drop();
    }
  });
});
