/**
 * npm run bot: the WeChat bot as its own process (production layout, DATABASE_URL required).
 * It also runs the notify stage, since only this process can send WeChat messages; the worker
 * process should then run classify and route only. In embedded mode the main process calls startBot.
 */
import { loadConfig } from '../core/config.js';
import { createLogger } from '../core/logging/logger.js';
import { QUEUE_NAMES } from '../core/queue/names.js';
import { createRuntime } from './runtime.js';
import { attachBot } from './attach-bot.js';

const config = loadConfig();
if (!config.DATABASE_URL) {
  createLogger(config.LOG_LEVEL).fatal(
    'npm run bot needs DATABASE_URL: the embedded database folder belongs to the main process, which runs the bot itself. Try `npm run chat` for a local demo.',
  );
  process.exit(2);
}
const runtime = await createRuntime(config);
const { bot } = await attachBot(runtime);
runtime.startWorkers([QUEUE_NAMES.notify]);

async function shutdown(): Promise<void> {
  await bot.stop();
  await runtime.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
