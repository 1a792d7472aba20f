import { sql } from 'kysely';
import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import { adminScope } from '../cases/admin-scope.js';
import { ACTIONS, isActionName } from '../workflow/actions.js';
import type { AuditQuery } from './schemas.js';

export interface AuditView {
  /** 'log' for audit_log entries; 'timeline' for changes, which the report's timeline already records with their actor. */
  source: 'log' | 'timeline';
  id: number;
  at: Date;
  action: string;
  actorId: number | null;
  actorName: string;
  reportTicket: string | null;
  detail: Record<string, unknown> | null;
}

/**
 * Who read, changed, exported, deleted or anonymised what — for centre staff in their township,
 * county staff everywhere. Changes are not written twice: they are read from the timeline
 * (report_events, written in the same transaction as every change), merged by time with the log.
 */
export async function listAudit(ctx: AppContext, actor: Actor, query: AuditQuery): Promise<AuditView[]> {
  const scope = adminScope(actor);
  const report = query.reportTicket ? await ctx.repos.reports.findByTicket(query.reportTicket) : undefined;
  if (query.reportTicket && (!report || (scope.townshipId !== null && report.township_id !== scope.townshipId))) {
    throw new AppError('NOT_FOUND', `report ${query.reportTicket} not in audit scope`, { userMessage: `没有找到编号为 ${query.reportTicket} 的反映。` });
  }

  let logged = ctx.db
    .selectFrom('audit_log as a')
    .leftJoin('persons as p', 'p.id', 'a.actor_id')
    .leftJoin('reports as r', 'r.id', 'a.report_id')
    .select(['a.id', 'a.at', 'a.action', 'a.actor_id', 'p.name as actor_name', 'r.ticket', 'a.detail']);
  if (scope.townshipId !== null) logged = logged.where('a.township_id', '=', scope.townshipId);
  if (report) {
    const id = report.id;
    logged = logged.where((eb) => eb.or([eb('a.report_id', '=', id), sql<boolean>`a.detail -> 'reportIds' @> ${JSON.stringify([id])}::jsonb`]));
  }
  if (query.personId !== undefined) logged = logged.where('a.actor_id', '=', query.personId);

  let changes = ctx.db
    .selectFrom('report_events as e')
    .innerJoin('reports as r', 'r.id', 'e.report_id')
    .leftJoin('persons as p', 'p.id', 'e.actor_id')
    .select(['e.id', 'e.created_at', 'e.action', 'e.actor_id', 'p.name as actor_name', 'r.ticket', 'e.from_status', 'e.to_status']);
  if (scope.townshipId !== null) changes = changes.where('r.township_id', '=', scope.townshipId);
  if (report) changes = changes.where('e.report_id', '=', report.id);
  if (query.personId !== undefined) changes = changes.where('e.actor_id', '=', query.personId);

  const [logRows, changeRows] = await Promise.all([
    logged.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(query.limit).execute(),
    changes.orderBy('e.created_at', 'desc').orderBy('e.id', 'desc').limit(query.limit).execute(),
  ]);
  const entries: AuditView[] = [
    ...logRows.map((r) => ({
      source: 'log' as const,
      id: r.id,
      at: r.at,
      action: r.action,
      actorId: r.actor_id,
      actorName: r.actor_name ?? '系统',
      reportTicket: r.ticket,
      detail: r.detail,
    })),
    ...changeRows.map((r) => ({
      source: 'timeline' as const,
      id: r.id,
      at: r.created_at,
      action: 'change',
      actorId: r.actor_id,
      actorName: r.actor_name ?? '系统',
      reportTicket: r.ticket,
      detail: { event: r.action, eventLabel: isActionName(r.action) ? ACTIONS[r.action].label : r.action, fromStatus: r.from_status, toStatus: r.to_status },
    })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, query.limit);
}
