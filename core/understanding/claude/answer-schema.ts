import { z } from 'zod';
import { INTENT_CODES, SUBTYPE_CODES, URGENCY_CODES } from '../../taxonomy/codes.js';
import { MODEL_FLAGS } from '../offline/heads.js';

/** Claude's tool input: the one schema both sent as `input_schema` and used to validate the answer. */
export const ClaudeAnswerSchema = z
  .object({
    intent: z.enum(INTENT_CODES),
    label: z.enum(SUBTYPE_CODES).nullable(),
    urgency: z.enum(URGENCY_CODES),
    flags: z.array(z.enum(MODEL_FLAGS)),
    confidence: z.number().min(0).max(1),
    summary: z.string().min(1).max(80),
  })
  .refine((a) => (a.intent === 'report' ? a.label !== null : true), { message: 'a report needs a label' })
  .refine((a) => (a.intent === 'report' || a.intent === 'legal_question' ? true : a.label === null), {
    message: 'only reports and legal questions carry a label',
  });

export const CLASSIFY_TOOL = {
  name: 'classify',
  description: '记录对一条居民消息的理解：意图、事件类型、紧急程度、风险标记、置信度和摘要。',
  input_schema: (() => {
    const { $schema: _ignored, ...schema } = z.toJSONSchema(ClaudeAnswerSchema) as Record<string, unknown>;
    return schema as { type: 'object'; [key: string]: unknown };
  })(),
};
