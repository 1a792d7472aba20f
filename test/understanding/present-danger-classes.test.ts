import { describe, expect, it } from 'vitest';
import { OfflineClassifier } from '../../core/understanding/offline/offline-classifier.js';
import { assessRisk } from '../../core/understanding/rules/risk-rules.js';
import { SAFETY_REPLIES } from '../../core/understanding/rules/safety-replies.js';
import { assessSafety, assessSafetyRules } from '../../core/understanding/safety.js';

describe('self-harm said indirectly: farewell, affairs put in order, a photo of pills, out of reach', () => {
  it.each([
    ['a farewell to the world, phone off', '我外甥在空间里写了一句告别这个世界，打他电话一直关机'],
    ['a farewell sent last night, still unreachable', '我姐昨晚发微信说下辈子再见，今天上午她公司说人没去，电话打不通'],
    ['things given away, out of reach', '合租的小张把他的电脑和猫都送给我了，说以后用不上了，现在人不知道去哪了，联系不上'],
    ['a photo of pills, then silence', '我同学给我发了一张一堆安眠药的照片，什么都没说，再打电话就没人接了'],
    ['affairs put in order, no answer at the door', '我舅舅把存折和钥匙塞给我，说不会再麻烦家里了，现在他屋里一点动静都没有，敲门也不开'],
    ['an apology to the family, then the phone off', '拆迁的事拖了一年，我妈愁得睡不着，刚才她发语音说对不起我们，现在手机关机了'],
    ['wanting to die said before, out of reach now', '工资三个月没发，我表哥之前念叨过活不下去了，今天一早出门到现在电话一直打不通'],
  ])('%s: %s', (_why, text) => {
    const result = assessSafety(text);
    expect(result?.hazard).toBe('self_harm');
    expect(result!.numbers).toContain('120');
    expect(result!.reply).toBe(SAFETY_REPLIES.self_harm);
  });

  it.each([
    ['a retirement goodbye', '今天退休了，跟大家说声再见，谢谢这些年的照顾'],
    ['giving things away when moving house', '我们要搬家了，旧家具都送给邻居了，电话号码不变'],
    ['a song title', '这首歌叫再见了这个世界，挺好听的，推荐给你们'],
    ['worried but reachable', '我同事最近总说活着没劲，把球鞋都送人了，不过他人在我旁边'],
    ['found again', '我弟昨晚发消息说别找我了，今天早上已经找到了，人没事'],
    ['wanting to die said before, reachable now', '我爸之前说过不想活了，我们最近天天陪着他，刚才还一起吃了饭'],
    ['an apology with the phone on', '同事说对不起我们，项目延期是他的错，刚才还在群里回消息'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)?.hazard ?? null).not.toBe('self_harm');
  });

  it('flags self_harm for a farewell message', () => {
    expect(assessRisk('她发了一封告别信就关机了').flags).toContain('self_harm');
  });
});

describe('a live power line down where people are', () => {
  it.each([
    ['tree on a line, sparking', '大风把路边的梧桐树吹倒了，砸断了电线，电线在地上冒火花'],
    ['pole hit by a truck, line on the road, people by it', '一辆货车把村口的电线杆撞断了，电线拖在马路上，好几个小孩站在边上看'],
    ['line hanging over a fence, crackling', '雷雨后有根高压线断了搭在铁栏杆上，噼里啪啦响，下面还有人走'],
    ['tree fallen onto a line, people passing', '昨晚那棵老樟树倒了，压在电线上，线断了一头掉在地上，早上上学的孩子都从旁边过'],
  ])('%s: %s', (_why, text) => {
    const result = assessSafety(text);
    expect(result?.hazard).toBe('electric');
    expect(result!.reply).toBe(SAFETY_REPLIES.electric);
  });

  it.each([
    ['a tilted pole, nothing down', '路边的电线杆歪了，电线垂得有点低，麻烦看看'],
    ['an outage after a line broke, power already cut', '电线被风刮断了，整个组都停电了，供电所说已经断电了'],
    ['a charging cable from a window', '有人从五楼窗户拉了根电线下来给电动车充电，线都快垂到地上了'],
    ['a kite string on a line', '有小孩放风筝，线缠在电线上了，有人在旁边扯'],
    ['a phone line', '楼下的电话线断了掉在地上，好多人家打不了座机'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)?.hazard ?? null).not.toBe('electric');
  });
});

