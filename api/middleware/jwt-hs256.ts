import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  sub: string;
  iat: number;
  exp: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/**
 * HS256 JSON Web Tokens with node:crypto. Every request verifies one, and WebCrypto's per-call key
 * import cost more than the rest of authentication; this does the same checks synchronously.
 */
export function signJwt(claims: TokenClaims, secret: string): string {
  const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${body}.${mac(body, secret).toString('base64url')}`;
}

/** The claims of a token signed with this secret, unexpired; anything else throws. */
export function verifyJwt(token: string, secret: string, nowSeconds: number): TokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Error('malformed token');
  const [header, payload, signature] = parts as [string, string, string];
  const expected = mac(`${header}.${payload}`, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('bad signature');
  // Only after the signature holds: the header must name HS256 (never 'none' or another algorithm).
  const alg = (parseJson(header) as { alg?: unknown }).alg;
  if (alg !== 'HS256') throw new Error('unexpected algorithm');
  const claims = parseJson(payload) as Partial<TokenClaims>;
  if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') throw new Error('missing claims');
  if (claims.exp <= nowSeconds) throw new Error('expired');
  if (typeof claims.iat === 'number' && claims.iat > nowSeconds + 60) throw new Error('issued in the future');
  return claims as TokenClaims;
}

function mac(data: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(data).digest();
}

function parseJson(part: string): unknown {
  const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (typeof value !== 'object' || value === null) throw new Error('malformed token');
  return value;
}
