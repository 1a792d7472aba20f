import type { AppContext } from '../context.js';
import type { Actor } from '../people/roles.js';
import { CATEGORIES, RISK_FLAGS, SUBTYPES, URGENCIES, type Category } from '../taxonomy/codes.js';
import { OUTCOMES, REPORT_STATUSES } from '../workflow/states.js';
import { maskPhone, maskSensitiveText } from '../privacy/mask.js';
import { adminScope } from './admin-scope.js';
import { toCsv } from './csv.js';
import { recordAudit } from '../privacy/record-audit.js';
import type { ExportFilter } from './schemas.js';

const HEADER = ['编号', '提交时间', '状态', '大类', '类型', '紧急程度', '风险标记', '网格', '地址', '内容', '反映人', '联系电话', '处理人', '结果', '是否解决', '已评价', '同题反映人数'];
const DAY_MS = 86_400_000;
/** 「2026-11-22 09:05」 in Shanghai time, which spreadsheets read as a date. */
const TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/**
 * The centre's reports as a spreadsheet (their township; the county sees all), filtered by
 * Shanghai dates (`to` inclusive), grid, category and status. Phone and ID numbers are masked,
 * in the contact column and in the text.
 */
export async function exportReportsCsv(ctx: AppContext, actor: Actor, filter: ExportFilter): Promise<string> {
  const scope = adminScope(actor);
  const end = filter.to ? new Date(`${filter.to}T00:00:00+08:00`).getTime() + DAY_MS : ctx.clock.now().getTime() + 1;
  const start = filter.from ? new Date(`${filter.from}T00:00:00+08:00`).getTime() : end - 30 * DAY_MS;
  let q = ctx.db
    .selectFrom('reports as r')
    .innerJoin('persons as reporter', 'reporter.id', 'r.reporter_id')
    .leftJoin('persons as assignee', 'assignee.id', 'r.assignee_id')
    .leftJoin('grids as g', 'g.id', 'r.grid_id')
    .selectAll('r')
    .select(['reporter.name as reporter_name', 'reporter.phone as reporter_phone', 'assignee.name as assignee_name', 'g.name as grid_name'])
    .select((eb) => eb.selectFrom('reports as f').whereRef('f.duplicate_of', '=', 'r.id').select((f) => f.fn.countAll<number>().as('n')).as('followers'))
    .where('r.created_at', '>=', new Date(start))
    .where('r.created_at', '<', new Date(end));
  if (scope.townshipId !== null) q = q.where('r.township_id', '=', scope.townshipId);
  if (filter.gridId !== undefined) q = q.where('r.grid_id', '=', filter.gridId);
  if (filter.category !== undefined) q = q.where('r.category', '=', filter.category);
  if (filter.status !== undefined) q = q.where('r.status', '=', filter.status as never);
  const rows = await q.orderBy('r.id').limit(50_000).execute();
  // An export copies many residents' data out of the system at once: who took what is logged.
  await recordAudit(ctx.db, actor, { action: 'export', townshipId: scope.townshipId, detail: { format: 'csv', filter, rows: rows.length } });

  return toCsv([
    HEADER,
    ...rows.map((r) => {
      const contact = r.on_behalf_of?.phone ?? r.reporter_phone;
      return [
        r.ticket,
        TIME.format(r.created_at),
        REPORT_STATUSES[r.status],
        r.category ? CATEGORIES[r.category as Category] : '未分类',
        r.subtype ? SUBTYPES[r.subtype] : '',
        URGENCIES[r.urgency],
        r.flags.map((f) => RISK_FLAGS[f]).join('、'),
        r.grid_name,
        r.address_text,
        maskSensitiveText(r.raw_text),
        r.anonymous ? '匿名' : (r.on_behalf_of?.name ?? r.reporter_name),
        r.anonymous || !contact ? '' : maskPhone(contact),
        r.assignee_name,
        r.outcome ? OUTCOMES[r.outcome] : '',
        r.outcome ? (r.outcome === 'fixed' ? '是' : '否') : '',
        r.rated ? '是' : '否',
        1 + Number(r.followers ?? 0),
      ];
    }),
  ]);
}
