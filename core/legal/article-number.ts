import { chineseToNumber } from '../text/chinese-numerals.js';

export { normaliseNumerals } from '../text/chinese-numerals.js';

/** An article number as written: Arabic (1084) or Chinese (一千零八十四). For use inside a RegExp. */
export const ARTICLE_NUMBER = '[0-9]+|[零〇一二两三四五六七八九十百千]+';

export function parseArticleNumber(text: string): number | null {
  return /^[0-9]+$/.test(text) ? Number(text) : chineseToNumber(text);
}
