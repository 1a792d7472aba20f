/**
 * `npm run eval:classify -- FILE [--offline]`: scores the classifier on a file of
 * `id|intent|label|urgency|text|alternatives` lines (see core/understanding/evaluation/gold.ts) and prints
 * intent, label and urgency accuracy, emergency recall and precision, urgent-or-higher recall,
 * a per-category table, the confusions, and the triage share with the accuracy of the rest.
 */
import { loadConfig } from '../core/config.js';
import { createClassifier } from '../core/understanding/create-classifier.js';
import { readEvalFile } from '../core/understanding/evaluation/gold.js';
import { evaluate, formatReport } from '../core/understanding/evaluation/metrics.js';
import { TRIAGE_THRESHOLD } from '../core/understanding/triage.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: eval:classify FILE... [--offline] [--errors]');
    process.exitCode = 2;
    return;
  }
  const classifier = createClassifier(loadConfig(), { offline: args.includes('--offline') });
  const items = files.flatMap((file) => readEvalFile(file));
  const pairs = [];
  for (const gold of items) {
    const predicted = await classifier.classify(gold.text);
    pairs.push({ gold, predicted });
    if (args.includes('--errors') && (predicted.label !== gold.label || predicted.urgency !== gold.urgency || predicted.intent !== gold.intent)) {
      console.log(`✗ ${gold.id}: ${gold.intent}/${gold.label ?? '-'}/${gold.urgency} → ${predicted.intent}/${predicted.label ?? '-'}/${predicted.urgency}  ${gold.text}`);
    }
  }
  console.log(`${items.length} messages from ${files.join(', ')}; triage threshold ${TRIAGE_THRESHOLD}`);
  console.log(formatReport(evaluate(pairs)));
}

main().catch((error: unknown) => {
  console.error(`eval:classify: ${(error as Error).message}`);
  process.exitCode = 1;
});
