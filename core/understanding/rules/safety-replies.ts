import type { Hazard } from './hazard-rules.js';

/**
 * The plain-Chinese safety replies sent at once for an emergency (taxonomy §3).
 * This is the one place to edit their wording.
 */
export const SAFETY_REPLIES: Record<Hazard, string> = {
  fire: '请立即离开着火的地方，用湿毛巾捂住口鼻、弯腰走楼梯，不要乘电梯，马上拨打119火警电话。',
  gas: '请马上离开房间，不要开关电灯电器、不要点火、不要在屋里打电话；到室外安全的地方后，拨打燃气公司抢修电话和119。',
  violence: '请先到安全的地方，远离对方，马上拨打110报警；有人受伤请拨打120。',
  self_harm: '请马上拨打110或120，尽量陪在他（她）身边，不要让他（她）一个人待着，拿走刀具、药品等危险物品。',
  missing_person: '请马上拨打110报警，说清楚走失的时间、地点、衣着和长相，同时请亲友邻居一起在附近寻找。',
  trapped: '请保持冷静，不要强行扒门或攀爬；被困电梯请按警铃或拨打电梯内的救援电话，有危险请马上拨打119。',
  flood: '请马上切断电源，带着老人孩子离开危险的地方，往高处、远离山坡和河道的安全地带转移，不要蹚水过河过桥，被困请拨打119求救。',
  medical: '请马上拨打120急救电话，不要随意搬动病人，保持呼吸通畅，等待急救人员。',
  traffic: '请马上拨打120和110（交通事故也可拨打122），在事故车辆后方放置警示标志，人员撤到安全地带。',
};
