/**
 * The one error type of the domain. `code` is stable (tests and clients match on it),
 * `message` is for logs and developers, `userMessage` is plain Chinese for residents and workers.
 * Adapters map it once: HTTP status in the API's onError, a friendly reply in the bot.
 */
export const APP_ERROR_STATUS = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;
export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

const DEFAULT_USER_MESSAGES: Record<AppErrorCode, string> = {
  BAD_INPUT: '提交的内容不完整或格式不对，请检查后再试。',
  UNAUTHENTICATED: '请先登录。',
  FORBIDDEN: '您没有权限进行这个操作。',
  NOT_FOUND: '没有找到这条记录，请核对编号。',
  CONFLICT: '这条记录已被其他人处理，请刷新后再看。',
  ILLEGAL_TRANSITION: '当前状态下不能进行这个操作。',
  PAYLOAD_TOO_LARGE: '内容太长了，请精简后再提交。',
  RATE_LIMITED: '操作太频繁，请稍后再试。',
  UNAVAILABLE: '系统暂时繁忙，您的内容未提交成功，请稍后重试。',
};

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { userMessage?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.userMessage = options.userMessage ?? DEFAULT_USER_MESSAGES[code];
    this.details = options.details;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
