import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../core/logging/logger.js';
import { createLlmClient } from '../../core/llm/anthropic-client.js';
import { createLegalAdvisor } from '../../core/legal/index.js';
import { taskCard } from '../../core/notify/task-card.js';
import { findMobiles, maskPhone, maskSensitiveText, removeSensitiveNumbers } from '../../core/privacy/mask.js';
import { coarsePlace, redactPersonalText } from '../../core/privacy/redact.js';
import type { PersonRow, ReportRow } from '../../core/storage/schema.js';
import { ClaudeClassifier } from '../../core/understanding/claude/claude-classifier.js';
import { loadClassifyPrompt } from '../../core/understanding/claude/prompt.js';
import { OfflineClassifier } from '../../core/understanding/offline/offline-classifier.js';
import { startFakeMessagesApi, type FakeMessagesApi } from '../support/fake-messages-api.js';
import { fixtureKb } from '../legal/support.js';

const MOBILE = '13812345678';
const ID = '42010619800101123X';
/** Every way a resident writes the numbers that must never leave unmasked. */
const WRITTEN = [MOBILE, '138 1234 5678', '+86 138-1234-5678', '１３８１２３４５６７８', ID, '420106 19800101 123X', '420106800101123', '027-87654321'];
const RAW_DIGITS = ['12345678', '19800101', '800101123', '87654321'];

function expectNoRawNumbers(text: string) {
  for (const digits of RAW_DIGITS) expect(text).not.toContain(digits);
}

describe('masking of phone and ID numbers', () => {
  it('masks every written form, keeping enough to recognise one’s own number', () => {
    for (const written of WRITTEN) expectNoRawNumbers(maskSensitiveText(`联系我：${written}，谢谢`));
    expect(maskSensitiveText(`电话${MOBILE}`)).toBe('电话138****5678');
    expect(maskSensitiveText(`身份证${ID}`)).toBe('身份证420106***********X');
    expect(maskPhone(MOBILE)).toBe('138****5678');
    expect(findMobiles('电话１３８１２３４５６７８')).toEqual([MOBILE]);
  });

  it('anonymisation removes numbers (even masked ones), names and doors, and keeps the sense', () => {
    expect(removeSensitiveNumbers(`电话${MOBILE} 证${ID} 又见138****5678`)).toBe('电话〔电话〕 证〔证件号〕 又见〔号码〕');
    const text = redactPersonalText(`我叫王小明，住幸福小区5栋2单元301，楼上李阿姨和老张天天吵，电话${MOBILE}`, ['陈大爷']);
    expect(text).toBe('我叫某某，住幸福小区5栋2单元〔门牌〕，楼上某阿姨和老某天天吵，电话〔电话〕');
    expect(redactPersonalText('帮陈大爷反映：小区门口路灯坏了', ['陈大爷'])).toBe('帮某某反映：小区门口路灯坏了');
    expect(coarsePlace('幸福小区5栋2单元301')).toBe('幸福小区');
    expect(coarsePlace('李家村三组路口')).toBe('李家村三组路口');
  });
});

describe('logs', () => {
  it('never contain a phone or ID number: message, fields, nested fields and errors', () => {
    const lines: string[] = [];
    const logger = createLogger('info', 'test', { write: (line: string) => void lines.push(line) });
    logger.info(`resident wrote ${MOBILE}`);
    logger.info({ text: `身份证${ID}`, report: { details: { phones: [MOBILE] }, note: `座机027-87654321` } }, 'report stored');
    logger.error({ err: new Error(`lookup failed for ${MOBILE}`) }, 'failed');
    logger.child({ ticket: 'GX20261122-0007' }).warn({ input: `１３８１２３４５６７８` }, 'child logger');
    const out = lines.join('\n');
    expect(lines).toHaveLength(4);
    expectNoRawNumbers(out);
    expect(out).toContain('138****5678');
    expect(JSON.parse(lines[2]!).err.message).toBe('lookup failed for 138****5678');
    expect(JSON.parse(lines[3]!).ticket).toBe('GX20261122-0007');
  });
});

describe('task cards', () => {
  const reporter = { id: 7, name: '陈大爷', phone: '13700000301' } as PersonRow;
  const report = {
    ticket: 'GX20261122-0007',
    subtype: 'dispute.neighbor',
    flags: [],
    urgency: 'normal',
    on_behalf_of: null,
    raw_text: `楼上天天半夜装修，我电话${MOBILE}，身份证${ID}`,
    address_text: '幸福小区5栋',
    summary: null,
    details: null,
    due_accept_at: null,
  } as unknown as ReportRow;

  it('show the assignee (private chat) the full contact, and groups and the centre only masked numbers', () => {
    const own = taskCard(report, reporter, { privateChat: true });
    expect(own).toContain('13700000301');
    expect(own).toContain(MOBILE);
    const shared = taskCard(report, reporter, { privateChat: false });
    expect(shared).toContain('137****0301');
    expect(shared).not.toContain('13700000301');
    expectNoRawNumbers(shared);
    const summarised = taskCard({ ...report, summary: `邻里纠纷｜联系${MOBILE}` }, reporter, { privateChat: false });
    expectNoRawNumbers(summarised);
  });
});

describe('what is sent to the LLM', () => {
  const TEXT = `幸福小区7栋的单元门禁坏了两个星期，物业一直说没配件，我电话${MOBILE}，身份证${ID}，座机027-87654321`;
  let api: FakeMessagesApi;
  let offline: OfflineClassifier;
  beforeAll(() => {
    offline = OfflineClassifier.load();
  });
  beforeEach(async () => {
    api = await startFakeMessagesApi();
  });
  afterEach(async () => api.close());
  const config = () => ({ ANTHROPIC_API_KEY: 'test', ANTHROPIC_BASE_URL: api.baseURL, LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: 2000, LLM_MAX_RETRIES: 0 });

  it('the Claude classifier and the legal advisor send masked text only', async () => {
    api.enqueue({
      kind: 'tool_use',
      name: 'classify',
      input: { intent: 'report', label: 'dispute.property_mgmt', urgency: 'normal', flags: [], confidence: 0.9, summary: '物业不修门禁' },
    });
    const classifier = new ClaudeClassifier(createLlmClient(config())!, offline, loadClassifyPrompt(), { onFallback: () => undefined });
    const understanding = await classifier.classify(TEXT);
    expect(understanding.source).toBe('claude');

    api.enqueue({ kind: 'tool_use', name: 'answer_legal_question', input: { answer: '可以先找物业协商。', citations: [], offer_report: true } });
    const advisor = createLegalAdvisor({ config: config(), kb: fixtureKb(), logger: { warn: () => undefined } });
    await advisor.answer(`邻居空调外机对着我家窗户吹，我电话${MOBILE}，身份证${ID}，怎么办`);

    expect(api.requests).toHaveLength(2);
    for (const request of api.requests) {
      const sent = JSON.stringify(request.body);
      expectNoRawNumbers(sent);
      expect(sent).toContain('138****5678');
    }
  });
});
