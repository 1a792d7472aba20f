import { loadConfig } from '../core/config.js';
import { createRuntime } from './runtime.js';

/** A pipeline worker process on its own: only with PostgreSQL, since embedded PGlite allows one process. */
const config = loadConfig();
if (!config.DATABASE_URL) {
  console.error('npm run worker needs DATABASE_URL (PostgreSQL). In embedded mode the workers run inside `npm start`.');
  process.exit(2);
}
const runtime = await createRuntime(config);
runtime.startWorkers();
const stop = async () => {
  await runtime.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
