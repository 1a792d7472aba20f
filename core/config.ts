import { z } from 'zod';

/** All runtime settings, read once from the environment and validated, so a typo fails at start-up. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default('var/pg'),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().default('gridmate'),
  JWT_SECRET: z.string().min(16).default('gridmate-dev-secret-change-me'),
  TZ_NAME: z.string().default('Asia/Shanghai'),
  ANTHROPIC_API_KEY: z.string().optional(),
  ANTHROPIC_BASE_URL: z.string().url().optional(),
  LLM_MODEL: z.string().default('claude-sonnet-5-5'),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  UPLOAD_DIR: z.string().default('var/uploads'),
  // Deadlines by urgency, in minutes (issue 4 defaults); the 回访 timers in hours.
  SLA_EMERGENCY_ACCEPT_MIN: z.coerce.number().positive().default(10),
  SLA_EMERGENCY_RESOLVE_MIN: z.coerce.number().positive().default(4 * 60),
  SLA_URGENT_ACCEPT_MIN: z.coerce.number().positive().default(60),
  SLA_URGENT_RESOLVE_MIN: z.coerce.number().positive().default(24 * 60),
  SLA_NORMAL_ACCEPT_MIN: z.coerce.number().positive().default(24 * 60),
  SLA_NORMAL_RESOLVE_MIN: z.coerce.number().positive().default(7 * 24 * 60),
  EMERGENCY_REALERT_MIN: z.coerce.number().positive().default(5),
  VISIT_REMIND_HOURS: z.coerce.number().positive().default(72),
  VISIT_CLOSE_HOURS: z.coerce.number().positive().default(7 * 24),
  // WeChat mini-program login (jscode2session); the base URL is configurable so tests can use a local fake.
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  WECHAT_APPID: z.string().optional(),
  WECHAT_SECRET: z.string().optional(),
  // Abuse limits per minute, per person and per IP address, on report intake and legal questions.
  RATE_INTAKE_PER_PERSON: z.coerce.number().int().positive().default(10),
  RATE_INTAKE_PER_IP: z.coerce.number().int().positive().default(60),
  RATE_ASK_PER_PERSON: z.coerce.number().int().positive().default(20),
  RATE_ASK_PER_IP: z.coerce.number().int().positive().default(120),
  // Personal data of reports closed (or rejected, withdrawn) this many days ago is anonymised by a job run this often.
  ANONYMISE_AFTER_DAYS: z.coerce.number().positive().default(365),
  ANONYMISE_EVERY_MIN: z.coerce.number().positive().default(24 * 60),
  // Uploaded photos never attached to a report are removed after this many hours (same schedule).
  ORPHAN_UPLOAD_HOURS: z.coerce.number().positive().default(24),
  // Pipeline workers: jobs per process and stage, and how soon a job of a crashed worker is retried
  // (BullMQ's lock duration and stalled-job check); the reconciler's period.
  WORKER_CONCURRENCY: z.coerce.number().int().positive().optional(),
  WORKER_LOCK_DURATION_MS: z.coerce.number().int().positive().default(30_000),
  WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().positive().default(30_000),
  /**
   * CPU priority (nice, 0–19) of a process that runs only pipeline workers: on a machine shared with
   * the API the background stages yield the CPU, so residents' submissions stay fast during a burst.
   */
  WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  /**
   * PostgreSQL connections per process (10). A process that runs only pipeline workers uses 2 unless
   * this is set: its batches need few, and fewer keeps the database's CPU for residents' submissions.
   */
  DATABASE_POOL_MAX: z.coerce.number().int().positive().max(100).optional(),
  RECONCILE_EVERY_MS: z.coerce.number().int().positive().default(30_000),
  /** Ticket numbers reserved per database round trip (1: gap-free, but intakes wait on each other's commits). */
  TICKET_BLOCK_SIZE: z.coerce.number().int().positive().default(20),
  /** The most submissions stored by one group-commit transaction. */
  INTAKE_BATCH_MAX: z.coerce.number().int().positive().max(500).default(64),
  /** Open311 GeoReport v2 read API (public fields only); 'false' switches it off. */
  OPEN311_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});
export type AppConfig = z.infer<typeof EnvSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.JWT_SECRET === 'gridmate-dev-secret-change-me') {
    throw new Error('invalid configuration: JWT_SECRET must be set in production');
  }
  return parsed.data;
}
