import { buildBm25Index, type Bm25Params } from './bm25.js';
import type { KbEntry } from './kb-schema.js';
import type { KnowledgeBase } from './kb-loader.js';
import { createTokenizer, isStopword } from './tokenizer.js';

export interface RetrievalHit {
  entry: KbEntry;
  score: number;
  /**
   * Share (0–1, IDF-weighted) of the question's own content words that this entry accounts for:
   * found in the entry's text, bridged to it by the lay→legal map, or sharing a character bigram with
   * it (half credit). Low coverage means the question is mostly about something the entry is not.
   */
  coverage: number;
}

export interface RetrievalParams {
  bm25: Bm25Params<'questions' | 'keywords' | 'rule'>;
  /** Weight of a legal term added from the lay→legal map, relative to the resident's own words. */
  expansionWeight: number;
  /** Weight of the character-bigram index, blended in for words jieba or the map do not know (typos, dialect). */
  bigramWeight: number;
}

/**
 * Standard BM25 k1/b (hit rates moved < 1 point over k1 0.8–1.6, b 0.5–0.9); questions weigh most.
 * The bigram blend (0.25) was set on test/data/legal-dev.txt and test/legal/data/legal-check.txt.
 */
export const DEFAULT_RETRIEVAL_PARAMS: RetrievalParams = {
  bm25: { k1: 1.2, b: 0.75, fieldWeights: { questions: 3, keywords: 2, rule: 1 } },
  expansionWeight: 0.7,
  bigramWeight: 0.25,
};

export interface Retriever {
  search(question: string, limit: number): RetrievalHit[];
}

const CJK_RUN = /[\u3400-\u9fff]+/gu;

/** Overlapping character bigrams of the Chinese runs of a text (「空调外机」 → 空调 调外 外机). */
export function charBigrams(text: string): string[] {
  const grams: string[] = [];
  for (const [run] of text.matchAll(CJK_RUN)) {
    if (run.length === 1) continue;
    for (let i = 0; i + 1 < run.length; i++) grams.push(run.slice(i, i + 2));
  }
  return grams;
}

/** BM25F over the knowledge base's entries, with the question expanded by the lay→legal term map, plus a character-bigram fallback. */
export function createRetriever(kb: KnowledgeBase, params: RetrievalParams = DEFAULT_RETRIEVAL_PARAMS): Retriever {
  const tokenize = createTokenizer(userWordsOf(kb));
  const docs = kb.entries.map((entry) => ({
    questions: entry.questions.flatMap(tokenize),
    keywords: [...entry.keywords, ...entry.articles.flatMap((a) => [...a.terms, ...a.cues])].flatMap(tokenize),
    rule: tokenize(entry.rule),
  }));
  const index = buildBm25Index(docs, params.bm25);
  const gramIndex = buildBm25Index(
    kb.entries.map((entry) => ({
      questions: entry.questions.flatMap(charBigrams),
      keywords: [...entry.keywords, ...entry.articles.flatMap((a) => a.cues)].flatMap(charBigrams),
      rule: charBigrams(entry.rule),
    })),
    params.bm25,
  );
  const docWords = docs.map((d) => new Set([...d.questions, ...d.keywords, ...d.rule]));
  const docGrams = kb.entries.map(
    (e) => new Set([...e.questions, ...e.keywords, e.rule, ...e.articles.flatMap((a) => a.cues)].flatMap(charBigrams)),
  );
  // Longest lay phrases first, so 「工资拖着不给」 is read before 「工资」 claims the same characters.
  const layTerms = Object.entries(kb.layTerms)
    .map(([lay, legal]) => ({ lay, legal: [...new Set(legal.flatMap(tokenize))] }))
    .sort((a, b) => b.lay.length - a.lay.length);
  const maxIdf = Math.log(1 + (kb.entries.length + 0.5) / 0.5);

  const analyse = (question: string) => {
    const own = [...new Set(tokenize(question))];
    const query = new Map<string, number>();
    for (const token of own) query.set(token, 1);
    const bridges: Array<{ lay: string; legal: string[] }> = [];
    for (const term of layTerms) {
      if (!question.includes(term.lay)) continue;
      bridges.push(term);
      for (const token of term.legal) if (!query.has(token)) query.set(token, params.expansionWeight);
    }
    const grams = new Map<string, number>();
    for (const gram of charBigrams(question.toLowerCase())) {
      if (!isStopword(gram[0] ?? '') || !isStopword(gram[1] ?? '')) grams.set(gram, 1);
    }
    return { own, query, bridges, grams };
  };

  const coverageOf = (doc: number, analysis: ReturnType<typeof analyse>): number => {
    const words = docWords[doc];
    const grams = docGrams[doc];
    if (!words || !grams || analysis.own.length === 0) return 0;
    let total = 0;
    let covered = 0;
    for (const token of analysis.own) {
      const idf = index.idf(token);
      const weight = idf > 0 ? idf : maxIdf * 0.8;
      total += weight;
      if (words.has(token)) covered += weight;
      else if (analysis.bridges.some((b) => (b.lay.includes(token) || token.includes(b.lay)) && b.legal.some((l) => words.has(l)))) {
        covered += weight;
      } else if (charBigrams(token).some((g) => grams.has(g))) covered += weight * 0.5;
    }
    return total === 0 ? 0 : covered / total;
  };

  return {
    search(question, limit) {
      const analysis = analyse(question);
      const scores = new Map<number, number>();
      for (const { doc, score } of index.search(analysis.query, kb.entries.length)) scores.set(doc, score);
      if (params.bigramWeight > 0 && analysis.grams.size > 0) {
        for (const { doc, score } of gramIndex.search(analysis.grams, kb.entries.length)) {
          scores.set(doc, (scores.get(doc) ?? 0) + params.bigramWeight * score);
        }
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .flatMap(([doc, score]) => {
          const entry = kb.entries[doc];
          return entry ? [{ entry, score, coverage: coverageOf(doc, analysis) }] : [];
        });
    },
  };
}

/** Terms jieba should keep whole: the map's words on both sides, the entries' keywords and article terms. */
function userWordsOf(kb: KnowledgeBase): string[] {
  return [
    ...Object.entries(kb.layTerms).flatMap(([lay, legal]) => [lay, ...legal]),
    ...kb.entries.flatMap((e) => [...e.keywords, ...e.articles.flatMap((a) => [...a.terms, ...a.cues])]),
  ].filter((w) => w.length >= 2 && w.length <= 8);
}