describe('a danger told as past, with the hazard it left behind now', () => {
  it.each([
    ['fire, then wiring never replaced', '上回楼里起火之后配电箱一直没换，线头烧黑了挂在那'],
    ['explosion, still charging in the corridor', '自从那次电动车爆炸以后，楼下还是有人把车推进楼道充电'],
    ['smoke once, stove left on now', '去年邻居家冒过一次烟，现在他家还是经常开着火就出门'],
    ['fire years ago, to this day', '前年仓库着火以后到现在消防通道都还堵着'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).toBeNull();
  });

  it.each([
    ['a past fire and a new one now', '去年这里着过火，现在又着火了，火苗从窗户窜出来'],
    ['past time, then burning still', '昨晚开始着火，现在还在烧'],
    ['a "now" before the danger word', '上次吵过的那家，现在正在打架，有人拿着刀'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).not.toBeNull();
  });
});

describe('figures of speech and fire emoji in small talk', () => {
  it.each([
    '这几天加班加到整个人都要冒烟了',
    '考完试脑袋都快炸了，跟你聊聊天',
    '孩子考了第一，我高兴得要爆炸了',
    '我们村的直播火了🔥🔥',
    '领导又改方案，我肺都要气炸了',
    '消息太多了，手机都要被刷爆了',
  ])('%s', (text) => {
    expect(assessSafetyRules(text)).toBeNull();
  });

  it.each([
    ['a real explosion', '楼下饭店煤气罐爆炸了，玻璃全碎了'],
    ['a real fire with an emoji', '🔥🔥后山着火了，快来人'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).not.toBeNull();
  });
});

describe('a follow-up naming an incident already reported', () => {
  it.each([
    ['a plate number for the fight', '补充一下，刚才反映打架的那几个人开的是一辆黑色轿车，车牌号浙B5K218'],
    ['where the reported fire is', '上午报的那个着火的柴房在三组，门口有口井'],
    ['what the attacker looks like', '早上反映的那起打人，动手的那个男的穿一件灰色外套，大概四十岁'],
    ['address for the gas smell reported yesterday', '昨天说的煤气味那户，门牌号是8栋2单元501'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).toBeNull();
  });

  it.each([
    ['the fight is back, with a knife', '上次反映过的那家又打起来了，男的现在拿着刀'],
    ['the gas smell is back', '前天报过的那个煤气味又闻到了，整个楼道都是'],
    ['a reference, but burning now', '刚才说的着火的那家，现在火越烧越大了'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).not.toBeNull();
  });

  it('a follow-up reporting renewed danger stays a follow-up, with emergency urgency', () => {
    const understood = OfflineClassifier.load().understand('上次反映过的那两口子又打起来了，男的这会儿拿着菜刀在楼道里追人');
    expect(understood.urgency).toBe('emergency');
    expect(['followup', 'report']).toContain(understood.intent);
  });
});

describe('the person is out of danger now: urgent, not an emergency', () => {
  it.each([
    ['a crowd already on drips at the clinic', '厂里二十多人中午吃完盒饭上吐下泻，现在都已经送到镇卫生院挂水了'],
    ['a beaten wife now at her sister’s', '我昨晚被老公打了，现在带着孩子躲到我姐姐家了'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).toBeNull();
  });

  it.each([
    ['hiding in the bathroom of her own home', '我躲在卫生间里，他在外面拿着刀砸门'],
    ['a crowd still vomiting, no hospital yet', '喜宴上好多人在吐，有几个已经站不起来了'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).not.toBeNull();
  });
});

describe('classes added for unseen writers: edge of a height, indirect intent, sockets, pregnancy, worsening, jokes, later, watched theft, intermittent', () => {
  const model = OfflineClassifier.load();
  it.each([
    ['self_harm', '天台边上坐着一个姑娘一直在哭，叫她也不理，楼下的人不敢上去'],
    ['self_harm', '大桥护栏外侧站着个男的，劝了半天不肯下来'],
    ['self_harm', '我妹说想睡一觉再也不醒了，她偷偷攒了一堆安眠药'],
    ['self_harm', '我爸留条子说别找我，家里的降压药少了一大半'],
    ['electrical_fire', '卧室插座在冒火花，一股烧焦的塑料味，孩子睡在旁边'],
    ['electrical_fire', '床头的排插噼里啪啦响，还有糊味'],
    ['medical', '我老婆怀孕八个月，突然流了好多血，村里没车去医院'],
    ['medical', '儿媳妇羊水破了，打不到车'],
    ['medical', '他倒在地上没有呼吸了'],
  ])('%s: %s', (hazard, text) => {
    expect(assessSafety(text)?.hazard).toBe(hazard);
  });

  it.each([
    '周末放假想睡一觉睡到自然醒，谁都别叫我',
    '楼顶边上有工人在装广告牌',
    '插座有时候插上会打火花，想请电工看看',
    '上周插线板烧坏了，已经换了新的',
    '我怀孕五个月了，产检一切正常，产假怎么算',
    '饿死了外卖还没到，救命',
    '作业写到半夜，头都要炸了',
    '老板要炸了 救命😂',
    'xswl 他说考不好就跳楼 开玩笑的',
    '热死了救命，空调坏了',
    '明晚两个村的人约好了在桥头打架',
    '业主群里有人说要砍死物业经理，我截图了',
    '对面楼有人正在撬电动车的锁，我在阳台上看着，要不要报警',
  ])('no emergency rule: %s', (text) => {
    expect(assessSafetyRules(text)).toBeNull();
  });

  it.each([
    ['a gas smell getting worse, asked as a status query', '我上午报的煤气味现在越来越重了，你们的人什么时候到'],
    ['water still rising', '刚才反映的河水还在涨，已经漫到门口了，什么时候来人'],
    ['he is back with a knife', '之前报的那个男的又拿着刀回来了'],
  ])('%s: emergency', (_why, text) => {
    expect(model.understand(text).urgency).toBe('emergency');
  });

  it.each([
    ['a fight planned for tomorrow', '听说明晚两个村的年轻人约好了在桥头打架'],
    ['a gas smell that comes and goes', '厨房有时候有点煤气味，现在闻不到了'],
    ['work at height without a harness', '工人在三楼外墙干活没系安全带，也没有防护网'],
  ])('%s: not an emergency', (_why, text) => {
    expect(model.understand(text).urgency).not.toBe('emergency');
  });

  it.each(['笑死，我同桌说考不及格就跳楼哈哈', '累死我了，加班加到现在'])('banter is normal: %s', (text) => {
    expect(model.understand(text).urgency).toBe('normal');
  });
});

