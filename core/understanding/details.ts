import { findMobiles } from '../privacy/mask.js';
import { peopleCountIn } from './rules/risk-rules.js';
import type { MessageDetails } from './understanding.js';

/** What a grid worker needs from the text itself, found by patterns (taxonomy-independent). */

const NUM = '(?:\\d+|[一二两三四五六七八九十]+)';
/** A character of a place name: not one of the little words that join a sentence (「…组有二十多个村民」). */
const NAME_CHAR = '(?:(?![有的在了是个和跟对从到去我你他她们这那里就都也还又很太被把给让向往说要会能想])[\\p{Script=Han}A-Za-z0-9])';
const NAMED_PLACE = new RegExp(
  `${NAME_CHAR}{1,10}(?:小区|花园|家园|苑|公寓|大厦|广场|新村|社区|村|镇|乡|街道|工业园|开发区|市场|菜场|学校|小学|中学|医院|卫生院|公园)` +
    `(?:${NUM}(?:栋|幢|号楼|座|组|队|号))?(?:${NUM}单元)?(?:${NUM}(?:楼|层|室|号))?` +
    `|${NAME_CHAR}{1,8}(?:路|街|大道|巷|胡同)(?:${NUM}号)?` +
    `|${NUM}(?:栋|幢|号楼)(?:${NUM}单元)?(?:${NUM}(?:楼|层|室))?`,
  'u',
);
/** Words before a place name that belong to the sentence, not to the name (「我家住在幸福小区」). */
const LEAD_IN = /^.*(?:住在|家在|位于|就在|我们|我家|在|住|到|从|去|是|的|了|和|跟|对)/u;
const RELATIVE_PLACE = /楼上|楼下|隔壁|对门|对面|门口|楼道|院子里/u;

const PARTIES =
  /楼上|楼下|隔壁|对门|邻居|房东|租客|房客|中介|老板|公司|单位|厂里|包工头|工头|物业|开发商|业委会|商家|店家|店主|饭店|餐馆|工厂|工地|施工队|村委会?|村干部|居委会|医院|诊所|医生|学校|老师|快递|司机|对方|保安|老公|丈夫|老婆|妻子|前夫|前妻|儿子|女儿|儿媳|女婿|婆婆|公公|哥哥|弟弟|姐姐|妹妹|亲戚|网友|客服|城管/gu;

const TIME_WORDS = new RegExp(
  [
    '今天|昨天|昨晚|前天|今早|今晚|明天|刚才|刚刚|现在|半夜|凌晨|深夜|早上|上午|中午|下午|晚上|夜里|每天|天天|每晚|最近|这几天|上周|上个?月|去年|前几天|一直|周末',
    `${NUM}(?:个)?(?:多)?(?:天|周|星期|个月|月|年|小时|分钟)(?:了|多|以来)?`,
    `${NUM}点(?:半|多|以后|之后|左右)?`,
    '\\d{1,2}月\\d{1,2}[日号]',
  ].join('|'),
  'gu',
);
const TICKET = /gx\d{8}-\d{4}/giu;
const BARE_TICKET = /(?:单号|编号|工单|案号|受理号|尾号|号码)[^\d]{0,4}(\d{4})(?!\d)|(?<![\d-])(0\d{3})(?!\d)/gu;
const FORWARDED = /帮.{0,10}(?:反映|反应|问|投诉|报|说一下|咨询)|替.{0,10}(?:反映|说|问)|代.{0,6}(?:反映|投诉|咨询)|转发|转达|转给|联户长|受.{0,8}委托/u;
const ON_BEHALF = /(?:帮|替|代)(?!忙|我)(.{1,10}?)(?:反映|反应|问问|问一下|投诉|说一下|咨询|报)/u;

function placeIn(text: string): string | null {
  const named = NAMED_PLACE.exec(text);
  if (named) return named[0].replace(LEAD_IN, '') || named[0];
  return RELATIVE_PLACE.exec(text)?.[0] ?? null;
}

function unique(values: Iterable<string>, limit: number): string[] {
  return [...new Set(values)].slice(0, limit);
}

export function extractDetails(text: string): MessageDetails {
  const onBehalf = ON_BEHALF.exec(text)?.[1]?.trim();
  return {
    place: placeIn(text),
    parties: unique(Array.from(text.matchAll(PARTIES), (m) => m[0]), 5),
    peopleCount: peopleCountIn(text),
    phones: findMobiles(text),
    timeWords: unique(Array.from(text.matchAll(TIME_WORDS), (m) => m[0]), 6),
    tickets: unique(
      [
        ...Array.from(text.matchAll(TICKET), (m) => m[0].toUpperCase()),
        ...Array.from(text.matchAll(BARE_TICKET), (m) => m[1] ?? m[2] ?? ''),
      ].filter(Boolean),
      5,
    ),
    forwarded: FORWARDED.test(text),
    onBehalfOf: onBehalf || null,
  };
}
