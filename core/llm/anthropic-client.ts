import Anthropic from '@anthropic-ai/sdk';
import type { AppConfig } from '../config.js';

export type LlmConfig = Pick<
  AppConfig,
  'ANTHROPIC_API_KEY' | 'ANTHROPIC_BASE_URL' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS' | 'LLM_MAX_RETRIES'
>;

export interface LlmClient {
  readonly anthropic: Anthropic;
  readonly model: string;
}

/**
 * Claude is used only when an API key is configured; everything else runs offline.
 * Timeouts are short because a resident is waiting and the offline answer is always there.
 */
export function createLlmClient(config: LlmConfig): LlmClient | null {
  if (!config.ANTHROPIC_API_KEY) return null;
  const anthropic = new Anthropic({
    apiKey: config.ANTHROPIC_API_KEY,
    ...(config.ANTHROPIC_BASE_URL ? { baseURL: config.ANTHROPIC_BASE_URL } : {}),
    timeout: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
  });
  return { anthropic, model: config.LLM_MODEL };
}
