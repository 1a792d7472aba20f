import { describe, expect, it } from 'vitest';
import type { Intent } from '../../core/taxonomy/codes.js';
import { applyRules, type RawDecision } from '../../core/understanding/decision.js';
import { analyseMessage } from '../../core/understanding/offline/analyse.js';
import { OfflineClassifier } from '../../core/understanding/offline/offline-classifier.js';
import { reviseReportIntent } from '../../core/understanding/rules/intent-rules.js';
import { assessRisk } from '../../core/understanding/rules/risk-rules.js';
import { SAFETY_REPLIES } from '../../core/understanding/rules/safety-replies.js';
import { assessSafetyRules } from '../../core/understanding/safety.js';

/** What the rules make of a message a classifier has already given this intent (and no urgency of its own). */
function decide(intent: Intent, text: string) {
  const raw: RawDecision = { intent, label: null, urgency: 'normal', flags: [], confidence: 0.9 };
  return applyRules(raw, analyseMessage(text), 'offline');
}

const classifier = OfflineClassifier.load();

describe('a child gone, told by a third party (taxonomy §2–§3: livelihood.care, emergency)', () => {
  it.each([
    ['a guard: off with a stranger', '我是幼儿园保安，刚才有个小女孩跟着一个不认识的阿姨出了大门，她奶奶说根本不认识那人'],
    ['a shop owner: led off by a stranger', '我是开便利店的老板，刚才有个陌生男的牵着门口一个小男孩往公园那边走了，孩子妈妈在到处喊'],
    ['named earlier, then 「人就不见了」', '我开的文具店门口，一个三岁的小孩刚才还在玩，他外婆结个账人就不见了'],
    ['not home long after school', '我是学校门卫，有个家长说孩子放学四十分钟了还没到家，平时五分钟就到'],
    ['into a stranger’s car', '小区门口有个五岁的男孩被一个陌生男人抱上了一辆白色面包车'],
  ])('%s: %s', (_why, text) => {
    const result = assessSafetyRules(text);
    expect(result?.hazard).toBe('missing_person');
    expect(result!.subtype).toBe('livelihood.care');
  });

  it.each([
    ['a stranger only watching children (a risk, not yet missing)', '有个陌生男的这几天老在学校门口盯着放学的孩子看'],
    ['gone with a friend', '我女儿跟她同学走了，说去同学家写作业'],
    ['the stranger turned out to be family', '孩子被一个不认识的阿姨带走了，后来才知道原来是她小姨'],
    ['a debtor gone', '借了我五万块的那个人就不见了，他儿子也说找不到他'],
  ])('not missing — %s: %s', (_why, text) => {
    expect(assessSafetyRules(text)?.hazard ?? null).not.toBe('missing_person');
  });

  it('a stranger watching children is still urgent', () => {
    expect(assessRisk('有个陌生男的这几天老在小学门口转，还想往小孩手里塞糖').urgent).toBe(true);
  });
});

describe('someone in the water (110/119/120), not vice or pollution', () => {
  it.each([
    ['struggling mid-river', '我在河堤上跑步，看到河中间有人在挣扎呼救，周围没有船'],
    ['an old man slipped in while fishing', '水库边有个钓鱼的大爷滑进水里了，岸上就我一个人'],
    ['swept off by a wave', '江边步道有个女的被浪卷走了'],
    ['a child fallen into a pond', '村东头池塘有个小孩掉水里了，大人都下地去了'],
    ['a child drowning', '我们村鱼塘有个孩子溺水了'],
  ])('%s: %s', (_why, text) => {
    const result = assessSafetyRules(text);
    expect(result?.hazard).toBe('drowning');
    expect(result!.numbers).toEqual(expect.arrayContaining(['110', '120']));
    expect(result!.reply).toBe(SAFETY_REPLIES.drowning);
    expect(result!.subtype).toBe('public_safety.disaster');
  });

  it.each([
    ['a worry (容易)', '河边那段没有护栏，容易有人落水，能不能装个护栏'],
    ['a childhood memory (过)', '我小时候掉进过河里，差点没上来'],
    ['a phone, not a person', '我的手机掉进河里了，能捞上来吗'],
    ['ducks', '鸭子在池塘里扑腾，吵得很'],
    ['a water-safety campaign', '学校这周在搞防溺水宣传'],
    ['already pulled out', '刚才有人落水，已经被救上来了，没事了'],
  ])('not drowning — %s: %s', (_why, text) => {
    expect(assessSafetyRules(text)?.hazard ?? null).not.toBe('drowning');
  });

  it('a worker in a factory pool is a production emergency', () => {
    expect(assessSafetyRules('厂里有个工人掉进污水池了，在里面扑腾')?.subtype).toBe('public_safety.production');
  });
});

