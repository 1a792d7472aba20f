import { CATEGORY_CODES, INTENT_CODES, SUBTYPE_CODES, URGENCY_CODES, type RiskFlag } from '../../taxonomy/codes.js';
import type { HeadFile } from './linear-model.js';

/** Flags the model learns; `repeat` needs history and is set at intake. */
export const MODEL_FLAGS = ['violence_risk', 'group', 'vulnerable', 'self_harm'] as const satisfies readonly RiskFlag[];
export type ModelFlag = (typeof MODEL_FLAGS)[number];

/**
 * The heads of the offline model and their classes, in the order the model file stores them.
 * `category` backs up `label`: with six classes it learns from more examples per class.
 */
export const HEADS = {
  intent: { kind: 'softmax', classes: INTENT_CODES },
  label: { kind: 'softmax', classes: SUBTYPE_CODES },
  category: { kind: 'softmax', classes: CATEGORY_CODES },
  urgency: { kind: 'softmax', classes: URGENCY_CODES },
  flags: { kind: 'sigmoid', classes: MODEL_FLAGS },
} as const satisfies Record<string, { kind: HeadFile['kind']; classes: readonly string[] }>;
export type HeadName = keyof typeof HEADS;
