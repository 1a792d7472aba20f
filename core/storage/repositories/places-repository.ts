import type { Db } from '../database.js';
import type { GridRow } from '../schema.js';

export interface Township {
  id: number;
  county_id: number;
  code: string;
  name: string;
  kind: 'street' | 'town';
}

/** Grids and townships change rarely and are read on every request, so they are cached briefly. */
const CACHE_MS = 10_000;

interface Snapshot {
  grids: GridRow[];
  townships: Township[];
  firstCountyId: number | undefined;
  at: number;
}

/** The county, its townships and grids. */
export class PlacesRepository {
  private snapshot: Promise<Snapshot> | null = null;

  constructor(private readonly db: Db) {}

  /** Call after changing grids or townships so the next read sees the change at once. */
  invalidate(): void {
    this.snapshot = null;
  }

  private async load(): Promise<Snapshot> {
    const current = this.snapshot;
    if (current) {
      const snap = await current;
      if (Date.now() - snap.at < CACHE_MS) return snap;
    }
    const next = (async () => {
      const [grids, townships, county] = await Promise.all([
        this.db.selectFrom('grids').selectAll().orderBy('id').execute(),
        this.db.selectFrom('townships').selectAll().orderBy('id').execute(),
        this.db.selectFrom('counties').select('id').orderBy('id').executeTakeFirst(),
      ]);
      return { grids, townships, firstCountyId: county?.id, at: Date.now() };
    })();
    this.snapshot = next;
    next.catch(() => {
      if (this.snapshot === next) this.snapshot = null;
    });
    return next;
  }

  async grids(): Promise<GridRow[]> {
    return (await this.load()).grids;
  }

  async gridById(id: number): Promise<GridRow | undefined> {
    return (await this.load()).grids.find((g) => g.id === id);
  }

  async townships(): Promise<Township[]> {
    return (await this.load()).townships;
  }

  async countyIdOfTownship(townshipId: number): Promise<number | undefined> {
    return (await this.load()).townships.find((t) => t.id === townshipId)?.county_id;
  }

  async firstCountyId(): Promise<number | undefined> {
    return (await this.load()).firstCountyId;
  }
}
