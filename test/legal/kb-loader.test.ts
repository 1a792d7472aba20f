import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../core/legal/index.js';
import { fixtureKb } from './support.js';

describe('knowledge-base loader', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const kbWith = (entries: unknown) => {
    dir = mkdtempSync(path.join(tmpdir(), 'kb-'));
    writeFileSync(path.join(dir, 'entries-test.json'), JSON.stringify(entries));
    return dir;
  };

  it('loads entries, the lay-term map and the version', () => {
    const kb = fixtureKb();
    expect(kb.entries.length).toBeGreaterThan(0);
    expect(kb.layTerms['老板']).toEqual(['用人单位']);
    expect(kb.version?.version).toBe('fixture-1');
  });

  it('refuses an entry with a subtype outside the taxonomy', () => {
    const [entry] = fixtureKb().entries;
    expect(() => loadKnowledgeBase(kbWith([{ ...entry, subtype: 'dispute.neighbour' }]))).toThrow(/subtype/);
  });

  it('refuses duplicate entry ids', () => {
    const [entry] = fixtureKb().entries;
    expect(() => loadKnowledgeBase(kbWith([entry, entry]))).toThrow(/duplicate/);
  });
});
