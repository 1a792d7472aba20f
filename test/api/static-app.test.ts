import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { H5_BUILD_DIR, staticAppRoutes } from '../../api/routes/static-app.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const built = existsSync(path.join(H5_BUILD_DIR, 'index.html'));

describe('the h5 mini-program under /app', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('pglite', { classifier: new ScriptedClassifier(), workers: false });
  });
  afterAll(async () => stack?.close());

  it('sends / and /app to /app/', async () => {
    for (const from of ['/', '/app']) {
      const res = await stack.app.request(from);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/app/');
    }
  });

  // The build comes from `bash scripts/build-miniapp.sh h5`; without it only the hint below is testable.
  it.skipIf(!built)('serves the build: the page, its scripts, and JSON 404s for missing files', async () => {
    const page = await stack.app.request('/app/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const script = /src="(\/app\/js\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await stack.app.request(script!);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await stack.app.request('/app/js/nope.js')).status).toBe(404);
    expect((await stack.app.request('/app/../package.json')).status).toBe(404);
  });

  it('explains how to build it when the build is missing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'gridmate-h5-'));
    try {
      const res = await staticAppRoutes(empty).request('/app/');
      expect(res.status).toBe(404);
      expect(((await res.json()) as any).error.message).toContain('build-miniapp.sh');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
