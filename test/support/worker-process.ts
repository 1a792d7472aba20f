import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface WorkerProcess {
  pid: number;
  /** SIGKILL to the whole process group (npm → tsx → node): no graceful close, jobs stay active. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * `npm run worker` as a child in its own process group, resolved once `ready` says its workers
 * are listening (e.g. BullMQ's worker count went up). The env carries DATABASE_URL, REDIS_URL and
 * QUEUE_PREFIX of the caller's stack.
 */
export async function startWorkerProcess(env: NodeJS.ProcessEnv, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<WorkerProcess> {
  const child: ChildProcess = spawn('npm', ['run', '--silent', 'worker'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid!;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  process.once('exit', () => killGroup('SIGKILL'));
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  child.stdout!.resume();
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode} before starting: ${stderr}`);
    if (Date.now() > deadline) {
      killGroup('SIGKILL');
      throw new Error(`worker did not start in ${timeoutMs} ms: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      killGroup(signal);
      await exited;
    },
  };
}
