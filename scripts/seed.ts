import { loadConfig } from '../core/config.js';
import { DEMO_STAFF_PASSWORD, seedDemoTown } from '../core/seed/seed-demo-town.js';
import { databaseTarget, openDatabase } from '../core/storage/database.js';
import { migrateToLatest } from '../core/storage/migrate.js';
import { lockDataDir } from '../app/data-dir-lock.js';

/** `npm run migrate` applies migrations; `npm run seed` also seeds the demo town into an empty database. */
const config = loadConfig();
const target = databaseTarget(config);
const lock = target.kind === 'pglite' ? lockDataDir(target.dataDir) : null;
const db = openDatabase(target);
try {
  const applied = await migrateToLatest(db);
  console.error(applied.length ? `applied: ${applied.join(', ')}` : 'database schema is up to date');
  if (process.argv.includes('--seed')) {
    console.error((await seedDemoTown(db, { staffPassword: config.NODE_ENV === 'production' ? undefined : DEMO_STAFF_PASSWORD })) ? 'demo town 青山县 seeded' : 'database already has a county: nothing seeded');
  }
} finally {
  await db.destroy();
  lock?.release();
}
