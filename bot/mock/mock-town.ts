import { PuppetMock, mock } from 'wechaty-puppet-mock';
import type { AppContext } from '../../core/context.js';
import { WECHAT_CHANNEL } from '../../core/conversation/chat-identity.js';
import { DEMO_HOUSEHOLD_GROUPS, DEMO_PEOPLE } from '../../core/seed/demo-town.js';

export const BOT_NAME = '网格助手';

/** The demo town on the mock puppet: one WeChat contact per demo person, their 十联户 group, the centre's duty group. */
export interface MockTown {
  mocker: mock.Mocker;
  puppet: PuppetMock;
  botUser: mock.ContactMock;
  /** Demo people's contacts by phone number. */
  contacts: Map<string, mock.ContactMock>;
  centreRoom: mock.RoomMock;
  /** The first 十联户's group chat (幸福小区3栋), with its leader and members. */
  householdRoom: mock.RoomMock;
  /** Logs the bot in; call after the bot has started. */
  login(): void;
  /** Someone new to the bot: a contact with no person behind it yet. */
  stranger(name: string): mock.ContactMock;
}

/**
 * Creates the contacts and links each demo person's WeChat identity, as if every one of them had
 * written to the bot before (workers must be reachable for task cards from the first report).
 */
export async function createMockTown(ctx: AppContext): Promise<MockTown> {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const botUser = mocker.createContact({ name: BOT_NAME, phone: [] });
  const contacts = new Map<string, mock.ContactMock>();
  for (const demo of DEMO_PEOPLE) {
    const contact = mocker.createContact({ name: demo.name, phone: [] });
    contacts.set(demo.phone, contact);
    const person = await ctx.repos.people.findByPhone(demo.phone);
    if (person) await ctx.repos.people.linkIdentity(person.id, WECHAT_CHANNEL, contact.id);
  }
  const byPhone = (phone: string) => contacts.get(phone)!;
  const staff = DEMO_PEOPLE.filter((p) => p.roles.includes('centre_staff') || p.roles.includes('county_staff'));
  const centreRoom = mocker.createRoom({ topic: '城关街道综治中心值班群', memberIdList: [botUser.id, ...staff.map((p) => byPhone(p.phone).id)] });
  const group = DEMO_HOUSEHOLD_GROUPS[0]!;
  const householdRoom = mocker.createRoom({ topic: group.name, memberIdList: [botUser.id, ...[group.leader, ...group.members].map((phone) => byPhone(phone).id)] });
  return {
    mocker,
    puppet,
    botUser,
    contacts,
    centreRoom,
    householdRoom,
    login: () => mocker.login(botUser),
    stranger: (name) => mocker.createContact({ name, phone: [] }),
  };
}
