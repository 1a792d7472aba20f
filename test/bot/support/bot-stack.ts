import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { mock } from 'wechaty-puppet-mock';
import { loadBotConfig } from '../../../bot/bot-config.js';
import { createMockTown, type MockTown } from '../../../bot/mock/mock-town.js';
import { startBot, type RunningBot } from '../../../bot/start-bot.js';
import { loadConfig } from '../../../core/config.js';
import { createLegalAdvisor } from '../../../core/legal/index.js';
import { createClassifier } from '../../../core/understanding/create-classifier.js';
import { assessSafety } from '../../../core/understanding/safety.js';
import type { Classifier } from '../../../core/understanding/understanding.js';
import { startTestStack, type TestStack } from '../../support/test-stack.js';

export interface BotStack {
  stack: TestStack;
  town: MockTown;
  bot: RunningBot;
  /** What the bot sent to this contact in private chat, in order. */
  inbox(contact: mock.ContactMock): Inbox;
  roomInbox(room: mock.RoomMock): Inbox;
  close(): Promise<void>;
}

/** Messages one chat received from the bot; `next` waits for the first not yet taken that matches. */
export class Inbox {
  readonly texts: string[] = [];
  private taken = 0;
  private waiters: Array<() => void> = [];

  push(text: string): void {
    this.texts.push(text);
    for (const wake of this.waiters.splice(0)) wake();
  }

  async next(pattern: RegExp = /[\s\S]/, timeoutMs = 5000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.texts.findIndex((t, i) => i >= this.taken && pattern.test(t));
      if (index >= 0) {
        this.taken = index + 1;
        return this.texts[index]!;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no message matching ${pattern} within ${timeoutMs} ms; got:\n${this.texts.join('\n---\n')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

let offline: Classifier | undefined;

/** A whole gridmate with the real offline classifier and safety rules, the bot on the mock puppet, deliveries through WeChat. */
export async function startBotStack(options: { classifier?: Classifier; workers?: boolean } = {}): Promise<BotStack> {
  offline ??= createClassifier(loadConfig({ NODE_ENV: 'test' }), { offline: true });
  const classifier = options.classifier ?? offline;
  const stack = await startTestStack('pglite', { classifier, assessSafety, workers: options.workers ?? true });
  stack.ctx.quickClassifier = classifier;
  const town = await createMockTown(stack.ctx);
  const bot = await startBot(stack.ctx, stack.redis, {
    config: loadBotConfig({ BOT_CENTRE_ROOM_ID: town.centreRoom.id, BOT_SPOOL_FILE: join(tmpdir(), `${stack.ctx.config.QUEUE_PREFIX}-spool.jsonl`) }),
    puppet: town.puppet,
    legal: createLegalAdvisor({ config: stack.ctx.config }),
  });
  stack.ctx.delivery = bot.delivery;
  town.login();
  const inboxes = new Map<string, Inbox>();
  const inboxOf = (id: string) => inboxes.get(id) ?? inboxes.set(id, new Inbox()).get(id)!;
  town.mocker.puppet.on('message', ({ messageId }) => {
    const payload = town.mocker.messagePayload(messageId);
    if (payload.talkerId !== town.botUser.id) return;
    const chat = payload.roomId ?? payload.listenerId;
    if (chat) inboxOf(chat).push(payload.text ?? '');
  });
  return {
    stack,
    town,
    bot,
    inbox: (contact) => inboxOf(contact.id),
    roomInbox: (room) => inboxOf(room.id),
    async close() {
      await bot.stop();
      await stack.close();
    },
  };
}
