import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../../core/context.js';
import { loadConfig } from '../../core/config.js';
import { createRuntime } from '../../app/runtime.js';
import { attachBot } from '../../app/attach-bot.js';
import type { RunningBot } from '../start-bot.js';
import type { MockTown } from './mock-town.js';

export interface DemoRuntime {
  ctx: AppContext;
  town: MockTown;
  bot: RunningBot;
  queuePrefix: string;
  close(): Promise<void>;
}

/**
 * A private gridmate for `npm run chat` and the bot bench: in-memory PGlite with the seeded demo
 * town (the main job keeps the var/pg folder locked), the local Redis under its own queue prefix,
 * the pipeline workers, and the bot on the mock puppet with every demo person as a contact.
 */
export async function startDemoRuntime(options: { logLevel?: string; offline?: boolean } = {}): Promise<DemoRuntime> {
  const queuePrefix = `gridmate-chat-${randomBytes(3).toString('hex')}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: 'memory://', QUEUE_PREFIX: queuePrefix, LOG_LEVEL: options.logLevel ?? 'silent' };
  if (options.offline) delete env.ANTHROPIC_API_KEY;
  const runtime = await createRuntime(loadConfig(env));
  // The first classification loads the model and the word segmenter: do it before anyone is waiting.
  await runtime.ctx.quickClassifier.classify('你好');
  const spool = join(tmpdir(), `${queuePrefix}-spool.jsonl`);
  const { bot, town } = await attachBot(runtime, { ...env, WECHATY_PUPPET: 'wechaty-puppet-mock', BOT_SPOOL_FILE: spool });
  runtime.startWorkers();
  return {
    ctx: runtime.ctx,
    town: town!,
    bot,
    queuePrefix,
    async close() {
      await bot.stop();
      await Promise.all(Object.values(runtime.ctx.queues.queues).map((q) => q.obliterate({ force: true }).catch(() => undefined)));
      await runtime.close();
    },
  };
}
