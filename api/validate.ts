import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../core/errors/app-error.js';

/** Reads and validates a JSON body; every problem becomes a 400 that says which field and why. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new AppError('BAD_INPUT', 'body is not valid JSON', { userMessage: '请求内容不是有效的 JSON。' });
  }
  return parseWith(schema, raw);
}

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    throw new AppError('BAD_INPUT', `invalid input: ${JSON.stringify(issues)}`, {
      userMessage: first ? `${first.path ? `${first.path}：` : ''}${first.message}` : '输入有误',
      details: { issues },
    });
  }
  return parsed.data;
}
