import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { SUBTYPES, URGENCIES } from '../../core/taxonomy/codes.js';
import { requireAuth, type ApiEnv } from '../middleware/auth.js';
import { jsonBody } from '../validate.js';

export const PreviewSchema = z.object({ text: z.string().trim().min(1).max(2000) }).strict();

/** The live type suggestion shown while a resident types: offline only, it runs on every pause in typing. */
export function classifyRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  app.post('/classify/preview', requireAuth(ctx), async (c) => {
    const { text } = await jsonBody(c, PreviewSchema);
    const u = await ctx.quickClassifier.classify(text);
    const safety = ctx.assessSafety(text);
    return c.json({
      intent: u.intent,
      label: u.label,
      labelText: u.label ? SUBTYPES[u.label] : null,
      urgency: u.urgency,
      urgencyText: URGENCIES[u.urgency],
      confidence: u.confidence,
      safety,
    });
  });
  return app;
}
