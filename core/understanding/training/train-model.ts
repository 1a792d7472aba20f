import { categoryOf } from '../../taxonomy/codes.js';
import { HEADS, MODEL_FLAGS, type HeadName } from '../offline/heads.js';
import { MODEL_FORMAT, WEIGHT_SCALE, type HeadFile, type ModelFile } from '../offline/linear-model.js';
import type { CorpusRecord } from './corpus.js';
import { trainHead, type Example, type TrainOptions } from './logistic-regression.js';

export interface ModelOptions {
  /** A feature must occur in at least this many training messages. */
  minCount: number;
  /** Weights smaller than this (absolute) are dropped from the file. */
  pruneBelow: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Loss weight of `emergency` and `urgent` in the urgency head: missing one costs more. */
  urgencyWeights: readonly [normal: number, urgent: number, emergency: number];
  temperatures: Partial<Record<HeadName, number>>;
}

export const DEFAULT_MODEL_OPTIONS: ModelOptions = {
  minCount: 2,
  pruneBelow: 0.1,
  epochs: 30,
  learningRate: 0.05,
  l2: 0,
  seed: 20261122,
  urgencyWeights: [1, 1.5, 3],
  temperatures: {},
};

export interface TrainingRecord {
  record: CorpusRecord;
  features: readonly string[];
}

function examplesFor(head: HeadName, items: ReadonlyArray<{ record: CorpusRecord; indices: number[] }>): Example[] {
  const classes: readonly string[] = HEADS[head].classes;
  const examples: Example[] = [];
  for (const { record, indices } of items) {
    const isReport = record.intent === 'report';
    if (head === 'intent') examples.push({ features: indices, positives: [classes.indexOf(record.intent)] });
    if (head === 'label' && record.label) examples.push({ features: indices, positives: [classes.indexOf(record.label)] });
    if (head === 'category' && record.label) examples.push({ features: indices, positives: [classes.indexOf(categoryOf(record.label))] });
    if (head === 'urgency' && isReport) examples.push({ features: indices, positives: [classes.indexOf(record.urgency)] });
    if (head === 'flags' && isReport) {
      examples.push({ features: indices, positives: record.flags.map((f) => MODEL_FLAGS.indexOf(f as (typeof MODEL_FLAGS)[number])).filter((i) => i >= 0) });
    }
  }
  return examples;
}

function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Trains all heads on the given messages and returns the compact model file (deterministic). */
export function trainModel(training: readonly TrainingRecord[], options: ModelOptions = DEFAULT_MODEL_OPTIONS): ModelFile {
  const counts = new Map<string, number>();
  for (const { features } of training) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const items = training.map(({ record, features }) => ({
    record,
    indices: features.map((f) => index.get(f)).filter((i): i is number => i !== undefined).sort((a, b) => a - b),
  }));

  const heads = {} as Record<HeadName, HeadFile>;
  const used = new Uint8Array(vocabulary.length);
  for (const head of Object.keys(HEADS) as HeadName[]) {
    const { kind, classes } = HEADS[head];
    const trainOptions: TrainOptions = {
      epochs: options.epochs,
      learningRate: options.learningRate,
      l2: options.l2,
      seed: options.seed,
      ...(head === 'urgency' ? { classWeights: options.urgencyWeights } : {}),
    };
    const trained = trainHead(kind, classes.length, vocabulary.length, examplesFor(head, items), trainOptions);
    const rows = vocabulary.map((_, f) => {
      const weights = trained.weights.subarray(f * classes.length, (f + 1) * classes.length);
      // Softmax ignores a constant added to all of a feature's weights: centring them on their median
      // leaves most near zero, so pruning keeps only the classes the feature really speaks for.
      const centre = kind === 'softmax' ? median(weights) : 0;
      const row: number[] = [];
      for (let c = 0; c < classes.length; c++) {
        const w = weights[c]! - centre;
        if (Math.abs(w) >= options.pruneBelow) row.push(c, Math.round(w * WEIGHT_SCALE));
      }
      if (row.length > 0) used[f] = 1;
      return row;
    });
    heads[head] = {
      kind,
      classes: [...classes],
      bias: Array.from(trained.bias, (b) => Math.round(b * WEIGHT_SCALE) / WEIGHT_SCALE),
      temperature: options.temperatures[head] ?? 1,
      weights: rows,
    };
  }
  // Drop features no head kept a weight for.
  const keep = vocabulary.map((_, f) => f).filter((f) => used[f]);
  for (const head of Object.values(heads)) head.weights = keep.map((f) => head.weights[f]!);
  return { format: MODEL_FORMAT, features: keep.map((f) => vocabulary[f]!), heads };
}
