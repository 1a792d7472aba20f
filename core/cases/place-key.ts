import { normaliseNumerals } from '../text/chinese-numerals.js';

const BUILDING = /^(.*?\d+)(栋|幢|号楼|号|组)/;

/** Text with numerals as digits and no spaces or punctuation, so people's spellings compare equal. */
export function normaliseText(text: string): string {
  return normaliseNumerals(text).replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * The building or village group an address names, for "the same place": 「幸福小区五栋楼道」 and
 * 「幸福小区5幢2单元」 are both 「幸福小区5栋」. Without a building number the whole address counts.
 */
export function placeKey(address: string): string | null {
  const text = normaliseText(address);
  if (text === '') return null;
  const m = BUILDING.exec(text);
  if (!m) return text;
  const unit = m[2] === '组' ? '组' : '栋';
  return `${m[1]}${unit}`;
}
