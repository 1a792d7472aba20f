import { loadBotConfig } from '../bot/bot-config.js';
import { createMockTown, type MockTown } from '../bot/mock/mock-town.js';
import { startBot, type RunningBot } from '../bot/start-bot.js';
import type { Runtime } from './runtime.js';

export interface AttachedBot {
  bot: RunningBot;
  /** Present on the mock puppet (the demo): the demo people's contacts and groups. */
  town: MockTown | null;
}

/**
 * Starts the WeChat bot on a runtime and routes owed messages through it. On the mock puppet (the
 * default, for the demo) the demo town's people become mock contacts, so task cards and progress
 * messages are really delivered — into the mock — and show in the log.
 */
export async function attachBot(runtime: Runtime, env: NodeJS.ProcessEnv = process.env): Promise<AttachedBot> {
  const config = loadBotConfig(env);
  const { ctx } = runtime;
  if (config.WECHATY_PUPPET !== 'wechaty-puppet-mock') {
    const bot = await startBot(ctx, runtime.redis, { config });
    ctx.delivery = bot.delivery;
    return { bot, town: null };
  }
  const town = await createMockTown(ctx);
  const bot = await startBot(ctx, runtime.redis, {
    config: { ...config, BOT_CENTRE_ROOM_ID: config.BOT_CENTRE_ROOM_ID ?? town.centreRoom.id },
    puppet: town.puppet,
  });
  town.login();
  ctx.delivery = bot.delivery;
  return { bot, town };
}
