import type { HeadFile } from '../offline/linear-model.js';
import { toProbabilities } from '../offline/linear-model.js';

/** One training example for a head: active feature indices and the positive class indices. */
export interface Example {
  features: readonly number[];
  positives: readonly number[];
  /** Value of every active feature (1 when absent): length normalisation, see ModelOptions.lengthNorm. */
  scale?: number;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  seed: number;
  /** Per-class weight of the loss (e.g. to favour recall of rare emergencies). */
  classWeights?: readonly number[];
}

export interface TrainedHead {
  bias: Float64Array;
  /** Dense [feature * classes + class]. */
  weights: Float64Array;
}

/** Small deterministic PRNG (mulberry32): the same seed gives the same example order everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(length: number, rand: () => number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Logistic regression by AdaGrad SGD: multinomial (softmax) for single-label heads, one-vs-rest
 * (sigmoid) for multi-label heads. Fixed seed and example order make it deterministic.
 */
export function trainHead(
  kind: HeadFile['kind'],
  classCount: number,
  featureCount: number,
  examples: readonly Example[],
  options: TrainOptions,
): TrainedHead {
  const bias = new Float64Array(classCount);
  const weights = new Float64Array(featureCount * classCount);
  const biasSquares = new Float64Array(classCount).fill(1e-8);
  const weightSquares = new Float64Array(featureCount * classCount).fill(1e-8);
  const rand = random(options.seed);
  const scores = new Float64Array(classCount);
  const gradient = new Float64Array(classCount);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffled(examples.length, rand)) {
      const example = examples[index]!;
      const x = example.scale ?? 1;
      scores.set(bias);
      for (const f of example.features) {
        const base = f * classCount;
        for (let c = 0; c < classCount; c++) scores[c]! += weights[base + c]! * x;
      }
      const probabilities = toProbabilities(kind, scores, 1);
      for (let c = 0; c < classCount; c++) {
        const target = example.positives.includes(c) ? 1 : 0;
        const weight = options.classWeights?.[kind === 'softmax' ? (example.positives[0] ?? 0) : c] ?? 1;
        gradient[c] = (probabilities[c]! - target) * weight;
      }
      for (let c = 0; c < classCount; c++) {
        const g = gradient[c]!;
        biasSquares[c]! += g * g;
        bias[c]! -= (options.learningRate * g) / Math.sqrt(biasSquares[c]!);
      }
      for (const f of example.features) {
        const base = f * classCount;
        for (let c = 0; c < classCount; c++) {
          const i = base + c;
          const g = gradient[c]! * x + options.l2 * weights[i]!;
          weightSquares[i]! += g * g;
          weights[i]! -= (options.learningRate * g) / Math.sqrt(weightSquares[i]!);
        }
      }
    }
  }
  return { bias, weights };
}
