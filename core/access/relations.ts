import type { Actor } from '../people/roles.js';
import type { ReportRow } from '../storage/schema.js';
import type { Relation } from '../workflow/actions.js';

/** Which relations an actor has to a report; the workflow table says what each relation may do. */
export function relationsOf(actor: Actor, report: Pick<ReportRow, 'reporter_id' | 'assignee_id' | 'grid_id' | 'township_id'>): Relation[] {
  if (actor.kind === 'system') return ['system'];
  const relations: Relation[] = [];
  if (report.reporter_id === actor.personId) relations.push('reporter');
  if (report.assignee_id === actor.personId) relations.push('assignee');
  if (actor.roles.includes('grid_leader') && report.grid_id !== null && actor.homeGridId === report.grid_id) {
    relations.push('grid_leader');
  }
  if (actor.roles.includes('centre_staff') && report.township_id !== null && actor.townshipId === report.township_id) {
    relations.push('centre');
  }
  if (actor.roles.includes('county_staff')) relations.push('county');
  return relations;
}

/**
 * Who may read a report: anyone with a relation to it, and the grid workers of its grid.
 * Everyone else gets "not found", so ticket numbers cannot be probed.
 */
export function canRead(actor: Actor, report: Pick<ReportRow, 'reporter_id' | 'assignee_id' | 'grid_id' | 'township_id'>): boolean {
  if (relationsOf(actor, report).length > 0) return true;
  return (
    actor.kind === 'person' &&
    actor.roles.includes('grid_worker') &&
    report.grid_id !== null &&
    actor.homeGridId === report.grid_id
  );
}

/** Whether the actor may see residents' phone numbers in full on this report (assignee and centre staff). */
export function seesFullPhone(actor: Actor, report: Pick<ReportRow, 'reporter_id' | 'assignee_id' | 'grid_id' | 'township_id'>): boolean {
  const relations = relationsOf(actor, report);
  return relations.some((r) => r === 'assignee' || r === 'centre' || r === 'county' || r === 'grid_leader' || r === 'system');
}
