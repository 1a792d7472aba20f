/**
 * Temperature scaling: one number per head that makes predicted probabilities match how often the
 * model is right on held-out data. Works from temperature-1 probabilities, since log p are the
 * scores up to a constant that softmax ignores.
 */
export function fitTemperature(probabilities: ReadonlyArray<readonly number[]>, gold: readonly number[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 4.0001; t += 0.05) {
    let loss = 0;
    probabilities.forEach((p, i) => {
      const logits = p.map((v) => Math.log(Math.max(v, 1e-12)) / t);
      const max = Math.max(...logits);
      const logSum = max + Math.log(logits.reduce((sum, l) => sum + Math.exp(l - max), 0));
      loss -= logits[gold[i]!]! - logSum;
    });
    if (loss < bestLoss - 1e-9) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}
