import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/** The mini-program's h5 build (bash scripts/build-miniapp.sh h5). */
export const H5_BUILD_DIR = fileURLToPath(new URL('../../miniapp/dist/h5', import.meta.url));

/**
 * The h5 mini-program under /app/ (hash routing, so every page is /app/#/pages/…) and `/` sent there.
 * The build is looked for on each request, so building while the server runs needs no restart.
 */
export function staticAppRoutes(root = H5_BUILD_DIR) {
  const app = new Hono();
  let files: MiddlewareHandler | undefined;
  const serveFiles = () =>
    (files ??= serveStatic({ root, rewriteRequestPath: (p) => p.replace(/^\/app/, '') }));

  app.get('/', (c) => c.redirect('/app/'));
  app.get('/app', (c) => c.redirect('/app/'));
  app.get('/app/*', async (c, next) => {
    if (!existsSync(path.join(root, 'index.html'))) {
      return c.json({ error: { code: 'NOT_BUILT', message: '小程序网页版还没有构建：请运行 bash scripts/build-miniapp.sh h5' } }, 404);
    }
    const res = await serveFiles()(c, next);
    // Scripts and styles carry a content hash in their names; the page itself must always be fresh.
    res?.headers.set('cache-control', /\.html$|\/$/.test(c.req.path) ? 'no-cache' : 'public, max-age=31536000, immutable');
    return res;
  });
  return app;
}
