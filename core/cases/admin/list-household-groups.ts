import type { AppContext } from '../../context.js';
import type { Actor } from '../../people/roles.js';
import { maskPhone } from '../../privacy/mask.js';
import { adminScope, inScope } from '../admin-scope.js';

/** 十联户 groups in the administrator's grids: leader and member households (phones masked: they are residents). */
export async function listHouseholdGroups(ctx: AppContext, actor: Actor) {
  const scope = adminScope(actor);
  const grids = new Map((await ctx.repos.places.grids()).filter((g) => inScope(scope, g.township_id)).map((g) => [g.id, g]));
  const groups = (await ctx.db.selectFrom('household_groups').selectAll().orderBy('id').execute()).filter((g) => grids.has(g.grid_id));
  const members = groups.length
    ? await ctx.db.selectFrom('household_members').selectAll().where('group_id', 'in', groups.map((g) => g.id)).execute()
    : [];
  const people = new Map((await ctx.repos.people.findByIds([...new Set([...groups.map((g) => g.leader_id), ...members.map((m) => m.person_id)])])).map((p) => [p.id, p]));
  const personView = (id: number) => {
    const p = people.get(id);
    return { id, name: p?.name ?? null, phone: p?.phone ? maskPhone(p.phone) : null, address: p?.address ?? null };
  };
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    gridId: g.grid_id,
    gridName: grids.get(g.grid_id)?.name ?? null,
    leader: personView(g.leader_id),
    members: members.filter((m) => m.group_id === g.id).map((m) => personView(m.person_id)),
  }));
}