describe('「救命」 as an exclamation in a complaint is no emergency; a real cry for help still is', () => {
  it.each([
    ['a broken bar in the gym corner', '救命 小区的单杠断了半个月都没人修 绝绝子'],
    ['homework', '救命啊 暑假作业还剩一大半 裂开'],
    ['no water', '救命 停水两天了 洗不了澡'],
    ['a sign knocked crooked', '救命 公交站牌被撞歪了一个月了 离谱'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).toBeNull();
  });

  it.each([
    ['救命 beside someone down', '救命 有个人倒在楼梯口不动了'],
    ['救命啊 and a bleeding head', '救命啊 我妈在厨房摔倒了头在流血'],
    ['someone heard crying for help', '隔壁女的一直在喊救命，男的在摔东西'],
    ['救命 and someone in the river', '救命 有人在河里'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).not.toBeNull();
  });
});

describe('a story told to ask who is liable is a legal question, unless it asks someone to handle it', () => {
  it.each([
    ['should I pay', '我家的猫把邻居晾的羊绒大衣抓坏了，他要我赔三千，这个钱该不该我出'],
    ['is the landlord liable', '租的门面被房东提前收回了，装修花了八万，房东有没有责任'],
    ['can I get a share', '我爸的宅基地证上只写了我哥的名字，以后分家的时候我能分到吗'],
    ['is the property company to blame', '电动车在小区车棚里被偷了，物业是不是要负责'],
    ['will I be fired', '公司拖了我三个月工资，我不去上班会不会被开除'],
    ['may we cut them off', '我们是出租屋的房东，租客三个月没交房租，能不能停他的水电'],
    ['am I fully liable', '有个顾客在我店门口台阶上滑倒摔伤了，我要负全责吗'],
    ['a remedy asked mid-message', '前夫欠了半年抚养费，法院判过的，我能申请强制执行吗？要准备什么材料'],
    ['how a share is counted', '爷爷留下的老屋要征收了，三个叔叔都在争，补偿款怎么分？大伯说长子该多拿'],
    ['must I pay', '朋友借我名字办了张信用卡，现在他不还了，银行找我，我是不是必须还'],
    ['an offence asked of, then a complaint', '往楼下扔垃圾算犯罪吗？我们这栋楼天天有人扔'],
    ['who is fined', '我在饭店帮厨，老板让用过期的油，要是被查了，是罚老板还是罚我们'],
    ['may I claim it', '电动车停在路边被环卫车刮坏了，修车花了八百，这钱能找环卫公司要吗'],
    ['is it lost once signed', '公司让我们签放弃社保的声明，签了以后是不是就没法要了'],
    ['may they do that', '房东说我晚交了三天房租就把门锁换了，他有这个权力吗'],
    ['do I get a share', '奶奶的老宅要卖了，我是外孙女，户口不在一起，我有没有份'],
    ['who pays, me or the platform', '跑腿送货时把人家门口的花盆撞碎了，这个钱是我出还是平台出'],
    ['must the bride-price go back', '订婚时给了八万彩礼，现在女方悔婚了，彩礼该全部退吗'],
    ['a duty asked of', '哥哥欠了网贷跑了，催收的找到我，我有义务替他还吗'],
    ['what the law says of hours', '隔壁工地晚上十一点还在打桩，法律规定几点以后不能施工？'],
    ['how to apply for a remedy', '他上个月又动手了，我搬回娘家住了，想问下人身安全保护令怎么申请'],
  ])('%s: %s', (_why, text) => {
    expect(reviseReportIntent(text)).toBe('legal_question');
    const understood = decide('report', text);
    expect(understood.intent).toBe('legal_question');
    expect(understood.urgency).toBe('normal');
  });

  it.each([
    ['asks for mediation', '邻居的狗把我孩子咬了，不肯出疫苗钱，请网格员帮忙调解一下'],
    ['asks someone to come', '楼上漏水到我家，物业到底有没有责任，麻烦派人来看看'],
    ['a plain report', '小区门口的路灯坏了一个月了，晚上黑乎乎的'],
    ['a question that is not about liability', '小区的健身器材什么时候能修好'],
    ['a question about a service', '我老伴瘫在床上好几年了，家里就靠我一个人，能不能申请个低保'],
    ['someone else asked it', '跟他说了好几次别把车堵在我门口，他反问我停这犯法吗，天天这样'],
    ['damage told, then a call to settle it', '楼上装修把我家墙震裂了，他不肯赔？请网格员来调解一下'],
  ])('stays a report — %s: %s', (_why, text) => {
    expect(reviseReportIntent(text)).toBeNull();
  });
});

