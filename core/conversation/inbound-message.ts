import { z } from 'zod';
import { GeoPointSchema } from '../reports/schemas.js';

/** A place shared from the chat's map (WeChat 「位置」): its point and the name and address the map gave it. */
export const SharedLocationSchema = GeoPointSchema.extend({ label: z.string().max(200) });
export type SharedLocation = z.infer<typeof SharedLocationSchema>;

/**
 * One message as any chat adapter hands it to the conversation: the adapter's own types never
 * reach core. `chatId` is where a reply goes (the room for a group message, else the sender).
 */
export const InboundMessageSchema = z.object({
  messageId: z.string().min(1),
  chatId: z.string().min(1),
  isGroup: z.boolean(),
  roomId: z.string().min(1).nullable(),
  senderExternalId: z.string().min(1),
  senderName: z.string().max(100),
  /** The phone number the chat platform knows for the sender, when it tells us (never typed by them). */
  senderPhone: z.string().regex(/^1[3-9]\d{9}$/).nullable(),
  /** Text with any @-mentions of the bot removed. */
  text: z.string().max(4000),
  mentionsBot: z.boolean(),
  /** `unsupported`: a video, file, link, merged chat history, card or sticker, which the bot cannot read. */
  kind: z.enum(['text', 'image', 'voice', 'location', 'unsupported']),
  location: SharedLocationSchema.nullable().optional(),
  file: z
    .object({ name: z.string().max(200), bytes: z.custom<Buffer>((v) => Buffer.isBuffer(v), 'file bytes must be a Buffer') })
    .nullable(),
});
export type InboundMessage = z.infer<typeof InboundMessageSchema>;

/** Where the conversation's answers go; the adapter binds it to the message's chat. */
export type Reply = (text: string) => Promise<void>;
