/**
 * BM25F over documents with several text fields: a term's frequency is summed across fields, each
 * field weighted and length-normalised on its own, then saturated once (Robertson & Zaragoza 2009).
 */
export interface Bm25Params<F extends string> {
  k1: number;
  b: number;
  fieldWeights: Record<F, number>;
}

export interface Bm25Hit {
  doc: number;
  score: number;
}

export interface Bm25Index {
  /** Query terms with their weights (1 for the resident's own words, less for expansions). */
  search(query: ReadonlyMap<string, number>, limit: number): Bm25Hit[];
  /** Inverse document frequency; 0 for a term no document contains. */
  idf(term: string): number;
}

export function buildBm25Index<F extends string>(docs: Array<Record<F, string[]>>, params: Bm25Params<F>): Bm25Index {
  const fields = Object.keys(params.fieldWeights) as F[];
  const avgLength = new Map(
    fields.map((f) => [f, Math.max(1, docs.reduce((sum, d) => sum + d[f].length, 0) / Math.max(1, docs.length))]),
  );
  // term → doc → weighted, length-normalised frequency
  const postings = new Map<string, Map<number, number>>();
  docs.forEach((doc, index) => {
    for (const field of fields) {
      const tokens = doc[field];
      const norm = 1 - params.b + (params.b * tokens.length) / (avgLength.get(field) ?? 1);
      const share = params.fieldWeights[field] / norm;
      for (const token of tokens) {
        let byDoc = postings.get(token);
        if (!byDoc) postings.set(token, (byDoc = new Map()));
        byDoc.set(index, (byDoc.get(index) ?? 0) + share);
      }
    }
  });
  const idf = (term: string) => {
    const df = postings.get(term)?.size ?? 0;
    return df === 0 ? 0 : Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
  };

  return {
    idf,
    search(query, limit) {
      const scores = new Map<number, number>();
      for (const [term, weight] of query) {
        const byDoc = postings.get(term);
        if (!byDoc) continue;
        const termIdf = idf(term);
        for (const [doc, tf] of byDoc) {
          const gain = (weight * termIdf * tf * (params.k1 + 1)) / (params.k1 + tf);
          scores.set(doc, (scores.get(doc) ?? 0) + gain);
        }
      }
      return [...scores]
        .map(([doc, score]) => ({ doc, score }))
        .sort((a, b) => b.score - a.score || a.doc - b.doc)
        .slice(0, limit);
    },
  };
}
