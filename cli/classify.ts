/**
 * `npm run -s classify -- --jsonl [--offline]`: JSON lines {"id","text"} on stdin → one JSON line per
 * input on stdout, in the same order: {"id","intent","label","urgency","flags","confidence","source",
 * "summary","details"}. A bad line gives {"id","error"} and the run goes on. Logs go to stderr only.
 * `npm run -s classify -- "一条消息"` classifies one message. Stateless: no database, no Redis.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadConfig } from '../core/config.js';
import { createClassifier } from '../core/understanding/create-classifier.js';
import type { Classifier, Understanding } from '../core/understanding/understanding.js';

const InputLineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string().min(1).max(5000) });
/** Claude calls overlap a little; output order stays the input order. */
const IN_FLIGHT = 4;

type OutputLine = Record<string, unknown>;

function toOutput(id: string | number, u: Understanding): OutputLine {
  const { intent, label, urgency, flags, confidence, source, summary, details } = u;
  return { id, intent, label, urgency, flags, confidence, source, summary, ...details };
}

async function classifyLine(classifier: Classifier, line: string): Promise<OutputLine> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  const parsed = InputLineSchema.safeParse(json);
  const id = (json as { id?: unknown } | null)?.id;
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (!parsed.success) return { id: safeId, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ') };
  try {
    return toOutput(parsed.data.id, await classifier.classify(parsed.data.text));
  } catch (error) {
    return { id: parsed.data.id, error: (error as Error).message };
  }
}

async function runJsonl(classifier: Classifier): Promise<void> {
  const pending: Array<Promise<OutputLine>> = [];
  const flush = async (keep: number) => {
    while (pending.length > keep) process.stdout.write(`${JSON.stringify(await pending.shift())}\n`);
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    pending.push(classifyLine(classifier, line));
    await flush(IN_FLIGHT - 1);
  }
  await flush(0);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const classifier = createClassifier(loadConfig(), {
    offline: args.includes('--offline'),
    onFallback: (reason) => console.error(`classify: Claude not used (${reason}); offline result`),
  });
  if (args.includes('--jsonl')) return runJsonl(classifier);
  const text = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!text) {
    console.error('usage: classify --jsonl [--offline] < lines.jsonl   |   classify [--offline] "消息内容"');
    process.exitCode = 2;
    return;
  }
  console.log(JSON.stringify(await classifier.classify(text), null, 2));
}

main().catch((error: unknown) => {
  console.error(`classify: ${(error as Error).message}`);
  process.exitCode = 1;
});
