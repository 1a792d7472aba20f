/**
 * Legal Q&A from the command line.
 *   npm run -s ask -- --jsonl [--offline]   stdin {"id","question"} lines → stdout answer lines, in order
 *   npm run -s ask -- [--offline] 问题…      one answer as readable text
 * Offline unless ANTHROPIC_API_KEY is set and --offline is absent. Logs go to stderr only.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { advisorFromEnvironment } from '../core/legal/environment.js';
import type { LegalAnswer } from '../core/legal/index.js';

const QuestionLine = z.object({
  id: z.union([z.string(), z.number()]),
  question: z.string().trim().min(1).max(2000),
});

/** Claude calls overlap this much; the offline path is synchronous anyway. */
const CONCURRENCY = 4;

const { values, positionals } = parseArgs({
  options: { jsonl: { type: 'boolean', default: false }, offline: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const advisor = advisorFromEnvironment({ offline: values.offline });

if (values.jsonl) {
  await answerJsonLines();
} else {
  const question = positionals.join(' ');
  if (!question) {
    process.stderr.write('usage: npm run -s ask -- [--offline] (--jsonl | 问题)\n');
    process.exit(2);
  }
  const answer = await advisor.answer(question);
  process.stdout.write(`${answer.answer}\n`);
}

async function answerJsonLines(): Promise<void> {
  const limit = createLimiter(CONCURRENCY);
  let written = Promise.resolve();
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const output = limit(() => answerLine(line));
    written = written.then(async () => {
      process.stdout.write(`${JSON.stringify(await output)}\n`);
    });
  }
  await written;
}

async function answerLine(line: string): Promise<object> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: 'line is not JSON' };
  }
  const parsed = QuestionLine.safeParse(raw);
  if (!parsed.success) {
    return { id: idOf(raw), error: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') };
  }
  try {
    return answerRecord(parsed.data.id, await advisor.answer(parsed.data.question));
  } catch (error) {
    return { id: parsed.data.id, error: error instanceof Error ? error.message : String(error) };
  }
}

function answerRecord(id: string | number, a: LegalAnswer) {
  return { id, answer: a.answer, citations: a.citations, offer_report: a.offer_report, source: a.source };
}

function idOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : null;
}

function createLimiter(max: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
