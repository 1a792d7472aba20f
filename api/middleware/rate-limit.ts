import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { AppError } from '../../core/errors/app-error.js';
import type { ApiEnv } from './auth.js';

export interface RateLimitRule {
  /** Requests allowed per window for one person, and for one IP address. */
  perPerson: number;
  perIp: number;
  windowSeconds: number;
}

/**
 * Fixed-window limits in Redis, per person and per IP, shared by every API process. When Redis
 * cannot answer the request is let through: a limiter outage must never turn into lost reports.
 */
export function rateLimit(scope: string, rule: RateLimitRule, redis: Redis, prefix: string, logger: Logger): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = Math.floor(Date.now() / windowMs) * windowMs;
    const person = c.get('person');
    const checks: Array<[string, number]> = [[`ip:${clientIp(c)}`, rule.perIp]];
    if (person) checks.push([`p:${person.id}`, rule.perPerson]);
    let counts: number[];
    try {
      counts = await hit(redis, checks.map(([who]) => `${prefix}:rl:${scope}:${who}:${windowStart}`), windowMs);
    } catch (err) {
      logger.warn({ err, scope }, 'rate limiter unavailable; request allowed');
      return next();
    }
    if (counts.some((count, i) => count > checks[i]![1])) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - Date.now()) / 1000));
      throw new AppError('RATE_LIMITED', `${scope} rate limit exceeded`, { details: { retryAfterSeconds: retryAfter } });
    }
    return next();
  };
}

/** Counts one request against every key in one round trip; a key's window starts with its first count. */
const HIT_SCRIPT = `
local counts = {}
for i, key in ipairs(KEYS) do
  counts[i] = redis.call('INCR', key)
  if counts[i] == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
end
return counts`;

async function hit(redis: Redis, keys: string[], windowMs: number): Promise<number[]> {
  return (await redis.eval(HIT_SCRIPT, keys.length, ...keys, windowMs)) as number[];
}

function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'local';
  }
}
