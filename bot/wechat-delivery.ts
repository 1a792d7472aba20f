import type { Logger } from 'pino';
import type { Db } from '../core/storage/database.js';
import type { Delivery } from '../core/notify/delivery.js';
import type { ChatGateway } from '../core/conversation/chat-gateway.js';
import { wechatChatOf } from '../core/conversation/chat-identity.js';
import type { OutboxRow } from '../core/storage/schema.js';

export interface CentreRooms {
  /** The township centre's duty group. */
  township: string | null;
  /** The county centre's group; the township group when there is none. */
  county: string | null;
}

/**
 * The notify stage's delivery through the bot: a person's message goes to their WeChat chat, a
 * centre's to its duty group. A send that fails throws, and the notify queue retries it.
 */
export class WechatDelivery implements Delivery {
  constructor(
    private readonly db: Db,
    private readonly gateway: ChatGateway,
    private readonly rooms: CentreRooms,
    private readonly logger: Logger,
  ) {}

  async deliver(message: OutboxRow): Promise<void> {
    const chatId = await this.chatOf(message);
    if (!chatId) {
      // Nothing to retry: this person never wrote to the bot (the mini-program shows them the same timeline).
      this.logger.info({ outboxId: message.id, audience: message.audience, recipientId: message.recipient_id }, 'no WeChat chat for this message');
      return;
    }
    await this.gateway.sendText(chatId, message.text);
  }

  private async chatOf(message: OutboxRow): Promise<string | null> {
    if (message.audience === 'township') return this.rooms.township;
    if (message.audience === 'county') return this.rooms.county ?? this.rooms.township;
    return message.recipient_id === null ? null : wechatChatOf(this.db, message.recipient_id);
  }
}
