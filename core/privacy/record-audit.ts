import type { Actor } from '../people/roles.js';
import type { Executor } from '../storage/repositories/executor.js';
import type { AuditAction, ReportRow } from '../storage/schema.js';

export interface AuditEntry {
  action: AuditAction;
  reportId?: number | null;
  /** Whose centre may read the entry; null makes it visible to county staff only. */
  townshipId?: number | null;
  detail?: Record<string, unknown>;
}

/**
 * Appends one entry to the audit log. Takes an executor so an entry about a change commits with
 * the change itself (inside a transaction pass `tx`: PGlite has one connection).
 */
export async function recordAudit(ex: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await ex
    .insertInto('audit_log')
    .values({
      actor_id: actor.kind === 'person' ? actor.personId : null,
      action: entry.action,
      report_id: entry.reportId ?? null,
      township_id: entry.townshipId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}

/**
 * A person looked at one report in full. A resident reading their own report is not logged:
 * the audit is about who saw other people's data, and the mini-program polls its own reports.
 */
export async function recordReportRead(ex: Executor, actor: Actor, report: Pick<ReportRow, 'id' | 'reporter_id' | 'township_id'>, view: string): Promise<void> {
  if (actor.kind !== 'person' || actor.personId === report.reporter_id) return;
  await recordAudit(ex, actor, { action: 'read', reportId: report.id, townshipId: report.township_id, detail: { view } });
}

/**
 * A list of other people's reports (task list, triage, a 联户长's group): one entry naming them all,
 * so a list of fifty costs one write; the audit query finds it by any of the reports.
 */
export async function recordListRead(ex: Executor, actor: Actor, reports: ReadonlyArray<Pick<ReportRow, 'id' | 'reporter_id'>>, view: string, townshipId: number | null): Promise<void> {
  if (actor.kind !== 'person') return;
  const others = reports.filter((r) => r.reporter_id !== actor.personId).map((r) => r.id);
  if (others.length === 0) return;
  await recordAudit(ex, actor, { action: 'read', townshipId, detail: { view, reportIds: others } });
}
