const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 「12」「十二」「二十几」「一百多」 → 12, 12, 20, 100; null when it is not a number. */
export function parseCount(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  let total = 0;
  let pending = 0;
  let seen = false;
  for (const char of text) {
    if (char in DIGITS) {
      pending = DIGITS[char]!;
      seen = true;
    } else if (char in UNITS) {
      total += (pending || 1) * UNITS[char]!; // 「十二」: a bare unit counts one of itself
      pending = 0;
      seen = true;
    } else if (char !== '几' && char !== '多') {
      return null;
    }
  }
  return seen ? total + pending : null;
}
