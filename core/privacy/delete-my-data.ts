import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { actorFor } from '../people/actor.js';
import { SYSTEM, type Role } from '../people/roles.js';
import { actOnReport } from '../reports/act-on-report.js';
import type { PersonRow } from '../storage/schema.js';
import { ACTIONS } from '../workflow/actions.js';
import { isOpen, type ReportStatus } from '../workflow/states.js';
import { anonymiseReport } from './anonymise-report.js';
import { recordAudit } from './record-audit.js';

export const ERASED_NAME = '已注销用户';
/** People who handle cases keep their account while they do: the centre ends it (and reassigns their work). */
const STAFF_ROLES: readonly Role[] = ['grid_worker', 'grid_leader', 'centre_staff', 'county_staff'];
const WITHDRAWABLE: readonly ReportStatus[] = ACTIONS.withdraw.from;

export interface DeletionResult {
  withdrawn: string[];
  /** Handled already, waiting only for the resident's confirmation: closed as done. */
  closed: string[];
  anonymised: number;
  /** Reports a 联户长 filed for a neighbour stay open: they are the neighbour's matter, not the leader's data. */
  keptOpenForNeighbours: string[];
  message: string;
}

/**
 * A resident's deletion request, honoured at once. Open reports are withdrawn first (those already
 * resolved are closed as done), then every report they filed is anonymised; the person row stays
 * as 「已注销用户」 so reports and statistics keep their counts, but name, phone, address, password,
 * roles and chat / mini-program identities go, and the account can no longer log in.
 */
export async function deleteMyData(ctx: AppContext, person: PersonRow): Promise<DeletionResult> {
  if (person.erased_at) throw new AppError('UNAUTHENTICATED', `person ${person.id} already erased`, { userMessage: '账号已注销。' });
  if (person.roles.some((r) => STAFF_ROLES.includes(r))) {
    throw new AppError('FORBIDDEN', 'staff accounts are closed by the centre', { userMessage: '工作人员账号请联系综治中心办理注销，以便先交接在办任务。' });
  }
  const actor = await actorFor(ctx, person);
  const filed = await ctx.db.selectFrom('reports').selectAll().where('reporter_id', '=', person.id).orderBy('id').execute();
  const result: DeletionResult = { withdrawn: [], closed: [], anonymised: 0, keptOpenForNeighbours: [], message: '' };

  for (const report of filed.filter((r) => isOpen(r.status))) {
    if (report.on_behalf_of) {
      result.keptOpenForNeighbours.push(report.ticket);
    } else if (WITHDRAWABLE.includes(report.status)) {
      await actOnReport(ctx, { reportId: report.id, action: 'withdraw', actor, note: '居民申请删除个人信息，撤回反映' });
      result.withdrawn.push(report.ticket);
    } else {
      await actOnReport(ctx, { reportId: report.id, action: 'close', actor: SYSTEM, outcome: 'fixed', note: '已办结；居民申请删除个人信息，按已办结关闭' });
      result.closed.push(report.ticket);
    }
  }
  const kept = new Set(result.keptOpenForNeighbours);
  for (const report of filed.filter((r) => !kept.has(r.ticket))) {
    if (await anonymiseReport(ctx, report.id, { reason: 'deletion_request', actor, reporterPlaceholderId: null })) result.anonymised += 1;
  }
  await deleteUnattachedPhotos(ctx, person.id);
  await erasePerson(ctx, person, result);
  return { ...result, message: deletionMessage(result) };
}

/** Photos uploaded but never attached to a report are only the person's. */
async function deleteUnattachedPhotos(ctx: AppContext, personId: number): Promise<void> {
  const loose = await ctx.db.selectFrom('report_photos').select(['id', 'path']).where('uploader_id', '=', personId).where('report_id', 'is', null).execute();
  for (const photo of loose) await ctx.files.delete(photo.path);
  if (loose.length > 0) await ctx.db.deleteFrom('report_photos').where('id', 'in', loose.map((p) => p.id)).execute();
}

async function erasePerson(ctx: AppContext, person: PersonRow, result: DeletionResult): Promise<void> {
  const actor = await actorFor(ctx, person);
  await ctx.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('persons')
      .set({
        name: ERASED_NAME,
        phone: null,
        address: null,
        password_hash: null,
        roles: JSON.stringify([]),
        home_grid_id: null,
        township_id: null,
        on_duty: false,
        erased_at: ctx.clock.now(),
      })
      .where('id', '=', person.id)
      .execute();
    await tx.deleteFrom('identities').where('person_id', '=', person.id).execute();
    await tx.deleteFrom('household_members').where('person_id', '=', person.id).execute();
    // Chat messages not tied to a report (questions, chit-chat) are the person's alone.
    await tx.deleteFrom('inbound_messages').where('person_id', '=', person.id).where('report_id', 'is', null).execute();
    await recordAudit(tx, actor, {
      action: 'delete',
      townshipId: actor.townshipId,
      detail: {
        subject: 'person',
        personId: person.id,
        withdrawn: result.withdrawn,
        closed: result.closed,
        anonymised: result.anonymised,
        keptOpenForNeighbours: result.keptOpenForNeighbours,
      },
    });
  });
}

function deletionMessage(r: Omit<DeletionResult, 'message'>): string {
  return [
    '您的个人信息已删除：姓名、电话、住址、微信绑定，以及您反映内容中的电话、身份证号、姓名和照片。',
    r.withdrawn.length > 0 ? `在办的 ${r.withdrawn.length} 条反映已撤回（${r.withdrawn.join('、')}）。` : '',
    r.closed.length > 0 ? `已办结待确认的 ${r.closed.length} 条已关闭（${r.closed.join('、')}）。` : '',
    r.keptOpenForNeighbours.length > 0 ? `您代邻居登记的 ${r.keptOpenForNeighbours.length} 条仍在办理（${r.keptOpenForNeighbours.join('、')}），不再与您关联。` : '',
    '为统计需要保留：反映的类型、所在网格、时间和办理结果，已不能看出是谁反映的。',
    '账号已注销，无法再登录。以后如需反映问题，可以重新开始。',
  ]
    .filter(Boolean)
    .join('\n');
}
