import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the shipped model', () => {
  // Features come from code (normalisation, cue lexicon) as well as from the corpus: a change to either
  // must come with a retrained model, or `npm run train:classifier` would not give back what we ship.
  it('is what npm run train:classifier trains from the shipped corpus and code', () => {
    const result = spawnSync('npx', ['tsx', 'cli/train-classifier.ts', '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(result.stdout).toContain('is what this corpus and code train');
    expect(result.status).toBe(0);
  }, 250_000);
});
