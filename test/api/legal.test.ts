import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const RESIDENT = '13700000301';

/** The stack's config has no ANTHROPIC_API_KEY, so these answers come from the offline advisor. */
describe('POST /api/legal/ask', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('pglite', { classifier: new ScriptedClassifier(), workers: false });
  });
  afterAll(async () => stack?.close());

  async function ask(body: unknown, headers?: Record<string, string>) {
    const res = await stack.app.request('/api/legal/ask', { method: 'POST', body: JSON.stringify(body), headers: headers ?? (await stack.as(RESIDENT)) });
    return { status: res.status, json: (await res.json()) as any };
  }

  it('answers a resident’s question with citations from the knowledge base', async () => {
    const { status, json } = await ask({ question: '楼上邻居半夜装修噪音很大，我该怎么办？' });
    expect(status).toBe(200);
    expect(json.source).toBe('offline');
    expect(json.answer).toContain('12348');
    expect(json.citations.length).toBeGreaterThan(0);
    expect(json.citations[0]).toEqual({ law: expect.any(String), article: expect.any(Number) });
    expect(typeof json.offer_report).toBe('boolean');
  });

  it('sends questions outside the knowledge base to 12348 without citing anything', async () => {
    const { status, json } = await ask({ question: '怎么做红烧肉？' });
    expect(status).toBe(200);
    expect(json.citations).toEqual([]);
    expect(json.answer).toContain('12348');
  });

  it('refuses bad input with 400 and strangers with 401', async () => {
    expect((await ask({ question: ' ' })).status).toBe(400);
    expect((await ask({ question: '问'.repeat(1001) })).status).toBe(400);
    expect((await ask({ question: '装修噪音怎么办', extra: 1 })).status).toBe(400);
    expect((await ask({})).status).toBe(400);
    expect((await ask({ question: '装修噪音怎么办' }, { 'content-type': 'application/json' })).status).toBe(401);
  });
});
