import { CATEGORIES, RISK_FLAGS, SUBTYPES, URGENCIES, type Category } from '../taxonomy/codes.js';
import { OUTCOMES, REPORT_STATUSES } from '../workflow/states.js';
import { maskSensitiveText } from '../privacy/mask.js';
import { seesFullPhone } from '../access/relations.js';
import type { Actor } from '../people/roles.js';
import type { GridRow, ReportEventRow, ReportRow } from '../storage/schema.js';
import { ACTIONS, isActionName } from '../workflow/actions.js';
import type { PhotoView } from '../files/photo-views.js';

export interface ViewLookups {
  names: ReadonlyMap<number, string>;
  grids: ReadonlyMap<number, GridRow>;
  /** Each report's photos with signed URLs, by report id. */
  photos: ReadonlyMap<number, PhotoView[]>;
  /** Residents following each report as co-reporters (duplicates of it). */
  followers?: ReadonlyMap<number, number>;
}

/** A report as one viewer may see it: labels in Chinese, phone and ID numbers masked unless they may see them. */
export function reportView(report: ReportRow, viewer: Actor, lookups: ViewLookups) {
  const full = seesFullPhone(viewer, report) || (viewer.kind === 'person' && viewer.personId === report.reporter_id);
  const text = full ? report.raw_text : maskSensitiveText(report.raw_text);
  const staffView = seesFullPhone(viewer, report);
  return {
    id: report.id,
    ticket: report.ticket,
    text,
    address: report.address_text,
    status: report.status,
    statusLabel: REPORT_STATUSES[report.status],
    intent: report.intent,
    category: report.category,
    categoryLabel: report.category ? CATEGORIES[report.category as Category] : null,
    subtype: report.subtype,
    subtypeLabel: report.subtype ? SUBTYPES[report.subtype] : null,
    urgency: report.urgency,
    urgencyLabel: URGENCIES[report.urgency],
    flags: report.flags,
    flagLabels: report.flags.map((f) => RISK_FLAGS[f]),
    confidence: report.confidence,
    classifierSource: report.classifier_source,
    summary: report.summary,
    referral: report.referral,
    gridId: report.grid_id,
    gridName: report.grid_id !== null ? (lookups.grids.get(report.grid_id)?.name ?? null) : null,
    assigneeName: report.assignee_id !== null ? (lookups.names.get(report.assignee_id) ?? null) : null,
    reporterName: staffView ? (lookups.names.get(report.reporter_id) ?? null) : undefined,
    onBehalfOf: report.on_behalf_of ? { name: report.on_behalf_of.name, address: report.on_behalf_of.address ?? null } : null,
    createdAt: report.created_at,
    dueAt: report.accepted_at ? report.due_resolve_at : report.due_accept_at,
    dueAcceptAt: report.due_accept_at,
    dueResolveAt: report.due_resolve_at,
    acceptedAt: report.accepted_at,
    resolvedAt: report.resolved_at,
    closedAt: report.closed_at,
    outcome: report.outcome,
    outcomeLabel: report.outcome ? OUTCOMES[report.outcome] : null,
    fixed: report.outcome ? report.outcome === 'fixed' : null,
    rated: report.rated,
    /** Everyone who reported this problem: the reporter and the followers (counted, never named). */
    coReporters: 1 + (lookups.followers?.get(report.id) ?? 0),
    photos: lookups.photos.get(report.id) ?? [],
  };
}
export type ReportView = ReturnType<typeof reportView>;

/** A timeline event in plain words; who acted is shown by name for people, 「系统」 for the pipeline. */
export function timelineView(event: ReportEventRow & { actor_name: string | null }, viewer: Actor, report: ReportRow) {
  const full = seesFullPhone(viewer, report) || (viewer.kind === 'person' && viewer.personId === report.reporter_id);
  return {
    action: event.action,
    actionLabel: isActionName(event.action) ? ACTIONS[event.action].label : EVENT_LABELS[event.action] ?? event.action,
    fromStatus: event.from_status,
    toStatus: event.to_status,
    toStatusLabel: event.to_status ? REPORT_STATUSES[event.to_status] : null,
    actorName: event.actor_name ?? '系统',
    note: event.note && !full ? maskSensitiveText(event.note) : event.note,
    createdAt: event.created_at,
  };
}

const EVENT_LABELS: Record<string, string> = {
  submit: '提交反映',
  classify: '智能分类',
  followup: '居民补充',
  co_report: '又有居民反映',
  link_repeat: '关联既往纠纷',
  early_warning: '民转刑预警',
  sla_remind: '到期提醒',
  sla_escalate: '超时督办',
  emergency_realert: '紧急再次提醒',
  visit_remind: '回访提醒',
};
