import { WechatyBuilder, ScanStatus, type Wechaty, type WechatyOptions } from 'wechaty';
import type { Redis } from 'ioredis';
import type { AppContext } from '../core/context.js';
import type { Delivery } from '../core/notify/delivery.js';
import { LoggingUrgentAlert, withUrgentAlerts, type UrgentAlert } from '../core/notify/urgent-alert.js';
import { createConversation, type Conversation } from '../core/conversation/conversation.js';
import { InboundSpool } from '../core/conversation/inbound-spool.js';
import { RedisDialogueStore } from '../core/conversation/dialogue-state.js';
import { createLegalAdvisor, type LegalAdvisor } from '../core/legal/index.js';
import type { BotConfig } from './bot-config.js';
import { showLoginQr } from './login-qr.js';
import { WechatDelivery } from './wechat-delivery.js';
import { WechatyGateway } from './wechaty-gateway.js';

const REDIS_WAIT_MS = 3000;

function redisReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis not ready')), timeoutMs);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface BotOptions {
  config: BotConfig;
  /** A puppet instance (the mock in tests and `npm run chat`); otherwise config.WECHATY_PUPPET names one. */
  puppet?: Exclude<WechatyOptions['puppet'], string | undefined>;
  legal?: LegalAdvisor;
  urgentAlert?: UrgentAlert;
  spoolReplayMs?: number;
}

const SPOOL_REPLAY_MS = 15_000;

export interface RunningBot {
  wechaty: Wechaty;
  gateway: WechatyGateway;
  /** Give this to the notify stage (ctx.delivery): owed messages then reach WeChat chats and the centre group. */
  delivery: Delivery;
  conversation: Conversation;
  stop(): Promise<void>;
}

/**
 * Starts the WeChat bot on an existing gridmate context; the main process and app/bot-main.ts both
 * call this. `redis` holds the dialogue state, so a restarted bot still knows what it asked.
 */
export async function startBot(ctx: AppContext, redis: Redis, options: BotOptions): Promise<RunningBot> {
  const { config } = options;
  const { logger } = ctx;
  const wechaty = options.puppet
    ? WechatyBuilder.build({ name: config.WECHATY_NAME, puppet: options.puppet })
    : WechatyBuilder.build({ name: config.WECHATY_NAME, puppet: config.WECHATY_PUPPET });
  wechaty.on('scan', (qrcode, status) => {
    if (status === ScanStatus.Waiting || status === ScanStatus.Timeout) void showLoginQr(qrcode, logger);
  });
  wechaty.on('login', (user) => logger.info({ user: user.name() }, 'WeChat bot logged in'));
  wechaty.on('error', (err) => logger.error({ err }, 'wechaty error'));

  // Dialogue state lives in Redis; a bot that starts while Redis is down still answers (without state).
  await redisReady(redis, REDIS_WAIT_MS).catch(() => logger.warn('Redis not ready: the bot starts without dialogue state'));
  const gateway = new WechatyGateway(wechaty, logger);
  const legal = options.legal ?? createLegalAdvisor({ config: ctx.config });
  const conversation = createConversation({
    ctx,
    store: new RedisDialogueStore(redis, ctx.config.QUEUE_PREFIX),
    legal,
    spool: new InboundSpool(config.BOT_SPOOL_FILE),
  });
  gateway.listen(conversation);
  await wechaty.start();
  // Messages spooled while storage was down are answered once it is back.
  const replayer = setInterval(() => {
    conversation
      .replaySpooled((chatId, text) => gateway.sendText(chatId, text))
      .then((r) => r.replayed > 0 && logger.info(r, 'spooled chat messages replayed'))
      .catch((err: unknown) => logger.warn({ err }, 'spool replay failed; will try again'));
  }, options.spoolReplayMs ?? SPOOL_REPLAY_MS);
  replayer.unref();

  const rooms = { township: config.BOT_CENTRE_ROOM_ID ?? null, county: config.BOT_COUNTY_ROOM_ID ?? null };
  const delivery = withUrgentAlerts(new WechatDelivery(ctx.db, gateway, rooms, logger), options.urgentAlert ?? new LoggingUrgentAlert(logger));
  return {
    wechaty,
    gateway,
    delivery,
    conversation,
    stop: async () => {
      clearInterval(replayer);
      await wechaty.stop();
    },
  };
}
