import type { Logger } from 'pino';
import type { OutboxRow } from '../storage/schema.js';
import { maskSensitiveText } from '../privacy/mask.js';

/**
 * The port through which owed messages leave the system (WeChat via the bot, SMS, …).
 * A delivery that throws is retried by the notify queue; it must be safe to call twice.
 */
export interface Delivery {
  deliver(message: OutboxRow): Promise<void>;
}

/** Until a chat channel is plugged in, messages are recorded in the outbox and the log (numbers masked). */
export class RecordedDelivery implements Delivery {
  constructor(private readonly logger: Logger) {}

  async deliver(message: OutboxRow): Promise<void> {
    this.logger.info(
      { outboxId: message.id, audience: message.audience, recipientId: message.recipient_id, reportId: message.report_id, kind: message.kind },
      maskSensitiveText(message.text),
    );
  }
}