describe('calmly told present dangers: welfare check, collapse unanswered, child at a height, landslide, missing pupil, hit-and-run, mass poisoning', () => {
  const model = OfflineClassifier.load();
  it.each([
    ['general', 'welfare check: alone, silent for a day, normally answers', '楼上独居的吴阿姨平时天天早上都去公园，从昨天到现在电话没人接，敲门也没有人应'],
    ['general', 'welfare check, voice input', '我外婆八十六了一个人在老家住 往常每天晚上都给我打电话 两天没打了 打过去一直没人接'],
    ['medical', 'seen through a window, lying on the floor', '从窗户看进去，独居的赵大爷倒在卧室地上一动不动，拍窗户也没反应'],
    ['medical', 'stroke signs in a field, hospital far away', '地里有个放羊的老汉躺在地上 怎么喊都叫不醒 嘴角往一边歪 这里离卫生院很远'],
    ['general', 'a toddler on an air-conditioner bracket', '对面九楼有个小孩站在空调外机上，屋里没看到大人'],
    ['general', 'a child climbing over a balcony railing', '二单元七楼一个三岁左右的宝宝正翻过阳台栏杆往外爬，家里没人'],
    ['flood', 'a slope sliding over houses', '屋后的山坡在往下滑，泥和石头不停往下掉，下面住着三户人家'],
    ['flood', 'a crack widening since the morning', '后山从早上裂开一道口子，现在越来越宽了，山脚下就是村小学'],
    ['missing_person', 'a pupil not home after school', '我是班主任，一个男生放学后到现在都没回家，家长找了三个多小时，电话也打不通'],
    ['traffic', 'a hit-and-run, 120 already called', '刚才街口一辆小车把骑车的老人撞倒了，人躺在路上起不来，司机开车跑了，120已经打了'],
    ['traffic', 'knocked down by a tricycle, cannot get up', '村道上一个大娘被三轮车刮倒了 躺在地上爬不起来 开车的溜了'],
    ['medical', 'a dozen pupils ill after the same lunch', '我是学校老师，中午吃完食堂的饭一个小时内有十二个学生呕吐、肚子疼，还有几个发烧'],
    ['medical', 'a village banquet, many vomiting', '今天中午村里办酒 吃完没多久十几个人都在吐 还有发烧的'],
  ])('%s — %s: %s', (hazard, _why, text) => {
    expect(assessSafetyRules(text)?.hazard).toBe(hazard);
    expect(model.understand(text).urgency).toBe('emergency');
  });

  it.each([
    ['alone, but no habit broken and no day of silence', '我们村独居老人多，想问问有没有上门探访的服务'],
    ['reached again', '独居的刘奶奶昨天电话没人接，后来联系上了，原来她去闺女家住了'],
    ['an old stroke, a certificate', '我爷爷中风好几年了嘴一直有点歪，想申请残疾补贴'],
    ['no response from the management', '跟物业反映了好几次，一点反应都没有'],
    ['a dog lying still', '邻居家的狗躺在地上一动不动，好像病了'],
    ['a habit, asking about guards', '孩子老是喜欢爬窗台，怎么装防护栏比较好'],
    ['a worker on a bracket', '师傅在七楼空调外机支架上装空调，没系安全绳'],
    ['a child lifted down already', '刚才看到对面楼有个孩子站在窗台上，后来他妈妈把他抱下来了，没事了'],
    ['a slope that may slide', '后山那个坡下雨天容易滑坡，能不能派人来做个挡土墙'],
    ['a landslide last year', '去年后山滑坡冲坏了两间房，到现在还没修'],
    ['pebbles now and then', '公路边的护坡偶尔掉几块小石子，想请人来看看'],
    ['a child found again', '孩子放学后没回家，原来去同学家玩了，已经找到了'],
    ['a crash last month, compensation', '上个月我被车撞了，对方一直不赔医药费'],
    ['food complaints, a habit', '学校食堂的饭菜经常不新鲜，孩子吃了老是拉肚子，想投诉'],
    ['a banquet last week, all well', '上周喜宴上好几个人吃了拉肚子，现在都好了，想问主家能不能赔'],
    ['a leaning pole, wires low', '村口电线杆歪了，电线垂得很低，牛和小孩天天从那过'],
    ['救命 about a car park', '救命，这个停车场怎么绕都绕不出去'],
  ])('no emergency rule — %s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).toBeNull();
  });

  it.each([
    ['a fight over, the injured went to hospital himself', '昨天村口两个人打架，已经打完了，受伤的那个自己去医院了'],
    ['a knife in a quarrel, both back home shouting through the door', '两家吵架有人拿了菜刀，现在各回各家了，隔着门还在对骂'],
    ['a flowerpot that missed', '楼上掉下来一个花盆，差点砸到人，没砸中'],
    ['a leaning pole where cattle and children pass', '村口电线杆歪了，电线垂得很低，牛和小孩天天从那过'],
    ['救命 about a car park', '救命，这个停车场怎么绕都绕不出去'],
    ['a question whether wife-beating is a crime', '请问打老婆算不算犯法'],
  ])('not an emergency — %s: %s', (_why, text) => {
    expect(model.understand(text).urgency).not.toBe('emergency');
  });

  it('a toddler on a railing gets the child reply, not the self-harm one', () => {
    expect(assessSafetyRules('五楼阳台栏杆外面坐着一个两岁的小朋友，家里没人')?.hazard).toBe('general');
  });
});

