import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * A sparse linear model with several heads over one feature vocabulary. Softmax heads pick one
 * class (intent, label, urgency); sigmoid heads score each class on its own (risk flags).
 * On disk weights are integers (× WEIGHT_SCALE) listed per feature as [class, weight, class, weight…],
 * which keeps the committed file small and the load fast.
 */
export const MODEL_FORMAT = 'gridmate-linear-v1';
export const WEIGHT_SCALE = 100;

const HeadFileSchema = z.object({
  kind: z.enum(['softmax', 'sigmoid']),
  classes: z.array(z.string()).min(1),
  bias: z.array(z.number()),
  /** Divides the scores before softmax; fitted on held-out data so probabilities are calibrated. */
  temperature: z.number().positive(),
  weights: z.array(z.array(z.number().int())),
});
export const ModelFileSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  features: z.array(z.string()),
  heads: z.record(z.string(), HeadFileSchema),
  /** When set, every feature of a message counts sqrt(lengthNorm / number of its features), not 1. */
  lengthNorm: z.number().positive().optional(),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;
export type HeadFile = z.infer<typeof HeadFileSchema>;

interface Head {
  kind: HeadFile['kind'];
  classes: string[];
  bias: Float64Array;
  temperature: number;
  /** Per feature index: interleaved class indices and weights, or undefined when the feature says nothing. */
  rows: Array<Float64Array | undefined>;
}

export interface Prediction {
  classes: string[];
  probabilities: number[];
}

export class LinearModel {
  private readonly featureIndex: Map<string, number>;
  private readonly heads: Map<string, Head>;
  private readonly lengthNorm: number | undefined;

  constructor(file: ModelFile) {
    this.lengthNorm = file.lengthNorm;
    this.featureIndex = new Map(file.features.map((feature, index) => [feature, index]));
    this.heads = new Map(
      Object.entries(file.heads).map(([name, head]) => [
        name,
        {
          kind: head.kind,
          classes: head.classes,
          bias: Float64Array.from(head.bias),
          temperature: head.temperature,
          rows: head.weights.map((row) =>
            row.length === 0 ? undefined : Float64Array.from(row, (v, i) => (i % 2 === 0 ? v : v / WEIGHT_SCALE)),
          ),
        },
      ]),
    );
  }

  static load(path: string): LinearModel {
    return new LinearModel(ModelFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
  }

  /** Feature strings → indices known to the model (unknown features carry no weight). */
  encode(features: readonly string[]): number[] {
    const indices: number[] = [];
    for (const feature of features) {
      const index = this.featureIndex.get(feature);
      if (index !== undefined) indices.push(index);
    }
    return indices;
  }

  /** The value of each feature of a message with this many features known to the model (encode(...).length). */
  featureValue(featureCount: number): number {
    return this.lengthNorm ? featureValue(this.lengthNorm, featureCount) : 1;
  }

  predict(headName: string, featureIndices: readonly number[], value = 1): Prediction {
    const head = this.heads.get(headName);
    if (!head) throw new Error(`model has no head "${headName}"`);
    const sums = new Float64Array(head.bias.length);
    for (const index of featureIndices) {
      const row = head.rows[index];
      if (!row) continue;
      for (let k = 0; k < row.length; k += 2) sums[row[k]!]! += row[k + 1]!;
    }
    const scores = Float64Array.from(head.bias, (b, c) => b + sums[c]! * value);
    return { classes: head.classes, probabilities: toProbabilities(head.kind, scores, head.temperature) };
  }
}

/** Length normalisation shared by training and inference: sqrt(norm / count). */
export function featureValue(norm: number, featureCount: number): number {
  return Math.sqrt(norm / Math.max(1, featureCount));
}

export function toProbabilities(kind: HeadFile['kind'], scores: Float64Array, temperature: number): number[] {
  if (kind === 'sigmoid') return Array.from(scores, (s) => 1 / (1 + Math.exp(-s / temperature)));
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s / temperature);
  const exps = Array.from(scores, (s) => Math.exp(s / temperature - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
