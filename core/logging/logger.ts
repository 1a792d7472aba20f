import { pino, type Logger } from 'pino';
import { maskSensitiveText } from '../privacy/mask.js';

/** Masks phone and ID numbers in the message and in top-level string fields before anything is written. */
function maskArgs(args: unknown[]): unknown[] {
  return args.map((arg) => {
    if (typeof arg === 'string') return maskSensitiveText(arg);
    if (arg && typeof arg === 'object' && !(arg instanceof Error)) {
      return Object.fromEntries(
        Object.entries(arg as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? maskSensitiveText(v) : v]),
      );
    }
    return arg;
  });
}

/** Structured JSON logs on stderr (stdout belongs to CLIs' data), numbers masked. */
export function createLogger(level: string, name = 'gridmate'): Logger {
  return pino(
    {
      name,
      level,
      hooks: {
        logMethod(args, method) {
          return method.apply(this, maskArgs(args) as Parameters<typeof method>);
        },
      },
    },
    pino.destination(2),
  );
}
