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
  /** Feature f's interleaved class indices and weights are data[offsets[f] .. offsets[f + 1]): one
   *  contiguous array per head (compressed rows) keeps the per-message lookups cache-friendly. */
  offsets: Int32Array;
  data: Float64Array;
}

function compressRows(rows: readonly (readonly number[])[]): { offsets: Int32Array; data: Float64Array } {
  const offsets = new Int32Array(rows.length + 1);
  for (let f = 0; f < rows.length; f++) offsets[f + 1] = offsets[f]! + rows[f]!.length;
  const data = new Float64Array(offsets[rows.length]!);
  for (let f = 0; f < rows.length; f++) {
    const row = rows[f]!;
    for (let k = 0; k < row.length; k++) data[offsets[f]! + k] = k % 2 === 0 ? row[k]! : row[k]! / WEIGHT_SCALE;
  }
  return { offsets, data };
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
          ...compressRows(head.weights),
        },
      ]),
    );
  }

  static load(path: string): LinearModel {
    return new LinearModel(ModelFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
  }

  hasHead(name: string): boolean {
    return this.heads.has(name);
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
    const classCount = head.bias.length;
    const sums = new Float64Array(classCount);
    const { offsets, data } = head;
    for (let i = 0; i < featureIndices.length; i++) {
      const f = featureIndices[i]!;
      const end = offsets[f + 1]!;
      for (let k = offsets[f]!; k < end; k += 2) sums[data[k]!]! += data[k + 1]!;
    }
    // Plain loops (no per-element callbacks): this runs for every head of every message.
    for (let c = 0; c < classCount; c++) sums[c] = head.bias[c]! + sums[c]! * value;
    return { classes: head.classes, probabilities: toProbabilities(head.kind, sums, head.temperature) };
  }
}

/** Length normalisation shared by training and inference: sqrt(norm / count). */
export function featureValue(norm: number, featureCount: number): number {
  return Math.sqrt(norm / Math.max(1, featureCount));
}

export function toProbabilities(kind: HeadFile['kind'], scores: Float64Array, temperature: number): number[] {
  const n = scores.length;
  const out = new Array<number>(n);
  if (kind === 'sigmoid') {
    for (let c = 0; c < n; c++) out[c] = 1 / (1 + Math.exp(-scores[c]! / temperature));
    return out;
  }
  let max = -Infinity;
  for (let c = 0; c < n; c++) max = Math.max(max, scores[c]! / temperature);
  let sum = 0;
  for (let c = 0; c < n; c++) {
    const e = Math.exp(scores[c]! / temperature - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < n; c++) out[c] = out[c]! / sum;
  return out;
}

export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
