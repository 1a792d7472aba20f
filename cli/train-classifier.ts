/**
 * `npm run train:classifier`: trains the offline model from core/understanding/corpus/*.jsonl.
 * 1. a deterministic split (hash of the text, 15 % held out); the model settings
 *    (DEFAULT_MODEL_OPTIONS, chosen by grouped cross-validation) are trained on the rest;
 * 2. temperatures are fitted on the held-out split and the full offline pipeline (rules + model) is
 *    scored there: per-class accuracy, confusions, triage share at several thresholds;
 * 3. with --cv, leave-one-file-out cross-validation (each corpus file is one author's): how the
 *    pipeline does on writers it has never seen — the honest figure;
 * 4. the final model is trained on the whole corpus and written to core/understanding/model/;
 *    with --check it is compared with the shipped file instead (exit 1 when they differ: the shipped
 *    model was trained on another corpus or other feature code and must be retrained).
 * Same corpus and code → byte-identical model file. Report on stdout.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categoryOf } from '../core/taxonomy/codes.js';
import type { GoldItem } from '../core/understanding/evaluation/gold.js';
import { evaluate, formatPerClass, formatReport, pct, perClassAccuracy } from '../core/understanding/evaluation/metrics.js';
import { analyseMessage } from '../core/understanding/offline/analyse.js';
import { HEADS, MODEL_FLAGS } from '../core/understanding/offline/heads.js';
import { LinearModel, type ModelFile } from '../core/understanding/offline/linear-model.js';
import { DEFAULT_MODEL_PATH, OfflineClassifier } from '../core/understanding/offline/offline-classifier.js';
import { fitTemperature } from '../core/understanding/training/calibration.js';
import { loadCorpus, type CorpusRecord } from '../core/understanding/training/corpus.js';
import { isHeldOut } from '../core/understanding/training/split.js';
import { DEFAULT_MODEL_OPTIONS, trainModel, type ModelOptions, type TrainingRecord } from '../core/understanding/training/train-model.js';
import { TRIAGE_THRESHOLD } from '../core/understanding/triage.js';

const CORPUS_DIR = fileURLToPath(new URL('../core/understanding/corpus/', import.meta.url));
const TRIAGE_CHOICES = [0.3, 0.35, 0.4, 0.45, 0.5, 0.6];
const CALIBRATED = ['intent', 'label', 'category', 'urgency'] as const;

function toGold(record: CorpusRecord, index: number): GoldItem {
  return { id: String(index), text: record.text, intent: record.intent, label: record.label, urgency: record.urgency, alternatives: record.alt };
}

/** The full offline pipeline (rules + this model) on the held-out messages. */
function heldOutPairs(model: ModelFile, heldOut: readonly TrainingRecord[]) {
  const classifier = new OfflineClassifier(new LinearModel(model));
  return heldOut.map(({ record }, i) => ({ gold: toGold(record, i), predicted: classifier.understand(record.text) }));
}

/**
 * Precision and recall of each risk flag over the messages whose gold intent is `report` (flags are
 * only defined for reports): the model's flags plus the rules', as the pipeline returns them.
 */
function formatFlagReport(title: string, items: ReadonlyArray<{ record: CorpusRecord; flags: readonly string[] }>): string {
  const cell = (r: { correct: number; total: number }) => `${pct(r)}  (${r.correct}/${r.total})`.padEnd(22);
  const lines = [title, `  ${'flag'.padEnd(16)} ${'  precision'.padEnd(22)} ${'  recall'}`];
  const reports = items.filter(({ record }) => record.intent === 'report');
  for (const flag of MODEL_FLAGS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { record, flags } of reports) {
      const gold = record.flags.includes(flag);
      const predicted = flags.includes(flag);
      if (gold && predicted) tp++;
      else if (predicted) fp++;
      else if (gold) fn++;
    }
    const precision = { correct: tp, total: tp + fp };
    const recall = { correct: tp, total: tp + fn };
    lines.push(`  ${flag.padEnd(16)} ${cell(precision)} ${cell(recall)}`.trimEnd());
  }
  return lines.join('\n');
}

/** Temperature per softmax head, fitted on the held-out split. */
function fitTemperatures(model: ModelFile, heldOut: readonly TrainingRecord[]): Partial<Record<string, number>> {
  const linear = new LinearModel(model);
  const temperatures: Partial<Record<string, number>> = {};
  const goldOf: Record<(typeof CALIBRATED)[number], (r: CorpusRecord) => string | null> = {
    intent: (r) => r.intent,
    label: (r) => r.label,
    category: (r) => (r.label ? categoryOf(r.label) : null),
    urgency: (r) => (r.intent === 'report' ? r.urgency : null), // calibrated on what it was trained on
  };
  // The complement naive Bayes twins (labelNb, categoryNb) are calibrated on their own, like their heads.
  const names = [...CALIBRATED, ...CALIBRATED.map((head) => `${head}Nb`)].filter((name) => linear.hasHead(name));
  for (const name of names) {
    const head = name.replace(/Nb$/, '') as (typeof CALIBRATED)[number];
    const classes: readonly string[] = HEADS[head].classes;
    const rows = heldOut
      .map(({ record, features }) => ({ gold: classes.indexOf(goldOf[head](record) ?? ''), features }))
      .filter((row) => row.gold >= 0);
    const probabilities = rows.map((row) => linear.predict(name, linear.encode(row.features), linear.featureValue(linear.encode(row.features).length)).probabilities);
    temperatures[name] = fitTemperature(probabilities, rows.map((row) => row.gold));
  }
  return temperatures;
}

