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
  /** Share of the question's content words the best entry must account for (see RetrievalHit.coverage). */
  minCoverage: number;
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
  minCoverage: 0.1,
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
    if (!best || !withinScope(question, best, tuning)) return { answer: outOfScopeAnswer(), candidates: [] };
    const related = rest.filter((h) => h.score >= best.score * tuning.relatedRatio).slice(0, tuning.maxEntries - 1);
    return {
      answer: composeEntryAnswer(
        question,
        [focusArticles(question, best.entry), ...related.map((h) => focusArticles(question, h.entry))],
        statutes,
      ),
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

/**
 * Topics residents ask about that the knowledge base deliberately leaves to 12348 or a lawyer: tax,
 * intellectual property, securities and investment, immigration and visas, household registration,
 * customs, company formation and insolvency, criminal procedure. A question naming one is answered
 * only when the best entry lists that topic among its own question forms or keywords (维修基金, 户口迁走后的承包地).
 */
const OUT_OF_SCOPE_TOPICS =
  /税|专利|商标|著作权|版权|抄袭|盗版|股票|炒股|股民|股市|券商|证券|(?<!维修|救助|公积)基金|期货|理财产品|上市|股权|比特币|虚拟货币|加密货币|签证|护照|移民|绿卡|出入境|留学|外国人|外籍|户口|户籍|落户|海关|报关|公司注册|注册公司|注册资本|营业执照|证照|破产清算|取保候审|刑事拘留|逮捕|死刑|量刑|缓刑|减刑|公诉|律师会见|游戏账号|域名|招投标|知识产权|发明/gu;

/** Whether the best entry answers the question rather than sharing a few words with it. */
function withinScope(question: string, best: RetrievalHit, tuning: AdvisorTuning): boolean {
  if (best.coverage < tuning.minCoverage) return false;
  const topics = [...question.matchAll(OUT_OF_SCOPE_TOPICS)].map((m) => m[0]);
  if (topics.length === 0) return true;
  const texts = [...best.entry.questions, ...best.entry.keywords];
  return topics.every((topic) => texts.some((text) => text.includes(topic)));
}

/**
 * The entry with the article the question is about first: an article whose cues or terms the
 * question names outranks the entry's main article (「只有他一个人签字」 → 代书遗嘱 before 自书遗嘱).
 * Ties keep the entry's order.
 */
export function focusArticles(question: string, entry: KbEntry): KbEntry {
  const scored = entry.articles.map((article, rank) => ({
    article,
    rank,
    score:
      2 * article.cues.filter((cue) => question.includes(cue)).length +
      article.terms.filter((term) => term.length >= 2 && question.includes(term)).length +
      (rank === 0 ? 0.5 : 0),
  }));
  if (!scored.some((s) => s.rank > 0 && s.score > 0.5)) return entry;
  const articles = [...scored].sort((a, b) => b.score - a.score || a.rank - b.rank).map((s) => s.article);
  return { ...entry, articles };
}
