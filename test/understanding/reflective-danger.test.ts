import { describe, expect, it } from 'vitest';
import type { Intent } from '../../core/taxonomy/codes.js';
import { applyRules, type RawDecision } from '../../core/understanding/decision.js';
import { analyseMessage } from '../../core/understanding/offline/analyse.js';
import { OfflineClassifier } from '../../core/understanding/offline/offline-classifier.js';
import { assessOngoingDanger, assessSafetyRules, tellsOngoingEvent } from '../../core/understanding/rules/present-danger.js';

/** What the rules make of a message a classifier has already given this intent (and no urgency of its own). */
function decide(intent: Intent, text: string) {
  const raw: RawDecision = { intent, label: null, urgency: 'normal', flags: [], confidence: 0.9 };
  return applyRules(raw, analyseMessage(text), 'offline');
}

describe('a present danger told inside a message that asks or refers back', () => {
  it.each<[Intent, string, string]>([
    ['legal_question', 'progressive 在 + a threat, the legal question about self-defence', '一个醉汉在踹我家的门，嘴里喊着要砍死我，我用擀面杖打他算正当防卫吗'],
    ['legal_question', 'durative 着, a weapon in hand at the bedroom door', '我老公拿着菜刀堵在卧室门口，这种情况我能直接起诉离婚吗'],
    ['legal_question', 'someone at the door with a knife', '门外有人拿着刀骂骂咧咧，我要是打伤他要负责任吗'],
    ['legal_question', 'a fight going on, asking whether to call the police', '楼下那两家正打着呢，有人拿了铁锹，这种情况能报警吗'],
    ['legal_question', 'a fire spreading into the home, asking who pays', '楼下饭馆着火了，烟一直往我家里灌，物业要负责吗'],
    ['status_query', 'back again, smashing a car', 'GX20261120-0012 那个醉汉又来了，还在楼下砸车，你们的人到哪了'],
    ['status_query', 'still beating the child', '我昨天报的那家还在打孩子，孩子一直在哭喊，怎么还没人来'],
    ['status_query', 'water still pouring in', '上午报的山洪，水还在往屋里灌，什么时候来人'],
    ['followup', 'chasing with a rolling pin now', '补充一下上午说的那个打老婆的，他这会儿拿着擀面杖在院子里追着打'],
    ['followup', 'back at the door, kicking it without stop', '刚才反映的那个邻居又来了，踹门踹个不停'],
    ['status_query', 'getting worse, said a sentence after the hazard', '早上报的地下室冒烟那个事，到底有没有人管？这会儿烟越来越浓，楼上还住着人'],
    ['status_query', 'the smell of a leak getting stronger', '上午报的那个液化气罐漏气的事怎么还没人来？那股味越来越冲了，隔壁还有小孩'],
  ])('%s — %s: %s', (intent, _why, text) => {
    const understood = decide(intent, text);
    expect(understood.urgency).toBe('emergency');
    expect(understood.intent).toBe(intent);
  });

  it.each<[Intent, string, string]>([
    ['legal_question', 'a supposed case (如果)', '如果有人拿着刀在门外砸门，我开门把他打伤了算正当防卫吗'],
    ['legal_question', 'a supposed case (假如) with 正在', '假如老公正在打我，我还手算互殴吗'],
    ['legal_question', 'a supposed theft under way (要是)', '要是小偷正在撬我家门，我把他打伤了要赔吗'],
    ['legal_question', 'a time frame, not an event', '他打我的时候我能不能还手'],
    ['legal_question', 'the news', '新闻里说有个男的拿着刀在小区里追着砍人，这种情况判几年'],
    ['legal_question', 'a past habit', '我老公以前经常拿着皮带抽我，现在离婚了还能告他吗'],
    ['legal_question', 'an attack years ago', '前年邻居拿着斧头砍伤了我爸，现在出狱了还能要赔偿吗'],
    ['legal_question', 'a worry', '楼道里堆满电动车，万一着火了谁负责'],
    ['legal_question', 'hyperbole', '楼上天天吵得我想死，这种能起诉吗'],
    ['legal_question', 'banter', '哈哈我儿子拿着玩具刀在门口追着他爸砍，算不算家暴😂'],
    ['status_query', 'a "now" about the handling', '之前报的那起打架，现在处理到哪一步了'],
    ['followup', 'the danger over now', '刚才报的着火那家，火已经扑灭了，人都没事'],
    ['followup', 'the people gone now', '补充一下刚才报的那起打架，动手的有四个人，现在已经散了'],
  ])('stays normal — %s, %s: %s', (intent, _why, text) => {
    expect(decide(intent, text).urgency).toBe('normal');
  });

  it.each<[Intent, string]>([
    ['legal_question', '上个月有个醉汉在我家门口砸门，说要杀我，我当时拿菜刀吓他，会被追究吗'],
    ['legal_question', '他扬言要杀我全家，这算不算恐吓，能报警吗'],
    ['status_query', '我上周报的那个邻居，昨天又放话说要弄死我，你们什么时候来调解'],
  ])('a threat to life told afterwards is urgent (taxonomy §2): %s — %s', (intent, text) => {
    expect(decide(intent, text).urgency).toBe('urgent');
  });

  it('a risk under way is urgent in a legal question too; a crowd that only waits is not', () => {
    expect(decide('legal_question', '对面楼有人在撬电动车的锁，我在阳台上看着，我能上去拦吗').urgency).toBe('urgent');
    expect(decide('status_query', '我上次反映的欠薪的事，现在我们二十几个工人还在等，怎么还没结果').urgency).toBe('normal');
  });

  it('chit-chat that tells a present danger is still a report of it', () => {
    expect(decide('chitchat', '你好，隔壁那男的在砸我家门，喊着要砍死我')).toMatchObject({ intent: 'report', urgency: 'emergency' });
  });

  it('the offline classifier end to end', () => {
    const model = OfflineClassifier.load();
    expect(model.understand('有个醉汉一直在踹我家门，喊着要弄死我，我用菜刀吓唬他犯法吗').urgency).toBe('emergency');
    expect(model.understand('万一有人闯进我家，我打伤他要负责吗').urgency).toBe('normal');
  });
});

