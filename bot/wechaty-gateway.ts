import { types, type Message, type Wechaty } from 'wechaty';
import type { Logger } from 'pino';
import type { ChatGateway } from '../core/conversation/chat-gateway.js';
import type { Conversation } from '../core/conversation/conversation.js';
import type { InboundMessage, SharedLocation } from '../core/conversation/inbound-message.js';

const KIND_OF: Partial<Record<types.Message, InboundMessage['kind']>> = {
  [types.Message.Text]: 'text',
  [types.Message.Image]: 'image',
  [types.Message.Audio]: 'voice',
  [types.Message.Location]: 'location',
  // What a resident may well send but the bot cannot read gets a friendly answer, never silence.
  [types.Message.Video]: 'unsupported',
  [types.Message.Attachment]: 'unsupported',
  [types.Message.ChatHistory]: 'unsupported',
  [types.Message.Url]: 'unsupported',
  [types.Message.MiniProgram]: 'unsupported',
  [types.Message.Contact]: 'unsupported',
  [types.Message.Emoticon]: 'unsupported',
};
/** The kinds whose content the conversation receives as a file. */
const WITH_FILE = new Set<InboundMessage['kind']>(['image', 'voice']);

/** A failed or hung chat send must not hold a notify worker forever: it fails and the queue retries. */
const SEND_TIMEOUT_MS = 15_000;

/**
 * The thin wechaty adapter: turns wechaty messages into InboundMessages for the conversation and
 * sends texts to rooms or contacts by id. No decision about what to say is made here.
 */
export class WechatyGateway implements ChatGateway {
  constructor(
    private readonly wechaty: Wechaty,
    private readonly logger: Logger,
  ) {}

  listen(conversation: Conversation): void {
    this.wechaty.on('message', (message) => {
      // The bot hears its own replies (notes/stack.md §1).
      if (message.self()) return;
      void this.forward(conversation, message).catch((err: unknown) => this.logger.error({ err, messageId: message.id }, 'inbound chat message dropped'));
    });
  }

  async sendText(chatId: string, text: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`chat send to ${chatId} timed out`)), SEND_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.say(chatId, text), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async say(chatId: string, text: string): Promise<void> {
    const chat = isRoomId(chatId) ? await this.wechaty.Room.find({ id: chatId }) : await this.wechaty.Contact.find({ id: chatId });
    if (!chat) throw new Error(`no WeChat chat ${chatId}`);
    await chat.say(text);
  }

  private async forward(conversation: Conversation, message: Message): Promise<void> {
    const inbound = await toInbound(message);
    if (!inbound) return;
    const chatId = inbound.chatId;
    await conversation.handle(inbound, (text) => this.sendText(chatId, text));
  }
}

/** Group ids end in @chatroom (pad and service protocols, the mock) or start with @@ (web protocol). */
function isRoomId(id: string): boolean {
  return id.endsWith('@chatroom') || id.startsWith('@@');
}

async function toInbound(message: Message): Promise<InboundMessage | null> {
  const kind = KIND_OF[message.type()];
  if (!kind) return null;
  const talker = message.talker();
  const room = message.room();
  const file = WITH_FILE.has(kind) ? await message.toFileBox() : null;
  const phones = await talker.phone().catch(() => [] as string[]);
  return {
    messageId: message.id,
    chatId: room?.id ?? talker.id,
    isGroup: room !== undefined,
    roomId: room?.id ?? null,
    senderExternalId: talker.id,
    senderName: talker.name(),
    senderPhone: phones.find((p) => /^1[3-9]\d{9}$/.test(p)) ?? null,
    text: kind !== 'text' ? '' : room ? await message.mentionText() : message.text(),
    mentionsBot: room ? await message.mentionSelf() : true,
    kind,
    location: kind === 'location' ? await sharedLocation(message) : null,
    file: file ? { name: file.name, bytes: await file.toBuffer() } : null,
  };
}

async function sharedLocation(message: Message): Promise<SharedLocation> {
  // wechaty 1.20's Message.toLocation() constructs its Location class directly, which wechaty itself
  // forbids (it throws); the puppet's payload carries the same fields.
  const { latitude, longitude, name, address } = await message.wechaty.puppet.messageLocation(message.id);
  const label = [...new Set([name, address].filter(Boolean))].join(' ');
  return { lat: latitude, lng: longitude, label: label.slice(0, 200) };
}
