import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { SYSTEM, type Actor } from '../../people/roles.js';
import { ACTIONS } from '../../workflow/actions.js';
import { actOnReport } from '../../reports/act-on-report.js';
import { findManagedPerson } from '../admin-scope.js';
import { leastLoadedWorker } from '../least-loaded-worker.js';

/**
 * A worker comes on duty or goes on leave. Leaving hands each of their open tasks to the grid's
 * least-loaded worker still on duty, on the timeline; with nobody left, the task goes up to the centre.
 */
export async function setWorkerDuty(ctx: AppContext, actor: Actor, personId: number, onDuty: boolean) {
  const worker = await findManagedPerson(ctx, actor, personId);
  if (!worker.roles.includes('grid_worker')) {
    throw new AppError('BAD_INPUT', `person ${personId} is not a grid worker`, { userMessage: '只能为网格员设置在岗状态。' });
  }
  await ctx.db.updateTable('persons').set({ on_duty: onDuty }).where('id', '=', worker.id).execute();
  const reassigned: string[] = [];
  const escalated: string[] = [];
  if (onDuty) return { reassigned, escalated };

  for (const task of await ctx.repos.reports.listByAssignee(worker.id, ACTIONS.reassign.from)) {
    const gridId = task.grid_id ?? worker.home_grid_id;
    const next = gridId !== null ? await leastLoadedWorker(ctx, gridId) : null;
    if (next) {
      await actOnReport(ctx, { reportId: task.id, action: 'reassign', actor, assigneeId: next.id, note: `${worker.name}休假，改派给${next.name}` });
      reassigned.push(task.ticket);
    } else if ((ACTIONS.escalate.from as readonly string[]).includes(task.status)) {
      await actOnReport(ctx, { reportId: task.id, action: 'escalate', actor: SYSTEM, note: `${worker.name}休假，网格内暂无其他在岗网格员，请中心调度` });
      escalated.push(task.ticket);
    }
  }
  return { reassigned, escalated };
}
