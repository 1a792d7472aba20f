import { z } from 'zod';
import { isSubtype, type Subtype } from '../taxonomy/codes.js';

/** The knowledge-base file formats (core/legal/kb/*.json); the KB and this schema change together. */

export const KB_AREAS = [
  'neighbors',
  'family',
  'labor',
  'consumer',
  'property',
  'traffic',
  'loans',
  'rental',
  'mediation',
  'legal_aid',
  'rural',
  'medical',
  'limitation',
  'other',
] as const;

const nonEmptyText = z.string().trim().min(1);

export const ArticleRefSchema = z.object({
  /** Short law name as in the statute files: 民法典, 劳动合同法, 民间借贷规定 … */
  law: nonEmptyText,
  article: z.number().int().positive(),
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const CitedArticleSchema = ArticleRefSchema.extend({
  /** Key legal terms the article text contains: what makes the citation support the entry. */
  terms: z.array(nonEmptyText).min(1),
  /**
   * Residents' words that point to this article rather than the entry's others (代笔 → 代书遗嘱):
   * when a question has them, the answer cites this article first. Not checked against the text.
   */
  cues: z.array(nonEmptyText).default([]),
});

export const KbEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id'),
  area: z.enum(KB_AREAS),
  questions: z.array(nonEmptyText).min(1),
  keywords: z.array(nonEmptyText).default([]),
  rule: nonEmptyText,
  articles: z.array(CitedArticleSchema).min(1),
  steps: z.array(nonEmptyText).default([]),
  where: z.array(nonEmptyText).default([]),
  subtype: z.string().refine(isSubtype, 'unknown taxonomy subtype').transform((s) => s as Subtype),
  live_problem: z.boolean(),
});
export type KbEntry = z.infer<typeof KbEntrySchema>;

export const KbEntriesFileSchema = z.array(KbEntrySchema);

export const LayTermsSchema = z.object({
  version: nonEmptyText,
  /** Residents' word → the legal terms it stands for (房东 → 出租人). */
  map: z.record(nonEmptyText, z.array(nonEmptyText).min(1)),
});
export type LayTerms = z.infer<typeof LayTermsSchema>;

export const KbVersionSchema = z.object({
  version: nonEmptyText,
  laws_checked_against: nonEmptyText,
});
export type KbVersion = z.infer<typeof KbVersionSchema>;
