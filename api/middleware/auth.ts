import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors/app-error.js';
import type { Actor } from '../../core/people/roles.js';
import type { PersonRow } from '../../core/storage/schema.js';
import { signJwt, verifyJwt } from './jwt-hs256.js';

export type ApiEnv = { Variables: { actor: Extract<Actor, { kind: 'person' }>; person: PersonRow } };

const TOKEN_TTL_SECONDS = 7 * 24 * 3600;

export async function issueToken(ctx: AppContext, personId: number, ttlSeconds = TOKEN_TTL_SECONDS): Promise<string> {
  const now = Math.floor(ctx.clock.now().getTime() / 1000);
  return signJwt({ sub: String(personId), iat: now, exp: now + ttlSeconds }, ctx.config.JWT_SECRET);
}

export function actorOf(person: PersonRow, townshipOfGrid: number | null): Extract<Actor, { kind: 'person' }> {
  return { kind: 'person', personId: person.id, roles: person.roles, homeGridId: person.home_grid_id, townshipId: person.township_id ?? townshipOfGrid };
}

/**
 * Bearer-token authentication. The person is re-read on every request so that a role change or a
 * removed account takes effect at once, not when the token expires.
 */
export function requireAuth(ctx: AppContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    if (!token) throw new AppError('UNAUTHENTICATED', 'missing bearer token');
    let personId: number;
    try {
      const claims = verifyJwt(token, ctx.config.JWT_SECRET, Math.floor(ctx.clock.now().getTime() / 1000));
      personId = Number(claims.sub);
    } catch {
      throw new AppError('UNAUTHENTICATED', 'invalid or expired token', { userMessage: '登录已过期，请重新登录。' });
    }
    const person = Number.isInteger(personId) ? await ctx.repos.people.loadById(personId) : undefined;
    if (!person) throw new AppError('UNAUTHENTICATED', 'unknown person', { userMessage: '账号不存在，请重新登录。' });
    // A person who had their data deleted keeps a row for the statistics, never a login.
    if (person.erased_at) throw new AppError('UNAUTHENTICATED', 'erased person', { userMessage: '账号已注销。' });
    const grid = person.home_grid_id !== null ? await ctx.repos.places.gridById(person.home_grid_id) : undefined;
    c.set('person', person);
    c.set('actor', actorOf(person, grid?.township_id ?? null));
    await next();
  };
}
