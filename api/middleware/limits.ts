import type { AppContext } from '../../core/context.js';
import { rateLimit } from './rate-limit.js';

/** The configured abuse limits, one minute windows: report intake and legal questions. */
export function intakeLimit(ctx: AppContext) {
  const { config } = ctx;
  return rateLimit('intake', { perPerson: config.RATE_INTAKE_PER_PERSON, perIp: config.RATE_INTAKE_PER_IP, windowSeconds: 60 }, ctx.redis, config.QUEUE_PREFIX, ctx.logger);
}

export function askLimit(ctx: AppContext) {
  const { config } = ctx;
  return rateLimit('ask', { perPerson: config.RATE_ASK_PER_PERSON, perIp: config.RATE_ASK_PER_IP, windowSeconds: 60 }, ctx.redis, config.QUEUE_PREFIX, ctx.logger);
}
