import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotStack, type BotStack } from '../bot/support/bot-stack.js';

const FENG = '13700000311'; // 冯晓东, resident, CG-01
const WORKER = '13900000104'; // 杨磊, CG-03

describe('privacy in the WeChat bot', () => {
  let s: BotStack;
  beforeAll(async () => {
    s = await startBotStack();
  });
  afterAll(async () => s?.close());

  it('greets a stranger with the notice, which names the privacy details and the deletion command', async () => {
    const stranger = s.town.stranger('钱多多');
    stranger.say('你好').to(s.town.botUser);
    // The first message of a suite also warms up the classifier and the legal index: allow for it.
    const notice = await s.inbox(stranger).next(/个人信息/, 20_000);
    expect(notice).toMatch(/个人信息不会公开/);
    expect(notice).toContain('删除我的信息');
    stranger.say('隐私说明').to(s.town.botUser);
    expect(await s.inbox(stranger).next(/【/)).toMatch(/【我们收集什么】[\s\S]*【删除我的信息】/);
  });

  it('「删除我的信息」 asks first, can be cancelled, and on 「确认删除」 erases the person', async () => {
    const feng = s.town.contacts.get(FENG)!;
    const inbox = s.inbox(feng);
    const say = (text: string) => feng.say(text).to(s.town.botUser);
    const before = (await s.stack.ctx.repos.people.findByPhone(FENG))!;

    say('删除我的信息');
    expect(await inbox.next()).toContain('确认删除');
    say('不要');
    expect(await inbox.next()).toContain('已取消');
    expect((await s.stack.ctx.repos.people.findById(before.id))!.erased_at).toBeNull();

    say('删除我的信息');
    expect(await inbox.next()).toContain('确认删除');
    say('确认删除');
    expect(await inbox.next(/个人信息已删除/)).toContain('账号已注销');
    const erased = (await s.stack.ctx.repos.people.findById(before.id))!;
    expect(erased).toMatchObject({ name: '已注销用户', phone: null, roles: [] });
    expect(await s.stack.ctx.repos.people.findByIdentity('wechat', feng.id)).toBeUndefined();

    // Writing again starts afresh as someone new, with the notice again; the erased person stays erased.
    say('你好');
    expect(await inbox.next()).toMatch(/个人信息不会公开/);
    const fresh = await s.stack.ctx.repos.people.findByIdentity('wechat', feng.id);
    expect(fresh?.id).not.toBe(before.id);
  });

  it('tells staff to ask the centre instead', async () => {
    const worker = s.town.contacts.get(WORKER)!;
    worker.say('删除我的信息').to(s.town.botUser);
    expect(await s.inbox(worker).next()).toContain('联系综治中心');
  });
});
