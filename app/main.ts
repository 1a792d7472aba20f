import { serve } from '@hono/node-server';
import { createApp } from '../api/app.js';
import { loadConfig } from '../core/config.js';
import { createRuntime } from './runtime.js';
import { attachBot } from './attach-bot.js';

/**
 * The main job: API, pipeline workers and the WeChat bot in one process (required in embedded mode,
 * where PGlite allows one process). With DATABASE_URL, RUN_WORKERS=false makes this an API-only process and
 * `npm run worker` processes scale out separately.
 */
const config = loadConfig();
const runtime = await createRuntime(config);
const { logger } = runtime.ctx;
// The bot answers in the same process (required in embedded mode); RUN_BOT=false leaves it to `npm run bot`.
const attached = process.env.RUN_BOT === 'false' ? null : await attachBot(runtime);
if (process.env.RUN_WORKERS !== 'false') runtime.startWorkers();

const server = serve({ fetch: createApp(runtime.ctx).fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  logger.info(`gridmate API on http://${config.HOST}:${info.port}  (mini-program: /app/, API description: /openapi.json)`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  server.close();
  await attached?.bot.stop();
  await runtime.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
