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

describe('poison drunk, carbon monoxide, a shock, a hissing stove', () => {
  it.each<[string, string, string]>([
    ['medical', '120', '我们村的老王干活渴了，把瓶子里的百草枯当水喝了一口'],
    ['self_harm', '110', '对门大哥跟老婆吵完架喝了半瓶敌敌畏，现在躺在床上'],
    ['medical', '120', '我爸在地里干活，刚才口吐白沫倒在田埂上了'],
    ['carbon_monoxide', '120', '我奶奶屋里生着煤炉子，窗户都关着，她说头疼得厉害，人迷迷糊糊的'],
    ['electric', '120', '工地的电箱漏电，一个小工摸了一下铁门就倒地上了，现在一动不动'],
    ['gas', '119', '灶台那边一直嗤嗤响，闻着有股燃气味，我不敢开灯'],
  ])('%s (%s): %s', (hazard, number, text) => {
    expect(rules(text)).toEqual([hazard, number]);
  });

  it.each([
    ['pesticide only sprayed', '隔壁在菜地里打农药，味道飘到我家了'],
    ['a coal stove, nobody ill', '冬天烧蜂窝煤炉子取暖要注意什么'],
    ['a talk on shocks', '社区要搞防触电宣传，问问哪天开始'],
    ['a shock treated already', '上周我家老头被水泵电到了，送医院看过了，现在没事了'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expect(rules(text)).toBeNull();
  });
});

describe('a knife drawn with a threat, and a husband at the door in a legal question', () => {
  it('is violence under way', () => {
    expect(rules('讨债的堵在我店门口，从包里拿出一把刀，说谁敢报警就捅谁')).toEqual(['violence', '110']);
    expect(rules('我想问问家暴能判几年？我男人现在在外面砸门，喊着要弄死我')).toEqual(['violence', '110']);
  });
});

describe('a break-in with someone at home, and a message typed in traditional characters', () => {
  it('is an emergency for 110 in either script', () => {
    expect(rules('有人正在撬我家的窗户，我和孩子躲在卧室里不敢出声')).toEqual(['break_in', '110']);
    expect(rules('有人正在撬我家的窗戶，我和孩子躲在臥室裡不敢出聲')).toEqual(['break_in', '110']);
    expect(rules('我家樓下著火了，煙很大')).toEqual(['fire', '119']);
  });

  it('is no emergency when nobody is home or it is over', () => {
    expect(rules('昨晚小偷撬了我家的门，偷走了两千块，人不在家')).toBeNull();
    expect(rules('对面楼有人在撬电动车的锁，我在阳台上看着')).toBeNull();
  });
});
