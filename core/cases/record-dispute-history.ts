import type { AppContext } from '../context.js';
import { maxUrgency, type RiskFlag, type Urgency } from '../taxonomy/codes.js';
import type { ReportRow } from '../storage/schema.js';
import type { Executor } from '../storage/repositories/executor.js';
import type { DisputeHistory } from './dispute-repeats.js';

/** A repeated dispute is flagged `repeat`; the third between the same parties becomes urgent with violence_risk. */
export function withDisputeHistory(flags: readonly RiskFlag[], urgency: Urgency, history: DisputeHistory | null) {
  const raised = new Set(flags);
  if (history && history.repeats.length > 0) raised.add('repeat');
  if (history?.earlyWarning) raised.add('violence_risk');
  return { flags: [...raised], urgency: history?.earlyWarning ? maxUrgency(urgency, 'urgent') : urgency };
}

/**
 * Writes what the history means, inside the classification's transaction: links to the earlier
 * cases, and for the third dispute a 民转刑 early warning to the township centre. Returns the
 * outbox ids to deliver after commit.
 */
export async function recordDisputeHistory(ctx: AppContext, tx: Executor, report: ReportRow, history: DisputeHistory | null): Promise<number[]> {
  if (!history) return [];
  if (history.repeats.length > 0) {
    await tx
      .insertInto('report_links')
      .values(history.repeats.map((r) => ({ report_id: report.id, linked_id: r.id, kind: 'repeat' as const })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    await ctx.repos.reports.addEvent(
      {
        report_id: report.id,
        actor_id: null,
        action: 'link_repeat',
        from_status: report.status,
        to_status: report.status,
        note: `关联此前的同类纠纷 ${history.repeats.length} 起`,
        data: { linked: history.repeats.map((r) => r.ticket) },
      },
      tx,
    );
  }
  if (!history.earlyWarning) return [];
  const note = `同一当事人90天内第${history.count}次纠纷，已升为较急并标记民转刑风险`;
  await ctx.repos.reports.addEvent(
    { report_id: report.id, actor_id: null, action: 'early_warning', from_status: report.status, to_status: report.status, note },
    tx,
  );
  return ctx.repos.outbox.add(
    [
      {
        recipient_id: null,
        audience: 'township',
        report_id: report.id,
        kind: 'centre.early_warning',
        text: `民转刑预警：${report.ticket}，同一当事人90天内第${history.count}次纠纷，请提前介入化解。`,
      },
    ],
    tx,
  );
}
