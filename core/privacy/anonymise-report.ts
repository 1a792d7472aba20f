import type { AppContext } from '../context.js';
import type { Actor } from '../people/roles.js';
import type { Executor } from '../storage/repositories/executor.js';
import type { ReportRow } from '../storage/schema.js';
import { recordAudit } from './record-audit.js';
import { coarsePlace, coarsePoint, redactJson, redactPersonalText } from './redact.js';

export type AnonymiseReason = 'retention_expired' | 'deletion_request';

export interface AnonymiseOptions {
  reason: AnonymiseReason;
  /** Who runs it: the system for the scheduled job, the resident for their own deletion request. */
  actor: Actor;
  /**
   * The person the report is re-linked to, so counts still add up: the shared 「匿名居民」 for
   * expired reports; null keeps the reporter (a deleting resident's row becomes 「已注销用户」 itself).
   */
  reporterPlaceholderId: number | null;
}

/** Fields of `details` that name or number people; place, counts and time words stay for statistics. */
const PERSONAL_DETAILS = { phones: [], parties: [], onBehalfOf: null } as const;

/**
 * Removes the personal data of one closed report, keeping type, grid, dates and outcome: the text,
 * summary and timeline notes lose numbers and names, the address loses the door, the pin is
 * rounded, the neighbour reported for and the photos go, the reporter may become a placeholder.
 * Idempotent: a report already anonymised is left alone and false is returned.
 */
export async function anonymiseReport(ctx: AppContext, reportId: number, options: AnonymiseOptions): Promise<boolean> {
  const before = await ctx.repos.reports.findById(reportId);
  if (!before || before.anonymised_at) return false;
  // Files cannot join the transaction: delete them first. If the transaction then fails, the next
  // run deletes the rows and finds the files already gone, which is not an error.
  const photos = await ctx.db.selectFrom('report_photos').select('path').where('report_id', '=', reportId).execute();
  for (const photo of photos) await ctx.files.delete(photo.path);

  return ctx.db.transaction().execute(async (tx) => {
    const report = await ctx.repos.reports.lockById(reportId, tx);
    if (!report || report.anonymised_at) return false;
    const reporter = await ctx.repos.people.findById(report.reporter_id, tx);
    const names = [reporter?.name ?? '', report.on_behalf_of?.name ?? ''];
    const relink = (personId: number | null) => (options.reporterPlaceholderId !== null && personId === report.reporter_id ? options.reporterPlaceholderId : personId);

    await ctx.repos.reports.update(
      report.id,
      {
        raw_text: redactPersonalText(report.raw_text, names),
        summary: report.summary === null ? null : redactPersonalText(report.summary, names),
        address_text: coarsePlace(report.address_text),
        location: report.location ? JSON.stringify(coarsePoint(report.location)) : null,
        on_behalf_of: null,
        details: report.details ? JSON.stringify(anonymousDetails(report.details)) : null,
        reporter_id: relink(report.reporter_id) ?? report.reporter_id,
        anonymised_at: ctx.clock.now(),
      },
      tx,
    );
    await anonymiseTimeline(tx, report, names, relink);
    await anonymiseLinkedRows(tx, report.id, names, relink);
    const removed = await tx.deleteFrom('report_photos').where('report_id', '=', report.id).executeTakeFirst();
    await recordAudit(tx, options.actor, {
      action: 'anonymise',
      reportId: report.id,
      townshipId: report.township_id,
      detail: { reason: options.reason, photosDeleted: Number(removed.numDeletedRows) },
    });
    return true;
  });
}

function anonymousDetails(details: Record<string, unknown>): Record<string, unknown> {
  const place = typeof details['place'] === 'string' ? coarsePlace(details['place']) : (details['place'] ?? null);
  return { ...details, ...PERSONAL_DETAILS, place };
}

async function anonymiseTimeline(tx: Executor, report: ReportRow, names: string[], relink: (id: number | null) => number | null): Promise<void> {
  const events = await tx.selectFrom('report_events').select(['id', 'actor_id', 'note', 'data']).where('report_id', '=', report.id).execute();
  for (const event of events) {
    const { onBehalfOf: _named, ...data } = event.data ?? {};
    await tx
      .updateTable('report_events')
      .set({
        actor_id: relink(event.actor_id),
        note: event.note === null ? null : redactPersonalText(event.note, names),
        data: event.data === null ? null : JSON.stringify(redactJson(data, names)),
      })
      .where('id', '=', event.id)
      .execute();
  }
}

/** What else quotes the resident: their chat messages, their rating comment, the messages sent about the report. */
async function anonymiseLinkedRows(tx: Executor, reportId: number, names: string[], relink: (id: number | null) => number | null): Promise<void> {
  for (const m of await tx.selectFrom('inbound_messages').select(['id', 'person_id', 'text']).where('report_id', '=', reportId).execute()) {
    await tx.updateTable('inbound_messages').set({ text: redactPersonalText(m.text, names), person_id: relink(m.person_id) ?? m.person_id }).where('id', '=', m.id).execute();
  }
  for (const r of await tx.selectFrom('ratings').select(['id', 'person_id', 'comment']).where('report_id', '=', reportId).execute()) {
    await tx
      .updateTable('ratings')
      .set({ comment: r.comment === null ? null : redactPersonalText(r.comment, names), person_id: relink(r.person_id) ?? r.person_id })
      .where('id', '=', r.id)
      .execute();
  }
  for (const o of await tx.selectFrom('outbox').select(['id', 'recipient_id', 'text']).where('report_id', '=', reportId).execute()) {
    await tx.updateTable('outbox').set({ text: redactPersonalText(o.text, names), recipient_id: relink(o.recipient_id) }).where('id', '=', o.id).execute();
  }
}
