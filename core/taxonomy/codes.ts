/**
 * The classification contract (../shared/spec/taxonomy.md) as typed constants.
 * Codes are the API; labels are what people see. Every other module imports
 * its codes from here, never spells them itself.
 */

export const INTENTS = {
  report: '反映问题',
  legal_question: '法律咨询',
  status_query: '进度查询',
  followup: '补充或评价',
  chitchat: '闲聊问候',
  other: '其他',
} as const;
export type Intent = keyof typeof INTENTS;
export const INTENT_CODES = Object.keys(INTENTS) as Intent[];

export const CATEGORIES = {
  dispute: '矛盾纠纷',
  public_order: '社会治安',
  public_safety: '公共安全',
  environment: '环境保障',
  city_mgmt: '城市管理',
  livelihood: '民生服务',
} as const;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as Category[];

export const SUBTYPES = {
  'dispute.neighbor': '邻里纠纷',
  'dispute.family': '婚姻家庭纠纷',
  'dispute.labor': '劳动争议',
  'dispute.property_mgmt': '物业纠纷',
  'dispute.consumer': '消费纠纷',
  'dispute.traffic': '交通事故纠纷',
  'dispute.medical': '医疗纠纷',
  'dispute.land': '土地征迁纠纷',
  'dispute.housing': '房屋租赁买卖纠纷',
  'dispute.debt': '民间借贷纠纷',
  'dispute.other': '其他纠纷',
  'public_order.theft': '盗窃',
  'public_order.fraud': '诈骗',
  'public_order.violence': '打架斗殴与人身威胁',
  'public_order.domestic_violence': '家庭暴力',
  'public_order.vice': '黄赌毒',
  'public_order.gang': '黑恶线索',
  'public_order.other': '其他治安问题',
  'public_safety.fire': '消防隐患',
  'public_safety.gas': '燃气安全',
  'public_safety.building': '房屋设施安全',
  'public_safety.road': '道路安全隐患',
  'public_safety.food_drug': '食品药品安全',
  'public_safety.production': '安全生产',
  'public_safety.disaster': '自然灾害',
  'environment.noise': '噪声污染',
  'environment.air': '大气污染',
  'environment.water': '水污染',
  'environment.waste': '垃圾与卫生',
  'city_mgmt.illegal_construction': '违章建筑',
  'city_mgmt.street_vending': '占道经营',
  'city_mgmt.parking': '停车与车辆',
  'city_mgmt.facilities': '市政设施',
  'city_mgmt.other': '其他城市管理',
  'livelihood.utilities': '水电气暖',
  'livelihood.care': '特殊人群关爱',
  'livelihood.assistance': '社会救助保障',
  'livelihood.education': '教育入学',
  'livelihood.health': '医疗卫生服务',
  'livelihood.other': '其他民生诉求',
} as const;
export type Subtype = keyof typeof SUBTYPES;
export const SUBTYPE_CODES = Object.keys(SUBTYPES) as Subtype[];

export function categoryOf(subtype: Subtype): Category {
  return subtype.slice(0, subtype.indexOf('.')) as Category;
}

export function isSubtype(value: unknown): value is Subtype {
  return typeof value === 'string' && Object.hasOwn(SUBTYPES, value);
}

export const URGENCIES = {
  normal: '一般',
  urgent: '较急',
  emergency: '紧急',
} as const;
export type Urgency = keyof typeof URGENCIES;
export const URGENCY_CODES = Object.keys(URGENCIES) as Urgency[];
export const URGENCY_RANK: Record<Urgency, number> = { normal: 0, urgent: 1, emergency: 2 };

export function maxUrgency(a: Urgency, b: Urgency): Urgency {
  return URGENCY_RANK[a] >= URGENCY_RANK[b] ? a : b;
}

export const RISK_FLAGS = {
  violence_risk: '民转刑风险',
  group: '群体性',
  vulnerable: '特殊人群',
  self_harm: '自伤风险',
  repeat: '重复反映',
} as const;
export type RiskFlag = keyof typeof RISK_FLAGS;
export const RISK_FLAG_CODES = Object.keys(RISK_FLAGS) as RiskFlag[];

/** §2: problems tied to a place, where a second report of the same thing is a duplicate, not a new case. */
export function isPlaceBound(subtype: Subtype): boolean {
  const category = categoryOf(subtype);
  return (
    category === 'public_safety' ||
    category === 'environment' ||
    category === 'city_mgmt' ||
    subtype === 'livelihood.utilities'
  );
}

/** §2: disputes between parties, where repeats are linked but each stays its own case. */
export function isDispute(subtype: Subtype): boolean {
  return categoryOf(subtype) === 'dispute' || subtype === 'public_order.domestic_violence';
}
