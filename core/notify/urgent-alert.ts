import type { Logger } from 'pino';
import type { OutboxRow } from '../storage/schema.js';
import type { Delivery } from './delivery.js';
import { maskSensitiveText } from '../privacy/mask.js';

/**
 * Alerts that must wake someone (an emergency, an escalation) — a phone call or SMS to the duty
 * officer in production. Chat alone is not enough: a group message at 3 a.m. is not seen.
 * Must be safe to call twice for the same outbox row (the notify queue retries).
 */
export interface UrgentAlert {
  raise(alert: { outboxId: number; reportId: number | null; audience: string; text: string }): Promise<void>;
}

/** Until a telephony provider is configured, urgent alerts are written to the log at warn level. */
export class LoggingUrgentAlert implements UrgentAlert {
  constructor(private readonly logger: Logger) {}

  async raise(alert: { outboxId: number; reportId: number | null; audience: string; text: string }): Promise<void> {
    this.logger.warn({ outboxId: alert.outboxId, reportId: alert.reportId, audience: alert.audience }, `URGENT ALERT: ${maskSensitiveText(alert.text)}`);
  }
}

/** Outbox kinds that wake someone: the county hears of an emergency, the centre of an escalation or of danger reported in a follow-up. */
const URGENT_KINDS = new Set(['county.emergency', 'centre.escalated', 'centre.danger_update']);

/** Wraps a chat delivery so that urgent messages also raise an urgent alert, before the chat send. */
export function withUrgentAlerts(chat: Delivery, alert: UrgentAlert): Delivery {
  return {
    async deliver(message: OutboxRow) {
      if (URGENT_KINDS.has(message.kind)) {
        await alert.raise({ outboxId: message.id, reportId: message.report_id, audience: message.audience, text: message.text });
      }
      await chat.deliver(message);
    },
  };
}
