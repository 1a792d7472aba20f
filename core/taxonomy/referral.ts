import { categoryOf, type Subtype } from './codes.js';

/** §5: the committee or department a report can be referred to (转办), by subtype, then by category. */
const BY_SUBTYPE: Partial<Record<Subtype, string>> = {
  'dispute.labor': '劳动争议调解委员会 / 人社劳动监察',
  'dispute.family': '妇联 / 婚姻家庭调解委员会',
  'public_order.domestic_violence': '妇联 / 婚姻家庭调解委员会 / 公安（派出所）',
  'dispute.traffic': '交通事故调解委员会 / 交警',
  'dispute.consumer': '市场监管（12315）/ 消费纠纷调解委员会',
  'public_safety.food_drug': '市场监管（12315）',
  'dispute.medical': '医疗纠纷调解委员会',
  'dispute.property_mgmt': '物业纠纷调解委员会 / 住建',
  'dispute.land': '乡镇人民政府 / 自然资源',
  'public_safety.fire': '消防',
  'public_safety.gas': '燃气公司',
  'livelihood.utilities': '供水/供电/燃气企业',
};

const BY_CATEGORY: Partial<Record<ReturnType<typeof categoryOf>, string>> = {
  environment: '生态环境（12369）',
  city_mgmt: '城管综合执法',
  public_order: '公安（派出所）',
  dispute: '人民调解委员会',
};

export function referralFor(subtype: Subtype): string | null {
  return BY_SUBTYPE[subtype] ?? BY_CATEGORY[categoryOf(subtype)] ?? null;
}
