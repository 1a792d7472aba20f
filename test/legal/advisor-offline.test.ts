import { describe, expect, it } from 'vitest';
import { createLegalAdvisor, type KnowledgeBase } from '../../core/legal/index.js';
import { createRetriever } from '../../core/legal/retriever.js';
import { ANSWER_TEXT } from '../../core/legal/legal-answer.js';
import { fixtureKb, fixtureStatutes, OFFLINE_CONFIG } from './support.js';

const advisor = createLegalAdvisor({ config: OFFLINE_CONFIG, kb: fixtureKb() });
const withStatutes = createLegalAdvisor({ config: OFFLINE_CONFIG, kb: fixtureKb(), statutes: fixtureStatutes() });

describe('offline legal answers', () => {
  it.each([
    ['邻居空调外机对着我家窗户吹，我能怎么办', 'neighbor-ac-unit', { law: '民法典', article: 288 }],
    ['离婚冷静期多久', 'divorce-cooling-off', { law: '民法典', article: 1077 }],
    ['老板三个月没发工资了', 'wage-arrears', { law: '劳动合同法', article: 30 }],
    ['网上买到假货能退一赔三吗', 'fake-goods-compensation', { law: '消费者权益保护法', article: 55 }],
  ])('%s → %s', async (question, entryId, citation) => {
    const answer = await advisor.answer(question);
    expect(answer.entryIds[0]).toBe(entryId);
    expect(answer.citations[0]).toEqual(citation);
    expect(answer.source).toBe('offline');
  });

  it('composes the rule, the articles, the steps, where to go and the 12348 disclaimer', async () => {
    const { answer } = await advisor.answer('离婚冷静期多久');
    expect(answer).toContain('三十天冷静期');
    expect(answer).toContain('《民法典》第1077条');
    expect(answer).toContain('婚姻登记机关');
    expect(answer).toContain(ANSWER_TEXT.disclaimer);
  });

  it('bridges residents\' words to legal terms through the lay-term map', () => {
    // 「坑人」 appears in no entry; only the map's 坑人→欺诈 leads to the fraud entry
    const question = '这家店坑人怎么办';
    const topEntry = (kb: KnowledgeBase) => createRetriever(kb).search(question, 1)[0]?.entry.id;
    expect(topEntry(fixtureKb())).toBe('fake-goods-compensation');
    expect(topEntry({ ...fixtureKb(), layTerms: {} })).toBeUndefined();
  });

  it('offers to register a live problem the grid can act on, not a general question', async () => {
    const live = await advisor.answer('楼上邻居的空调外机天天对着我家吹热风');
    expect(live.offer_report).toBe(true);
    expect(live.subtype).toBe('dispute.neighbor');
    expect(live.answer).toContain(ANSWER_TEXT.offerReport);
    const general = await advisor.answer('离婚冷静期多久');
    expect(general.offer_report).toBe(false);
    expect(general.answer).not.toContain(ANSWER_TEXT.offerReport);
  });

  it('answers questions outside the knowledge base honestly, with no citation', async () => {
    for (const question of ['怎么申请专利', '股票怎么买比较好', '今天天气怎么样']) {
      const answer = await advisor.answer(question);
      expect(answer.answer).toContain('这个问题建议咨询12348或律师');
      expect(answer.citations).toEqual([]);
      expect(answer.subtype).toBeNull();
    }
  });

  it('quotes the first cited article when statute texts were imported', async () => {
    const { answer } = await withStatutes.answer('离婚冷静期多久');
    expect(answer).toContain('《民法典》第1077条原文：「示例：申请协议离婚后三十日内');
  });
});

describe('questions naming an article', () => {
  it('quotes the imported text, in Chinese or Arabic numerals', async () => {
    const arabic = await withStatutes.answer('民法典第1084条说的是什么');
    expect(arabic.citations).toEqual([{ law: '民法典', article: 1084 }]);
    expect(arabic.answer).toContain('不满两周岁的子女原则上由母亲直接抚养');
    const chinese = await withStatutes.answer('劳动合同法第八十二条');
    expect(chinese.citations).toEqual([{ law: '劳动合同法', article: 82 }]);
    expect(chinese.answer).toContain('二倍的工资');
  });

  it('falls back to the knowledge-base entries citing the article when no text was imported', async () => {
    const answer = await advisor.answer('民法典第一千零八十四条是什么意思');
    expect(answer.citations).toEqual([{ law: '民法典', article: 1084 }]);
    expect(answer.entryIds).toEqual(['child-custody']);
    expect(answer.answer).toContain('不满两周岁的孩子原则上跟母亲');
  });

  it('says honestly that it does not know an article it has no text or entry for', async () => {
    const answer = await advisor.answer('民法典第1438条是什么');
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toContain('建议咨询12348');
  });
});
