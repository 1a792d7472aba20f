import { removeSensitiveNumbers } from './mask.js';

/**
 * What anonymisation does to free text: numbers become placeholders, the names we know (the
 * reporter's, the neighbour's a 联户长 reported for) become 「某某」, and the ways residents name
 * people in passing (「我叫王小明」, 「王阿姨」, 「老李」) lose the name. The sense of the text stays,
 * so the report still says what the problem was.
 */
const NAME = '[\\p{Script=Han}]';
/** 「我叫王小明」「联系人：王小明」: two or three characters after the phrase are a name. */
const INTRODUCED = new RegExp(`(我叫|我是|名叫|叫做|姓名|联系人|户主|业主)([:：\\s]*)${NAME}{2,3}(?=$|[^\\p{Script=Han}]|[，。、的家住在说电手])`, 'gu');
/**
 * Common surnames (not ones that are also common words, such as 高, 方 or 于) before a kinship or
 * polite title, or after 老/小: 「王阿姨」「李师傅」「老张」「小刘」.
 */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪任姜范姚谭廖邹熊陆郝崔邱秦顾侯邵孟汤尹黎乔贺赖龚';
const TITLED = new RegExp(`[${SURNAMES}](?=(?:阿姨|大爷|大妈|大娘|大伯|大叔|大哥|大姐|奶奶|爷爷|叔叔|阿婆|婆婆|师傅|先生|女士|老师|医生|老板|经理|主任|书记|村长|组长|队长|某))`, 'gu');
const NICKNAMED = new RegExp(`(?<=[老小])[${SURNAMES}]`, 'gu');
/** A household's door: 「5栋2单元301」's 301, 「3-2-501」. The building stays; it says where the problem is. */
const DOOR = /(?<=单元|栋|幢|号楼|楼)\s*\d{3,4}(?:室|号|房)?|\b\d{1,2}-\d{1,2}-\d{3,4}\b/gu;

export function redactPersonalText(text: string, knownNames: readonly string[] = []): string {
  let out = removeSensitiveNumbers(text);
  // Longest first, so 「王小明」 is not left as 「某某明」 by a shorter name inside it.
  for (const name of [...new Set(knownNames.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length)) {
    out = out.replaceAll(name, '某某');
  }
  return out.replace(DOOR, '〔门牌〕').replace(INTRODUCED, '$1$2某某').replace(TITLED, '某').replace(NICKNAMED, '某');
}

/** The same for every string inside a JSON value (timeline event data), keys untouched. */
export function redactJson(value: unknown, knownNames: readonly string[]): unknown {
  if (typeof value === 'string') return redactPersonalText(value, knownNames);
  if (Array.isArray(value)) return value.map((v) => redactJson(v, knownNames));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJson(v, knownNames)]));
  }
  return value;
}

/** A place only as precise as the community or road: building, unit and room numbers go. */
export function coarsePlace(address: string | null): string | null {
  if (address === null) return null;
  const cut = address.search(/[0-9０-９]|[一二三四五六七八九十两]+(?:栋|幢|号楼|单元|楼|层|室|号)/u);
  const coarse = (cut === -1 ? address : address.slice(0, cut)).trim();
  return coarse === '' ? null : coarse;
}

/** A map pin rounded to about a hundred metres: enough for hot spots, not enough for a door. */
export function coarsePoint(point: { lat: number; lng: number } | null): { lat: number; lng: number } | null {
  if (!point) return null;
  return { lat: Math.round(point.lat * 1000) / 1000, lng: Math.round(point.lng * 1000) / 1000 };
}
