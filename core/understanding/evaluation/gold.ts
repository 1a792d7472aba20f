import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INTENT_CODES, SUBTYPE_CODES, URGENCY_CODES, type Intent, type Subtype, type Urgency } from '../../taxonomy/codes.js';

/** A message with the answer a reviewer expects. */
export interface GoldItem {
  id: string;
  text: string;
  intent: Intent;
  label: Subtype | null;
  urgency: Urgency;
  /** Other labels or intents that also count as right. */
  alternatives: string[];
}

const EvalLineSchema = z.object({
  id: z.string().min(1),
  intent: z.enum(INTENT_CODES),
  label: z.union([z.literal('-').transform(() => null), z.enum(SUBTYPE_CODES)]),
  urgency: z.enum(URGENCY_CODES),
  text: z.string().min(1),
  alternatives: z.string().default(''),
});

/** Parses `id|intent|label|urgency|text|alternatives` lines; `#` starts a comment, blank lines are skipped. */
export function parseEvalFile(content: string, source = 'eval file'): GoldItem[] {
  const items: GoldItem[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [id, intent, label, urgency, text, alternatives] = line.split('|').map((part) => part.trim());
    const parsed = EvalLineSchema.safeParse({ id, intent, label, urgency, text, alternatives });
    if (!parsed.success) {
      throw new Error(`${source}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
    const { alternatives: alts, ...rest } = parsed.data;
    items.push({ ...rest, alternatives: alts.split(',').map((a) => a.trim()).filter(Boolean) });
  });
  return items;
}

export function readEvalFile(path: string): GoldItem[] {
  return parseEvalFile(readFileSync(path, 'utf8'), path);
}
