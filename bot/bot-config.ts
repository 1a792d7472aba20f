import { z } from 'zod';

/** The bot's own settings, read from the environment (the shared ones are in core/config.ts). */
const BotEnvSchema = z.object({
  /** wechaty-puppet-mock for the demo and tests; wechaty-puppet-service or -wechat4u for a real account. */
  WECHATY_PUPPET: z.enum(['wechaty-puppet-mock', 'wechaty-puppet-service', 'wechaty-puppet-wechat4u', 'wechaty-puppet-wechat']).default('wechaty-puppet-mock'),
  /** The session is kept in <name>.memory-card.json, so a restart does not need a new QR scan. */
  WECHATY_NAME: z.string().min(1).default('gridmate-bot'),
  BOT_CENTRE_ROOM_ID: z.string().min(1).optional(),
  BOT_COUNTY_ROOM_ID: z.string().min(1).optional(),
  /** Chat messages wait here while the database or Redis is down, and are answered when they return. */
  BOT_SPOOL_FILE: z.string().min(1).default('var/spool/inbound.jsonl'),
});
export type BotConfig = z.infer<typeof BotEnvSchema>;

export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const parsed = BotEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid bot configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