describe('a report the rules take for a legal question', () => {
  it("keeps the model's urgency for the danger it describes", () => {
    const text = '楼上有人正往下扔酒瓶，已经砸碎好几个了，楼下都是放学的孩子，这种高空抛物是犯法的吧？';
    const raw: RawDecision = { intent: 'report', label: 'public_safety.building', urgency: 'emergency', flags: [], confidence: 0.9 };
    const understood = applyRules(raw, analyseMessage(text), 'offline');
    expect(understood.intent).toBe('legal_question');
    expect(understood.urgency).toBe('emergency');
  });
});

describe('a report the model sees as an emergency', () => {
  it('stays a report whatever chatty words come with it', () => {
    const text = '活着太累了，安眠药我都吃下去了，就是想跟谁说一声，你们别管了';
    const raw: RawDecision = { intent: 'report', label: 'public_order.other', urgency: 'emergency', flags: [], confidence: 0.9 };
    const understood = applyRules(raw, analyseMessage(text), 'offline');
    expect(understood.intent).toBe('report');
    expect(understood.urgency).toBe('emergency');
  });
});

describe('memories, news, drills, jokes and follow-ups are no new reports', () => {
  it.each<[string, string, Intent]>([
    ['a fire long put out', '那年冬天我家烤火把窗帘点着了，幸亏发现得早，现在想起来还后怕', 'chitchat'],
    ['a flood in childhood', '前年发洪水我们全村都泡在水里，现在想想都心有余悸', 'chitchat'],
    ['news from the next county', '听说邻县有个烟花厂爆炸了，我们镇上也有烟花厂，不会有事吧', 'other'],
    ['heat hyperbole while chatting', '今天在仓库搬货热得快冒烟了，跟你们聊两句', 'chitchat'],
    ['a reaction to far-off news', '看新闻说外地有个化工厂爆炸了，好吓人', 'chitchat'],
    ['a drama watched last night', '昨天追的电视剧里女主被困在地下室出不来，看得我好揪心', 'chitchat'],
    ['letting off steam', '领导又让周末加班，烦得要死，就想找人说说，没别的事', 'chitchat'],
    ['a threat said laughing', '我妈说我再不找对象就打死我 哈哈哈', 'chitchat'],
    ['a drill announced', '周五下午学校搞防地震演练，会拉警报，附近居民不要慌', 'other'],
    ['a notice passed on', '各位邻居：本周日上午九点在村委会门口免费理发，有需要的老人可以去', 'other'],
    ['praise with nothing wrong', '村里的健身广场修好了，晚上好多老人去跳舞，变化真大，点赞👍', 'chitchat'],
    ['a supposed earthquake asked about', '问一下，要是夜里地震了，住高层的应该往哪跑', 'other'],
    ['a false alarm called off', '刚才报的那个冒烟的，是楼下在熏腊肉，虚惊一场，不用来了', 'followup'],
    ['done on paper, not in fact', '系统显示已经办结了，可是那个坑还在那里，一点没动', 'followup'],
    ['a notice that asks its readers', '通知：明早九点商场组织疏散演练，届时警铃会响，请顾客勿惊慌', 'other'],
    ['news and a worry', '刚看到新闻说外省一个加油站着火了，我们镇那个加油站没事吧', 'other'],
    ['a fire long since put right', '前年我们村小学着过一次火，后来整改了，现在放心多了', 'chitchat'],
    ['nothing to ask', '下礼拜要降温了，老房子漏不漏风也不知道，没啥事，就随便说说', 'chitchat'],
  ])('%s: %s', (_why, text, intent) => {
    expect(reviseReportIntent(text)).toBe(intent);
    const understood = decide('report', text);
    expect(understood.intent).toBe(intent);
    expect(understood.urgency).toBe('normal');
  });

  it.each([
    ['the hazard is still there', '去年楼道着过一次火，现在想起来还后怕，到现在电动车还是天天在楼道里充电'],
    ['a memory that asks for action', '上个月楼道着火了，现在想起来还后怕，请物业把电动车清走'],
    ['heat told as a complaint', '车间热得快着火了，老板连个风扇都不给装'],
    ['news and the same hazard here', '看新闻说外地有个化工厂爆炸了，好吓人，我们村口那个厂也天天冒黄烟'],
    ['cheated after seeing an ad, asking for help', '刷到一个刷单兼职，垫了三千块就被拉黑了，破防了，求警察叔叔帮我追回来'],
    ['whom to turn to, not what the law says', '楼上漏水物业和楼上互相推，我该找谁'],
    ['may a parking bay be marked', '店门口能不能划几个临时停车位，送货车天天进不来'],
    ['praise, then a problem', '新修的路不错点赞，就是路灯不亮，晚上黑乎乎的'],
    ['the drill is over and the alarm is still ringing', '上午演练完了，到现在警报器还一直响，吵得老人睡不了'],
  ])('stays a report — %s: %s', (_why, text) => {
    expect(reviseReportIntent(text)).toBeNull();
  });
});

