import type { AppContext } from '../context.js';
import type { Actor } from '../people/roles.js';
import type { ReportRow } from '../storage/schema.js';
import { actOnReport, type ActionRequest } from '../reports/act-on-report.js';

export interface FollowRequest {
  report: ReportRow;
  original: ReportRow;
  actor: Actor;
  /** `follow` at intake, `merge` when staff link two reports by hand. */
  action: 'follow' | 'merge';
  note?: string | undefined;
}

/**
 * Makes a report a follower of the original: closed as a duplicate of it, its reporter told
 * 「已有人反映…」 and from then on sent the original's status updates. The original's timeline
 * records a co-reporter without saying who, so neither reporter learns the other's identity.
 */
export async function followOriginal(ctx: AppContext, req: FollowRequest): Promise<ReportRow> {
  return actOnReport(ctx, followAction(req));
}

/** The workflow action that makes the report a follower (routing runs it in a batch with others). */
export function followAction(req: FollowRequest): ActionRequest {
  const { report, original } = req;
  return {
    reportId: report.id,
    action: req.action,
    actor: req.actor,
    duplicateOf: original.id,
    // Counted where the original is handled, so per-grid figures stay whole.
    changes: { grid_id: report.grid_id ?? original.grid_id, township_id: report.township_id ?? original.township_id },
    note: req.note ?? `与 ${original.ticket} 为同一问题，已合并关注`,
    data: { originalTicket: original.ticket },
    extraEvents: [
      {
        report_id: original.id,
        actor_id: null,
        action: 'co_report',
        from_status: original.status,
        to_status: original.status,
        note: '又有居民反映了同一问题，已加入关注',
      },
    ],
  };
}
