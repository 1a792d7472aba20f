import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

describe('GET /openapi.json', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('pglite', { classifier: new ScriptedClassifier(), workers: false });
  });
  afterAll(async () => stack?.close());

  it('describes every API route the app serves', async () => {
    const doc = (await (await stack.app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const served = stack.app.routes
      .filter((r) => r.method !== 'ALL' && /^\/(api|open311|healthz|metrics)/.test(r.path))
      .map((r) => ({ method: r.method.toLowerCase(), path: r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}').replace('{file}', '{id}.json') }));
    const missing = served.filter((r) => !doc.paths[r.path]?.[r.method]).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });
});
