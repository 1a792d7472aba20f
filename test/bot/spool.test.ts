import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotStack, type BotStack } from './support/bot-stack.js';
import { eventually } from '../support/test-stack.js';

const RESIDENT = '13700000302'; // 林小雨

describe('a chat message sent while the database is down', () => {
  let s: BotStack;
  beforeAll(async () => {
    s = await startBotStack();
  });
  afterAll(async () => s?.close());

  it('is kept in the spool, acknowledged, and filed as a report when storage returns', async () => {
    const people = s.stack.ctx.repos.people;
    const findByIdentity = people.findByIdentity.bind(people);
    // The outage: every lookup of a chat sender fails as a lost connection would.
    people.findByIdentity = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    };
    const resident = s.town.contacts.get(RESIDENT)!;
    const inbox = s.inbox(resident);
    resident.say('幸福小区2栋电梯按钮坏了好几个，老人上下楼很不方便').to(s.town.botUser);
    expect(await inbox.next()).toMatch(/不用重发/);

    people.findByIdentity = findByIdentity;
    const result = await s.bot.conversation.replaySpooled((chatId, text) => s.bot.gateway.sendText(chatId, text));
    expect(result).toEqual({ replayed: 1, kept: 0 });
    expect(await inbox.next(/编号/)).toMatch(/GX\d{8}-\d{4}/);
    const person = await people.findByPhone(RESIDENT);
    const reports = await eventually(async () => {
      const rows = await s.stack.ctx.repos.reports.listByReporter(person!.id);
      return rows.length > 0 && rows;
    });
    expect(reports).toHaveLength(1);
    // A second replay finds nothing left and files nothing twice.
    expect(await s.bot.conversation.replaySpooled(async () => undefined)).toEqual({ replayed: 0, kept: 0 });
  });
});