describe('the ongoing-danger rules', () => {
  it('find the danger of the clause that is going on, not the asker’s own supposed act', () => {
    expect(assessSafetyRules('请问打老婆算不算犯法')).not.toBeNull();
    expect(assessOngoingDanger('请问打老婆算不算犯法')).toBeNull();
    expect(assessOngoingDanger('他喝多了现在在门口砸门，我拿刀防卫违法吗')?.hazard).toBe('violence');
  });

  it.each([
    ['progressive', '有人正在撬我家楼下的车'],
    ['durative', '门口有个人拿着棍子'],
    ['back again', '那伙人又来砸店了'],
  ])('tell an action going on: %s — %s', (_why, text) => {
    expect(tellsOngoingEvent(text)).toBe(true);
  });

  it.each([
    ['a plain "now" with no action', '现在我们还在等结果'],
    ['past', '昨天有人在门口砸门'],
    ['supposed', '如果有人在门口砸门怎么办'],
  ])('tell none: %s — %s', (_why, text) => {
    expect(tellsOngoingEvent(text)).toBe(false);
  });
});

describe('a legal question asked during a present danger', () => {
  it.each([
    '我前夫现在拿着刀在楼道里堵着我家门，这种情况我能申请人身安全保护令吗',
    '隔壁仓库正在着火，烟都灌进我家了，仓库老板要不要赔偿我的损失？',
  ])('keeps its intent and the danger’s urgency: %s', (text) => {
    const understood = decide('report', text);
    expect(understood.intent).toBe('legal_question');
    expect(understood.urgency).toBe('emergency');
  });

  it('is a report when it also calls for help', () => {
    expect(decide('report', '救命，我前夫拿着刀在门口砸门，我能申请保护令吗').intent).toBe('report');
  });
});
