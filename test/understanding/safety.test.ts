import { describe, expect, it } from 'vitest';
import { OfflineClassifier } from '../../core/understanding/offline/offline-classifier.js';
import { assessSafety, assessSafetyRules } from '../../core/understanding/safety.js';
import { SAFETY_REPLIES } from '../../core/understanding/rules/safety-replies.js';

describe('assessSafety: present dangers are emergencies', () => {
  it.each([
    ['fire', '东门菜市场旁边的仓库着火了，火苗从窗户窜出来', 'public_safety.fire', '119'],
    ['fire', '楼道里全是烟，我们下不去了', 'public_safety.fire', '119'],
    ['gas', '一进门就闻到很重的煤气味，我不敢开灯', 'public_safety.gas', '119'],
    ['violence', '两伙人在烧烤摊正在打架，有人拿着刀', 'public_order.violence', '110'],
    ['violence', '我老公喝醉了现在又在打我，孩子在哭', 'public_order.domestic_violence', '110'],
    ['violence', '隔壁的人扬言今晚要杀了我全家，已经在门口骂了半小时', 'public_order.violence', '110'],
    ['self_harm', '我真的不想活了，药已经准备好了', 'public_order.other', '120'],
    ['missing_person', '我家五岁的孩子在广场玩，一转眼不见了', 'livelihood.care', '110'],
    ['missing_person', '奶奶有老年痴呆，早上出门到现在还没回来', 'livelihood.care', '110'],
    ['trapped', '单元楼的电梯卡在两层中间，里面困了三个人', 'public_safety.building', '119'],
    ['flood', '暴雨下了一夜，河水已经漫进屋里了', 'public_safety.disaster', '119'],
    ['medical', '我爸刚才突然晕倒了，叫不醒', 'livelihood.health', '120'],
    ['traffic', '路口一辆面包车撞了骑车的人，人躺在地上流血', 'public_safety.road', '120'],
    ['self_harm', '天台上站着个年轻人，喊着谁拦他就跳', 'public_order.other', '120'],
    ['trapped', '老楼的墙塌了一半，二楼有个老人出不来', 'public_safety.building', '119'],
    ['trapped', '工地上的基坑边塌了，一个工人被埋住半截，大家在挖', 'public_safety.production', '119'],
    ['missing_person', '我爸有点痴呆，上午去菜市场，现在电话打不通也联系不上', 'livelihood.care', '110'],
  ])('%s: %s', (hazard, text, subtype, number) => {
    const result = assessSafety(text);
    expect(result).toMatchObject({ hazard, subtype });
    expect(result!.numbers).toContain(number);
    expect(result!.reply).toBe(SAFETY_REPLIES[result!.hazard]);
  });

  it('a vulnerable person found again is no emergency for the rules', () => {
    expect(assessSafetyRules('我妈有老年痴呆，昨天走丢了，晚上已经找到了，谢谢')).toBeNull();
  });

  it('reads full-width and mixed forms the same', () => {
    expect(assessSafety('着火了！！！快来')?.hazard).toBe('fire');
  });
});

describe('assessSafety: no emergency without a present danger', () => {
  it.each([
    ['figure of speech', '楼上每天晚上蹦迪，吵死人了'],
    ['blown over by the wind, no one under it', '路边的树被风刮倒了，压在人行道上'],
    ['a drill mistaken for a fire for a moment', '今天学校搞疏散演练，放了烟雾，我还以为真着火了'],
    ['a flood years ago', '前些年村里发洪水，水淹到了窗台，现在想起来还怕'],
    ['blown over by the wind, no one under it', '昨晚大风把店门口的广告牌刮倒了，压在花坛上'],
    ['figure of speech', '这几天热得快着火了，空调还坏了'],
    ['figure of speech', '气死我了，物业收了钱什么都不管'],
    ['figure of speech', '商场搞跳楼价大甩卖，门口堵得要命'],
    ['no danger', '小区停电，电梯停了，我们家住十八楼，老人下不来'],
    ['figure of speech', '等了一上午，急得我嗓子冒烟'],
    ['past event', '上个月我们楼下着过火，现在消防通道还是堵着'],
    ['past event', '昨天他们两家打过架，现在没事了'],
    ['resolved', '刚才厨房着火了，已经扑灭了，想问问保险怎么报'],
    ['worry', '楼道里堆满纸箱，万一着火人都跑不出去'],
    ['worry', '电动车在楼道里充电，我担心会着火'],
    ['negated', '闻了半天没有煤气味，就是灶打不着火'],
    ['found', '孩子昨晚走丢了，今天早上已经找到了，谢谢大家'],
    ['chimney smoke is pollution', '工厂烟囱天天冒黑烟，衣服都不敢晒'],
    ['compensation after a crash', '上周被电动车撞伤了腿，对方一直不赔医药费'],
    ['conditional threat', '邻居说我再把车停他门口就打死我'],
    ['sleepy, not trapped', '上了一天班困死了'],
    ['ordinary complaint', '小区路灯坏了一个多月了，晚上黑漆漆的'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafety(text)).toBeNull();
  });
});

describe('assessSafety: a threat made earlier by someone now safe is not an emergency', () => {
  it('a past threat is left to the risk rules (urgent + violence_risk)', () => {
    expect(assessSafety('上周他扬言要弄死我，我现在住在朋友家')).toBeNull();
  });
  it('the same threat made now is an emergency', () => {
    expect(assessSafety('他现在拿着菜刀在我家门口，说要弄死我')?.hazard).toBe('violence');
  });
});

describe('assessSafety: general "danger now" rules', () => {
  it.each([
    ['fraud', '我爸现在正在电话里跟一个自称公安的人说话，对方让他把银行卡里的钱转到安全账户', 'public_order.fraud', '110'],
    ['collapse', '工地上的塔吊现在晃得厉害，下面还有工人在干活', 'public_safety.production', '119'],
    ['general', '救命啊，有人在楼下流了好多血', 'livelihood.health', '120'],
  ])('%s: %s', (hazard, text, subtype, number) => {
    const result = assessSafety(text);
    expect(result).toMatchObject({ hazard, subtype });
    expect(result!.numbers).toContain(number);
    expect(result!.reply).toBe(SAFETY_REPLIES[result!.hazard]);
  });

  it.each([
    ['a swindle already over', '上个月我妈被冒充公安的骗了两万，已经报案了'],
    ['a tilted pole is urgent, not an emergency', '路边的电线杆歪了，斜在人行道上'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).toBeNull();
  });
});

describe('assessSafety: one place for every emergency reply', () => {
  it('gives a reply whenever the offline classifier calls a message an emergency', () => {
    const classifier = OfflineClassifier.load();
    for (const text of ['我家孩子手被门夹了一直在哭，流了好多血', '化工厂那边刚才轰的一声，现在黄烟往村里飘', '对门独居的老太太三天没开门了，敲门也没人应']) {
      const understood = classifier.understand(text);
      const safety = assessSafety(text);
      expect(safety !== null).toBe(understood.urgency === 'emergency');
      if (safety) expect(safety.reply).toBe(SAFETY_REPLIES[safety.hazard]);
    }
  });
});
