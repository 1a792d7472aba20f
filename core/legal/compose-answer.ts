import type { ArticleRef, KbEntry } from './kb-schema.js';
import { ANSWER_TEXT, formatCitation, formatCitations, uniqueCitations, type LegalAnswer } from './legal-answer.js';
import { describesLiveProblem } from './live-problem.js';
import type { StatuteStore } from './statute-store.js';

/** Longest statute quote in an answer; residents read on a phone. */
const QUOTE_CHARS = 120;

/** An answer composed offline from the best knowledge-base entries (the first one leads). */
export function composeEntryAnswer(
  question: string,
  entries: readonly [KbEntry, ...KbEntry[]],
  statutes: StatuteStore | null,
): LegalAnswer {
  const [primary, ...related] = entries;
  const citations = rankCitations(entries);
  const quote = quoteArticle(primary.articles[0], statutes);
  const offer = describesLiveProblem(question, primary);
  const lines = [
    primary.rule,
    `依据：${formatCitations(citationsOf([primary]))}。`,
    ...(quote ? [quote] : []),
    ...(primary.steps.length > 0 ? [`怎么办：${numbered(primary.steps)}`] : []),
    ...(primary.where.length > 0 ? [`可以找：${primary.where.join('、')}。`] : []),
    ...related.map((e) => `相关：${e.rule}（${formatCitations(citationsOf([e]))}）`),
    ANSWER_TEXT.disclaimer,
    ...(offer ? [ANSWER_TEXT.offerReport] : []),
  ];
  return {
    answer: lines.join('\n'),
    citations,
    offer_report: offer,
    subtype: primary.subtype,
    source: 'offline',
    entryIds: entries.map((e) => e.id),
  };
}

/**
 * The answer to 「X法第N条说的是什么」: the imported text when there is one, else what the knowledge
 * base says under that article, else an honest referral. Never a text from memory.
 */
export function composeArticleAnswer(
  question: string,
  ref: ArticleRef,
  citingEntries: readonly KbEntry[],
  statutes: StatuteStore | null,
): LegalAnswer {
  const text = statutes?.text(ref.law, ref.article);
  const primary = citingEntries[0];
  if (text === undefined && !primary) {
    return outOfScopeAnswer(`没有查到${formatCitation(ref)}的内容。`);
  }
  const offer = primary !== undefined && describesLiveProblem(question, primary);
  const lines = [
    ...(text !== undefined ? [`${formatCitation(ref)}规定：${text}`] : [`${formatCitation(ref)}主要讲的是：`]),
    ...citingEntries.map((e) => (text !== undefined ? `通俗地说：${e.rule}` : e.rule)),
    ...(primary && primary.where.length > 0 ? [`可以找：${primary.where.join('、')}。`] : []),
    ANSWER_TEXT.disclaimer,
    ...(offer ? [ANSWER_TEXT.offerReport] : []),
  ];
  return {
    answer: lines.join('\n'),
    citations: [{ law: ref.law, article: ref.article }],
    offer_report: offer,
    subtype: primary?.subtype ?? null,
    source: 'offline',
    entryIds: citingEntries.map((e) => e.id),
  };
}

export function outOfScopeAnswer(lead?: string): LegalAnswer {
  return {
    answer: [lead, ANSWER_TEXT.outOfScope].filter(Boolean).join(''),
    citations: [],
    offer_report: false,
    subtype: null,
    source: 'offline',
    entryIds: [],
  };
}

/** One entry's articles, each once, in the order the entry lists them (its main article first). */
function citationsOf(entries: readonly KbEntry[]): ArticleRef[] {
  return uniqueCitations(entries.flatMap((e) => e.articles));
}

/**
 * The answer's citations, best first: each entry's main article before any entry's secondary ones
 * (round-robin in entry order), because the runner-up entry's main article is usually more to the
 * point than the best entry's third.
 */
function rankCitations(entries: readonly KbEntry[]): ArticleRef[] {
  const depth = Math.max(...entries.map((e) => e.articles.length));
  const byRank = Array.from({ length: depth }, (_, rank) => entries.flatMap((e) => e.articles[rank] ?? []));
  return uniqueCitations(byRank.flat());
}

function quoteArticle(ref: ArticleRef | undefined, statutes: StatuteStore | null): string | null {
  const text = ref && statutes?.text(ref.law, ref.article);
  if (!ref || !text) return null;
  const firstParagraph = text.split('\n')[0] ?? text;
  const clipped = firstParagraph.length > QUOTE_CHARS ? `${firstParagraph.slice(0, QUOTE_CHARS)}……` : firstParagraph;
  return `${formatCitation(ref)}原文：「${clipped}」`;
}

function numbered(steps: readonly string[]): string {
  return steps.map((s, i) => `${i + 1}. ${s}`).join(' ');
}
