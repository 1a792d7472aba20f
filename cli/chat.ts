/**
 * npm run chat [-- --as <phone or demo name>]: talk to the bot in the terminal as a demo resident,
 * 联户长 or grid worker, and see what everyone else receives. `/as 张伟` switches person, `/quit` ends.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { mock } from 'wechaty-puppet-mock';
import { DEMO_PEOPLE, type DemoPerson } from '../core/seed/demo-town.js';
import { ROLES } from '../core/people/roles.js';
import { startDemoRuntime } from '../bot/mock/demo-runtime.js';

const { values } = parseArgs({ options: { as: { type: 'string', default: '13700000301' } } });

function findDemo(who: string): DemoPerson | undefined {
  return DEMO_PEOPLE.find((p) => p.phone === who || p.name === who);
}

function describe(person: DemoPerson): string {
  return `${person.name}（${person.roles.map((r) => ROLES[r]).join('、')}）`;
}

let me = findDemo(values.as);
if (!me) {
  console.error(`没有这个演示用户：${values.as}。可选：${DEMO_PEOPLE.map((p) => `${p.name} ${p.phone}`).join('，')}`);
  process.exit(2);
}

const runtime = await startDemoRuntime();
const { town } = runtime;
const whoByContact = new Map<string, string>(DEMO_PEOPLE.map((p) => [town.contacts.get(p.phone)!.id, describe(p)]));
whoByContact.set(town.centreRoom.id, '综治中心值班群');
whoByContact.set(town.householdRoom.id, '幸福小区3栋十联户群');

town.mocker.puppet.on('message', ({ messageId }: { messageId: string }) => {
  const payload = town.mocker.messagePayload(messageId);
  if (payload.talkerId !== town.botUser.id) return;
  const chat = payload.roomId ?? payload.listenerId ?? '';
  const text = payload.text ?? '';
  if (chat === town.contacts.get(me!.phone)!.id) console.log(`\n网格助手：${text}\n`);
  else console.log(`\n  → ${whoByContact.get(chat) ?? chat}：${text.replaceAll('\n', '\n    ')}\n`);
});

console.log(
  [
    '网格助手 · 终端聊天（mock 微信）',
    `数据：独立的内存数据库（已载入演示镇），Redis 队列前缀 ${runtime.queuePrefix}；不影响正在运行的主程序。`,
    `您现在是 ${describe(me)}。/as <姓名或手机号> 换人，/quit 退出。发「帮助」看看能做什么。`,
  ].join('\n'),
);

const rl = createInterface({ input: process.stdin, output: process.stdout });
for await (const line of rl) {
  const text = line.trim();
  if (text === '/quit') break;
  if (text.startsWith('/as ')) {
    const next = findDemo(text.slice(4).trim());
    if (next) me = next;
    console.log(next ? `现在您是 ${describe(me)}。` : '没有这个演示用户。');
    continue;
  }
  if (text) (town.contacts.get(me.phone) as mock.ContactMock).say(text).to(town.botUser);
}
rl.close();
await runtime.close();
process.exit(0);
