/**
 * Time from a resident's chat message to the worker's task card, through the whole system
 * offline: mock WeChat → conversation → PGlite → BullMQ (local Redis) classify → route → notify → mock WeChat.
 * npx tsx bench/bot.ts [--messages 200] [--rate 10]   (messages per second)
 */
import { parseArgs } from 'node:util';
import { startDemoRuntime } from '../bot/mock/demo-runtime.js';
import { DEMO_PEOPLE } from '../core/seed/demo-town.js';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '200' }, rate: { type: 'string', default: '10' } } });
const total = Number(values.messages);
const intervalMs = 1000 / Number(values.rate);

/** Disputes between neighbours: never merged as duplicates of one another, so every message makes a task. */
const PROBLEMS = [
  '我家楼上天天半夜装修，吵得睡不着',
  '楼上邻居天天往我家阳台扔烟头，请来管管',
  '隔壁邻居把杂物堆在我家门口，说了也不听',
  '楼上邻居家的狗天天半夜叫',
];

const runtime = await startDemoRuntime({ offline: true });
const { town } = runtime;
const residents = DEMO_PEOPLE.filter((p) => p.roles.includes('resident') && p.address);
const workerChats = new Set(DEMO_PEOPLE.filter((p) => p.roles.includes('grid_worker')).map((p) => town.contacts.get(p.phone)!.id));
const residentChats = new Map(residents.map((p) => [town.contacts.get(p.phone)!.id, p.phone]));

const sentAt = new Map<string, number[]>(); // resident chat → send times not yet confirmed, in order
const ticketSentAt = new Map<string, number>();
const cardLatencies: number[] = [];
let done: () => void;
const finished = new Promise<void>((resolve) => (done = resolve));

town.mocker.puppet.on('message', ({ messageId }: { messageId: string }) => {
  const now = performance.now();
  const payload = town.mocker.messagePayload(messageId);
  if (payload.talkerId !== town.botUser.id || !payload.listenerId) return;
  const ticket = /GX\d{8}-\d{4,}/.exec(payload.text ?? '')?.[0];
  if (!ticket) return;
  if (residentChats.has(payload.listenerId) && payload.text?.startsWith('已收到')) {
    const t0 = sentAt.get(payload.listenerId)?.shift();
    if (t0 !== undefined) ticketSentAt.set(ticket, t0);
  } else if (workerChats.has(payload.listenerId) && payload.text?.includes(`新任务 ${ticket}`)) {
    const t0 = ticketSentAt.get(ticket);
    if (t0 !== undefined) cardLatencies.push(now - t0);
    if (cardLatencies.length === total) done();
  }
});

for (let i = 0; i < total; i++) {
  const resident = residents[i % residents.length]!;
  const chat = town.contacts.get(resident.phone)!;
  const text = `${PROBLEMS[i % PROBLEMS.length]!}（第${i + 1}次）`;
  sentAt.set(chat.id, [...(sentAt.get(chat.id) ?? []), performance.now()]);
  chat.say(text).to(town.botUser);
  await new Promise((r) => setTimeout(r, intervalMs));
}
await Promise.race([finished, new Promise((r) => setTimeout(r, 30_000))]);

const sorted = [...cardLatencies].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
console.log(
  JSON.stringify({
    messages: total,
    ratePerSecond: Number(values.rate),
    taskCards: sorted.length,
    p50Ms: Math.round(pct(50)),
    p90Ms: Math.round(pct(90)),
    p99Ms: Math.round(pct(99)),
    maxMs: Math.round(sorted.at(-1) ?? NaN),
  }),
);
await runtime.close();
process.exit(0);
