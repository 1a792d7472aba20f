import type { KbEntry } from './kb-schema.js';

/**
 * Words by which residents describe something happening to them now, rather than asking in general
 * (「我家楼上漏水」 versus 「楼上漏水谁负责」 is not always separable; these cues lean to offering).
 */
const LIVE_CUES = [
  '我家', '我们家', '我的', '我们的', '我们村', '我们小区', '我们楼', '我们单位', '我们公司',
  '楼上', '楼下', '隔壁', '对门', '欠我', '拖欠', '不给我', '不退我', '打我', '骂我', '我被', '被人',
  '我老公', '我老婆', '我丈夫', '我妻子', '我爸', '我妈', '我儿子', '我女儿', '我父亲', '我母亲',
  '现在', '一直', '天天', '每天', '每晚', '最近', '昨天', '昨晚', '今天', '刚才', '已经', '好几',
] as const;

/** True when the entry's topic is one the grid acts on and the question tells of the resident's own case. */
export function describesLiveProblem(question: string, entry: KbEntry): boolean {
  return entry.live_problem && LIVE_CUES.some((cue) => question.includes(cue));
}
