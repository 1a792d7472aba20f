import type { KbEntry } from './kb-schema.js';
import { formatCitation } from './legal-answer.js';
import type { StatuteStore } from './statute-store.js';

export interface CitationProblem {
  entryId: string;
  citation: string;
  problem: string;
}

/**
 * Mechanical support check of every article the knowledge base cites: the law exists, the
 * article exists, and its text contains at least one of the key terms the entry lists for it.
 */
export function findUnsupportedCitations(entries: readonly KbEntry[], statutes: StatuteStore): CitationProblem[] {
  const laws = new Set(statutes.laws);
  return entries.flatMap((entry) =>
    entry.articles.flatMap((cited) => {
      const problem = !laws.has(cited.law)
        ? 'no such law in the statute texts'
        : supportProblem(statutes.text(cited.law, cited.article), cited.terms);
      return problem ? [{ entryId: entry.id, citation: formatCitation(cited), problem }] : [];
    }),
  );
}

function supportProblem(text: string | undefined, terms: readonly string[]): string | null {
  if (text === undefined) return 'no such article';
  if (terms.length === 0) return 'no key terms listed';
  return terms.some((term) => text.includes(term)) ? null : `text contains none of: ${terms.join('、')}`;
}
