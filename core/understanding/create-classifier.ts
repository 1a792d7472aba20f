import { createLlmClient, type LlmConfig } from '../llm/anthropic-client.js';
import { ClaudeClassifier, type ClaudeClassifierOptions } from './claude/claude-classifier.js';
import { loadClassifyPrompt } from './claude/prompt.js';
import { OfflineClassifier } from './offline/offline-classifier.js';
import type { Classifier } from './understanding.js';

export interface CreateClassifierOptions extends ClaudeClassifierOptions {
  /** Never call Claude, even with an API key (the CLI's --offline). */
  offline?: boolean;
  modelPath?: string;
}

/** Claude with the offline fallback when ANTHROPIC_API_KEY is set, otherwise the offline classifier alone. */
export function createClassifier(config: LlmConfig, options: CreateClassifierOptions = {}): Classifier {
  const offline = OfflineClassifier.load(options.modelPath);
  const llm = options.offline ? null : createLlmClient(config);
  return llm ? new ClaudeClassifier(llm, offline, loadClassifyPrompt(), options) : offline;
}
