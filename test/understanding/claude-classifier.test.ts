import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../core/config.js';
import { createLlmClient } from '../../core/llm/anthropic-client.js';
import { ClaudeClassifier } from '../../core/understanding/claude/claude-classifier.js';
import { loadClassifyPrompt } from '../../core/understanding/claude/prompt.js';
import { createClassifier } from '../../core/understanding/create-classifier.js';
import { OfflineClassifier } from '../../core/understanding/offline/offline-classifier.js';
import { startFakeMessagesApi, type FakeMessagesApi } from '../support/fake-messages-api.js';

const MODEL = 'test-model-from-config';
const GOOD_ANSWER = {
  intent: 'report',
  label: 'dispute.property_mgmt',
  urgency: 'normal',
  flags: [],
  confidence: 0.92,
  summary: '物业不修单元门禁',
};
const TEXT = '幸福小区7栋的单元门禁坏了两个星期，物业一直说没配件，我电话13812345678';

let offline: OfflineClassifier;
let api: FakeMessagesApi;
let fallbacks: string[];

beforeAll(() => {
  offline = OfflineClassifier.load();
});
beforeEach(async () => {
  api = await startFakeMessagesApi();
  fallbacks = [];
});
afterEach(async () => {
  await api.close();
});

function config(overrides: Partial<AppConfig> = {}) {
  return {
    ANTHROPIC_API_KEY: 'test',
    ANTHROPIC_BASE_URL: api.baseURL,
    LLM_MODEL: MODEL,
    LLM_TIMEOUT_MS: 2000,
    LLM_MAX_RETRIES: 0,
    ...overrides,
  };
}

function claude(overrides: Partial<AppConfig> = {}) {
  return new ClaudeClassifier(createLlmClient(config(overrides))!, offline, loadClassifyPrompt(), {
    onFallback: (reason) => fallbacks.push(reason),
  });
}

describe('ClaudeClassifier against a local Messages API', () => {
  it('uses a good tool answer, with source claude', async () => {
    api.enqueue({ kind: 'tool_use', name: 'classify', input: GOOD_ANSWER });
    const u = await claude().classify(TEXT);
    expect(u).toMatchObject({ intent: 'report', label: 'dispute.property_mgmt', urgency: 'normal', confidence: 0.92, source: 'claude', summary: '物业不修单元门禁' });
    expect(u.details.phones).toEqual(['13812345678']);
  });

  it('sends the model from config, a forced tool, a cached system block and masked text in a data block', async () => {
    api.enqueue({ kind: 'tool_use', name: 'classify', input: GOOD_ANSWER });
    await claude().classify(TEXT);
    const { body } = api.requests[0]!;
    expect(body.model).toBe(MODEL);
    expect(body.tool_choice).toMatchObject({ type: 'tool', name: 'classify' });
    const system = body.system as Array<{ text: string; cache_control?: unknown }>;
    expect(system.at(-1)!.cache_control).toEqual({ type: 'ephemeral' });
    const sent = JSON.stringify(body.messages);
    expect(sent).not.toContain('13812345678');
    expect(sent).toContain('138****5678');
    expect(sent).toMatch(/<resident_message>[\s\S]*门禁[\s\S]*<\/resident_message>/);
  });

  it('falls back to the offline result on an invalid tool input', async () => {
    api.enqueue({ kind: 'tool_use', name: 'classify', input: { ...GOOD_ANSWER, label: 'dispute.made_up' } });
    const u = await claude().classify(TEXT);
    expect(u.source).toBe('offline');
    expect(u).toEqual(offline.understand(TEXT));
    expect(fallbacks[0]).toMatch(/invalid tool input/);
  });

  it('falls back when a report comes without a label', async () => {
    api.enqueue({ kind: 'tool_use', name: 'classify', input: { ...GOOD_ANSWER, label: null } });
    expect((await claude().classify(TEXT)).source).toBe('offline');
  });

  it('retries a 429 and then uses the answer', async () => {
    api.enqueue({ kind: 'error', status: 429, type: 'rate_limit_error', headers: { 'retry-after': '0' } }, { kind: 'tool_use', name: 'classify', input: GOOD_ANSWER });
    const u = await claude({ LLM_MAX_RETRIES: 1 }).classify(TEXT);
    expect(u.source).toBe('claude');
    expect(api.requests).toHaveLength(2);
  });

  it('falls back to offline on a 500', async () => {
    api.enqueue({ kind: 'error', status: 500 });
    const u = await claude().classify(TEXT);
    expect(u.source).toBe('offline');
    expect(fallbacks[0]).toMatch(/request failed/);
  });

  it('falls back to offline quickly on a timeout', async () => {
    api.enqueue({ kind: 'hang' });
    const started = Date.now();
    const u = await claude({ LLM_TIMEOUT_MS: 300 }).classify(TEXT);
    expect(u.source).toBe('offline');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('never lowers an emergency the safety rules found', async () => {
    api.enqueue({ kind: 'tool_use', name: 'classify', input: { ...GOOD_ANSWER, label: 'public_safety.gas', urgency: 'normal' } });
    const u = await claude().classify('厨房里一股很浓的煤气味，我婆婆还在里面');
    expect(u).toMatchObject({ source: 'claude', label: 'public_safety.gas', urgency: 'emergency' });
  });
});

describe('createClassifier', () => {
  it('is offline without an API key or with the offline option', async () => {
    expect(createClassifier({ ...config(), ANTHROPIC_API_KEY: undefined })).toBeInstanceOf(OfflineClassifier);
    expect(createClassifier(config(), { offline: true })).toBeInstanceOf(OfflineClassifier);
  });

  it('uses Claude with the offline fallback when a key is set', async () => {
    api.enqueue({ kind: 'tool_use', name: 'classify', input: GOOD_ANSWER });
    const classifier = createClassifier(config());
    expect(classifier).toBeInstanceOf(ClaudeClassifier);
    expect((await classifier.classify(TEXT)).source).toBe('claude');
  });
});
