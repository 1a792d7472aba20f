import type { AppContext } from '../context.js';
import type { Db } from '../storage/database.js';
import type { PersonRow } from '../storage/schema.js';
import { locateGrid } from '../routing/locate-grid.js';
import type { InboundMessage } from './inbound-message.js';

export const WECHAT_CHANNEL = 'wechat';

export interface Identified {
  person: PersonRow;
  /** First contact: the person was created just now and has not seen the privacy notice. */
  isNew: boolean;
}

/**
 * Who wrote: the person linked to this chat id; else, when the platform tells us the sender's
 * phone, the person registered with it (web-protocol chat ids change on every re-login);
 * else a new resident, created on first contact.
 */
export async function identifySender(ctx: AppContext, msg: InboundMessage): Promise<Identified> {
  const known = await ctx.repos.people.findByIdentity(WECHAT_CHANNEL, msg.senderExternalId);
  if (known) return { person: known, isNew: false };
  const byPhone = msg.senderPhone ? await ctx.repos.people.findByPhone(msg.senderPhone) : undefined;
  if (byPhone) {
    await ctx.repos.people.linkIdentity(byPhone.id, WECHAT_CHANNEL, msg.senderExternalId);
    return { person: byPhone, isNew: false };
  }
  const person = await ctx.db.transaction().execute(async (tx) => {
    const created = await ctx.repos.people.insert(
      { name: msg.senderName.trim() || '微信用户', phone: null, roles: ['resident'], home_grid_id: null, township_id: null, address: null },
      tx,
    );
    await ctx.repos.people.linkIdentity(created.id, WECHAT_CHANNEL, msg.senderExternalId, tx);
    return created;
  });
  return { person, isNew: true };
}

/**
 * A typed phone number links this chat to a registered person only when the chat name matches the
 * registered name too: a number alone would let anyone take over a worker's account.
 */
export async function relinkByTypedPhone(ctx: AppContext, current: PersonRow, phone: string, chatName: string): Promise<PersonRow | 'refused' | null> {
  const registered = await ctx.repos.people.findByPhone(phone);
  if (!registered || registered.id === current.id) return null;
  if (registered.name !== chatName.trim()) return 'refused';
  const chats = await ctx.db.selectFrom('identities').select('external_id').where('person_id', '=', current.id).where('channel', '=', WECHAT_CHANNEL).execute();
  for (const chat of chats) await ctx.repos.people.linkIdentity(registered.id, WECHAT_CHANNEL, chat.external_id);
  return registered;
}

/** Records where a person lives (asked once at first contact); the grid follows from the address when it can. */
export async function saveHomeAddress(ctx: AppContext, person: PersonRow, address: string): Promise<PersonRow> {
  const grids = await ctx.repos.places.grids();
  const located = locateGrid({ location: null, texts: [address], homeGridId: null }, grids);
  const grid = located ? grids.find((g) => g.id === located.gridId) : undefined;
  return ctx.db
    .updateTable('persons')
    .set({ address, home_grid_id: grid?.id ?? person.home_grid_id, township_id: grid?.township_id ?? person.township_id })
    .where('id', '=', person.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The WeChat chat of a person, for delivering what they are owed; null when they never wrote to the bot. */
export async function wechatChatOf(db: Db, personId: number): Promise<string | null> {
  const row = await db
    .selectFrom('identities')
    .select('external_id')
    .where('person_id', '=', personId)
    .where('channel', '=', WECHAT_CHANNEL)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row?.external_id ?? null;
}
