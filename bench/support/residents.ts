import type { AppContext } from '../../core/context.js';
import type { PersonRow } from '../../core/storage/schema.js';

/**
 * Many demo residents spread over the demo grids, so a load run looks like a town (each person's
 * rate limit and resend window see a few reports) rather than one person submitting 10,000.
 */
export async function createBenchResidents(ctx: AppContext, count: number): Promise<PersonRow[]> {
  const grids = await ctx.repos.places.grids();
  const people: PersonRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const grid = grids[i % grids.length]!;
    people.push(
      await ctx.repos.people.insert({
        name: `压测居民${i + 1}`,
        phone: `166${String(i).padStart(8, '0')}`,
        roles: ['resident'],
        home_grid_id: grid.id,
        address: `${grid.areas[0] ?? grid.name}`,
      }),
    );
  }
  return people;
}
