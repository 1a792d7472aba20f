import { normaliseNumerals } from '../text/chinese-numerals.js';

/**
 * A grid's areas as people write them: a community (「幸福小区」), one building or group
 * (「幸福小区5栋」, 「李家村三组」) or a range (「幸福小区1-5栋」). Numbers may be Chinese or Arabic.
 */
interface AreaPattern {
  base: string;
  range: { from: number; to: number; unit: string } | null;
}

const UNIT = '(栋|幢|号楼|组|队|单元|号)';
const RANGED_AREA = new RegExp(`^(.+?)(\\d+)(?:[-~至到](\\d+))?${UNIT}$`);

export function parseArea(area: string): AreaPattern {
  const normalised = normaliseNumerals(area.trim());
  const m = RANGED_AREA.exec(normalised);
  if (!m) return { base: normalised, range: null };
  const from = Number(m[2]);
  return { base: m[1]!, range: { from, to: m[3] ? Number(m[3]) : from, unit: sameUnit(m[4]!) } };
}

/** 栋, 幢 and 号楼 all name a building. */
function sameUnit(unit: string): string {
  return unit === '幢' || unit === '号楼' ? '栋' : unit;
}

/**
 * How well an area matches a text: 0 for no match; otherwise a score where a building or
 * group match beats a bare community match, and longer names beat shorter ones.
 */
export function matchArea(area: AreaPattern, text: string): number {
  const normalised = normaliseNumerals(text);
  const at = normalised.indexOf(area.base);
  if (at < 0) return 0;
  if (!area.range) return area.base.length;
  const after = normalised.slice(at + area.base.length);
  const m = new RegExp(`^\\s*(\\d+)\\s*${UNIT}`).exec(after);
  if (!m) return 0;
  const n = Number(m[1]);
  const unitMatches = sameUnit(m[2]!) === area.range.unit;
  return unitMatches && n >= area.range.from && n <= area.range.to ? 100 + area.base.length : 0;
}
