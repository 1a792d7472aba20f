import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { createLegalAdvisor, type LegalAdvisor } from './advisor.js';
import { loadStatuteFile } from './statute-store.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The reference statute texts beside the repository (present in development and CI, never shipped). */
export const SHARED_LAWS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'laws');

/**
 * The advisor as the command-line tools run it: configuration from the environment, Claude only
 * when a key is set and `offline` is false, imported statute texts when `npm run kb:import` ran.
 */
export function advisorFromEnvironment({ offline }: { offline: boolean }): LegalAdvisor {
  const config = loadConfig();
  return createLegalAdvisor({
    config: offline ? { ...config, ANTHROPIC_API_KEY: undefined } : config,
    statutes: loadStatuteFile(),
  });
}