describe('a status query or follow-up telling of someone hurt since is 「较急」', () => {
  it.each<[Intent, string]>([
    ['status_query', '我上周报的那个没盖板的井，昨天又有个老人掉进去了，还要等多久'],
    ['followup', '补充一下前天说的那个坑，今天又有个骑车的人摔倒了'],
    ['status_query', '之前反映的那家的狗到底有没有人管，今天又咬了一个小孩'],
  ])('%s: %s', (intent, text) => {
    expect(decide(intent, text).urgency).toBe('urgent');
  });

  it.each<[Intent, string]>([
    ['status_query', '我上周报的那个没盖板的井，还要等多久'],
    ['followup', '补充一下前天说的那个坑，位置在菜市场东门'],
    ['followup', '上次说的那个坑今天又变大了一点'],
  ])('stays 「一般」: %s', (intent, text) => {
    expect(decide(intent, text).urgency).toBe('normal');
  });
});

describe('hazards nobody is hurt by yet are 「较急」, not emergencies', () => {
  it.each([
    ['gunpowder among houses (not 「着火」)', '隔壁院子里偷偷做鞭炮，堆着好几袋火药，旁边都是住户'],
    ['a fire only supposed', '一楼整层是纸箱仓库，只有一个楼梯，真着火了谁都跑不出来'],
    ['gas cylinders on a pavement', '饭店门口人行道上摆了二十几个液化气罐，天天晒着太阳'],
  ])('%s: %s', (_why, text) => {
    expect(assessSafetyRules(text)).toBeNull();
    const understood = classifier.understand(text);
    expect(understood.intent).toBe('report');
    expect(understood.urgency).toBe('urgent');
  });

  it('explosives among homes are urgent by rule', () => {
    expect(assessRisk('隔壁院子里偷偷做鞭炮，堆着好几袋火药，旁边都是住户').urgent).toBe(true);
  });

  it.each([
    ['a real fire said with 真的', '真的着火了，一楼仓库在冒烟'],
    ['a fire with people unable to get out', '仓库着火了，楼上的人跑不出来了'],
  ])('still an emergency — %s: %s', (_why, text) => {
    expect(assessSafetyRules(text)?.hazard).toBe('fire');
  });
});

describe('threats after the fact, biting dogs and a mentally ill neighbour are 「较急」', () => {
  it('a threat made yesterday to send men round: urgent with violence_risk, not an emergency', () => {
    const text = '前几天跟隔壁摊主吵了一架，他昨天当着人放话说要找几个人来收拾我';
    const risk = assessRisk(text);
    expect(risk.urgent).toBe(true);
    expect(risk.flags).toContain('violence_risk');
    expect(assessSafetyRules(text)).toBeNull();
  });

  it.each([
    ['a dog chasing children to bite them', '邻居家的大黄狗从来不拴，这两天追着放学的孩子咬'],
    ['a dog knocking a child down', '楼下那条大狼狗今天扑倒了一个小朋友，主人还说狗不咬人'],
    ['a stray pack that has hurt someone', '村里的野狗成群结队的，前天把一个放学的孩子追得摔伤了'],
    ['a mentally ill man at people’s doors at night', '楼下有个精神不太正常的小伙子，家里人不管他，半夜挨家挨户敲门'],
  ])('%s: %s', (_why, text) => {
    expect(assessRisk(text).urgent).toBe(true);
  });

  it.each([
    ['a past bite argued over money', '邻居家的狗把我孙子咬了，疫苗钱他只肯出一半'],
    ['a dog barking at children', '小区里有条狗看见小孩就叫'],
    ['shouting only', '小区里有个人天天在楼下大喊大叫，好像精神不太正常'],
  ])('not urgent by rule — %s: %s', (_why, text) => {
    expect(assessRisk(text).urgent).toBe(false);
  });

  it('flags the mentally ill neighbour as vulnerable', () => {
    expect(assessRisk('我们楼有个精神不太正常的大哥，家里人都不管他').flags).toContain('vulnerable');
  });
});
