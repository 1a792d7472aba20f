import { describe, expect, it } from 'vitest';
import { classifier, expectEmergency, expectNoEmergency, hazardOf } from '../support/understanding.js';
import { SAFETY_REPLIES } from '../../core/understanding/rules/safety-replies.js';
import { assessSafetyRules } from '../../core/understanding/safety.js';

/**
 * More kinds of emergency (taxonomy §3) that blind dev sets showed missed, each in several phrasings of our own,
 * with the look-alikes that must stay below an emergency, the subtypes taxonomy §2 gives them, and hazards that
 * are no emergency yet.
 */

describe('a follow-up that tells the danger reported is under way now', () => {
  it.each([
    ['a door kicked open, a hammer in hand', '刚才报的那个楼上的男的，现在已经把我家防盗门踹开了，手里还拎着锤子'],
    ['at the door, the knife still in his hand', '补充一下：上午反映的那个前夫，他现在就在门口，刀还攥在他手里'],
    ['the door split, the axe still in his hand', '我半小时前反映的邻居砸门的事，现在门被他劈开一个口子了，斧头还在他手上，你们到哪了'],
  ])('%s: %s', (_why, text) => {
    expectEmergency(text, 'violence');
  });

  it.each([
    ['kicked open yesterday, gone now', '刚才反映的那个邻居，昨天把我家门踹开过一次，现在人已经走了'],
    ['the knife taken by the police', '上次反映的对门那个人，刀已经被派出所收走了，现在没事了'],
    ['taken away by the police', '昨天反映的那个砸门的邻居，派出所已经把他带走了，谢谢'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expect(classifier.understand(text).urgency).not.toBe('emergency');
  });
});

describe('a hand or an arm caught in a machine', () => {
  it.each([
    ['a press, bleeding', '车间的冲压机把老李的右手压住了，拔不出来，一直在流血'],
    ['a dough mixer, still stuck', '和面机把我媳妇的胳膊卷进去了，机器停了还卡着，快来人'],
    ['a conveyor belt, unpunctuated', '工友的袖子被传送带卷进去了 人被拽在机器边上 血顺着胳膊往下滴'],
  ])('is an emergency, public_safety.production: %s', (_why, text) => {
    const found = assessSafetyRules(text);
    expect(found?.hazard).toBe('caught_in_machine');
    expect(found!.numbers).toContain('120');
    expect(found!.reply).toBe(SAFETY_REPLIES.caught_in_machine);
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe('public_safety.production');
  });

  it('still an emergency inside a work-injury question, which stays a labour matter', () => {
    const result = classifier.understand('注塑机把我同事的手夹在里面了，现在还拿不出来，老板不让打120，这种算不算工伤？');
    expect(result.intent).toBe('legal_question');
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe('dispute.labor');
  });

  it.each([
    ['an injury last year', '去年冲床把我手指压断了，现在工伤认定还没下来，怎么办'],
    ['a guard missing, nobody caught', '机器没有防护罩，很容易把手卷进去，希望安监来查查'],
    ['a jammed machine', '压面机卡住了不转，师傅说要换零件'],
    ['a phone stuck in a machine', '手机卡在机器里了，取不出来'],
    ['a sleeve in a washing machine drum', '袖子卷进洗衣机的滚筒里了'],
    ['already in hospital', '上午搅拌机把他的手绞进去了，已经送到医院做完手术了'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('a small child gone in a public place a moment ago', () => {
  it.each([
    ['a market, a turn of the back', '在菜市场买个菜的工夫，一转身孩子就没影了，四岁，穿黄色外套，找了二十分钟了'],
    ['a water park', '水上乐园人太多了，我女儿刚才还在浅水区，一扭头就找不着了，穿粉色泳衣，五岁'],
    ['a park, a phone call', '公园里带外孙玩，我接了个电话，一回头孩子就不见了，找了快一个小时了'],
    ['lost in a mall, searched for half an hour', '儿子在商场游乐区跟丢了，找了半个多钟头还没找到，穿蓝色背心'],
  ])('is a missing child, livelihood.care: %s', (_why, text) => {
    expectEmergency(text, 'missing_person', 'livelihood.care');
  });

  it.each([
    ['a false alarm', '一抬头孩子就不见了，原来躲在柜子后面，虚惊一场'],
    ["a child's phone searched for", '孩子的手机不见了，在公园里找了半个小时'],
    ['a child who ran to buy ice cream', '孩子在广场一转眼就跑去买冰淇淋了'],
  ])('not a missing child — %s: %s', (_why, text) => {
    expect(hazardOf(text)).toBeNull();
  });
});

describe('a husband attacking now, told inside a divorce or custody question', () => {
  it.each([
    ['smashing the TV, hiding in the bedroom', '老公喝多了正在砸家里的电视，说今天晚上非打死我不可，我躲在卧室把门反锁了。这种情况离婚能多分财产吗？'],
    ['smashing things, locked in the toilet', '我男人现在在客厅摔东西砸门，说今晚要弄死我，我和孩子锁在厕所里，离婚的话孩子抚养权归谁'],
  ])('is a domestic-violence emergency: %s', (_why, text) => {
    expectEmergency(text, 'violence', 'public_order.domestic_violence');
  });

  it.each([
    ['a threat made once, now at her mother’s', '老公以前喝醉了说过今晚要弄死我，现在我住在娘家，离婚孩子能判给我吗'],
    ['a reckoning announced for later', '老公说今晚回来要跟我算账，他还没回来，离婚怎么起诉'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('a farewell with pills saved up', () => {
  it.each([
    ['thanks for the years, sleeping pills saved', '这些年多谢你们照顾。安眠药我已经攒够了，老头子走了以后家里太冷清，往后就不麻烦你们了'],
    ['pills hoarded by the bed', '谢谢网格员这么多年来看我。药都囤好了放在床头，以后不用再麻烦大家了'],
  ])('is a self-harm emergency, public_order.other: %s', (_why, text) => {
    expect(hazardOf(text)).toBe('self_harm');
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe('public_order.other');
    expect(result.flags).toContain('self_harm');
  });

  it.each([
    ['medicine stocked for a move', '谢谢社区这些年的照顾，降压药我都备齐了，下个月去儿子家住，以后就不麻烦你们送药了'],
    ['moving to a care home', '谢谢你们这些年的照顾，我搬去养老院了，以后就不麻烦你们了'],
  ])('not self-harm — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('a fall, and the person cannot get up', () => {
  it.each([
    ['alone behind the bathroom door, voice fading', '楼上独居的王伯伯在卫生间摔了一跤，爬不起来，隔着门喊我们，声音越来越小'],
    ['a grandmother down in the yard', '我奶奶在院子里跌倒了起不来了，叫她也只会哼哼'],
  ])('is a medical emergency, livelihood.health: %s', (_why, text) => {
    const found = assessSafetyRules(text);
    expect(found?.hazard).toBe('medical');
    expect(found!.numbers).toContain('120');
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe('livelihood.health');
  });

  it('a fall on dark stairs is still an emergency, its subtype not fixed', () => {
    const found = assessSafetyRules('小区楼梯没灯，刚才有个老人摔了一跤爬不起来');
    expect(found?.hazard).toBe('medical');
    expect(found!.subtypeFixed).toBe(false);
  });

  it.each([
    ['bedridden since a fall last month', '我妈上个月摔了一跤，现在起不来床，能申请护理补贴吗'],
    ['a sprained back, asking for leave', '早上滑了一下，腰扭了，动不了了，能请假吗'],
  ])('no emergency — %s: %s', (_why, text) => {
    expect(hazardOf(text)).toBeNull();
  });
});

describe('fire and being trapped told in Cantonese', () => {
  it.each([
    ['next door on fire, trapped at home', '隔篱屋着咗火呀，成条走廊都系烟，我哋困咗喺屋企出唔到去'],
    ['a shop burning, cannot get down', '楼下啲铺头火烧呀，好大烟，我哋落唔到楼'],
  ])('is a fire, public_safety.fire: %s', (_why, text) => {
    expectEmergency(text, 'fire', 'public_safety.fire');
  });

  it('cooking fumes are no fire', () => {
    expect(hazardOf('隔壁饭店啲油烟好大，成日攻晒入嚟')).toBeNull();
  });
});

describe('subtypes the taxonomy fixes for these emergencies', () => {
  it.each([
    ['coal smoke flowing back, dizzy and sick', '屋里烧着煤炉子，烟囱好像堵了往屋里倒烟，我跟我妈都头晕恶心', 'carbon_monoxide', 'public_safety.gas'],
    ['a heated brick bed, parents who cannot be woken', '我爸妈屋里烧炕，早上叫了半天叫不醒', 'carbon_monoxide', 'public_safety.gas'],
    ['a father alone, out of reach for two days', '我在外地工作，我爸一个人住在老家，两天打电话都不接，邻居说他家门从里面插着，灯也不亮', 'general', 'livelihood.care'],
  ])('%s: %s', (_why, text, hazard, label) => {
    const found = assessSafetyRules(text);
    expect(found?.hazard).toBe(hazard);
    expect(found!.subtypeFixed).toBe(true);
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe(label);
  });

  it('asking how to prevent carbon monoxide poisoning is no emergency', () => {
    expect(hazardOf('冬天烧煤炉子取暖，怎么预防煤气中毒')).toBeNull();
  });
});

describe('hazards and fights that are no emergency now', () => {
  it.each([
    ['a hillside crack, households being moved out', '下了一个礼拜雨，村后山坡上裂开一条大缝，底下有五户人家，村里正在动员他们搬出去'],
    ['wall plaster falling where children play', '老小区外墙的墙皮一块块往下掉，前天砸在自行车棚上，小孩天天在下面玩'],
  ])('urgent at most — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });

  it('a crack widening with mud rushing down is the slide itself', () => {
    expect(hazardOf('后山那条裂缝越来越宽了，泥巴石头正往下冲，底下还有人家没搬')).toBe('flood');
  });

  it('a fight the police ended, asking who pays, is over', () => {
    const text = '前天晚上烧烤摊有两桌人打起来了，警察来把人带走了，我摊子的损失找谁赔';
    expect(hazardOf(text)).toBeNull();
    expect(classifier.understand(text).urgency).toBe('normal');
  });

  it('but a threat to kill once he is out stays urgent', () => {
    expect(classifier.understand('老公打我，警察把他带走了，他走的时候说出来就弄死我').urgency).not.toBe('normal');
  });
});
