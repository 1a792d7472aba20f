import type { AppContext } from '../context.js';
import { categoryOf, maxUrgency } from '../taxonomy/codes.js';
import { referralFor } from '../taxonomy/referral.js';
import { disputeHistory } from '../cases/dispute-repeats.js';
import { recordDisputeHistory, withDisputeHistory } from '../cases/record-dispute-history.js';
import { enqueueAfterCommit } from './enqueue-after-commit.js';

/**
 * Pipeline stage 1: understand the report's text and store the result. Safe to run twice:
 * a report that already has a classification is passed straight on to routing. A dispute is
 * compared with earlier ones here, at intake, so its `repeat` flag and any raised urgency
 * decide how it is routed.
 */
export async function classifyReport(ctx: AppContext, reportId: number): Promise<void> {
  const report = await ctx.repos.reports.findById(reportId);
  if (!report) return;
  if (report.intent === null) {
    const understanding = await ctx.classifier.classify(report.raw_text);
    const subtype = understanding.label;
    const address = report.address_text ?? understanding.details.place;
    const history = subtype ? await disputeHistory(ctx, report, subtype, { parties: understanding.details.parties, address }) : null;
    // The rules' emergency at intake is never lowered by a later classification.
    const { flags, urgency } = withDisputeHistory(understanding.flags, maxUrgency(report.urgency, understanding.urgency), history);
    const outboxIds = await ctx.db.transaction().execute(async (tx) => {
      await ctx.repos.reports.update(
        report.id,
        {
          intent: understanding.intent,
          subtype,
          category: subtype ? categoryOf(subtype) : null,
          urgency,
          flags: JSON.stringify(flags),
          confidence: understanding.confidence,
          classifier_source: understanding.source,
          summary: understanding.summary,
          details: JSON.stringify(understanding.details),
          referral: subtype ? referralFor(subtype) : null,
          address_text: address,
        },
        tx,
      );
      await ctx.repos.reports.addEvent(
        {
          report_id: report.id,
          actor_id: null,
          action: 'classify',
          from_status: report.status,
          to_status: report.status,
          data: { subtype, urgency, confidence: understanding.confidence, source: understanding.source, flags },
        },
        tx,
      );
      return recordDisputeHistory(ctx, tx, report, history);
    });
    await enqueueAfterCommit(ctx, report, () => ctx.queues.notify(outboxIds));
  }
  const current = await ctx.repos.reports.findById(reportId);
  if (current?.status === 'received') await enqueueAfterCommit(ctx, current, () => ctx.queues.route(current.id, current.urgency));
}
