/**
 * Masking of personal numbers in free text (logs, LLM input, task cards for other roles, exports).
 * Mainland mobiles (1[3-9]x, 11 digits), landlines with area code, and 18-character ID numbers.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])([1-9]\d{5})(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}([\dXx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)/g;
const LANDLINE = /(?<!\d)(0\d{2,3})-?(\d{7,8})(?!\d)/g;

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function maskSensitiveText(text: string): string {
  return text
    .replace(ID_NUMBER, (_m, area: string, last: string) => `${area}********${'*'.repeat(3)}${last}`)
    .replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE, (_m, area: string, num: string) => `${area}-****${num.slice(-2)}`);
}

/** Finds mobile numbers in text, normalised to 11 digits (for the task card's contact field). */
export function findMobiles(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(MOBILE)) found.add(`${m[1]}${m[2]}${m[3]}`);
  return [...found];
}
