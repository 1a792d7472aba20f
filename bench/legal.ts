/**
 * Offline answering speed: npm run bench:legal [-- --seconds N]
 * Questions come from test/data/legal-dev.txt when present, else from the knowledge base's own question forms.
 * Target: ≥ 500 answers/s and p99 < 20 ms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { advisorFromEnvironment } from '../core/legal/environment.js';
import { parseEvalFile } from '../core/legal/evaluation.js';
import { loadKnowledgeBase } from '../core/legal/index.js';

const DEV_SET = fileURLToPath(new URL('../test/data/legal-dev.txt', import.meta.url));
const WARMUP_ANSWERS = 200;

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' } } });
const seconds = Number(values.seconds);

const questions = existsSync(DEV_SET)
  ? parseEvalFile(readFileSync(DEV_SET, 'utf8')).map((c) => c.question)
  : loadKnowledgeBase().entries.flatMap((e) => e.questions);
if (questions.length === 0) {
  process.stderr.write('no questions: neither test/data/legal-dev.txt nor knowledge-base entries exist\n');
  process.exit(1);
}

const advisor = advisorFromEnvironment({ offline: true });
for (let i = 0; i < WARMUP_ANSWERS; i++) await advisor.answer(questions[i % questions.length] ?? '');

const latencies: number[] = [];
const started = performance.now();
while (performance.now() - started < seconds * 1000) {
  const t0 = performance.now();
  await advisor.answer(questions[latencies.length % questions.length] ?? '');
  latencies.push(performance.now() - t0);
}
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write(
  `answers/s ${(latencies.length / elapsed).toFixed(0)}  p50 ${at(0.5).toFixed(2)} ms  p99 ${at(0.99).toFixed(2)} ms  ` +
    `(${latencies.length} answers, ${questions.length} distinct questions)\n`,
);
