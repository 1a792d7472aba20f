import { z } from 'zod';
import type { LlmClient } from '../llm/anthropic-client.js';
import { maskSensitiveText } from '../privacy/mask.js';
import { ARTICLE_NUMBER } from './article-number.js';
import { ArticleRefSchema, type KbEntry } from './kb-schema.js';
import { citationKey, uniqueCitations } from './legal-answer.js';
import { fillTemplate, readLegalPrompt } from './prompt-files.js';

const TOOL_NAME = 'answer_legal_question';
const MAX_TOKENS = 1024;

const DraftSchema = z.object({
  answer: z.string().trim().min(1).max(2000),
  citations: z.array(ArticleRefSchema).max(8),
  offer_report: z.boolean(),
});
export type ClaudeDraft = z.infer<typeof DraftSchema>;

/** An article number written into the answer text: the model was told not to, so any is suspect. */
const ARTICLE_IN_TEXT = new RegExp(`第(?:${ARTICLE_NUMBER})条`);

export interface CitationLogger {
  warn(details: object, message: string): void;
}

export type ClaudeAnswerer = (question: string, entries: readonly KbEntry[]) => Promise<ClaudeDraft>;

/**
 * Retrieval-augmented answers from Claude: the masked question and the retrieved entries go out,
 * a forced tool call comes back. Citations outside the retrieved entries are dropped and logged;
 * an answer left with no valid citation, or with an article number in its text, is rejected
 * (the caller then answers offline). Throws on any API error, timeout or invalid output.
 */
export function createClaudeAnswerer(llm: LlmClient, logger: CitationLogger): ClaudeAnswerer {
  const system = readLegalPrompt('system');
  const userTemplate = readLegalPrompt('user');
  const tool = {
    name: TOOL_NAME,
    description: readLegalPrompt('tool'),
    input_schema: toolInputSchema(),
  };

  return async (question, entries) => {
    const response = await llm.anthropic.messages.create({
      model: llm.model,
      max_tokens: MAX_TOKENS,
      system,
      tools: [tool],
      tool_choice: { type: 'tool', name: TOOL_NAME, disable_parallel_tool_use: true },
      messages: [
        {
          role: 'user',
          content: fillTemplate(userTemplate, {
            question: maskSensitiveText(question),
            entries: JSON.stringify(entries.map(entryForPrompt), null, 1),
          }),
        },
      ],
    });
    const call = response.content.find((block) => block.type === 'tool_use' && block.name === TOOL_NAME);
    if (!call || call.type !== 'tool_use') throw new Error('Claude did not call the answer tool');
    const draft = DraftSchema.parse(call.input);

    const allowed = new Set(entries.flatMap((e) => e.articles.map(citationKey)));
    const invented = draft.citations.filter((c) => !allowed.has(citationKey(c)));
    if (invented.length > 0) logger.warn({ invented }, 'legal answer: dropped citations outside the retrieved entries');
    const citations = uniqueCitations(draft.citations.filter((c) => allowed.has(citationKey(c))));
    if (citations.length === 0) throw new Error('Claude answer has no citation from the retrieved entries');
    if (ARTICLE_IN_TEXT.test(draft.answer)) throw new Error('Claude answer names an article in its text');
    return { ...draft, citations };
  };
}

function toolInputSchema() {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(DraftSchema);
  return { ...schema, type: 'object' as const };
}

/** What the model sees of an entry: the rule and where to go, and the only articles it may cite. */
function entryForPrompt(entry: KbEntry) {
  return {
    id: entry.id,
    rule: entry.rule,
    articles: entry.articles.map(({ law, article }) => ({ law, article })),
    steps: entry.steps,
    where: entry.where,
  };
}
