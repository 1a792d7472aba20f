import { toSimplified } from './traditional.js';

/**
 * One normal form for resident text: NFKC folds full-width letters, digits and punctuation
 * (「１２３」「，」) to plain ones, and traditional characters become simplified, so rules and features
 * see a single spelling.
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Splits into clauses, each keeping its trailing delimiters, so that joining them gives the text back. */
export function splitClauses(text: string): string[] {
  return text.match(/[^,!?;，。！？；\n]+[,!?;，。！？；\n]*|[,!?;，。！？；\n]+/gu) ?? [];
}

/** Sentence ends: a role marker or an injected instruction runs until one of these. */
export function endsSentence(clause: string): boolean {
  return /[.!?;。！？；\n]\s*$/u.test(clause);
}
