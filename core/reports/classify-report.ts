import type { AppContext } from '../context.js';
import { categoryOf, maxUrgency } from '../taxonomy/codes.js';
import { referralFor } from '../taxonomy/referral.js';
import type { ReportRow } from '../storage/schema.js';
import { disputeHistory, type DisputeHistory } from '../cases/dispute-repeats.js';
import { recordDisputeHistory, withDisputeHistory } from '../cases/record-dispute-history.js';
import type { Understanding } from '../understanding/understanding.js';
import { enqueueAfterCommit } from './enqueue-after-commit.js';

/** Understood reports: the classifier's answer and the dispute history it was compared with. */
interface Classified {
  report: ReportRow;
  understanding: Understanding;
  history: DisputeHistory | null;
}

/**
 * Pipeline stage 1: understand a batch of reports and store the results in one transaction. Safe to
 * run twice: a report that already has a classification is passed straight on to routing. A dispute
 * is compared with earlier ones here, at intake, so its `repeat` flag and any raised urgency decide
 * how it is routed.
 */
export async function classifyReports(ctx: AppContext, reportIds: readonly number[]): Promise<void> {
  const reports = await ctx.repos.reports.findByIds(reportIds);
  const classified = await understandAll(ctx, reports.filter((r) => r.intent === null));
  const { updated, outboxIds } = await ctx.db.transaction().execute(async (tx) => {
    // Under the row locks, a report another job classified meanwhile is left as it is.
    const locked = await ctx.repos.reports.lockByIds(classified.map(({ report }) => report.id), tx);
    const unclassified = new Set(locked.filter((r) => r.intent === null).map((r) => r.id));
    const fresh = classified.filter(({ report }) => unclassified.has(report.id));
    const rows = await ctx.repos.reports.updateMany(
      fresh.map(({ report, understanding, history }) => {
        const subtype = understanding.label;
        // The rules' emergency at intake is never lowered by a later classification.
        const { flags, urgency } = withDisputeHistory(understanding.flags, maxUrgency(report.urgency, understanding.urgency), history);
        return {
          id: report.id,
          changes: {
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
            address_text: report.address_text ?? understanding.details.place,
          },
        };
      }),
      tx,
    );
    const updated = new Map(rows.map((row) => [row.id, row]));
    // The column is single precision; the timeline keeps the classifier's own figure.
    const confidenceOf = new Map(fresh.map(({ report, understanding }) => [report.id, understanding.confidence]));
    const outboxIds: number[] = [];
    await ctx.repos.reports.addEvents(
      [...updated.values()].map((row) => ({
        report_id: row.id,
        actor_id: null,
        action: 'classify',
        from_status: row.status,
        to_status: row.status,
        data: { subtype: row.subtype, urgency: row.urgency, confidence: confidenceOf.get(row.id), source: row.classifier_source, flags: row.flags },
      })),
      tx,
    );
    for (const { report, history } of fresh) outboxIds.push(...(await recordDisputeHistory(ctx, tx, updated.get(report.id)!, history)));
    return { updated, outboxIds };
  });
  const current = reports.map((r) => updated.get(r.id) ?? r);
  await enqueueAfterCommit(ctx, current, () => ctx.queues.notify(outboxIds));
  const unrouted = current.filter((r) => r.status === 'received' && r.intent !== null);
  await enqueueAfterCommit(ctx, unrouted, () => ctx.queues.route(unrouted));
}

/** A remote classifier is asked a few at a time; the offline one answers at once either way. */
const CLASSIFY_CONCURRENCY = 8;

async function understandAll(ctx: AppContext, reports: readonly ReportRow[]): Promise<Classified[]> {
  const classified: Classified[] = [];
  for (let i = 0; i < reports.length; i += CLASSIFY_CONCURRENCY) {
    classified.push(...(await Promise.all(reports.slice(i, i + CLASSIFY_CONCURRENCY).map((report) => understand(ctx, report)))));
  }
  return classified;
}

async function understand(ctx: AppContext, report: ReportRow): Promise<Classified> {
  const understanding = await ctx.classifier.classify(report.raw_text);
  const subtype = understanding.label;
  const address = report.address_text ?? understanding.details.place;
  const history = subtype ? await disputeHistory(ctx, report, subtype, { parties: understanding.details.parties, address }) : null;
  return { report, understanding, history };
}
