import type { AppContext } from '../context.js';
import type { PersonRow } from '../storage/schema.js';
import { exchangeWechatCode } from './wechat-session.js';

export const WECHAT_MINI = 'wechat-mini';
export const WECHAT_UNION = 'wechat-union';

/**
 * Mini-program login: the code becomes an openid (and unionid). The person is found by the
 * openid, else by the unionid (the same WeChat user already known from chat), else a new
 * resident is created; both ids are then linked to that one person.
 */
export async function loginWithWechat(ctx: AppContext, code: string): Promise<PersonRow> {
  const session = await exchangeWechatCode(ctx.config, code);
  return ctx.db.transaction().execute(async (tx) => {
    const known =
      (await ctx.repos.people.findByIdentity(WECHAT_MINI, session.openid, tx)) ??
      (session.unionid ? await ctx.repos.people.findByIdentity(WECHAT_UNION, session.unionid, tx) : undefined);
    const person = known ?? (await ctx.repos.people.insert({ name: '微信用户', phone: null, roles: ['resident'] }, tx));
    await ctx.repos.people.linkIdentity(person.id, WECHAT_MINI, session.openid, tx);
    if (session.unionid) await ctx.repos.people.linkIdentity(person.id, WECHAT_UNION, session.unionid, tx);
    return person;
  });
}
