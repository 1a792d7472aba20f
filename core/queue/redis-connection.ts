import { Redis, type RedisOptions } from 'ioredis';

/**
 * Workers block on Redis and must retry forever (maxRetriesPerRequest: null, as BullMQ requires);
 * producers fail fast so an intake request never hangs when Redis is down.
 */
export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
  const redis = new Redis(url, { ...options, lazyConnect: false });
  // ioredis reconnects by itself; without a listener an outage would crash the process.
  redis.on('error', () => undefined);
  return redis;
}
