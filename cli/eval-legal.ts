/**
 * Scores the legal Q&A on a question set:
 *   npm run eval:legal -- FILE [--offline] [--misses]
 * FILE lines: id|question|law:article;…|key point,key point或alternative,…
 * Invented citations are checked against ../shared/laws when present, else against the knowledge base.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { advisorFromEnvironment, SHARED_LAWS_DIR } from '../core/legal/environment.js';
import { parseEvalFile, scoreEval, type EvalResult } from '../core/legal/evaluation.js';
import { loadKnowledgeBase, type ArticleRef } from '../core/legal/index.js';
import { citationKey } from '../core/legal/legal-answer.js';
import { readStatuteFolder, statuteStoreFrom } from '../core/legal/statute-store.js';

const { values, positionals } = parseArgs({
  options: { offline: { type: 'boolean', default: false }, misses: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const [file] = positionals;
if (!file) {
  process.stderr.write('usage: npm run eval:legal -- FILE [--offline] [--misses]\n');
  process.exit(2);
}

const cases = parseEvalFile(readFileSync(file, 'utf8'));
const advisor = advisorFromEnvironment({ offline: values.offline });
const results: EvalResult[] = [];
for (const c of cases) results.push(await advisor.answer(c.question));

const { articleExists, checkedAgainst } = existenceCheck();
const scores = scoreEval(cases, results, articleExists);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const refusals = cases.reduce(
  (acc, c, i) => {
    const refused = (results[i]?.citations.length ?? 0) === 0;
    if (c.citations.length === 0) {
      acc.outOfKb += 1;
      if (refused) acc.outRefused += 1;
    } else if (refused) acc.inRefused += 1;
    return acc;
  },
  { outOfKb: 0, outRefused: 0, inRefused: 0 },
);
process.stdout.write(
  [
    `questions          ${scores.cases}`,
    `citation hit@1     ${percent(scores.hitAt1)}`,
    `citation hit@3     ${percent(scores.hitAt3)}`,
    `key points         ${percent(scores.keypointCoverage)}`,
    `invented citations ${scores.invented.length} (checked against ${checkedAgainst})`,
    `refusals           out-of-KB ${refusals.outOfKb > 0 ? `${refusals.outRefused}/${refusals.outOfKb}` : 'n/a'}, in-KB wrongly refused ${refusals.inRefused}/${cases.length - refusals.outOfKb}`,
    ...scores.invented.map(({ id, citation }) => `  ${id}: ${citationKey(citation)}`),
    ...(values.misses ? ['misses:', ...scores.misses.map(({ id, reason }) => `  ${id}: ${reason}`)] : []),
  ].join('\n') + '\n',
);

function existenceCheck(): { articleExists: (ref: ArticleRef) => boolean; checkedAgainst: string } {
  if (existsSync(SHARED_LAWS_DIR)) {
    const statutes = statuteStoreFrom(readStatuteFolder(SHARED_LAWS_DIR));
    return { articleExists: (ref) => statutes.text(ref.law, ref.article) !== undefined, checkedAgainst: SHARED_LAWS_DIR };
  }
  const cited = new Set(loadKnowledgeBase().entries.flatMap((e) => e.articles.map(citationKey)));
  return { articleExists: (ref) => cited.has(citationKey(ref)), checkedAgainst: 'the knowledge base' };
}
