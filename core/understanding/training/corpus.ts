import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { INTENT_CODES, RISK_FLAG_CODES, SUBTYPE_CODES, URGENCY_CODES, type RiskFlag } from '../../taxonomy/codes.js';

/** One labelled message of the corpus (core/understanding/corpus/*.jsonl, one JSON object a line). */
export const CorpusRecordSchema = z.object({
  text: z.string().min(1),
  intent: z.enum(INTENT_CODES),
  label: z.enum(SUBTYPE_CODES).nullable(),
  urgency: z.enum(URGENCY_CODES),
  flags: z
    .array(z.enum(RISK_FLAG_CODES))
    .default([])
    .transform((flags) => flags.filter((f): f is Exclude<RiskFlag, 'repeat'> => f !== 'repeat')),
  /** Other labels or intents a reviewer would also accept. */
  alt: z.array(z.string()).default([]),
});
export type CorpusRecord = z.infer<typeof CorpusRecordSchema>;

export interface CorpusLoad {
  records: CorpusRecord[];
  /** The file each record came from (same order): each file is one author's, for grouped cross-validation. */
  sources: string[];
  /** Lines that did not parse, as 「file:line: reason」; they are left out, not fatal. */
  rejected: string[];
}

/** Reads every *.jsonl in the folder, in name order, keeping the first record of each text. */
export function loadCorpus(dir: string): CorpusLoad {
  const records: CorpusRecord[] = [];
  const sources: string[] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return;
        let parsed;
        try {
          parsed = CorpusRecordSchema.safeParse(JSON.parse(line));
        } catch (error) {
          rejected.push(`${file}:${index + 1}: ${(error as Error).message}`);
          return;
        }
        if (!parsed.success) {
          rejected.push(`${file}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
          return;
        }
        if (seen.has(parsed.data.text)) return;
        seen.add(parsed.data.text);
        records.push(parsed.data);
        sources.push(file);
      });
  }
  return { records, sources, rejected };
}
