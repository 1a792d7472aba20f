import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import type { Db } from '../../core/storage/database.js';

const run = promisify(execFile);

/** `redis-benchmark -q` SET and GET against the Redis the pipeline uses, in requests per second. */
export async function redisBenchmark(url: string, requests = 100_000, clients = 50): Promise<{ set: number; get: number }> {
  const { hostname, port } = new URL(url);
  const { stdout } = await run('redis-benchmark', ['-h', hostname, '-p', port || '6379', '-q', '-n', String(requests), '-c', String(clients), '-t', 'set,get']);
  // Output lines look like "SET: 98039.22 requests per second, p50=0.255 msec".
  const rate = (name: string) => Number(new RegExp(`${name}: ([\\d.]+) requests per second`).exec(stdout)?.[1] ?? Number.NaN);
  return { set: Math.round(rate('SET')), get: Math.round(rate('GET')) };
}

/**
 * Single-row INSERTs (each its own autocommit statement) through the same Kysely database and
 * pool, with as many in flight as the HTTP load has connections: the floor a report intake
 * (which writes several rows) is compared with.
 */
export async function rawInsertRate(db: Db, inserts: number, concurrency: number): Promise<number> {
  await sql`create table if not exists bench_raw_inserts (id serial primary key, payload text not null, created_at timestamptz not null default now())`.execute(db);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < inserts) {
        next += 1;
        await sql`insert into bench_raw_inserts (payload) values (${`幸福小区${next}号门口的垃圾堆了好几天没人清理`})`.execute(db);
      }
    }),
  );
  const rate = inserts / ((performance.now() - started) / 1000);
  await sql`drop table bench_raw_inserts`.execute(db);
  return Math.round(rate);
}
