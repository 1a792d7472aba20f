import type { AppContext } from '../context.js';
import type { Actor } from '../people/roles.js';
import type { ReportRow } from '../storage/schema.js';
import type { ActionName } from '../workflow/actions.js';
import { actOnReport } from '../reports/act-on-report.js';
import type { TransitionInput } from '../workflow/transition.js';
import { recategorizeReport } from './recategorize-report.js';
import { mergeDuplicate } from './merge-duplicate.js';
import { unmergeDuplicate } from './unmerge-duplicate.js';

export interface ActionBody extends Omit<TransitionInput, 'duplicateOf'> {
  action: ActionName;
  subtype?: string | undefined;
  gridId?: number | undefined;
  originalTicket?: string | undefined;
  photoIds?: readonly string[] | undefined;
}

/**
 * A person's workflow action on a report. Most go straight to the workflow table; the ones that
 * first have to look something up (the worker to re-route to, the original to merge into) go
 * through their own operation, which then runs the table's action.
 */
export async function takeAction(ctx: AppContext, actor: Actor, report: ReportRow, body: ActionBody): Promise<ReportRow> {
  const { subtype, gridId, originalTicket, ...transition } = body;
  switch (body.action) {
    case 'recategorize':
      return recategorizeReport(ctx, actor, report, { subtype, gridId, note: body.note });
    case 'merge':
      return mergeDuplicate(ctx, actor, report, { originalTicket, note: body.note });
    case 'unmerge':
      return unmergeDuplicate(ctx, actor, report, body.note);
    default:
      return actOnReport(ctx, { ...transition, reportId: report.id, actor });
  }
}
