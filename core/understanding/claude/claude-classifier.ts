import { maskSensitiveText } from '../../privacy/mask.js';
import type { LlmClient } from '../../llm/anthropic-client.js';
import { applyRules } from '../decision.js';
import { analyseMessage, type MessageAnalysis } from '../offline/analyse.js';
import type { OfflineClassifier } from '../offline/offline-classifier.js';
import type { Classifier, Understanding } from '../understanding.js';
import { CLASSIFY_TOOL, ClaudeAnswerSchema } from './answer-schema.js';
import { residentMessageBlock, type ClassifyPrompt } from './prompt.js';

const MAX_TOKENS = 512;

export interface ClaudeClassifierOptions {
  /** Told why Claude's answer was not used (for the log); the resident gets the offline result. */
  onFallback?: (reason: string) => void;
}

/**
 * Claude decides through a forced `classify` tool call; on any error, timeout or invalid answer the
 * offline result is used instead, and `source` says which one decided. The safety and risk rules
 * apply on top of either, so Claude can never lower an emergency the rules found.
 */
export class ClaudeClassifier implements Classifier {
  constructor(
    private readonly llm: LlmClient,
    private readonly offline: OfflineClassifier,
    private readonly prompt: ClassifyPrompt,
    private readonly options: ClaudeClassifierOptions = {},
  ) {}

  async classify(text: string): Promise<Understanding> {
    const analysis = analyseMessage(text);
    try {
      const answer = await this.ask(analysis);
      if (answer.success) return applyRules(answer.data, analysis, 'claude');
      this.options.onFallback?.(`invalid tool input: ${answer.error.issues[0]?.message ?? 'unknown'}`);
    } catch (error) {
      this.options.onFallback?.(`request failed: ${(error as Error).message}`);
    }
    return applyRules(this.offline.decide(analysis), analysis, 'offline');
  }

  private async ask(analysis: MessageAnalysis) {
    const response = await this.llm.anthropic.messages.create({
      model: this.llm.model,
      max_tokens: MAX_TOKENS,
      system: [
        { type: 'text', text: this.prompt.system },
        // Everything up to here (tools, instructions, examples) is identical for every message: cache it.
        { type: 'text', text: this.prompt.examples, cache_control: { type: 'ephemeral' } },
      ],
      tools: [CLASSIFY_TOOL],
      tool_choice: { type: 'tool', name: CLASSIFY_TOOL.name, disable_parallel_tool_use: true },
      // Phone and ID numbers never leave the machine.
      messages: [{ role: 'user', content: residentMessageBlock(maskSensitiveText(analysis.text)) }],
    });
    const toolUse = response.content.find((block) => block.type === 'tool_use' && block.name === CLASSIFY_TOOL.name);
    return ClaudeAnswerSchema.safeParse(toolUse?.type === 'tool_use' ? toolUse.input : undefined);
  }
}
