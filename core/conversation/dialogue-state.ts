import { z } from 'zod';
import type { Redis } from 'ioredis';
import { SharedLocationSchema } from './inbound-message.js';

/** A report held back while the bot asks one question about it (its place, or the person's community). */
const DraftSchema = z.object({
  text: z.string(),
  messageId: z.string(),
  onBehalfOf: z.object({ name: z.string() }).nullable(),
  /** Shared from the chat's map: the report's point, and its label stands for the address. */
  location: SharedLocationSchema.optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

/**
 * The one open question the bot has asked a person. The next message from them is its answer
 * (notes/anchors.md), so this is read before anything else is decided.
 */
export const DialogueStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('community'), draft: DraftSchema.nullable() }),
  z.object({ kind: z.literal('place'), draft: DraftSchema }),
  // A place shared first: the next message says what is wrong there.
  z.object({ kind: z.literal('problem_at'), location: SharedLocationSchema }),
  z.object({ kind: z.literal('legal_offer'), question: z.string(), messageId: z.string() }),
  z.object({ kind: z.literal('pick_report'), tickets: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('stars'), ticket: z.string() }),
  z.object({ kind: z.literal('reopen_reason'), ticket: z.string() }),
  // 「删除我的信息」 cannot be undone: it waits for 「确认删除」.
  z.object({ kind: z.literal('confirm_delete') }),
]);
export type DialogueState = z.infer<typeof DialogueStateSchema>;

export interface DialogueStore {
  get(personId: number): Promise<DialogueState | null>;
  set(personId: number, state: DialogueState): Promise<void>;
  clear(personId: number): Promise<void>;
  /** True the first time a chat message id is seen: a redelivered message is dropped. */
  firstDelivery(messageId: string): Promise<boolean>;
}

/** A question left unanswered this long is forgotten (a held-back draft with it). */
const QUESTION_TTL_SECONDS = 24 * 3600;
const SEEN_TTL_SECONDS = 3 * 24 * 3600;

/** Dialogue state in Redis with expiry, so a restarted bot still knows what it asked. */
export class RedisDialogueStore implements DialogueStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(personId: number): Promise<DialogueState | null> {
    const raw = await this.redis.get(this.key(personId));
    if (!raw) return null;
    // Redis content is outside data: a state written by an older version is dropped, not trusted.
    const parsed = DialogueStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }

  async set(personId: number, state: DialogueState): Promise<void> {
    await this.redis.set(this.key(personId), JSON.stringify(state), 'EX', QUESTION_TTL_SECONDS);
  }

  async clear(personId: number): Promise<void> {
    await this.redis.del(this.key(personId));
  }

  async firstDelivery(messageId: string): Promise<boolean> {
    return (await this.redis.set(`${this.prefix}:chat:seen:${messageId}`, '1', 'EX', SEEN_TTL_SECONDS, 'NX')) === 'OK';
  }

  private key(personId: number): string {
    return `${this.prefix}:chat:question:${personId}`;
  }
}
