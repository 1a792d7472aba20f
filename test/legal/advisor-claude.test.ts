import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLegalAdvisor, type LegalAdvisor } from '../../core/legal/index.js';
import { startFakeMessagesApi, type FakeMessagesApi } from '../support/fake-messages-api.js';
import { fixtureKb } from './support.js';

const TOOL = 'answer_legal_question';
const QUESTION = '邻居空调外机对着我家窗户吹，我电话13812345678，怎么办';

describe('legal answers with Claude', () => {
  let api: FakeMessagesApi;
  let advisor: LegalAdvisor;
  let warnings: Array<{ details: object; message: string }>;

  beforeEach(async () => {
    api = await startFakeMessagesApi();
    warnings = [];
    advisor = createLegalAdvisor({
      config: { ANTHROPIC_API_KEY: 'test', ANTHROPIC_BASE_URL: api.baseURL, LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: 500, LLM_MAX_RETRIES: 0 },
      kb: fixtureKb(),
      logger: { warn: (details, message) => warnings.push({ details, message }) },
    });
  });
  afterEach(async () => {
    await api.close();
  });

  it('answers from the retrieved entries with a forced tool call, and masks phone numbers before sending', async () => {
    api.enqueue({
      kind: 'tool_use',
      name: TOOL,
      input: { answer: '可以先和邻居商量把外机挪开，不行就找调解。', citations: [{ law: '民法典', article: 288 }], offer_report: true },
    });
    const answer = await advisor.answer(QUESTION);
    expect(answer).toMatchObject({
      source: 'claude',
      citations: [{ law: '民法典', article: 288 }],
      offer_report: true,
      subtype: 'dispute.neighbor',
    });
    expect(answer.answer).toContain('可以先和邻居商量');
    expect(answer.answer).toContain('依据：《民法典》第288条');
    expect(answer.answer).toContain('12348');

    const [request] = api.requests;
    expect(request?.body.tool_choice).toMatchObject({ type: 'tool', name: TOOL });
    const sent = JSON.stringify(request?.body);
    expect(sent).not.toContain('13812345678');
    expect(sent).toContain('138****5678');
    expect(sent).toContain('neighbor-ac-unit');
  });

  it('drops and logs a citation outside the retrieved entries', async () => {
    api.enqueue({
      kind: 'tool_use',
      name: TOOL,
      input: {
        answer: '可以要求邻居调整外机。',
        citations: [{ law: '民法典', article: 1438 }, { law: '民法典', article: 294 }],
        offer_report: true,
      },
    });
    const answer = await advisor.answer(QUESTION);
    expect(answer.source).toBe('claude');
    expect(answer.citations).toEqual([{ law: '民法典', article: 294 }]);
    expect(warnings.map((w) => w.details)).toContainEqual({ invented: [{ law: '民法典', article: 1438 }] });
  });

  it.each([
    ['a server error', { kind: 'error', status: 500 } as const],
    ['a timeout', { kind: 'hang' } as const],
    ['output that is not the tool call', { kind: 'text', text: '民法典第一千四百三十八条规定……' } as const],
    ['a tool call with invalid input', { kind: 'tool_use', name: TOOL, input: { answer: '', citations: 'x' } } as const],
  ])('falls back to the offline answer on %s', async (_case, reply) => {
    api.enqueue(reply);
    const answer = await advisor.answer(QUESTION);
    expect(answer.source).toBe('offline');
    expect(answer.citations[0]).toEqual({ law: '民法典', article: 288 });
    expect(warnings).toHaveLength(1);
  });

  it('falls back offline when no citation survives or the text names an article itself', async () => {
    api.enqueue(
      { kind: 'tool_use', name: TOOL, input: { answer: '可以协商。', citations: [{ law: '刑法', article: 133 }], offer_report: false } },
      { kind: 'tool_use', name: TOOL, input: { answer: '根据第1438条可以索赔。', citations: [{ law: '民法典', article: 288 }], offer_report: false } },
    );
    expect((await advisor.answer(QUESTION)).source).toBe('offline');
    expect((await advisor.answer(QUESTION)).source).toBe('offline');
  });

  it('does not ask Claude about questions outside the knowledge base or naming an article', async () => {
    expect((await advisor.answer('怎么申请专利')).citations).toEqual([]);
    expect((await advisor.answer('民法典第1084条说的是什么')).citations).toEqual([{ law: '民法典', article: 1084 }]);
    expect(api.requests).toHaveLength(0);
  });
});
