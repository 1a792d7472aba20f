import { CATEGORY_CODES, URGENCY_RANK, categoryOf, type Category } from '../../taxonomy/codes.js';
import { TRIAGE_THRESHOLD, needsTriage } from '../triage.js';
import type { Understanding } from '../understanding.js';
import type { GoldItem } from './gold.js';

type Predicted = Pick<Understanding, 'intent' | 'label' | 'urgency' | 'confidence'>;

export interface Ratio {
  correct: number;
  total: number;
}

export interface EvaluationReport {
  intent: Ratio;
  /** Over items with a gold label; alternatives count as right. */
  label: Ratio;
  urgency: Ratio;
  emergencyRecall: Ratio;
  emergencyPrecision: Ratio;
  urgentOrHigherRecall: Ratio;
  perCategory: Array<{ category: Category; labels: Ratio; categories: Ratio }>;
  /** gold → predicted, most frequent first. */
  confusions: Array<{ gold: string; predicted: string; count: number }>;
  /** Predicted reports sent to triage, and label accuracy of the routed rest. */
  triageShare: Ratio;
  accuracyAboveThreshold: Ratio;
}

const ratio = (): Ratio => ({ correct: 0, total: 0 });
const count = (r: Ratio, ok: boolean) => {
  r.total++;
  if (ok) r.correct++;
};

function intentRight(gold: GoldItem, p: Predicted): boolean {
  return p.intent === gold.intent || gold.alternatives.includes(p.intent);
}

function labelRight(gold: GoldItem, p: Predicted): boolean {
  return p.label === gold.label || (p.label !== null && gold.alternatives.includes(p.label));
}

export function evaluate(pairs: ReadonlyArray<{ gold: GoldItem; predicted: Predicted }>, triageThreshold = TRIAGE_THRESHOLD): EvaluationReport {
  const report: EvaluationReport = {
    intent: ratio(),
    label: ratio(),
    urgency: ratio(),
    emergencyRecall: ratio(),
    emergencyPrecision: ratio(),
    urgentOrHigherRecall: ratio(),
    perCategory: CATEGORY_CODES.map((category) => ({ category, labels: ratio(), categories: ratio() })),
    confusions: [],
    triageShare: ratio(),
    accuracyAboveThreshold: ratio(),
  };
  const confusions = new Map<string, number>();
  for (const { gold, predicted } of pairs) {
    count(report.intent, intentRight(gold, predicted));
    count(report.urgency, predicted.urgency === gold.urgency);
    if (gold.urgency === 'emergency') count(report.emergencyRecall, predicted.urgency === 'emergency');
    if (predicted.urgency === 'emergency') count(report.emergencyPrecision, gold.urgency === 'emergency');
    if (URGENCY_RANK[gold.urgency] >= 1) count(report.urgentOrHigherRecall, URGENCY_RANK[predicted.urgency] >= 1);
    if (gold.label !== null) {
      const right = labelRight(gold, predicted);
      count(report.label, right);
      const row = report.perCategory.find((r) => r.category === categoryOf(gold.label!))!;
      count(row.labels, right);
      count(row.categories, predicted.label !== null && categoryOf(predicted.label) === categoryOf(gold.label));
      if (!right) {
        const key = `${gold.label}\t${predicted.label ?? `(${predicted.intent})`}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
    }
    if (predicted.intent === 'report') {
      const triaged = needsTriage(predicted, triageThreshold);
      count(report.triageShare, triaged);
      if (!triaged && gold.label !== null) count(report.accuracyAboveThreshold, labelRight(gold, predicted));
    }
  }
  report.confusions = [...confusions]
    .map(([key, n]) => {
      const [gold = '', predicted = ''] = key.split('\t');
      return { gold, predicted, count: n };
    })
    .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted));
  return report;
}

/** 「 83.5%」, right-aligned for tables. */
export const pct = (r: Ratio) => (r.total === 0 ? '   n/a' : `${((100 * r.correct) / r.total).toFixed(1).padStart(5)}%`);
const frac = (r: Ratio) => `${pct(r)}  (${r.correct}/${r.total})`;

export function formatReport(report: EvaluationReport, maxConfusions = 20): string {
  const lines = [
    `intent accuracy            ${frac(report.intent)}`,
    `label accuracy             ${frac(report.label)}`,
    `urgency accuracy           ${frac(report.urgency)}`,
    `emergency recall           ${frac(report.emergencyRecall)}`,
    `emergency precision        ${frac(report.emergencyPrecision)}`,
    `urgent-or-higher recall    ${frac(report.urgentOrHigherRecall)}`,
    `triage share (reports)     ${frac(report.triageShare)}`,
    `label accuracy, routed     ${frac(report.accuracyAboveThreshold)}`,
    '',
    'category        n    label acc  category acc',
    ...report.perCategory
      .filter((row) => row.labels.total > 0)
      .map((row) => `${row.category.padEnd(14)} ${String(row.labels.total).padStart(4)}  ${pct(row.labels)}     ${pct(row.categories)}`),
    '',
    'confusions (gold → predicted)',
    ...report.confusions.slice(0, maxConfusions).map((c) => `${String(c.count).padStart(4)}  ${c.gold} → ${c.predicted}`),
  ];
  return lines.join('\n');
}

/** Accuracy per gold class (e.g. per subtype), for the training report. */
export function perClassAccuracy<T>(
  pairs: ReadonlyArray<{ gold: GoldItem; predicted: Predicted }>,
  pick: (item: Predicted | GoldItem) => T,
): Map<T, Ratio> {
  const table = new Map<T, Ratio>();
  for (const { gold, predicted } of pairs) {
    const key = pick(gold);
    if (key === null) continue;
    const row = table.get(key) ?? ratio();
    count(row, pick(predicted) === key);
    table.set(key, row);
  }
  return table;
}

export function formatPerClass<T>(title: string, table: Map<T, Ratio>): string {
  const rows = [...table].sort(([a], [b]) => String(a).localeCompare(String(b)));
  return [title, ...rows.map(([key, r]) => `  ${String(key).padEnd(32)} ${frac(r)}`)].join('\n');
}
