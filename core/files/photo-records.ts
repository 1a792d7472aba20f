import type { Executor } from '../storage/repositories/executor.js';
import type { PhotoRow, ReportPhotosTable } from '../storage/schema.js';
import type { Insertable } from 'kysely';

/** The report_photos table; every function takes an executor so attaching can join a report's transaction. */
export async function insertPhoto(ex: Executor, photo: Insertable<ReportPhotosTable>): Promise<PhotoRow> {
  return ex.insertInto('report_photos').values(photo).returningAll().executeTakeFirstOrThrow();
}

export async function findPhoto(ex: Executor, id: string): Promise<PhotoRow | undefined> {
  return ex.selectFrom('report_photos').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUnattached(ex: Executor, uploaderId: number): Promise<number> {
  const row = await ex
    .selectFrom('report_photos')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('uploader_id', '=', uploaderId)
    .where('report_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function photosOfReports(ex: Executor, reportIds: readonly number[]): Promise<PhotoRow[]> {
  if (reportIds.length === 0) return [];
  return ex.selectFrom('report_photos').selectAll().where('report_id', 'in', [...reportIds]).orderBy('created_at').orderBy('id').execute();
}
