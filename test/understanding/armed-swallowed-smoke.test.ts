import { describe, expect, it } from 'vitest';
import { assessSafetyRules } from '../../core/understanding/safety.js';

/** What the rules alone make of a message: the hazard and its first number, or null. */
function rules(text: string): [string, string] | null {
  const found = assessSafetyRules(text);
  return found ? [found.hazard, found.numbers[0]!] : null;
}

describe('armed at the door, threatening to kill (a conditional threat with the means in hand)', () => {
  it.each([
    '楼下那个醉鬼拎着一根钢管在我家门口骂，说我再不开门就打死我',
    '对面的男的拿着斧头站在院子里，说今天不赔钱就砍死我们全家',
    '补充一下我前天反映的漏水的事：楼上那个人现在手里提着刀在楼道里转，说再找物业就弄死我',
  ])('is an emergency for 110: %s', (text) => {
    expect(rules(text)).toEqual(['violence', '110']);
  });

  it.each([
    ['a threat with nothing in hand, from afar', '他在电话里说我不还钱就弄死我'],
    ['a workman with a hammer', '装修师傅拎着锤子在楼道里干活，吵死了，说弄不完要加钱'],
    ['the man gone', '那个人拿着刀在门口骂了一阵，说要砍死我，已经走了'],
  ])('is not an emergency by this rule — %s: %s', (_why, text) => {
    expect(rules(text)?.[0] ?? null).not.toBe('violence');
  });
});

describe('medicine or a household poison swallowed by mistake', () => {
  it.each([
    '我家两岁的宝宝把一板感冒药当糖豆吃了，现在一直在睡',
    '孩子刚才误喝了半瓶消毒液，嘴里有味',
    '小孙女吞了一颗纽扣电池，怎么办',
  ])('is an emergency for 120: %s', (text) => {
    expect(rules(text)).toEqual(['medical', '120']);
  });

  it.each([
    ['already treated', '上周孩子误吃了我的降压药，送医院洗胃了，现在没事了'],
    ['taking medicine as told', '医生让我每天吃降压药，吃了药头有点晕正常吗'],
  ])('is not an emergency — %s: %s', (_why, text) => {
    expect(rules(text)).toBeNull();
  });
});

describe('smoke seen by someone carrying out the rubbish', () => {
  it('is a fire; smoke from burning rubbish is not', () => {
    expect(rules('我去倒垃圾，看见二楼李奶奶家厨房窗户往外冒黑烟，敲门没人开')).toEqual(['fire', '119']);
    expect(rules('楼下有人烧垃圾，冒了一院子的烟')).toBeNull();
  });
});
