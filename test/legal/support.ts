import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../core/legal/kb-loader.js';
import { readStatuteFolder, statuteStoreFrom } from '../../core/legal/statute-store.js';

export const FIXTURE_KB_DIR = fileURLToPath(new URL('./fixtures/kb/', import.meta.url));
export const FIXTURE_STATUTES_DIR = fileURLToPath(new URL('./fixtures/statutes/', import.meta.url));

export const fixtureKb = () => loadKnowledgeBase(FIXTURE_KB_DIR);
export const fixtureStatutes = () => statuteStoreFrom(readStatuteFolder(FIXTURE_STATUTES_DIR));

/** LLM settings with no key: the advisor stays offline. */
export const OFFLINE_CONFIG = { LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: 1000, LLM_MAX_RETRIES: 0 } as const;

export const silentLogger = { warn: () => undefined };
