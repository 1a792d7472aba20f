import type { Db } from '../database.js';
import type { GridRow } from '../schema.js';

export interface Township {
  id: number;
  county_id: number;
  code: string;
  name: string;
  kind: 'street' | 'town';
}

/** The county, its townships and grids: small, read often, so callers may cache them. */
export class PlacesRepository {
  constructor(private readonly db: Db) {}

  async grids(): Promise<GridRow[]> {
    return this.db.selectFrom('grids').selectAll().orderBy('id').execute();
  }

  async gridById(id: number): Promise<GridRow | undefined> {
    return this.db.selectFrom('grids').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async townships(): Promise<Township[]> {
    return this.db.selectFrom('townships').selectAll().orderBy('id').execute();
  }

  async countyIdOfTownship(townshipId: number): Promise<number | undefined> {
    const row = await this.db.selectFrom('townships').select('county_id').where('id', '=', townshipId).executeTakeFirst();
    return row?.county_id;
  }

  async firstCountyId(): Promise<number | undefined> {
    const row = await this.db.selectFrom('counties').select('id').orderBy('id').executeTakeFirst();
    return row?.id;
  }
}
