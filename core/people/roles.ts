export const ROLES = {
  resident: '居民',
  household_leader: '联户长',
  grid_worker: '网格员',
  grid_leader: '网格长',
  centre_staff: '乡镇综治中心',
  county_staff: '县综治中心',
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_CODES = Object.keys(ROLES) as Role[];

/** Who can act: a person in one of their roles, or the system (pipeline, deadlines, 回访 timers). */
export type Actor =
  | { kind: 'person'; personId: number; roles: Role[]; homeGridId: number | null; townshipId: number | null }
  | { kind: 'system' };

export const SYSTEM: Actor = { kind: 'system' };

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'person' && actor.roles.some((r) => roles.includes(r));
}
