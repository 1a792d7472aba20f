/** Network error codes of a database connection that was refused, dropped or timed out. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** node-postgres says this in plain text when the server or the network drops the connection. */
const DROPPED = /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/**
 * True when an error means "the database cannot be reached right now" rather than "this request
 * is wrong": such a failure is answered 503 with a retry hint, never 500. SQLSTATE class 08 is
 * "connection exception"; 57P01–57P03 are an administrator shutdown or a server starting up.
 */
export function isStorageUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && DROPPED.test(message)) return true;
  }
  return false;
}
