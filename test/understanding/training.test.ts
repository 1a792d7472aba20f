import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseMessage } from '../../core/understanding/offline/analyse.js';
import { LinearModel } from '../../core/understanding/offline/linear-model.js';
import { OfflineClassifier } from '../../core/understanding/offline/offline-classifier.js';
import { fitTemperature } from '../../core/understanding/training/calibration.js';
import { loadCorpus } from '../../core/understanding/training/corpus.js';
import { trainModel } from '../../core/understanding/training/train-model.js';

const FIXTURE = [
  { text: '楼上装修天天砸墙，吵得孩子没法睡觉', intent: 'report', label: 'dispute.neighbor', urgency: 'normal', flags: [] },
  { text: '楼上卫生间漏水，我家天花板全湿了', intent: 'report', label: 'dispute.neighbor', urgency: 'normal', flags: [] },
  { text: '老板拖欠工资三个月不给，电话也不接', intent: 'report', label: 'dispute.labor', urgency: 'normal', flags: [] },
  { text: '包工头欠我们十几个人的工钱，说要去堵厂门', intent: 'report', label: 'dispute.labor', urgency: 'urgent', flags: ['group'] },
  { text: '楼道里一股很重的煤气味', intent: 'report', label: 'public_safety.gas', urgency: 'emergency', flags: [] },
  { text: '你好，在吗', intent: 'chitchat', label: null, urgency: 'normal', flags: [] },
  { text: '我上次反映的事情怎么样了', intent: 'status_query', label: null, urgency: 'normal', flags: [] },
];

const dir = mkdtempSync(join(tmpdir(), 'gridmate-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeCorpus(): void {
  writeFileSync(join(dir, 'b.jsonl'), FIXTURE.slice(3).map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(join(dir, 'a.jsonl'), `${FIXTURE.slice(0, 3).map((r) => JSON.stringify(r)).join('\n')}\n{"text":"坏行"}\n\n`);
}

function train(complementNb?: { alpha: number }) {
  const { records } = loadCorpus(dir);
  return trainModel(records.map((record) => ({ record, features: analyseMessage(record.text).features })), {
    minCount: 1,
    pruneBelow: 0.001,
    epochs: 15,
    learningRate: 0.3,
    l2: 0,
    seed: 7,
    urgencyWeights: [1, 1.5, 3],
    temperatures: {},
    ...(complementNb ? { complementNb } : {}),
  });
}

describe('training', () => {
  writeCorpus();

  it('reads every jsonl file in name order and reports bad lines without stopping', () => {
    const { records, rejected } = loadCorpus(dir);
    expect(records.map((r) => r.text)).toEqual(FIXTURE.map((r) => r.text));
    expect(rejected).toEqual([expect.stringMatching(/^a\.jsonl:4:/)]);
  });

  it('is deterministic: the same corpus gives a byte-identical model', () => {
    expect(JSON.stringify(train())).toBe(JSON.stringify(train()));
  });

  it('learns the fixture well enough to separate its classes', () => {
    const classifier = new OfflineClassifier(new LinearModel(train()));
    for (const record of FIXTURE) {
      const u = classifier.understand(record.text);
      expect(u.intent).toBe(record.intent);
      expect(u.label).toBe(record.label);
    }
  });

  it('adds complement naive Bayes twins of the label and category heads, deterministically', () => {
    const model = train({ alpha: 1 });
    expect(Object.keys(model.heads)).toEqual(expect.arrayContaining(['labelNb', 'categoryNb']));
    expect(Object.keys(train().heads)).not.toContain('labelNb');
    expect(JSON.stringify(train({ alpha: 1 }))).toBe(JSON.stringify(model));
    const classifier = new OfflineClassifier(new LinearModel(model));
    for (const record of FIXTURE) expect(classifier.understand(record.text).label).toBe(record.label);
  });

  it('fits a temperature above 1 for an over-confident model', () => {
    // Always 90 % sure, right 60 % of the time → soften.
    const probabilities = Array.from({ length: 10 }, () => [0.9, 0.1]);
    const gold = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1];
    expect(fitTemperature(probabilities, gold)).toBeGreaterThan(1);
  });
});
