import { buildBm25Index, type Bm25Params } from './bm25.js';
import type { KbEntry } from './kb-schema.js';
import type { KnowledgeBase } from './kb-loader.js';
import { createTokenizer } from './tokenizer.js';

export interface RetrievalHit {
  entry: KbEntry;
  score: number;
}

export interface RetrievalParams {
  bm25: Bm25Params<'questions' | 'keywords' | 'rule'>;
  /** Weight of a legal term added from the lay→legal map, relative to the resident's own words. */
  expansionWeight: number;
}

/** Standard BM25 k1/b (hit rates moved < 1 point over k1 0.8–1.6, b 0.5–0.9); questions weigh most. */
export const DEFAULT_RETRIEVAL_PARAMS: RetrievalParams = {
  bm25: { k1: 1.2, b: 0.75, fieldWeights: { questions: 3, keywords: 2, rule: 1 } },
  expansionWeight: 0.7,
};

export interface Retriever {
  search(question: string, limit: number): RetrievalHit[];
}

/** BM25F over the knowledge base's entries, with the question expanded by the lay→legal term map. */
export function createRetriever(kb: KnowledgeBase, params: RetrievalParams = DEFAULT_RETRIEVAL_PARAMS): Retriever {
  const tokenize = createTokenizer(userWordsOf(kb));
  const index = buildBm25Index(
    kb.entries.map((entry) => ({
      questions: entry.questions.flatMap(tokenize),
      keywords: entry.keywords.flatMap(tokenize),
      rule: tokenize(entry.rule),
    })),
    params.bm25,
  );
  const layTerms = Object.entries(kb.layTerms);

  const queryOf = (question: string): Map<string, number> => {
    const query = new Map<string, number>();
    for (const token of tokenize(question)) query.set(token, 1);
    for (const [lay, legal] of layTerms) {
      if (!question.includes(lay)) continue;
      for (const token of legal.flatMap(tokenize)) {
        if (!query.has(token)) query.set(token, params.expansionWeight);
      }
    }
    return query;
  };

  return {
    search(question, limit) {
      return index.search(queryOf(question), limit).flatMap(({ doc, score }) => {
        const entry = kb.entries[doc];
        return entry ? [{ entry, score }] : [];
      });
    },
  };
}

/** Terms jieba should keep whole: the map's words on both sides, the entries' keywords and article terms. */
function userWordsOf(kb: KnowledgeBase): string[] {
  return [
    ...Object.entries(kb.layTerms).flatMap(([lay, legal]) => [lay, ...legal]),
    ...kb.entries.flatMap((e) => [...e.keywords, ...e.articles.flatMap((a) => a.terms)]),
  ].filter((w) => w.length >= 2 && w.length <= 8);
}
