import type { Subtype } from '../taxonomy/codes.js';
import type { ArticleRef } from './kb-schema.js';

export interface LegalAnswer {
  answer: string;
  /** Best first; empty when the question is outside the knowledge base. */
  citations: ArticleRef[];
  /** The question describes a problem the grid can act on: the bot offers to register it. */
  offer_report: boolean;
  /** The report subtype the question would be filed as, when it maps to one. */
  subtype: Subtype | null;
  source: 'offline' | 'claude';
  /** Knowledge-base entries the answer rests on. */
  entryIds: string[];
}

/** Fixed lines every answer shares; residents see them verbatim. */
export const ANSWER_TEXT = {
  disclaimer: '以上是一般性的法律信息，不是律师意见；具体情况可拨打12348法律服务热线咨询。',
  offerReport: '要不要帮您登记给网格员处理？',
  outOfScope: '这个问题建议咨询12348或律师。12348是公共法律服务热线，可以免费咨询；也可以到镇（街道）公共法律服务站当面咨询。',
} as const;

export function formatCitation({ law, article }: ArticleRef): string {
  return `《${law}》第${article}条`;
}

/** 「《民法典》第288条、第294条，《噪声污染防治法》第65条」: the law named once per run of its articles. */
export function formatCitations(refs: readonly ArticleRef[]): string {
  return refs
    .map((ref, i) => (i > 0 && refs[i - 1]?.law === ref.law ? `、第${ref.article}条` : `${i > 0 ? '，' : ''}${formatCitation(ref)}`))
    .join('');
}

export function citationKey({ law, article }: ArticleRef): string {
  return `${law}:${article}`;
}

/** Each article once, in first-seen order, without extra fields (an entry's `terms`). */
export function uniqueCitations(refs: readonly ArticleRef[]): ArticleRef[] {
  const byKey = new Map<string, ArticleRef>();
  for (const { law, article } of refs) {
    const key = citationKey({ law, article });
    if (!byKey.has(key)) byKey.set(key, { law, article });
  }
  return [...byKey.values()];
}
