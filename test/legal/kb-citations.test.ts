import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnsupportedCitations } from '../../core/legal/citation-check.js';
import { SHARED_LAWS_DIR } from '../../core/legal/environment.js';
import { DEFAULT_KB_DIR, loadKnowledgeBase } from '../../core/legal/index.js';
import { readStatuteFolder, statuteStoreFrom, type StatuteStore } from '../../core/legal/statute-store.js';
import { FIXTURE_KB_DIR } from './support.js';

const haveLaws = existsSync(SHARED_LAWS_DIR);
if (!haveLaws) console.log(`kb-citations: skipped, no statute texts at ${SHARED_LAWS_DIR}`);

// The statute texts are reference data beside the repository, not shipped in it (they are in CI);
// without them there is nothing to check the citations against, so the check is skipped, not failed.
describe.skipIf(!haveLaws)('every article the knowledge base cites exists and supports its entry', () => {
  let statutes: StatuteStore;
  const load = () => (statutes ??= statuteStoreFrom(readStatuteFolder(SHARED_LAWS_DIR)));

  it.each([
    ['shipped knowledge base', DEFAULT_KB_DIR],
    ['test fixture knowledge base', FIXTURE_KB_DIR],
  ])('%s', (_name, dir) => {
    const problems = findUnsupportedCitations(loadKnowledgeBase(dir).entries, load());
    expect(problems.map((p) => `${p.entryId}: ${p.citation} ${p.problem}`)).toEqual([]);
  });

  it('flags a missing law, a missing article and an article that lacks the entry\'s terms', () => {
    const [entry] = loadKnowledgeBase(FIXTURE_KB_DIR).entries;
    if (!entry) throw new Error('fixture knowledge base is empty');
    const wrong = {
      ...entry,
      articles: [
        { law: '利率法', article: 1, terms: ['利率'], cues: [] },
        { law: '民法典', article: 1438, terms: ['离婚'], cues: [] },
        { law: '民法典', article: 1053, terms: ['相邻关系'], cues: [] },
      ],
    };
    expect(findUnsupportedCitations([wrong], load()).map((p) => p.problem)).toEqual([
      'no such law in the statute texts',
      'no such article',
      'text contains none of: 相邻关系',
    ]);
  });
});
