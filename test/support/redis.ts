import { randomBytes } from 'node:crypto';

/** Tests share the machine's Redis but never each other's keys: every suite gets its own queue prefix. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function uniquePrefix(label: string): string {
  return `gmtest-${label}-${randomBytes(4).toString('hex')}`;
}
