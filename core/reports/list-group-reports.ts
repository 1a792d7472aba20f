import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { hasRole, type Actor } from '../people/roles.js';
import { lookupsFor } from './queries.js';
import { reportView } from './report-view.js';
import { recordListRead } from '../privacy/record-audit.js';

const MONTH_START = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' });

/** The first moment of the current Shanghai calendar month (「本月」). */
export function startOfShanghaiMonth(now: Date): Date {
  return new Date(`${MONTH_START.format(now)}-01T00:00:00+08:00`);
}

/**
 * A 联户长's view of their 十联户 group: what they filed (for themselves or for neighbours) and what
 * their member households reported, since `since` (default: the start of this month).
 */
export async function listGroupReports(ctx: AppContext, actor: Actor, options: { since?: Date } = {}) {
  if (actor.kind !== 'person' || !hasRole(actor, 'household_leader')) {
    throw new AppError('FORBIDDEN', 'only household leaders have a group', { userMessage: '只有联户长可以查看联户的反映。' });
  }
  const since = options.since ?? startOfShanghaiMonth(ctx.clock.now());
  const members = await ctx.db
    .selectFrom('household_groups as g')
    .innerJoin('household_members as m', 'm.group_id', 'g.id')
    .select('m.person_id')
    .where('g.leader_id', '=', actor.personId)
    .execute();
  const reporterIds = [actor.personId, ...members.map((m) => m.person_id)];
  const reports = await ctx.db
    .selectFrom('reports')
    .selectAll()
    .where('reporter_id', 'in', reporterIds)
    .where('created_at', '>=', since)
    .orderBy('id', 'desc')
    .execute();
  const [lookups] = await Promise.all([lookupsFor(ctx, reports), recordListRead(ctx.db, actor, reports, 'household_group', actor.townshipId)]);
  // Members' own reports are shown to their leader without phone numbers, as to any third party.
  return reports.map((r) => reportView(r, actor, lookups));
}
