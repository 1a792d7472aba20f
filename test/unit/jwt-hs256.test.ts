import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sign } from 'hono/jwt';
import { signJwt, verifyJwt } from '../../api/middleware/jwt-hs256.js';

const SECRET = 'a-test-secret-of-enough-length-123';
const NOW = 1_800_000_000;
const claims = { sub: '42', iat: NOW, exp: NOW + 3600 };

describe('HS256 tokens', () => {
  it('verifies its own tokens and standard ones (hono/jwt) signed with the same secret', async () => {
    expect(verifyJwt(signJwt(claims, SECRET), SECRET, NOW + 10)).toEqual(claims);
    expect(verifyJwt(await sign(claims, SECRET, 'HS256'), SECRET, NOW + 10).sub).toBe('42');
  });

  it('refuses a wrong secret, a changed payload, an expired token and garbage', () => {
    const token = signJwt(claims, SECRET);
    expect(() => verifyJwt(token, 'another-secret-of-enough-length-xx', NOW)).toThrow('bad signature');
    const [h, , s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: '1' })).toString('base64url')}.${s}`;
    expect(() => verifyJwt(forged, SECRET, NOW)).toThrow('bad signature');
    expect(() => verifyJwt(token, SECRET, NOW + 3600)).toThrow('expired');
    for (const junk of ['', 'a.b', 'a.b.c', '...', `${token}.x`]) expect(() => verifyJwt(junk, SECRET, NOW)).toThrow();
  });

  it('refuses alg none and any algorithm but HS256, even with a valid MAC', () => {
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect(() => verifyJwt(none, SECRET, NOW)).toThrow();
    const header = Buffer.from('{"alg":"HS512","typ":"JWT"}').toString('base64url');
    const body = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    const mac = createHmac('sha256', SECRET).update(body).digest('base64url');
    expect(() => verifyJwt(`${body}.${mac}`, SECRET, NOW)).toThrow('unexpected algorithm');
  });
});
