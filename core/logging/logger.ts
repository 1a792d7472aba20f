import { pino, type DestinationStream, type Logger } from 'pino';
import { maskSensitiveText } from '../privacy/mask.js';

/** Deep enough for `{ report: { details: { phones } } }`; deeper values are logged as they are. */
const MAX_DEPTH = 4;

/** A copy of an error with its message and stack masked, keeping its class so pino's err serializer still applies. */
function maskError(err: Error, depth: number): Error {
  const copy = Object.create(Object.getPrototypeOf(err) as object) as Error;
  for (const [k, v] of Object.entries(err)) (copy as unknown as Record<string, unknown>)[k] = maskValue(v, depth + 1);
  Object.defineProperty(copy, 'message', { value: maskSensitiveText(err.message), enumerable: false, writable: true, configurable: true });
  if (err.stack) Object.defineProperty(copy, 'stack', { value: maskSensitiveText(err.stack), enumerable: false, writable: true, configurable: true });
  if (err.cause !== undefined) Object.defineProperty(copy, 'cause', { value: maskValue(err.cause, depth + 1), enumerable: false, writable: true, configurable: true });
  return copy;
}

function maskValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return maskSensitiveText(value);
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (value instanceof Error) return maskError(value, depth);
  if (Array.isArray(value)) return value.map((v) => maskValue(v, depth + 1));
  // Plain objects only: dates, buffers and class instances keep their own serialisation.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskValue(v, depth + 1)]));
}

/** Masks phone and ID numbers in the message, in string fields (nested too) and in error messages before anything is written. */
function maskArgs(args: unknown[]): unknown[] {
  return args.map((arg) => maskValue(arg, 0));
}

/** Structured JSON logs on stderr (stdout belongs to CLIs' data), numbers masked; tests pass their own destination. */
export function createLogger(level: string, name = 'gridmate', destination: DestinationStream = pino.destination(2)): Logger {
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
    destination,
  );
}
