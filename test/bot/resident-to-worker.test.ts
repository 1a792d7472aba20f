import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotStack, type BotStack } from './support/bot-stack.js';
import { eventually } from '../support/test-stack.js';

const RESIDENT = '13700000301'; // 陈大爷, 幸福小区5栋, grid CG-01
const WORKERS = ['13900000101', '13900000102']; // 张伟 (grid leader), 刘芳

describe('a resident reports in chat and the grid worker handles it', () => {
  let s: BotStack;
  beforeAll(async () => {
    s = await startBotStack();
  });
  afterAll(async () => s?.close());

  it('confirms, sends the worker a task card, and carries the case through to the rating', async () => {
    const resident = s.town.contacts.get(RESIDENT)!;
    const inbox = s.inbox(resident);
    resident.say('幸福小区5栋楼道里堆满了杂物，堵住了消防通道').to(s.town.botUser);
    const confirmation = await inbox.next(/编号/);
    expect(confirmation).toMatch(/消防隐患/);
    expect(confirmation).toMatch(/幸福小区5栋/);
    expect(confirmation).toMatch(/一般/);
    const ticket = /GX\d{8}-\d{4}/.exec(confirmation)![0];
    const short = ticket.slice(-4);

    const card = await Promise.any(WORKERS.map((phone) => s.inbox(s.town.contacts.get(phone)!).next(new RegExp(`新任务 ${ticket}`))));
    expect(card).toContain(RESIDENT); // full phone in the assignee's private chat
    const assigned = await s.stack.ctx.repos.reports.findByTicket(ticket);
    const workerPhone = (await s.stack.ctx.repos.people.findById(assigned!.assignee_id!))!.phone!;
    const workerContact = s.town.contacts.get(workerPhone)!;
    const workerInbox = s.inbox(workerContact);

    workerContact.say(`接单 ${short}`).to(s.town.botUser);
    expect(await workerInbox.next(/已接单/)).toContain(ticket);
    expect(await inbox.next(/已接单/)).toContain(ticket);

    workerContact.say(`办结 ${short} 已清理通道`).to(s.town.botUser);
    expect(await workerInbox.next(/已办结/)).toContain(ticket);
    expect(await inbox.next(/已办结：已清理通道/)).toContain(ticket);

    resident.say('进度').to(s.town.botUser);
    expect(await inbox.next(/最新进展/)).toMatch(/已办结/);

    resident.say('满意').to(s.town.botUser);
    expect(await inbox.next(/感谢您的评价/)).toContain('5 星');
    expect((await s.stack.ctx.repos.reports.findByTicket(ticket))?.status).toBe('closed');
  });

  it('reminds the worker in chat before the accept deadline', async () => {
    const resident = s.town.contacts.get(RESIDENT)!;
    resident.say('幸福小区4栋门口的路灯不亮了好几天，晚上黑漆漆的').to(s.town.botUser);
    const ticket = /GX\d{8}-\d{4}/.exec(await s.inbox(resident).next(/编号/))![0];
    const report = await eventually(async () => {
      const row = await s.stack.ctx.repos.reports.findByTicket(ticket);
      return row?.status === 'assigned' && row;
    });
    const worker = s.town.contacts.get((await s.stack.ctx.repos.people.findById(report.assignee_id!))!.phone!)!;
    const inbox = s.inbox(worker);
    await inbox.next(new RegExp(`新任务 ${ticket}`));
    // The 80% reminder is a delayed BullMQ job: run it now instead of waiting a day.
    const timers = s.stack.ctx.queues.queues.timers;
    const remind = await eventually(async () => timers.getJob(`sla-${report.id}-accept-remind`));
    await remind.promote();
    expect(await inbox.next(/提醒/)).toContain(ticket);
  });
});
