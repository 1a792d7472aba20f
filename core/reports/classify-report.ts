import type { AppContext } from '../context.js';
import { categoryOf, maxUrgency } from '../taxonomy/codes.js';
import { referralFor } from '../taxonomy/referral.js';
import { enqueueAfterCommit } from './enqueue-after-commit.js';

/**
 * Pipeline stage 1: understand the report's text and store the result. Safe to run twice:
 * a report that already has a classification is passed straight on to routing.
 */
export async function classifyReport(ctx: AppContext, reportId: number): Promise<void> {
  const report = await ctx.repos.reports.findById(reportId);
  if (!report) return;
  if (report.intent === null) {
    const understanding = await ctx.classifier.classify(report.raw_text);
    const subtype = understanding.label;
    // The rules' emergency at intake is never lowered by a later classification.
    const urgency = maxUrgency(report.urgency, understanding.urgency);
    await ctx.db.transaction().execute(async (tx) => {
      await ctx.repos.reports.update(
        report.id,
        {
          intent: understanding.intent,
          subtype,
          category: subtype ? categoryOf(subtype) : null,
          urgency,
          flags: JSON.stringify(understanding.flags),
          confidence: understanding.confidence,
          classifier_source: understanding.source,
          summary: understanding.summary,
          details: JSON.stringify(understanding.details),
          referral: subtype ? referralFor(subtype) : null,
          address_text: report.address_text ?? understanding.details.place,
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
          data: { subtype, urgency, confidence: understanding.confidence, source: understanding.source, flags: understanding.flags },
        },
        tx,
      );
    });
  }
  const current = await ctx.repos.reports.findById(reportId);
  if (current?.status === 'received') await enqueueAfterCommit(ctx, current, () => ctx.queues.route(current.id, current.urgency));
}
