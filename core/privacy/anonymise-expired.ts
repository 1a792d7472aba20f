import type { AppContext } from '../context.js';
import { SYSTEM } from '../people/roles.js';
import type { Executor } from '../storage/repositories/executor.js';
import { FINAL_STATUSES } from '../workflow/states.js';
import { anonymiseReport } from './anonymise-report.js';

const DAY_MS = 86_400_000;
const BATCH = 200;
/** One run does at most this many, so a first run on years of data does not hold the worker for hours. */
const MAX_PER_RUN = 5_000;
export const ANONYMOUS_RESIDENT = '匿名居民';

/**
 * The scheduled job: reports closed, rejected or withdrawn more than ANONYMISE_AFTER_DAYS ago lose
 * their personal data (core/privacy/anonymise-report.ts) and are re-linked to the shared
 * 「匿名居民」, so per-report counts stay right while nobody can tell who filed them.
 */
export async function anonymiseExpiredReports(ctx: AppContext): Promise<{ anonymised: number }> {
  const cutoff = new Date(ctx.clock.now().getTime() - ctx.config.ANONYMISE_AFTER_DAYS * DAY_MS);
  const placeholderId = await anonymousResidentId(ctx.db, ctx.clock.now());
  let anonymised = 0;
  let afterId = 0;
  while (anonymised < MAX_PER_RUN) {
    const due = await ctx.db
      .selectFrom('reports')
      .select('id')
      .where('anonymised_at', 'is', null)
      .where('closed_at', '<', cutoff)
      .where('status', 'in', [...FINAL_STATUSES])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (due.length === 0) break;
    for (const { id } of due) {
      if (await anonymiseReport(ctx, id, { reason: 'retention_expired', actor: SYSTEM, reporterPlaceholderId: placeholderId })) anonymised += 1;
    }
    afterId = due.at(-1)!.id;
  }
  return { anonymised };
}

/** The one placeholder person anonymised reports point to: no phone, no roles, erased, so no login. */
export async function anonymousResidentId(ex: Executor, now: Date): Promise<number> {
  const existing = await ex
    .selectFrom('persons')
    .select('id')
    .where('name', '=', ANONYMOUS_RESIDENT)
    .where('erased_at', 'is not', null)
    .where('phone', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return existing.id;
  const created = await ex
    .insertInto('persons')
    .values({ name: ANONYMOUS_RESIDENT, phone: null, roles: JSON.stringify([]), on_duty: false, erased_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}
