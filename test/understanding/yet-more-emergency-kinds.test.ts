import { describe, expect, it } from 'vitest';
import { classifier, expectEmergency, expectNoEmergency, hazardOf } from '../support/understanding.js';

/**
 * Yet more kinds of emergency (taxonomy §3) that blind dev sets showed missed, each in phrasings of our own, with
 * the look-alikes that must stay below an emergency and the subtypes taxonomy §2 gives them.
 */

describe('suicide told obliquely, with the means at hand', () => {
  it.each([
    ['pills saved on the bedside, not wanting to be a burden', '安眠药我已经攒够了一瓶放在床头，活不下去了，不想再拖累家里人'],
    ['a rope ready, affairs written down', '绳子已经准备好了，我实在撑不住了，后事我都写在本子上了'],
    ['charcoal in the car, a debt never repaid', '炭买回来了就在车里，欠的债这辈子还不上了，想解脱'],
    ['poison on the table, a mother left to others', '照顾我妈三年了真的撑不住了，农药就摆在桌子上，以后我妈就拜托你们照看了'],
    ['a knife at hand, just wanting to tell someone', '刀就在我手边，我就想找个人说一声，活不下去了'],
  ])('is a self-harm emergency, public_order.other: %s', (_why, text) => {
    expect(hazardOf(text)).toBe('self_harm');
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe('public_order.other');
    expect(result.flags).toContain('self_harm');
  });

  it('inside a legal question it is still an emergency', () => {
    const text = '网贷逾期了，催收把我的照片发到亲戚群里，这样违法吗？反正我也撑不住了，药就在我手边，今晚就解脱';
    expectEmergency(text, 'self_harm');
  });

  it('a young woman buying a shroud her own size, crying, walking off toward the river', () => {
    const text = '刚才一个小伙子来店里买寿衣，问有没有他自己穿的尺码，一直在哭，买完就往江边那条路去了';
    expectEmergency(text, 'self_harm');
  });

  it.each([
    ['pesticide bought for the orchard', '我家果树要打农药，农药买回来放在仓库了，村里什么时候统一发'],
    ['a rope for the laundry', '绳子买回来了，准备晾衣服用，楼下不让挂'],
    ['tired of work, wanting to talk', '最近活得好累，工作压力大，想找人聊聊'],
    ['a shroud shop blocking the pavement', '寿衣店门口堆满了花圈，占道了'],
    ['a shroud bought for a mother at her wish', '给我妈买了寿衣，老人家自己要求的，想问问殡葬补贴怎么申请'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('explosives or a gas can strapped on, threatening to blow up the boss', () => {
  it.each([
    ['a gas can strapped on in the office', '工友身上绑着煤气罐冲进老板办公室把门关了，说不结工钱就同归于尽'],
    ['dynamite on his back, the door shut', '包工头又不给钱，老王腰上缠着炸药进了老板屋里，说要跟老板一起炸死，门反锁了'],
  ])('is an emergency keeping the labour dispute: %s', (_why, text) => {
    expectEmergency(text, 'violence', 'dispute.labor');
  });

  it.each([
    ['blasting at a quarry', '矿上用炸药爆破，震得我家墙都裂了'],
    ['a gas can left in the corridor', '楼道里有人放了个煤气罐，挡着路'],
    ['petrol talked of for later', '几个工友放话说过几天拎汽油桶去包工头家讨说法'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('gas misspelt by voice input', () => {
  it.each([
    ['煤汽, a stairwell, nobody opens', '楼梯间一股好重的煤汽味，二楼那家敲门一直没人开'],
    ['媒气, stronger', '厨房里一股媒气味，越来越重了'],
    ['燃汽, dizzy', '楼道里燃汽味好大，闻着头晕'],
    ['天然汽, hissing', '天然汽管子好像漏了，嘶嘶响'],
  ])('is a gas emergency: %s', (_why, text) => {
    expectEmergency(text, 'gas', 'public_safety.gas');
  });

  it.each([
    ['a bill', '煤汽费怎么交'],
    ['yesterday, barbecue after all, gone', '昨天闻到一股煤汽味，后来发现是隔壁烧烤，现在没了'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('a parent still missing, asked after, with a condition', () => {
  it.each([
    ['a day and a night, no medicine, a cold night', '前天反映我妈走失的事有进展吗？已经一天一夜了，她有高血压，药没带，晚上冷'],
    ['diabetic, insulin left behind', '单号GX20240612008，我爸走丢的事还没找到吗？他有糖尿病，胰岛素没带在身上'],
  ])('is an emergency: %s', (_why, text) => {
    expectEmergency(text, 'missing_person');
  });

  it('found again is not', () => {
    const text = '上次我爸走丢一天一夜，后来在山上找到了，想问问有没有防走失手环';
    expectNoEmergency(text);
  });
});

describe('locked in now by a landlord, an employer or a creditor', () => {
  it.each([
    ['an employer, a dormitory', '老板把我们几个锁在宿舍里不让走，说干满三个月才放人', 'dispute.labor'],
    ['a creditor, locked from outside', '借钱的那个人把我关在他家里，门从外面锁上了，说不还钱不放我走', 'dispute.debt'],
  ])('is an emergency keeping the dispute: %s', (_why, text, label) => {
    expect(hazardOf(text)).toBe('violence');
    const result = classifier.understand(text);
    expect(result.urgency).toBe('emergency');
    expect(result.label).toBe(label);
  });

  it('inside a legal question it is still an emergency', () => {
    const text = '房东把我关在出租屋里，门从外面反锁了，说不交房租就别想出去，这样合法吗';
    expect(hazardOf(text)).toBe('violence');
    const result = classifier.understand(text);
    expect(result.intent).toBe('legal_question');
    expect(result.urgency).toBe('emergency');
  });

  it.each([
    ['belongings locked in', '房东把我的东西锁在屋里不让我拿，押金也不退，合法吗'],
    ['last month, out now', '上个月老板把我锁在宿舍一晚上，现在我已经出来了，能告他吗'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('a chemical leak at a cold store or factory, people fleeing', () => {
  it.each([
    ['chlorine at a factory, eyes and throat', '厂里氯气泄漏了，工人全跑出来了，眼睛疼喉咙呛'],
    ['ammonia at a cold store, people in the street', '冷冻厂那边液氨漏了，呛得人直咳嗽，附近的人都跑到街上了'],
  ])('is a chemical emergency, public_safety.production: %s', (_why, text) => {
    expectEmergency(text, 'chemical', 'public_safety.production');
  });

  it.each([
    ['a noisy compressor', '冷库的制冷机晚上很吵'],
    ['last week, about compensation', '上周冷库氨气泄漏的事处理了吗，赔偿什么时候给'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expectNoEmergency(text);
  });
});

describe('a former partner coming tonight to kill, with the key', () => {
  it.each([
    ['an ex-husband, a message, the key', '前夫刚发微信说今晚过来弄死我，他有我家的钥匙'],
    ['an ex-boyfriend who knows the address', '分手的男朋友打电话说等会儿就来砍我，他知道我住在哪'],
  ])('is an emergency, domestic violence: %s', (_why, text) => {
    expectEmergency(text, 'violence', 'public_order.domestic_violence');
  });

  it('a threat long ago, the man far away, is not', () => {
    const text = '前男友以前说过要杀我，现在他已经去外地了，我可以申请禁令吗';
    expectNoEmergency(text);
  });
});

describe('a live market shed, someone shocked and down', () => {
  it('is an electric emergency, public_safety.building', () => {
    const text = '夜市的铁皮棚带电，有个老人被电打倒在地上还没起来';
    expectEmergency(text, 'electric', 'public_safety.building');
  });

  it('a rusty shed is not', () => {
    const text = '菜市场的铁棚子锈了，快塌了，有点危险';
    expectNoEmergency(text);
  });
});

describe('piling at night, 打庄 for 打桩', () => {
  it.each([
    ['the typo', '半夜十二点了工地还在打庄，咚咚咚吵死了'],
    ['spelt right', '晚上十一点工地还在打桩，吵得睡不着'],
  ])('is construction noise, not a fight: %s', (_why, text) => {
    expect(hazardOf(text)).toBeNull();
    const result = classifier.understand(text);
    expect(result.urgency).not.toBe('emergency');
    expect(result.label).toBe('environment.noise');
  });
});
