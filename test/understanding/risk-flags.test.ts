import { describe, expect, it } from 'vitest';
import { assessRisk, peopleCountIn } from '../../core/understanding/rules/risk-rules.js';

describe('group (群体性): many people acting together, not the many a problem touches', () => {
  it.each([
    ['a crowd at the office', '物业要把停车费涨到三百，今天晚上好多业主堵在物业办公室门口要说法'],
    ['relatives with wreaths in the hospital', '老爷子在医院走了，来了二十多个亲戚在大厅摆花圈'],
    ['a joint petition', '我们几十户准备联名上访'],
    ['two villages facing off', '两个村为了抢水，村民们拿着锄头在河边对峙'],
  ])('%s: %s', (_why, text) => {
    expect(assessRisk(text).flags).toContain('group');
  });

  it.each([
    ['a smell over the village', '养猪场的粪水臭味飘得全村都是'],
    ['a building without water', '冬天水管冻裂了，整栋楼没水'],
    ['everyone parks badly', '小区车位不够，大家都把车停在绿化带上'],
    ['land held in common', '村干部把集体土地租给外面的老板建厂了'],
    ['a casino game, not a hundred households', '我老公天天在手机上玩百家乐，工资全输进去了'],
  ])('not group — %s: %s', (_why, text) => {
    const risk = assessRisk(text);
    expect(risk.flags).not.toContain('group');
  });

  it('still tells the model that many people are named', () => {
    expect(assessRisk('小区车位不够，大家都把车停在绿化带上').mentions).toContain('group');
  });

  it('reads no head count out of a sum of money', () => {
    expect(peopleCountIn('先交了三千九百八会员费')).toBeNull();
    expect(peopleCountIn('村里投了的有十几户')).toBe(10);
  });
});

describe('vulnerable: a vulnerable condition, or an old person or a child who is the one at risk', () => {
  it.each([
    ['alone and very old', '我们组有个老太太八十多岁了一个人住，房子漏雨'],
    ['mental illness', '楼下那个精神病人又跑出来了'],
    ['an old man without food', '我公公瘫在床上，老人两天没人喂饭了'],
    ['a child pushed over', '大黑狗天天追小孩，今天把一个孩子扑倒了，孩子被咬了'],
    ['a grandmother trapped', '水进屋了，我奶奶还在屋里出不来'],
  ])('%s: %s', (_why, text) => {
    expect(assessRisk(text).flags).toContain('vulnerable');
  });

  it.each([
    ['a school record', '孩子转学回老家，学籍转不过来'],
    ['a pension question', '老人的养老保险断缴了几年，还能补交吗'],
    ['a pregnancy (not listed in §4)', '我怀孕五个月了，产假怎么算'],
  ])('no flag from the words alone — %s: %s', (_why, text) => {
    const risk = assessRisk(text);
    expect(risk.flags).not.toContain('vulnerable');
    expect(risk.mentions).toContain('vulnerable');
  });
});
