import { describe, expect, it } from 'vitest';
import { classifier, expectEmergency, expectNoEmergency, hazardOf } from '../support/understanding.js';
import { SAFETY_REPLIES } from '../../core/understanding/rules/safety-replies.js';
import { assessSafetyRules } from '../../core/understanding/safety.js';

/**
 * Kinds of emergency (taxonomy §3) that blind dev sets showed missed, each in several phrasings of our own,
 * with the look-alikes that must stay below an emergency, and the subtypes taxonomy §2's edge rules fix.
 */

describe('carbon monoxide: a brazier or stove in a closed room, people who cannot be woken', () => {
  it.each([
    ['a dormitory, told with last night and this morning', '宿舍昨天晚上生了个炭火盆，门窗关着，今天早上叫室友起床，两个人都叫不醒'],
    ['a site hut, unpunctuated', '工地板房里昨晚烧木炭取暖 早上去喊老李他们 三个人都推不醒 嘴唇发红'],
    ['parents dazed and red in the face', '我爸妈屋里点着煤炉子，门窗关得死死的，刚过去一看两个人迷迷糊糊的，脸通红'],
  ])('%s: %s', (_why, text) => {
    const found = assessSafetyRules(text);
    expect(found?.hazard).toBe('carbon_monoxide');
    expect(found!.numbers).toContain('120');
    expect(classifier.understand(text).urgency).toBe('emergency');
  });

  it.each([
    ['a headache last week, well now', '上周烧炉子取暖有点头晕，现在好了，想问问要不要装烟囱'],
    ['already taken to the clinic', '昨晚烧炭盆，早上起来有点头疼，已经送到卫生院了'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expect(hazardOf(text)).toBeNull();
  });
});

describe('a small child gone with an adult the family did not send', () => {
  it.each([
    ['fetched by a man, nobody sent', '幼儿园老师打电话说我女儿被一个男的接走了，我们家今天没人去接啊'],
    ['seen by a guard leaving with a stranger', '保安说看到一个五六岁的小男孩跟一个陌生阿姨出了小区门，他家里人说没让人来接'],
    ['on CCTV, into a van', '监控里看到孩子放学跟着一个戴帽子的男的上了辆面包车，孩子妈妈说根本没托人接'],
  ])('is a missing child, livelihood.care: %s', (_why, text) => {
    expectEmergency(text, 'missing_person', 'livelihood.care');
  });

  it('not once it turns out to be family', () => {
    expect(hazardOf('孩子放学被他舅舅接走了，家长说没托人来接，后来问清楚了原来是舅舅')).toBeNull();
  });

  it.each([
    ['asking where to do it', '家里只剩一个残疾儿子，低保要重新认定，他不知道去哪里办'],
    ['a debtor out of reach', '骑车撞了我爸的小伙子付了一次医药费，后来再也联系不上了'],
  ])('not a missing person — %s: %s', (_why, text) => {
    expect(hazardOf(text)).not.toBe('missing_person');
  });
});

describe('people pinned or buried under a collapse, or still inside it', () => {
  it.each([
    ['a work-site wall on two workers', '工地上的围墙倒了，把两个工人埋在下面了，快来人', 'public_safety.production'],
    ['a shed, someone heard under it', '村口那间放农具的棚子塌了，底下压着一个人，还能听见他在喊', 'public_safety.building'],
    ['an adobe house, an old woman moaning', '老街那栋土坯房刚才整面墙垮下来了，住在里面的刘奶奶还在屋里，能听到她在哼', 'public_safety.building'],
    ['an old neighbour answered, now silent', '老屋的泥墙房一下子塌了，隔壁老大爷还在里面，刚才还能应一声，现在没声了', 'public_safety.building'],
  ])('%s: %s', (_why, text, subtype) => {
    const found = assessSafetyRules(text);
    expect(found?.hazard).toBe('trapped');
    expect(found!.subtype).toBe(subtype);
    expect(classifier.understand(text).urgency).toBe('emergency');
  });

  it.each([
    ['last year, now about compensation', '去年村里老房子塌了，压了两个人，现在赔偿还没到位'],
    ['nobody under it', '围墙塌了，还好没压到人'],
  ])('not trapped — %s: %s', (_why, text) => {
    expect(hazardOf(text)).not.toBe('trapped');
  });
});

describe('armed at my door or in my shop now, saying he will chop or stab me', () => {
  it.each([
    ['chop, with a legal question', '欠他的钱还没还上，他现在拿着菜刀堵在我家门口，说今天不给钱就剁了我，这算不算违法', 'dispute.debt'],
    ['stab, a collector downstairs', '催收的拎着砍刀在楼下喊，说再不还钱就捅了我', 'public_order.gang'],
    ['cleave, in my shop', '收账的提着一把斧头站在我店里，说不给钱就劈了你', 'public_order.gang'],
  ])('%s: %s', (_why, text, label) => {
    expect(hazardOf(text)).toBe('violence');
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe(label);
  });

  it('a threat by phone, nothing in hand, is no emergency by the rules', () => {
    expect(hazardOf('他在电话里说不还钱就砍我')).toBeNull();
  });
});

describe('suicide said obliquely inside a legal or money question, set for now', () => {
  it.each([
    ['the end of it all, now', '公司欠薪半年我实在撑不下去了，现在就想一了百了，房贷法院会找我老婆要吗'],
    ['if I were gone, tonight', '我要是不在了，孩子的抚养权归谁？我已经想好了，就今晚'],
    ['better dead, leaving tonight', '不如死了算了，反正今晚就走，我的保险能赔给孩子吗'],
    ['unpunctuated, tonight', '我要是不在了 信用卡的钱会不会找我爸妈 反正我也熬不下去了 今晚就想了结'],
  ])('%s: %s', (_why, text) => {
    expectEmergency(text, 'self_harm', 'public_order.other');
  });

  it.each([
    ['a shop that cannot go on', '店里生意我实在撑不下去了，今天就想把房租的事了结，押金能退吗'],
    ['an inheritance question', '老人要是不在了，房子怎么继承？我们兄弟几个已经想好了，就按遗嘱来'],
    ['someone else, a business', '老刘说他撑不下去了，今天就想把店转出去'],
  ])('not self-harm — %s: %s', (_why, text) => {
    expect(hazardOf(text)).toBeNull();
  });
});

describe('ultra-short panic messages', () => {
  it.each(['3号楼着了 快', '着了着了 快打119', '冒烟了 救命 5栋', '7栋烧起来了', '煤气 味道好大'])('is an emergency report: %s', (text) => {
    const result = classifier.understand(text);
    expect(result.intent).toBe('report');
    expect(result.urgency).toBe('emergency');
  });

  it.each(['孩子睡着了 快帮我看看', '钥匙找着了 谢谢 快递放2栋'])('「着了」 that is no fire: %s', (text) => {
    expect(hazardOf(text)).toBeNull();
  });
});

describe('a rotten-egg smell indoors: gas', () => {
  it.each([
    '楼道里一股臭味像煤气，越来越浓了，要不要开灯看看',
    '厨房里有股臭鸡蛋一样的味儿，越来越冲，能开抽油烟机排一下吗',
  ])('%s', (text) => {
    const found = assessSafetyRules(text);
    expect(found?.hazard).toBe('gas');
    expect(found!.reply).toBe(SAFETY_REPLIES.gas);
  });

  it('not from a rubbish station', () => {
    expect(hazardOf('小区垃圾站一股臭鸡蛋味，夏天每天都这样')).toBeNull();
  });
});

describe('a chemical drum or tank leaking, fumes, people choking', () => {
  it.each([
    '车间里一个装盐酸的塑料桶倒了，地上冒白烟，三个工人眼睛火辣辣的',
    '仓库角落有个化学品罐子漏了 飘出来一股黄烟 好几个工人在咳 头晕',
  ])('is a hazardous-chemical emergency, production: %s', (text) => {
    const found = assessSafetyRules(text);
    expect(found?.hazard).toBe('chemical');
    expect(found!.numbers).toContain('119');
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe('public_safety.production');
  });

  it.each([
    ['an acid smell drifting over a village', '化工园区那边飘过来一股酸味，好几个老人嗓子疼'],
    ['rusted drums, nobody ill', '村里化工厂的铁桶锈穿了，流出来的东西把地都染黄了'],
  ])('no emergency by the rules — %s: %s', (_why, text) => {
    expect(hazardOf(text)).toBeNull();
  });
});

describe('flood water from a garage entering ground-floor homes', () => {
  it.each([
    '暴雨 地下室的水都往一楼人家里淌了 水没过小腿了 还在涨',
    '车库进水了，现在水往一楼住户屋里灌，已经没过脚脖子了，物业能不能管管',
  ])('%s', (text) => {
    expect(hazardOf(text)).toBe('flood');
    expect(classifier.understand(text).label).toBe('public_safety.disaster');
  });

  it('not a leak from upstairs', () => {
    expect(hazardOf('楼上漏水，水一直往我家里灌')).toBeNull();
  });
});

describe('subtypes the taxonomy fixes for an emergency', () => {
  it.each([
    ['a toddler locked in a parked car', '超市门口停着的车里锁着一个小宝宝，哭得满脸通红，车窗上全是水汽，车主不知道去哪了', 'livelihood.care'],
    ['an ex-partner with a knife downstairs', '分手的前男友现在拿着刀在我楼下转，说不开门就砍死我', 'public_order.domestic_violence'],
    ['a neighbour with an axe over a leak', '楼下因为漏水的事跟我吵，现在拿着斧头在砍我家的门，说要劈死我', 'dispute.neighbor'],
    ['collectors who shut a shop and draw a knife', '催收的两个人在我店里把卷帘门拉下来了，一个掏出一把刀插在桌子上', 'public_order.gang'],
  ])('%s: %s', (_why, text, label) => {
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe(label);
  });
});

describe('hazards that are no emergency now', () => {
  it.each([
    ['a rooftop shed, the owner will not listen', '顶楼那户在楼顶加盖了一间彩钢房，把上楼顶的门也锁了，物业去劝，他说楼顶是他家的，劝不动'],
    ['housebound when the lift stops', '电梯老是坏，我腿脚不好坐轮椅，电梯一停我就只能困在家里，物业一直拖着不修'],
    ['a wobbly slide where children play', '小区里的滑梯架子晃得厉害，秋千的链子也断了，孩子们天天在上面玩'],
  ])('%s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});
