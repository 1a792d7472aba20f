import { pino } from 'pino';
import type { AppConfig } from '../config.js';
import { createLlmClient, type LlmConfig } from '../llm/anthropic-client.js';
import { createArticleReferenceFinder } from './article-reference.js';
import { createClaudeAnswerer, type CitationLogger, type ClaudeAnswerer } from './claude-answerer.js';
import { composeArticleAnswer, composeEntryAnswer, outOfScopeAnswer } from './compose-answer.js';
import { loadKnowledgeBase, type KnowledgeBase } from './kb-loader.js';
import type { KbEntry } from './kb-schema.js';
import { ANSWER_TEXT, formatCitations, type LegalAnswer } from './legal-answer.js';
import { createRetriever, DEFAULT_RETRIEVAL_PARAMS, type RetrievalHit, type RetrievalParams } from './retriever.js';
import type { StatuteStore } from './statute-store.js';
import { stripInjections } from '../understanding/injection.js';

export interface AdvisorTuning {
  retrieval: RetrievalParams;
  /** Best BM25 score under which a question counts as outside the knowledge base. */
  minScore: number;
  /** Further entries join an answer when they score at least this share of the best one. */
  relatedRatio: number;
  /** Entries in an offline answer. */
  maxEntries: number;
  /** Entries sent to Claude to choose from. */
  claudeEntries: number;
}

/**
 * Measured on test/data/legal-dev.txt and test/legal/data/legal-check.txt (cli/eval-legal.ts).
 * minScore 8 refuses about half of the out-of-KB questions while refusing no in-KB question even
 * with the lay-term map switched off; higher values started refusing questions the KB answers.
 */
export const DEFAULT_TUNING: AdvisorTuning = {
  retrieval: DEFAULT_RETRIEVAL_PARAMS,
  minScore: 8,
  relatedRatio: 0.5,
  maxEntries: 3,
  claudeEntries: 4,
};

export interface LegalAdvisorOptions {
  config: LlmConfig & Partial<Pick<AppConfig, 'LOG_LEVEL'>>;
  /** Imported statute texts (npm run kb:import); without them answers cite but do not quote. */
  statutes?: StatuteStore | null;
  /** Defaults to the knowledge base shipped in core/legal/kb. */
  kb?: KnowledgeBase;
  logger?: CitationLogger;
  tuning?: Partial<AdvisorTuning>;
}

export interface LegalAdvisor {
  answer(question: string): Promise<LegalAnswer>;
}

/**
 * Answers residents' legal questions from the curated knowledge base: exact lookup when an article
 * is named, else BM25 retrieval; Claude writes the answer when configured, the offline composer
 * otherwise and whenever Claude fails. Only articles of retrieved entries are ever cited.
 */
export function createLegalAdvisor(opts: LegalAdvisorOptions): LegalAdvisor {
  const tuning = { ...DEFAULT_TUNING, ...opts.tuning };
  const kb = opts.kb ?? loadKnowledgeBase();
  const statutes = opts.statutes ?? null;
  const logger = opts.logger ?? pino({ level: opts.config.LOG_LEVEL ?? 'info' }, pino.destination(2));
  const retriever = createRetriever(kb, tuning.retrieval);
  const findArticle = createArticleReferenceFinder([
    ...kb.entries.flatMap((e) => e.articles.map((a) => a.law)),
    ...(statutes?.laws ?? []),
  ]);
  const llm = createLlmClient(opts.config);
  const askClaude = llm ? createClaudeAnswerer(llm, logger) : null;

  const answerOffline = (question: string): { answer: LegalAnswer; candidates: KbEntry[] } => {
    const ref = findArticle(question);
    if (ref) {
      const citing = kb.entries.filter((e) => e.articles.some((a) => a.law === ref.law && a.article === ref.article));
      return { answer: composeArticleAnswer(question, ref, citing, statutes), candidates: [] };
    }
    const hits = retriever.search(question, Math.max(tuning.maxEntries, tuning.claudeEntries));
    const confident = hits.filter((h) => h.score >= tuning.minScore);
    const [best, ...rest] = confident;
    if (!best) return { answer: outOfScopeAnswer(), candidates: [] };
    const related = rest.filter((h) => h.score >= best.score * tuning.relatedRatio).slice(0, tuning.maxEntries - 1);
    return {
      answer: composeEntryAnswer(question, [best.entry, ...related.map(entryOf)], statutes),
      candidates: confident.slice(0, tuning.claudeEntries).map(entryOf),
    };
  };

  return {
    async answer(rawQuestion) {
      // The question is data: instructions hidden in it must not steer retrieval or the answer.
      const question = stripInjections(rawQuestion) || rawQuestion;
      const offline = answerOffline(question);
      if (!askClaude || offline.candidates.length === 0) return offline.answer;
      return (await answerWithClaude(askClaude, question, offline.candidates, logger)) ?? offline.answer;
    },
  };
}

async function answerWithClaude(
  askClaude: ClaudeAnswerer,
  question: string,
  candidates: readonly KbEntry[],
  logger: CitationLogger,
): Promise<LegalAnswer | null> {
  try {
    const draft = await askClaude(question, candidates);
    const lead = draft.citations[0];
    const primary = candidates.find((e) => e.articles.some((a) => a.law === lead?.law && a.article === lead?.article));
    return {
      answer: [
        draft.answer,
        `依据：${formatCitations(draft.citations)}。`,
        ANSWER_TEXT.disclaimer,
        ...(draft.offer_report ? [ANSWER_TEXT.offerReport] : []),
      ].join('\n'),
      citations: draft.citations,
      offer_report: draft.offer_report,
      subtype: (primary ?? candidates[0])?.subtype ?? null,
      source: 'claude',
      entryIds: candidates.map((e) => e.id),
    };
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'legal answer: Claude failed, answering offline');
    return null;
  }
}

const entryOf = (hit: RetrievalHit) => hit.entry;
