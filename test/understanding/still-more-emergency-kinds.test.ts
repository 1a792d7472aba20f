import { describe, expect, it } from 'vitest';
import { classifier, expectEmergency, expectNoEmergency, hazardOf } from '../support/understanding.js';
import { SAFETY_REPLIES } from '../../core/understanding/rules/safety-replies.js';
import { assessSafetyRules } from '../../core/understanding/safety.js';

/**
 * Still more kinds of emergency (taxonomy §3) that blind dev sets showed missed, each in several phrasings of our
 * own, with the look-alikes that must stay below an emergency and the subtypes taxonomy §2 gives them.
 */

describe('a status query that tells the danger is still there or worse', () => {
  it.each([
    ['gas, stronger than yesterday, dizzy', '前天报的煤气管道漏气怎么还没人来修？现在厨房的味道比昨天还浓，我老婆说头晕'],
    ['gas, the smell heavier', '我上午反映过燃气表那里有味，到现在没人来，那股味儿更重了'],
    ['gas, a ticket number, the smell sharper', '工单GX20240611003的天然气泄漏什么时候处理？楼道里的气味越来越冲了，好几户都说头疼'],
  ])('a gas leak growing is an emergency: %s', (_why, text) => {
    expectEmergency(text, 'gas');
  });

  it.each([
    ['a father with dementia, not found yet', '昨天下午报的我爸走失的事，有进展吗？到现在还没找到，他有老年痴呆'],
    ['a child, night falling', '单号GX20240610021，我家孩子走丢的事还没消息吗？天都快黑了'],
  ])('someone still missing is an emergency, and the message stays a status query: %s', (_why, text) => {
    expect(hazardOf(text)).toBe('missing_person');
    const result = classifier.understand(text);
    expect(result.intent).toBe('status_query');
    expect(result.urgency).toBe('emergency');
  });

  it('a grandmother three days gone in the snow is an emergency', () => {
    expect(classifier.understand('前天反映我奶奶走丢了，你们那边有消息没有？已经三天了，外面一直下雪').urgency).toBe('emergency');
  });

  it.each([
    ['a stove that will not light', '上周反映的燃气灶打不着火的事什么时候来修？'],
    ['barbecue fumes, stronger', '上次反映楼下烧烤的油烟味，现在味道更大了，什么时候来管'],
    ['a gas smell fixed', '我上周报的煤气味的事已经修好了，现在没味了，谢谢'],
    ['a mother found', '昨天报的我妈走丢的事，已经找到了，在亲戚家，谢谢你们'],
    ['a father found last month', '上个月我爸走丢的事后来找回来了，想问问能不能给他办个防走失手环'],
    ['a son away at work, out of touch', '我儿子在外地打工联系不上，他说这个月寄钱回来，到现在还没消息'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('armed at the door, threatening to kill or maim', () => {
  it.each([
    ['loan sharks with steel pipes, a son threatened', '放高利贷的三个人拎着钢管堵在我家门口，说今天不还钱就打断我儿子的腿，我和孩子反锁在屋里', 'public_order.gang'],
    ['a neighbour with a hoe over a boundary', '隔壁为了地界的事扛着锄头站在我家院门口，嚷着要他命，我爸在屋里不敢出来', 'dispute.land'],
  ])('is an emergency, with the subtype of what it grew out of: %s', (_why, text, label) => {
    expect(hazardOf(text)).toBe('violence');
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe(label);
  });

  it('a cleaver in the corridor, threatening to cripple, is an emergency', () => {
    const text = '楼下那个男的拎着菜刀在楼道里喊，说今天要废了我，我一个人在家';
    expectEmergency(text, 'violence');
  });

  it.each([
    ['last month, the police stepped in', '上个月那几个放贷的拿着棍子到我家楼下说要打断我的腿，后来派出所出面了'],
    ['at his own door, warning the writer off', '我去找他要工钱，他拿着铁锹站在门口说再来就打断我的腿'],
    ['no weapon, a condition', '邻居说再吵就打断我的腿'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('a stalker at the door now', () => {
  it.each([
    ['at the dorm door, pounding on it', '那个一直骚扰我的男的现在在我宿舍门口，不停地拍门，我室友都不在'],
    ['followed home, standing outside', '有个陌生人从超市一路跟着我回来，现在就站在我家门外不走'],
  ])('is an emergency, public_order.other, with its own reply: %s', (_why, text) => {
    const found = assessSafetyRules(text);
    expect(found?.hazard).toBe('stalker');
    expect(found!.numbers).toEqual(['110']);
    expect(found!.reply).toBe(SAFETY_REPLIES.stalker);
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe('public_order.other');
  });

  it('a former partner knocking and calling her name is an emergency', () => {
    const text = '前男友跟踪我好几天了，刚才又找到我家来，一直在敲门喊我名字，我不敢出声';
    expectEmergency(text, 'stalker');
  });

  it.each([
    ['following for weeks, waiting at the office', '有个男的跟踪我快两个星期了，每天在公司楼下等我下班，还往我门上塞纸条'],
    ['knocked once last week, chased off', '上周那个跟踪我的人来敲过我家门，后来被保安赶走了'],
    ['hanging about the estate gate', '有个男的这几天老在小区门口转悠，跟了我两次'],
    ['waiting at the factory gate, a note on the door', '有个男的跟了我一个多月了，我下班他就在厂门口等，今天早上门上还贴了张纸条，我现在很怕'],
  ])('urgent, not an emergency — %s: %s', (_why, text) => {
    expect(hazardOf(text)).toBeNull();
    expect(classifier.understand(text).urgency).toBe('urgent');
  });
});

describe('a fall from a height, the person hurt and lying there', () => {
  it.each([
    ['off the scaffolding, not moving', '工地上有个师傅从脚手架上摔下来了，躺在地上一动不动'],
    ['a worker onto the rebar, bleeding, moaning', '脚手架上掉下来一个工人，摔在钢筋堆上，满身是血，在那呻吟'],
  ])('on a site is an emergency, public_safety.production: %s', (_why, text) => {
    const found = assessSafetyRules(text);
    expect(found?.hazard).toBe('medical');
    expect(found!.numbers).toContain('120');
    expect(found!.subtypeFixed).toBe(true);
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe('public_safety.production');
  });

  it('off a ladder at home is an emergency, livelihood.health', () => {
    const result = classifier.understand('我爸爬梯子摘柿子，从梯子上摔下来了，头上流了好多血，叫他也不应');
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe('livelihood.health');
  });

  it.each([
    ['last month, wages for treatment refused', '上个月工友从脚手架上摔下来骨折了，老板到现在不给医药费'],
    ['a flowerpot, nobody hurt', '楼上掉下来一个花盆，摔碎了，差点砸到人'],
    ['no safety net yet', '工地的脚手架没有防护网，工人随时可能摔下来'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('a follow-up: what was reported has just come down, someone perhaps under it', () => {
  it.each([
    ['an old earth wall, a shepherd perhaps under it', '补充一下上午说的那个老土墙，刚刚塌了，不知道放羊的老汉是不是在下面'],
    ['the hillside crack, houses buried', '之前反映的后山那道裂缝，刚才整片山坡滑下来了，把两间房埋了，好像有人在里面'],
  ])('is an emergency: %s', (_why, text) => {
    expectEmergency(text, 'trapped');
  });

  it.each([
    ['a corner fell yesterday, fenced off', '上次说的那个后山裂缝，昨天塌了一小块，没砸到人，现在围起来了'],
    ['a pigsty wall down, everyone fine', '上回反映的猪圈墙塌了，人都没事，什么时候来看看'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('the subtypes of these emergencies', () => {
  it('a pupil the family did not meet after school, an hour on, is missing: livelihood.care', () => {
    const text = '放学一个多小时了，我们家里人都没接到孩子，老师说她自己出了校门';
    expectEmergency(text, 'missing_person', 'livelihood.care');
  });

  it('a pupil picked up by a parent after all is no missing child', () => {
    expect(hazardOf('校车到站了孩子不在车上，后来知道是他爸提前接走了，虚惊一场')).toBeNull();
  });

  it.each([
    ['a mother collapsed in the bathroom', '救命 我妈晕倒在卫生间了 叫她没反应', 'livelihood.health'],
    ['a father down in the toilet', '救命啊我爸昏倒在厕所里了，怎么叫都不行了', 'livelihood.health'],
    ['a husband beating her', '救命 我老公又在打我', 'public_order.domestic_violence'],
    ['a neighbour over the corridor, a knife at the door', '为了楼道里堆鞋柜的事，对门的男的拿着刀在我家门口砸门，说要砍死我', 'dispute.neighbor'],
  ])('%s: %s', (_why, text, label) => {
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe(label);
  });

  it.each([
    ['着活 and 眼 for 烟', '着活了着活了 三楼厨房 好大的眼'],
    ['着伙 next door', '隔壁着伙了 好大的眼 我家老人还在楼上'],
  ])("voice input's homophones for fire are a fire, public_safety.fire: %s", (_why, text) => {
    expectEmergency(text, 'fire', 'public_safety.fire');
  });

  it('「靠着活了」 is no fire, nor 「好大的眼睛」', () => {
    expect(hazardOf('他靠着活了大半辈子')).toBeNull();
    expect(hazardOf('隔壁家的娃长着好大的眼睛')).toBeNull();
  });

  it('a child who ate grain laced with rat poison is a poisoning emergency', () => {
    const text = '两岁的孙子把拌了耗子药的米吃了几口';
    expect(hazardOf(text)).toBe('medical');
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(['public_safety.food_drug', 'livelihood.health']).toContain(result.label);
  });
});

describe('what only sounds like an emergency', () => {
  it.each([
    ['venting with angry faces', '广场舞天天放到十点，我真要疯了，要杀人了😡😡'],
    ['a scam call seen through and hung up', '有人冒充公安打电话说我涉嫌洗钱，我没上当直接挂了，提醒大家注意'],
    ['a crowd at the gate, a threat on a condition', '三十多个工人围在工地门口，说老板今天不给工资就把办公室砸了'],
    ['an old man alone who answered through the door', '独居的刘大爷三天没下楼了，我去敲门他在里面答应了一声，就是不开门'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });

  it('a swindle still under way, the money not yet sent, stays an emergency', () => {
    expect(hazardOf('有个自称公安的人正在跟我妈视频，让她转账到安全账户，她还没转')).toBe('fraud');
  });

  it.each([
    ['sand trickling off the slope for a week', '连着下了一周雨，屋后的山坡一直往下溜沙子，底下住着两户老人'],
    ['soil trickling for three days', '连下三天雨，后山那块坡一直往下溜土，坡底下还住着两户人家，都是老人'],
  ])('a slope shedding soil is a warning sign, not the slide — %s: %s', (_why, text) => {
    expect(hazardOf(text)).toBeNull();
  });

  it('a crack widening by the hour is the slide', () => {
    expect(hazardOf('屋后的山坡从早上开始往下溜土，裂缝一上午宽了好几指，坡底下住着六户人家')).toBe('flood');
  });
});
