import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { normalizeText } from './normalize.js';

/** Loading the default dictionary takes ~0.2 s: once per process, on first use. */
let jieba: Jieba | undefined;
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const SEPARATOR = /[\s,.!?;:、。…~"'“”‘’()\[\]【】<>《》\-—_*#@/\\|=+]+/u;
const WORD_CHAR = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/**
 * Sparse binary features of a message: jieba words plus character bigrams and trigrams (these
 * survive typos and dialect spellings the dictionary does not know), and a few shape cues.
 * Digits are folded to 0 so that 「5栋」 and 「12栋」 share a feature. Punctuation only separates:
 * n-grams never cross it, so cutting a clause out leaves the others' features unchanged.
 */
export function extractFeatures(text: string, cues: readonly string[] = []): string[] {
  const normalized = normalizeText(text).replace(/\d+/gu, '0');
  const features = new Set<string>(cues.map((cue) => `c:${cue}`));
  for (const segment of normalized.split(SEPARATOR)) {
    if (!segment) continue;
    const chars = [...segment];
    for (let i = 0; i + 1 < chars.length; i++) {
      const two = chars[i]! + chars[i + 1]!;
      features.add(`b:${two}`);
      if (i + 2 < chars.length) features.add(`t:${two}${chars[i + 2]!}`);
    }
    if (chars.length === 1) features.add(`b:${segment}`);
    for (const word of segmenter().cut(segment, false)) {
      if (WORD_CHAR.test(word)) features.add(`w:${word}`);
    }
  }
  return [...features];
}
