import { z } from 'zod';
import { normaliseNumerals } from './article-number.js';
import { ArticleRefSchema, type ArticleRef } from './kb-schema.js';
import { citationKey } from './legal-answer.js';

/** One line of a development or held-out set: `id|question|law:article;…|point,point或alternative,…`. */
export interface EvalCase {
  id: string;
  question: string;
  /** Any one counts; empty means the honest 「建议咨询12348或律师」 answer is expected. */
  citations: ArticleRef[];
  /** Each key point is a list of alternatives, any one of which must appear in the answer. */
  keypoints: string[][];
}

const CitationText = z
  .string()
  .regex(/^[^:：]+[:：]\d+$/, 'citation must be law:article')
  .transform((s) => {
    const [law = '', article = ''] = s.split(/[:：]/);
    return ArticleRefSchema.parse({ law: law.trim(), article: Number(article) });
  });

export function parseEvalFile(text: string): EvalCase[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'))
    .map(({ line, number }) => {
      const [id, question, citations = '', keypoints = '', ...extra] = line.split('|');
      if (!id || !question || extra.length > 0) throw new Error(`line ${number}: expected id|question|citations|keypoints`);
      return {
        id: id.trim(),
        question: question.trim(),
        citations: splitList(citations, /[;；]/).map((c) => CitationText.parse(c)),
        keypoints: splitList(keypoints, /[,，]/).map((point) => splitList(point, /或/)),
      };
    });
}

export interface EvalResult {
  citations: ArticleRef[];
  answer: string;
}

export interface EvalScores {
  cases: number;
  hitAt1: number;
  hitAt3: number;
  keypointCoverage: number;
  /** Cited articles that do not exist (see `articleExists`). */
  invented: Array<{ id: string; citation: ArticleRef }>;
  misses: Array<{ id: string; reason: string }>;
}

/** A cited article is a hit when it is one of the expected ones; an expected refusal is a hit when nothing is cited. */
export function scoreEval(
  cases: readonly EvalCase[],
  results: readonly EvalResult[],
  articleExists: (ref: ArticleRef) => boolean,
): EvalScores {
  let hit1 = 0;
  let hit3 = 0;
  let pointsFound = 0;
  let pointsTotal = 0;
  const invented: EvalScores['invented'] = [];
  const misses: EvalScores['misses'] = [];
  cases.forEach((c, i) => {
    const result = results[i] ?? { citations: [], answer: '' };
    const expected = new Set(c.citations.map(citationKey));
    const hitWithin = (k: number) =>
      expected.size === 0
        ? result.citations.length === 0
        : result.citations.slice(0, k).some((ref) => expected.has(citationKey(ref)));
    if (hitWithin(1)) hit1 += 1;
    if (hitWithin(3)) hit3 += 1;
    else misses.push({ id: c.id, reason: `cited ${result.citations.map(citationKey).join(';') || 'nothing'}` });
    const answer = normaliseForMatch(result.answer);
    const missing = c.keypoints.filter((alternatives) => !alternatives.some((a) => answer.includes(normaliseForMatch(a))));
    pointsTotal += c.keypoints.length;
    pointsFound += c.keypoints.length - missing.length;
    if (missing.length > 0) misses.push({ id: c.id, reason: `missing ${missing.map((m) => m.join('或')).join(', ')}` });
    for (const citation of result.citations) if (!articleExists(citation)) invented.push({ id: c.id, citation });
  });
  const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
  return {
    cases: cases.length,
    hitAt1: share(hit1, cases.length),
    hitAt3: share(hit3, cases.length),
    keypointCoverage: share(pointsFound, pointsTotal),
    invented,
    misses,
  };
}

/** Key points and answers are compared without punctuation or spaces, with Chinese numerals as digits. */
export function normaliseForMatch(text: string): string {
  return normaliseNumerals(text.toLowerCase()).replace(/[\p{P}\p{S}\s]/gu, '');
}

function splitList(text: string, separator: RegExp): string[] {
  return text.split(separator).map((s) => s.trim()).filter((s) => s !== '');
}
