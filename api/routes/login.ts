import { Hono } from 'hono';
import type { AppContext } from '../../core/context.js';
import { loginWithWechat } from '../../core/cases/login-with-wechat.js';
import { loginWithPassword } from '../../core/cases/login-with-password.js';
import { PasswordLoginSchema, WechatLoginSchema } from '../../core/cases/schemas.js';
import { issueToken, type ApiEnv } from '../middleware/auth.js';
import { jsonBody } from '../validate.js';
import { personView } from './auth.js';

/** Production logins: WeChat for the mini-program, phone and password for workers and staff on the h5 app. */
export function loginRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  app.post('/auth/wechat', async (c) => {
    const { code } = await jsonBody(c, WechatLoginSchema);
    const person = await loginWithWechat(ctx, code);
    return c.json({ token: await issueToken(ctx, person.id), person: personView(person) });
  });
  app.post('/auth/login', async (c) => {
    const { phone, password } = await jsonBody(c, PasswordLoginSchema);
    const person = await loginWithPassword(ctx, phone, password);
    return c.json({ token: await issueToken(ctx, person.id), person: personView(person) });
  });
  return app;
}
