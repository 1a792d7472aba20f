import { serve, type ServerType } from '@hono/node-server';
import type autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

/** Serves a fetch handler on a free loopback port. */
export function listen(fetch: (req: Request) => Response | Promise<Response>): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ server, url: `http://127.0.0.1:${info.port}` }));
  });
}

export interface LoadRow {
  name: string;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  '2xx': number;
  non2xx: number;
  errors: number;
}

/** What the load client runs: serialisable autocannon options, and for report submissions the tokens to rotate. */
export interface LoadJob {
  name: string;
  options: Omit<autocannon.Options, 'requests' | 'setupClient'>;
  /** POST distinct report texts numbered from firstNumber, each under the next token in turn. */
  reports?: { tokens: string[]; firstNumber: number };
}

const LOAD_CLIENT = fileURLToPath(new URL('./load-client.ts', import.meta.url));

/** One autocannon run in its own process (see load-client.ts), printed as a JSON line and returned as a row. */
export async function measure(name: string, options: LoadJob['options'], reports?: LoadJob['reports']): Promise<LoadRow> {
  const child = fork(LOAD_CLIENT, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const message = once(child, 'message') as Promise<[LoadRow]>;
  child.send({ name, options, reports } satisfies LoadJob);
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`load client for "${name}" exited with ${code}`);
  const [row] = await message;
  console.log(JSON.stringify(row));
  return row;
}

/** The anchor every HTTP figure is compared with: a Hono hello-world POST on the same machine. */
export async function helloWorldBaseline(opts: Omit<LoadJob['options'], 'url'>): Promise<LoadRow> {
  const hello = await listen(new Hono().post('/hello', (c) => c.json({ ok: true })).fetch);
  try {
    return await measure('hono hello-world', { ...opts, url: `${hello.url}/hello`, method: 'POST', body: '{}' });
  } finally {
    hello.server.close();
  }
}
