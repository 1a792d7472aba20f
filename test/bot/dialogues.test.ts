import { randomUUID } from 'node:crypto';
import { FileBox } from 'file-box';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { eventually } from '../support/test-stack.js';
import { startBotStack, type BotStack } from './support/bot-stack.js';

const PHONE = {
  chen: '13700000301', // 陈大爷, resident, CG-01
  lin: '13700000302', // 林小雨, resident, CG-01
  feng: '13700000311', // 冯晓东, resident, CG-01
  song: '13700000304', // 宋志远, resident, CG-03
  guo: '13700000303', // 郭桂芝, resident, CG-02
  wangLeader: '13700000201', // 王秀兰, 联户长 of 幸福小区3栋十联户
  tang: '13700000305', // 唐婉清, resident, CG-04
  han: '13700000306', // 韩立军, resident, CG-05
  zhangWorker: '13900000101', // 张伟, CG-01 grid leader
  yangWorker: '13900000104', // 杨磊, CG-03
};

describe('bot dialogues on the mock puppet', () => {
  let s: BotStack;
  const contact = (key: keyof typeof PHONE) => s.town.contacts.get(PHONE[key])!;
  const say = (key: keyof typeof PHONE, text: string) => contact(key).say(text).to(s.town.botUser);
  const inbox = (key: keyof typeof PHONE) => s.inbox(contact(key));
  const ticketIn = (text: string) => /GX\d{8}-\d{4}/.exec(text)![0];
  /** A message of a kind the mock puppet cannot send (WeChat's 「位置」, a merged chat history), made here. */
  const sendOfKind = (key: keyof typeof PHONE, type: types.Message) => {
    const message = s.town.mocker.MessageMock.create({ id: randomUUID(), talkerId: contact(key).id, listenerId: s.town.botUser.id, timestamp: Date.now(), type });
    s.town.mocker.puppet.emit('message', { messageId: message.id });
  };
  const shareLocation = (key: keyof typeof PHONE, place: { name: string; address: string; latitude: number; longitude: number }) => {
    // The mock answers every location lookup with one fixed place in Beijing: answer with this one.
    s.town.puppet.messageLocation = async () => ({ accuracy: 15, ...place });
    sendOfKind(key, types.Message.Location);
  };
  // Inside grid CG-01 (幸福社区第一网格), far from 唐婉清's and 韩立军's own grids.
  const XINGFU_GATE = { name: '幸福小区南门', address: '青山县城关街道幸福路', latitude: 30.6012, longitude: 114.3013 };

  beforeAll(async () => {
    s = await startBotStack();
  });
  afterAll(async () => s?.close());

  it('answers an emergency with the safety reply before the report is even classified', async () => {
    await s.stack.stopWorkers();
    try {
      say('lin', '楼下着火了，好多烟');
      expect(await inbox('lin').next()).toMatch(/119/);
      const followUp = await inbox('lin').next(/编号/);
      const report = await s.stack.ctx.repos.reports.findByTicket(ticketIn(followUp));
      expect(report?.intent).toBeNull(); // the queue has not classified it yet
      expect(report?.urgency).toBe('emergency');
    } finally {
      s.stack.startWorkers();
    }
    // Once the queue runs, the centre's duty group is alerted too.
    expect(await s.roomInbox(s.town.centreRoom).next(/紧急事件/)).toMatch(/GX/);
  });

  it('asks for a missing place once and takes the next message as the answer', async () => {
    say('feng', '路灯坏了好几天了，晚上很黑');
    expect(await inbox('feng').next()).toBe('请问是在哪个小区/村、几栋几单元？');
    say('feng', '幸福路');
    const confirmation = await inbox('feng').next(/编号/);
    expect(confirmation).toContain('地点：幸福路');
    const report = await s.stack.ctx.repos.reports.findByTicket(ticketIn(confirmation));
    expect(report?.address_text).toBe('幸福路');
    expect(report?.raw_text).toBe('路灯坏了好几天了，晚上很黑');
  });

  it('turns a legal question into a report when the resident answers 「要」', async () => {
    say('guo', '老板拖欠我三个月工资怎么办');
    expect(await inbox('guo').next()).toMatch(/要不要帮您登记给网格员处理？$/);
    say('guo', '要');
    expect(await inbox('guo').next(/哪个小区/)).toBeTruthy();
    say('guo', '幸福小区9栋');
    const confirmation = await inbox('guo').next(/编号/);
    expect(confirmation).toContain('劳动争议');
    const report = await s.stack.ctx.repos.reports.findByTicket(ticketIn(confirmation));
    expect(report?.raw_text).toBe('老板拖欠我三个月工资怎么办');
  });

  it('files a 联户长 report made in the group chat on behalf of a neighbour, visible to the leader', async () => {
    const leader = contact('wangLeader');
    leader.say('@网格助手 帮3楼王阿姨反映，她家楼上天天半夜装修', [s.town.botUser]).to(s.town.householdRoom);
    const confirmation = await s.roomInbox(s.town.householdRoom).next(/编号/);
    expect(confirmation).toContain('已帮3楼王阿姨登记');
    const report = await s.stack.ctx.repos.reports.findByTicket(ticketIn(confirmation));
    const leaderPerson = await s.stack.ctx.repos.people.findByPhone(PHONE.wangLeader);
    expect(report?.reporter_id).toBe(leaderPerson?.id);
    expect(report?.on_behalf_of?.name).toBe('3楼王阿姨');

    say('wangLeader', '本月');
    expect(await inbox('wangLeader').next(/本月联户反映/)).toContain('代3楼王阿姨');
  });

  it('ignores group talk that does not mention the bot', async () => {
    contact('lin').say('大家晚上好').to(s.town.householdRoom);
    contact('wangLeader').say('@网格助手 你好', [s.town.botUser]).to(s.town.householdRoom);
    expect(await s.roomInbox(s.town.householdRoom).next()).toMatch(/您好/);
    expect(s.roomInbox(s.town.householdRoom).texts.filter((t) => t.includes('大家晚上好'))).toEqual([]);
  });

  it('makes one report of a message delivered twice', async () => {
    const payload = { id: 'dup-message-1', talkerId: contact('song').id, listenerId: s.town.botUser.id, timestamp: Date.now(), type: 7, text: '锦绣花园6栋门口的路灯坏了' };
    s.town.mocker.MessageMock.create(payload);
    s.town.mocker.puppet.emit('message', { messageId: payload.id });
    s.town.mocker.puppet.emit('message', { messageId: payload.id });
    await inbox('song').next(/编号/);
    await new Promise((r) => setTimeout(r, 300));
    const reports = await s.stack.ctx.repos.reports.listByReporter((await s.stack.ctx.repos.people.findByPhone(PHONE.song))!.id);
    expect(reports.filter((r) => r.raw_text === payload.text)).toHaveLength(1);
  });

  it('gives a worker help for a malformed command, and not-found for another grid’s ticket', async () => {
    say('yangWorker', '办结');
    expect(await inbox('yangWorker').next(/没看懂/)).toMatch(/格式是「办结 0007 已清理通道」/);
    say('yangWorker', '接单 abc');
    expect(await inbox('yangWorker').next(/没看懂/)).toMatch(/格式是「接单 0007」/);

    say('chen', '幸福小区5栋电梯按钮坏了，按了没反应');
    const ticket = ticketIn(await inbox('chen').next(/编号/));
    await eventually(async () => (await s.stack.ctx.repos.reports.findByTicket(ticket))?.status === 'assigned');
    say('yangWorker', `接单 ${ticket}`);
    expect(await inbox('yangWorker').next(/没有找到/)).toBe(`没有找到编号为 ${ticket} 的反映。`);
    say('yangWorker', `接单 ${ticket.slice(-4)}`);
    expect(await inbox('yangWorker').next(/没有编号/)).toMatch(/待办任务里没有编号/);
    expect((await s.stack.ctx.repos.reports.findByTicket(ticket))?.status).toBe('assigned');

    say('zhangWorker', '我的任务');
    expect(await inbox('zhangWorker').next(/待办任务/)).toContain(ticket.slice(-4));
  });

  it('answers a status query with a numbered list when several reports are open, and the number picks one', async () => {
    say('chen', '幸福小区5栋门口垃圾堆了好几天没人清理');
    await inbox('chen').next(/编号/);
    say('chen', '我反映的事怎么样了');
    const list = await inbox('chen').next(/在办的反映/);
    expect(list).toMatch(/^1\. GX/m);
    say('chen', '1');
    expect(await inbox('chen').next(/最新进展/)).toMatch(/GX\d{8}-\d{4}/);
  });

  it('withdraws the latest open report on 「不用处理了」', async () => {
    say('song', '不用处理了');
    const reply = await inbox('song').next(/撤回/);
    expect((await s.stack.ctx.repos.reports.findByTicket(ticketIn(reply)))?.status).toBe('withdrawn');
  });

  it('never stays silent on chitchat, and 「帮助」 depends on the role', async () => {
    say('lin', '你好');
    expect(await inbox('lin').next(/您好/)).toMatch(/进度/);
    say('zhangWorker', '帮助');
    expect(await inbox('zhangWorker').next(/网格员命令/)).toMatch(/我的任务/);
    say('wangLeader', '帮助');
    expect(await inbox('wangLeader').next(/联户长还可以/)).toMatch(/本月/);
  });

  it('greets a stranger with the privacy notice, asks the community once, then files the held report', async () => {
    const stranger = s.town.stranger('赵小明');
    const strangerInbox = s.inbox(stranger);
    stranger.say('楼道里的灯坏了，晚上看不见').to(s.town.botUser);
    expect(await strangerInbox.next()).toMatch(/个人信息不会公开/);
    expect(await strangerInbox.next()).toMatch(/住在哪个小区/);
    stranger.say('锦绣花园6栋').to(s.town.botUser);
    expect(await strangerInbox.next()).toContain('已记下您住在锦绣花园6栋');
    const confirmation = await strangerInbox.next(/编号/);
    const report = await s.stack.ctx.repos.reports.findByTicket(ticketIn(confirmation));
    const person = await s.stack.ctx.repos.people.findById(report!.reporter_id);
    expect(person?.address).toBe('锦绣花园6栋');
    expect(person?.home_grid_id).not.toBeNull();
  });

  it('relinks a person whose chat id changed, by the phone the platform reports', async () => {
    const reborn = s.town.mocker.createContact({ name: '林小雨', phone: [PHONE.lin] });
    reborn.say('进度').to(s.town.botUser);
    expect(await s.inbox(reborn).next()).not.toMatch(/个人信息不会公开/);
    const person = await s.stack.ctx.repos.people.findByIdentity('wechat', reborn.id);
    expect(person?.phone).toBe(PHONE.lin);
  });

  it('takes a shared location, asks what is wrong there, and files the report at that point', async () => {
    shareLocation('tang', XINGFU_GATE);
    expect(await inbox('tang').next()).toBe('收到位置：幸福小区南门 青山县城关街道幸福路。请说一说这里发生了什么？');
    say('tang', '这里的井盖没了，晚上走路很危险');
    const confirmation = await inbox('tang').next(/编号/);
    const report = await s.stack.ctx.repos.reports.findByTicket(ticketIn(confirmation));
    expect(report?.location).toEqual({ lat: XINGFU_GATE.latitude, lng: XINGFU_GATE.longitude });
    expect(report?.address_text).toBe('幸福小区南门 青山县城关街道幸福路');
    // Routed by the point to CG-01, not to the resident's home grid (CG-04).
    const routed = await eventually(async () => (await s.stack.ctx.repos.reports.findById(report!.id))?.assignee_id ?? undefined, 10_000);
    expect(['张伟', '刘芳']).toContain((await s.stack.ctx.repos.people.findById(routed))?.name);
  });

  it('takes a shared location as the answer to the place question', async () => {
    say('han', '路边的垃圾桶被人推倒了，垃圾撒了一地');
    expect(await inbox('han').next()).toBe('请问是在哪个小区/村、几栋几单元？');
    shareLocation('han', XINGFU_GATE);
    const confirmation = await inbox('han').next(/编号/);
    expect(confirmation).toContain('地点：幸福小区南门');
    const report = await s.stack.ctx.repos.reports.findByTicket(ticketIn(confirmation));
    expect(report?.raw_text).toBe('路边的垃圾桶被人推倒了，垃圾撒了一地');
    expect(report?.location).toEqual({ lat: XINGFU_GATE.latitude, lng: XINGFU_GATE.longitude });
  });

  it('answers a video or a forwarded chat history it cannot read, and stores nothing', async () => {
    const song = (await s.stack.ctx.repos.people.findByPhone(PHONE.song))!;
    const before = await s.stack.ctx.repos.reports.listByReporter(song.id);
    contact('song').say(FileBox.fromUrl('https://example.com/leak.mp4')).to(s.town.botUser);
    expect(await inbox('song').next(/暂时看不了/)).toMatch(/打字/);
    sendOfKind('song', types.Message.ChatHistory);
    expect(await inbox('song').next(/暂时看不了/)).toMatch(/转发的内容可以复制文字发过来/);
    expect(await s.stack.ctx.repos.reports.listByReporter(song.id)).toHaveLength(before.length);
  });
});
