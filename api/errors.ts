import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { AppError } from '../core/errors/app-error.js';

/** The one mapping from errors to HTTP: {error: {code, message}} with the user-facing message. */
export function errorResponder(logger: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof AppError) {
      if (err.status >= 500) logger.error({ err, cause: err.cause, path: c.req.path }, err.message);
      const retryAfter = err.details?.['retryAfterSeconds'];
      if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
      return c.json(
        { error: { code: err.code, message: err.userMessage, ...(err.details ? { details: publicDetails(err.details) } : {}) } },
        err.status as ContentfulStatusCode,
      );
    }
    if (err instanceof HTTPException) {
      return c.json({ error: { code: 'HTTP_' + err.status, message: err.message || '请求有误' } }, err.status);
    }
    logger.error({ err, path: c.req.path }, 'unhandled error');
    return c.json({ error: { code: 'INTERNAL', message: '系统出错了，请稍后再试。' } }, 500);
  };
}

/** Only plain data goes back to clients; causes and stack traces stay in the log. */
function publicDetails(details: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
}
