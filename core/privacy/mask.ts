/**
 * Masking of personal numbers in free text (logs, LLM input, task cards for other roles, exports).
 * Mainland mobiles (1[3-9]x, 11 digits), landlines with area code, and ID numbers: the 18-character
 * one (also written in groups with spaces or hyphens) and the old 15-digit one.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])([1-9]\d{5})[- ]?(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[- ]?\d{3}([\dXx])(?![0-9A-Za-z])/g;
const OLD_ID_NUMBER = /(?<![0-9A-Za-z])([1-9]\d{5})\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{2}(\d)(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)/g;
const LANDLINE = /(?<!\d)(0\d{2,3})-?(\d{7,8})(?!\d)/g;
/** Numbers already masked for display (138****5678, 420106***********4) still narrow down who it was. */
const MASKED_NUMBER = /(?<!\d)\d{2,6}-?\*{4,}[\dXx]{0,4}(?![\dXx])/g;
/** Full-width digits (typed on phone keyboards) would slip past every pattern above. */
const FULL_WIDTH_DIGIT = /[０-９]/g;

function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function maskSensitiveText(text: string): string {
  return halfWidthDigits(text)
    .replace(ID_NUMBER, (_m, area: string, last: string) => `${area}********${'*'.repeat(3)}${last}`)
    .replace(OLD_ID_NUMBER, (_m, area: string, last: string) => `${area}********${last}`)
    .replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE, (_m, area: string, num: string) => `${area}-****${num.slice(-2)}`);
}

/**
 * Removes the numbers entirely, for anonymised records: a masked number still narrows down who it
 * was (area code, last digits), a placeholder does not.
 */
export function removeSensitiveNumbers(text: string): string {
  return halfWidthDigits(text)
    .replace(ID_NUMBER, '〔证件号〕')
    .replace(OLD_ID_NUMBER, '〔证件号〕')
    .replace(MOBILE, '〔电话〕')
    .replace(LANDLINE, '〔电话〕')
    .replace(MASKED_NUMBER, '〔号码〕');
}

/** Finds mobile numbers in text, normalised to 11 digits (for the task card's contact field). */
export function findMobiles(text: string): string[] {
  const found = new Set<string>();
  for (const m of halfWidthDigits(text).matchAll(MOBILE)) found.add(`${m[1]}${m[2]}${m[3]}`);
  return [...found];
}