describe('welfare checks without a habit word, breathlessness, things (not people) pinned down', () => {
  it.each([
    ['an old man alone, not seen for two days', '联户长报告：巷尾独居的周大爷八十一岁了，连续两天没见他出门，敲门也没人应'],
    ['a father alone, phone unanswered since yesterday', '我爸一个人住在老屋，从昨天下午到现在电话都不接，我在外地回不去'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)?.hazard).toBe('general');
  });

  it('treats not getting air now as a medical emergency', () => {
    expect(assessSafetyRules('停电了，楼上独居的老太太用的制氧机停了，她打电话说喘不上气')?.hazard).toBe('medical');
  });

  it.each([
    ['the old man is reachable', '独居的李奶奶两天没下楼，刚才打电话她接了，说是感冒在家躺着'],
    ['a blind path covered by bikes', '地铁口的共享单车堆成山，盲道都被压住了'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).toBeNull();
  });
});

describe('urgent: harm that can come soon (a stranger luring children, explosives among homes, drinking water fouled)', () => {
  it.each([
    ['a man in a car following pupils', '这几天有个骑摩托的男的老是跟着放学的小学生，还问她们要不要坐他的车'],
    ['fireworks made in a rented house', '出租屋里有人在做烟花，门口堆着好几袋火药，隔壁就是幼儿园'],
    ['the drinking water fouled', '村里取水口上游有人往河里排污水，水面漂着死鱼，我们喝的水就是从那抽的'],
  ])('%s: %s', (_why, text) => {
    expect(assessRisk(text).urgent).toBe(true);
  });

  it.each([
    ['a parent walking the child home', '我每天跟着孩子走到校门口再去上班'],
    ['fireworks sold in a licensed shop', '过年了超市门口在卖烟花，挺热闹的'],
    ['a river with dead fish, nobody drinks from it', '公园的景观湖里漂了几条死鱼，有点臭'],
  ])('%s: %s', (_why, text) => {
    expect(assessRisk(text).urgent).toBe(false);
  });
});

describe('a gang at the door or stall, already smashing things', () => {
  it('is violence under way', () => {
    expect(assessSafetyRules('五六个混混堵在我家店门口要保护费，刚把玻璃柜砸了，还不走')?.hazard).toBe('violence');
  });

  it.each([
    ['they have left', '昨天一伙人堵在店门口把招牌砸了，后来派出所来了他们就走了'],
    ['one person, a dropped plate', '我一个人在店里把盘子砸了，心疼死了'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)?.hazard ?? null).not.toBe('violence');
  });
});
