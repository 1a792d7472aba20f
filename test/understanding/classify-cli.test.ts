import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTENT_CODES, SUBTYPE_CODES, URGENCY_CODES } from '../../core/taxonomy/codes.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function runClassify(input: string) {
  const env = { ...process.env };
  delete env.ANTHROPIC_API_KEY;
  return spawnSync('npx', ['tsx', 'cli/classify.ts', '--jsonl'], { cwd: ROOT, input, env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run classify -- --jsonl', () => {
  it('answers every line in order, turns a bad line into an error and goes on', () => {
    const lines = [
      JSON.stringify({ id: 'a1', text: '楼下饭店的油烟直接排到我家窗户，呛得不行' }),
      '{not json',
      JSON.stringify({ id: 'a3' }),
      JSON.stringify({ id: 7, text: '你好，谢谢你们' }),
      JSON.stringify({ id: 'a5', text: '我家厨房好大一股煤气味' }),
    ];
    const result = runClassify(`${lines.join('\n')}\n`);
    expect(result.status).toBe(0);
    const out = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.id)).toEqual(['a1', null, 'a3', 7, 'a5']);
    expect(out[1]).toMatchObject({ error: expect.any(String) });
    expect(out[2]).toMatchObject({ error: expect.stringContaining('text') });
    for (const o of [out[0]!, out[3]!, out[4]!]) {
      expect(INTENT_CODES).toContain(o.intent);
      expect(o.label === null || SUBTYPE_CODES.includes(o.label as never)).toBe(true);
      expect(URGENCY_CODES).toContain(o.urgency);
      expect(Array.isArray(o.flags)).toBe(true);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
      expect(o.source).toBe('offline');
    }
    expect(out[3]).toMatchObject({ intent: 'chitchat', label: null, urgency: 'normal' });
    expect(out[4]).toMatchObject({ label: 'public_safety.gas', urgency: 'emergency' });
  });
});
