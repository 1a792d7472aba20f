import { ARTICLE_NUMBER, parseArticleNumber } from './article-number.js';
import type { ArticleRef } from './kb-schema.js';

export type ArticleReferenceFinder = (question: string) => ArticleRef | null;

/**
 * Finds a named article in a question: 「民法典第1084条说的是什么」, 「《劳动合同法》第八十二条」,
 * 「中华人民共和国民法典1084条」. Longer law names win, so 劳动合同法 is never read as 劳动法.
 */
export function createArticleReferenceFinder(knownLaws: Iterable<string>): ArticleReferenceFinder {
  const laws = [...new Set(knownLaws)].sort((a, b) => b.length - a.length);
  if (laws.length === 0) return () => null;
  const pattern = new RegExp(
    `(${laws.map(escapeRegExp).join('|')})》?\\s*(?:的)?\\s*第?\\s*(${ARTICLE_NUMBER})\\s*条`,
  );
  return (question) => {
    const match = pattern.exec(question);
    const law = match?.[1];
    const article = parseArticleNumber(match?.[2] ?? '');
    return law && article ? { law, article } : null;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