/** Leave-one-file-out: train on every other file, score the full pipeline on this one. */
function crossValidate(all: readonly TrainingRecord[], sources: readonly string[], options: ModelOptions): void {
  console.log('\n== grouped cross-validation (leave one corpus file out: unseen writers) ==');
  const files = [...new Set(sources)].sort();
  const pooled: Array<{ gold: GoldItem; predicted: ReturnType<OfflineClassifier['understand']> }> = [];
  const pooledFlags: Array<{ record: CorpusRecord; flags: readonly string[] }> = [];
  for (const file of files) {
    const training = all.filter((_, i) => sources[i] !== file);
    const classifier = new OfflineClassifier(new LinearModel(trainModel(training, options)));
    const pairs = all
      .map((item, i) => ({ item, i }))
      .filter(({ i }) => sources[i] === file)
      .map(({ item, i }) => ({ gold: toGold(item.record, i), predicted: classifier.understand(item.record.text) }));
    pooled.push(...pairs);
    pairs.forEach(({ gold, predicted }) => pooledFlags.push({ record: all[Number(gold.id)]!.record, flags: predicted.flags }));
    const r = evaluate(pairs);
    console.log(`  ${file.padEnd(26)} n ${String(pairs.length).padStart(4)}  intent ${pct(r.intent)}  label ${pct(r.label)}  emergency recall ${pct(r.emergencyRecall)} precision ${pct(r.emergencyPrecision)}  urgent+ recall ${pct(r.urgentOrHigherRecall)}`);
  }
  console.log(formatReport(evaluate(pooled), 15));
  console.log(`\n${formatFlagReport('per-flag precision and recall (gold reports)', pooledFlags)}`);
}

function main(): void {
  const started = performance.now();
  const { records, sources, rejected } = loadCorpus(CORPUS_DIR);
  for (const line of rejected) console.error(`skipped ${line}`);
  const all: TrainingRecord[] = records.map((record) => ({ record, features: analyseMessage(record.text).features }));
  const train = all.filter(({ record }) => !isHeldOut(record.text));
  const heldOut = all.filter(({ record }) => isHeldOut(record.text));
  console.log(`corpus: ${records.length} messages (${rejected.length} rejected); train ${train.length}, held out ${heldOut.length}`);

  const uncalibrated = trainModel(train, DEFAULT_MODEL_OPTIONS);
  const temperatures = fitTemperatures(uncalibrated, heldOut);
  console.log(`temperatures: ${JSON.stringify(temperatures)}`);
  const options: ModelOptions = { ...DEFAULT_MODEL_OPTIONS, temperatures };
  const pairs = heldOutPairs(trainModel(train, options), heldOut);
  console.log('\n== held-out split, full offline pipeline ==');
  console.log(formatReport(evaluate(pairs), 30));
  console.log(`\n${formatPerClass('per-intent accuracy', perClassAccuracy(pairs, (x) => x.intent))}`);
  console.log(formatPerClass('per-label accuracy', perClassAccuracy(pairs, (x) => x.label)));
  console.log(formatPerClass('per-urgency accuracy', perClassAccuracy(pairs, (x) => x.urgency)));
  console.log(formatPerClass('per-category accuracy (category of the label)', perClassAccuracy(pairs, (x) => (x.label ? categoryOf(x.label) : null))));
  console.log(`\n${formatFlagReport('per-flag precision and recall (gold reports)', heldOut.map(({ record }, i) => ({ record, flags: pairs[i]!.predicted.flags })))}`);
  console.log('\ntriage threshold: share of reports to triage, label accuracy of the routed rest');
  for (const threshold of TRIAGE_CHOICES) {
    const report = evaluate(pairs, threshold);
    console.log(`  ${threshold.toFixed(2)}${threshold === TRIAGE_THRESHOLD ? ' (in use)' : '         '}  ${pct(report.triageShare)}  ${pct(report.accuracyAboveThreshold)}`);
  }

  if (process.argv.includes('--cv')) crossValidate(all, sources, options);

  const finalModel = trainModel(all, options);
  const file = `${JSON.stringify(finalModel)}\n`;
  if (process.argv.includes('--check')) {
    const same = readFileSync(DEFAULT_MODEL_PATH, 'utf8') === file;
    console.log(`\n${DEFAULT_MODEL_PATH} ${same ? 'is what this corpus and code train' : 'is stale: run npm run train:classifier'}`);
    if (!same) process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(DEFAULT_MODEL_PATH), { recursive: true });
  writeFileSync(DEFAULT_MODEL_PATH, file);
  console.log(`\nwrote ${DEFAULT_MODEL_PATH}: ${finalModel.features.length} features; ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
