import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function ask(input: string) {
  const { ANTHROPIC_API_KEY: _key, ...env } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'cli/ask.ts', '--jsonl'], {
    cwd: REPO_ROOT,
    input,
    env: { ...env, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
}

describe('ask --jsonl', () => {
  // Speed (50 questions well under 10 s) is measured by `npm run bench:legal`, not asserted here.
  it('answers 50 questions in order, one JSON line each', () => {
    const questions = Array.from({ length: 50 }, (_, i) => ({
      id: `q${i}`,
      question: ['离婚冷静期多久', '老板欠我工资怎么办', '民法典第1084条说的是什么', '怎么申请专利'][i % 4],
    }));
    const run = ask(questions.map((q) => JSON.stringify(q)).join('\n'));
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(questions.map((q) => q.id));
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['answer', 'citations', 'id', 'offer_report', 'source']);
      expect(line.source).toBe('offline');
    }
  });

  it('answers a bad line with an error line and goes on', () => {
    const run = ask(['not json', '{"id":"x"}', '{"id":7,"question":"离婚冷静期多久"}'].join('\n'));
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: null, error: expect.any(String) });
    expect(lines[1]).toMatchObject({ id: 'x', error: expect.stringContaining('question') });
    expect(lines[2]).toMatchObject({ id: 7, source: 'offline' });
  });
});
