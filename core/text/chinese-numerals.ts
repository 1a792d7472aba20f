const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 「三」→3, 「十二」→12, 「一百零五」→105, 「二〇」→20 (digit by digit when there is no unit). */
export function chineseToNumber(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return null;
  if (!/[十百千]/.test(text)) return Number([...text].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let current = 0;
  for (const ch of text) {
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      current = digit;
      continue;
    }
    total += (current || 1) * (UNITS[ch] ?? 1);
    current = 0;
  }
  return total + current;
}

/** Rewrites every run of Chinese numerals in a text as Arabic digits (「三组」→「3组」). */
export function normaliseNumerals(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[零〇一二两三四五六七八九十百千]+/g, (run) => {
      const n = chineseToNumber(run);
      return n === null ? run : String(n);
    });
}
