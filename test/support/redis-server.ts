import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { freePort, waitForPort } from './free-port.js';

export interface OwnRedis {
  url: string;
  port: number;
  /** Stops the server (SIGKILL: all data is gone, as in a crash without persistence). */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A private redis-server child on a free port, without persistence, so benches and fault tests
 * can restart or flush it without touching the shared Redis other suites use.
 */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const own: OwnRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--maxmemory-policy', 'noeviction'],
        { stdio: 'ignore' },
      );
      await waitForPort(port);
    },
    async kill() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = once(running, 'exit');
      running.kill('SIGKILL');
      await exited;
    },
    stop: () => own.kill(),
  };
  await own.start();
  // A test that fails half-way must not leave a server behind.
  process.once('exit', () => child?.kill('SIGKILL'));
  return own;
}
