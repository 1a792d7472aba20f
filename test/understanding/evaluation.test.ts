import { describe, expect, it } from 'vitest';
import { parseEvalFile } from '../../core/understanding/evaluation/gold.js';
import { evaluate } from '../../core/understanding/evaluation/metrics.js';

const FILE = `# a comment
x1|report|dispute.neighbor|normal|楼上漏水|dispute.property_mgmt
x2|report|public_safety.gas|emergency|煤气味很重|
x3|chitchat|-|normal|你好|other
x4|report|public_order.violence|urgent|他说要打我|
`;

describe('eval file and metrics', () => {
  const gold = parseEvalFile(FILE);

  it('parses lines, comments, `-` labels and alternatives', () => {
    expect(gold.map((g) => g.id)).toEqual(['x1', 'x2', 'x3', 'x4']);
    expect(gold[0]!.alternatives).toEqual(['dispute.property_mgmt']);
    expect(gold[2]!.label).toBeNull();
  });

  it('rejects a line with an unknown code, naming the line', () => {
    expect(() => parseEvalFile('y|report|dispute.nope|normal|文本|')).toThrow(/:1:/);
  });

  it('accepts alternatives and counts emergency recall and precision', () => {
    const predicted = [
      { intent: 'report', label: 'dispute.property_mgmt', urgency: 'normal', confidence: 0.9 },
      { intent: 'report', label: 'public_safety.gas', urgency: 'urgent', confidence: 0.9 },
      { intent: 'other', label: null, urgency: 'normal', confidence: 0.9 },
      { intent: 'report', label: 'public_order.violence', urgency: 'emergency', confidence: 0.3 },
    ] as const;
    const report = evaluate(gold.map((g, i) => ({ gold: g, predicted: { ...predicted[i]! } })));
    expect(report.intent).toEqual({ correct: 4, total: 4 });
    expect(report.label).toEqual({ correct: 3, total: 3 });
    expect(report.urgency).toEqual({ correct: 2, total: 4 });
    expect(report.emergencyRecall).toEqual({ correct: 0, total: 1 });
    expect(report.emergencyPrecision).toEqual({ correct: 0, total: 1 });
    expect(report.urgentOrHigherRecall).toEqual({ correct: 2, total: 2 });
    // The low-confidence report is an emergency, which never waits in triage.
    expect(report.triageShare).toEqual({ correct: 0, total: 3 });
  });
});
