import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { AppError } from '../core/errors/app-error.js';
import { isStorageUnavailable } from '../core/storage/unavailable.js';

/** The one mapping from errors to HTTP: {error: {code, message}} with the user-facing message. */
export function errorResponder(logger: Logger) {
  return (thrown: Error, c: Context) => {
    // A lost database connection anywhere (auth, lookups) is temporary: 503 and a retry hint, not 500.
    const err = !(thrown instanceof AppError) && isStorageUnavailable(thrown) ? storageUnavailable(thrown) : thrown;
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

const STORAGE_RETRY_AFTER_SECONDS = 5;

function storageUnavailable(cause: Error): AppError {
  return new AppError('UNAVAILABLE', 'database unreachable', { cause, details: { retryAfterSeconds: STORAGE_RETRY_AFTER_SECONDS } });
}
