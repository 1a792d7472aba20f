import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { createLegalAdvisor, type LegalAdvisor } from '../../core/legal/index.js';
import { loadStatuteFile } from '../../core/legal/statute-store.js';
import { requireAuth, type ApiEnv } from '../middleware/auth.js';
import { askLimit } from '../middleware/limits.js';
import { jsonBody } from '../validate.js';

export const AskSchema = z.object({ question: z.string().trim().min(2, '请把问题说得具体一点').max(1000, '问题太长了，请控制在1000字以内') }).strict();

/** 法律小助手: answers from the curated knowledge base; Claude writes the answer only when a key is configured. */
export function legalRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  // The knowledge base is loaded on the first question, not at start-up.
  let advisor: LegalAdvisor | undefined;
  const getAdvisor = () => (advisor ??= createLegalAdvisor({ config: ctx.config, statutes: loadStatuteFile(), logger: ctx.logger }));

  app.post('/legal/ask', requireAuth(ctx), askLimit(ctx), async (c) => {
    const { question } = await jsonBody(c, AskSchema);
    return c.json(await getAdvisor().answer(question));
  });
  return app;
}
