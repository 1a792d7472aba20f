import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../app/runtime.js';
import { loadConfig } from '../../core/config.js';
import { submitReport } from '../../core/reports/submit-report.js';
import { eventually } from '../support/test-stack.js';
import { TEST_REDIS_URL, uniquePrefix } from '../support/redis.js';

/**
 * A reset or new database hands out report ids from 1 again. BullMQ ignores a job whose id it still
 * holds, so each database must get queues of its own in Redis, or its first reports never move.
 */
describe('a fresh database on a Redis that still holds an old database’s jobs', () => {
  it('routes its first report as usual', async () => {
    const env = { NODE_ENV: 'test', PGLITE_DIR: 'memory://', REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: uniquePrefix('fresh'), LOG_LEVEL: 'silent' };
    for (const round of [1, 2]) {
      const runtime = await createRuntime(loadConfig(env));
      runtime.startWorkers();
      try {
        const reporter = (await runtime.ctx.repos.people.findByPhone('13700000301'))!;
        const { report } = await submitReport(runtime.ctx, { reporter, input: { text: '幸福小区5栋楼道里堆满了纸箱，消防通道堵了' }, channel: 'api' });
        expect(report.id).toBe(1);
        const routed = await eventually(async () => {
          const row = await runtime.ctx.repos.reports.findById(report.id);
          return row && row.status !== 'received' && row;
        }, 10_000);
        expect(routed.grid_id, `round ${round}`).not.toBeNull();
      } finally {
        // The first database's jobs stay in Redis on purpose while the second one runs.
        await runtime.close();
      }
    }
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${env.QUEUE_PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });
});
