import { z } from 'zod';
import type { AppConfig } from '../config.js';
import { AppError } from '../errors/app-error.js';

/** What WeChat's jscode2session answers: the ids on success, errcode/errmsg on failure (HTTP 200 either way). */
const SessionReply = z.object({
  openid: z.string().min(1).optional(),
  unionid: z.string().min(1).optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
});

export interface WechatSession {
  openid: string;
  unionid: string | null;
}

const TIMEOUT_MS = 5000;

/** Exchanges a mini-program wx.login code for the user's openid (and unionid, when the app is bound to an open platform). */
export async function exchangeWechatCode(config: AppConfig, code: string): Promise<WechatSession> {
  if (!config.WECHAT_APPID || !config.WECHAT_SECRET) {
    throw new AppError('UNAVAILABLE', 'WECHAT_APPID / WECHAT_SECRET not configured', { userMessage: '暂未开通微信登录。' });
  }
  const url = new URL('/sns/jscode2session', config.WECHAT_API_BASE);
  url.search = new URLSearchParams({ appid: config.WECHAT_APPID, secret: config.WECHAT_SECRET, js_code: code, grant_type: 'authorization_code' }).toString();
  let body: unknown;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    body = await res.json();
  } catch (error) {
    throw new AppError('UNAVAILABLE', 'jscode2session unreachable', { cause: error, userMessage: '微信登录暂时不可用，请稍后再试。' });
  }
  const reply = SessionReply.safeParse(body);
  if (!reply.success || (reply.data.errcode ?? 0) !== 0 || !reply.data.openid) {
    const detail = reply.success ? `${reply.data.errcode}: ${reply.data.errmsg}` : 'unexpected reply';
    throw new AppError('UNAUTHENTICATED', `jscode2session refused the code (${detail})`, { userMessage: '微信登录失败，请重新进入小程序再试。' });
  }
  return { openid: reply.data.openid, unionid: reply.data.unionid ?? null };
}
