import { serve, type ServerType } from '@hono/node-server';
import autocannon from 'autocannon';
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

/** One autocannon run, printed as a JSON line and returned as a row. */
export async function measure(name: string, opts: autocannon.Options): Promise<LoadRow> {
  const result = await autocannon(opts);
  const row: LoadRow = {
    name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    '2xx': result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
  };
  console.log(JSON.stringify(row));
  return row;
}

/** The anchor every HTTP figure is compared with: a Hono hello-world POST on the same machine. */
export async function helloWorldBaseline(opts: Omit<autocannon.Options, 'url'>): Promise<LoadRow> {
  const hello = await listen(new Hono().post('/hello', (c) => c.json({ ok: true })).fetch);
  try {
    return await measure('hono hello-world', { ...opts, url: `${hello.url}/hello`, method: 'POST', body: '{}' });
  } finally {
    hello.server.close();
  }
}
