import { loadConfig } from '../core/config.js';
import { databaseTarget } from '../core/storage/database.js';
import { backupDatabase, restoreDatabase } from '../core/ops/backup.js';
import { lockDataDir } from '../app/data-dir-lock.js';

/**
 *   npm run backup [-- FILE]    default var/backups/gridmate-<time>.(tar.gz|pgdump)
 *   npm run restore -- FILE
 * In embedded mode stop `npm start` first: the data folder belongs to one process at a time.
 */
const [mode, fileArg] = process.argv.slice(2);
const config = loadConfig();
const target = databaseTarget(config);
const lock = target.kind === 'pglite' ? lockDataDir(target.dataDir) : null;
try {
  if (mode === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = fileArg ?? `var/backups/gridmate-${stamp}.${target.kind === 'pglite' ? 'tar.gz' : 'pgdump'}`;
    await backupDatabase(target, file);
    console.error(`backup written: ${file}`);
  } else if (mode === 'restore' && fileArg) {
    const { movedAside } = await restoreDatabase(target, fileArg);
    console.error(`restored from ${fileArg}${movedAside ? `; the previous data folder was kept at ${movedAside}` : ''}`);
  } else {
    console.error('usage: npm run backup [-- FILE] | npm run restore -- FILE');
    process.exitCode = 2;
  }
} finally {
  lock?.release();
}
