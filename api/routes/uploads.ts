import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors/app-error.js';
import { MAX_PHOTO_BYTES, storePhoto } from '../../core/files/store-photo.js';
import { readPhoto, type PhotoViewer } from '../../core/files/read-photo.js';
import { requireAuth, type ApiEnv } from '../middleware/auth.js';
import { parseWith } from '../validate.js';

/** Room for the multipart boundaries and headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

const UploadForm = z.object({ file: z.instanceof(File, { message: '请选择一张照片' }) });
const PhotoId = z.string().uuid();
const SignedQuery = z.object({ exp: z.string().max(20).optional(), sig: z.string().max(100).optional() });

/**
 * Photos: upload one (multipart field `file`) → {id, url}; the id goes into a report's `photoIds`
 * or a `resolve` action. Mounted ahead of the API's 64 KB body limit, with its own 8 MB one.
 */
export function uploadRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  const auth = requireAuth(ctx);
  const limit = bodyLimit({
    maxSize: MAX_PHOTO_BYTES + MULTIPART_OVERHEAD,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', 'upload too large', { userMessage: '照片太大了（最大 8 MB），请换一张小一点的。' });
    },
  });

  app.post('/uploads', auth, limit, async (c) => {
    const { file } = parseWith(UploadForm, await multipart(c));
    const photo = await storePhoto(ctx, c.get('person').id, Buffer.from(await file.arrayBuffer()));
    return c.json({ id: photo.id, url: ctx.photoUrls.url(photo.id) }, 201);
  });

  app.get('/photos/:id', async (c) => {
    const id = parseWith(PhotoId, c.req.param('id'));
    const signed = ctx.photoUrls.verify(id, parseWith(SignedQuery, c.req.query()));
    const viewer: PhotoViewer = signed ? 'signed-url' : await authenticate(c);
    const photo = await readPhoto(ctx, viewer, id);
    return c.body(new Uint8Array(photo.bytes), 200, {
      'content-type': photo.mime,
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
  });

  /** No valid signature: the bearer token decides, as on every other route. */
  async function authenticate(c: Context<ApiEnv>): Promise<PhotoViewer> {
    await auth(c, async () => undefined);
    return c.get('actor');
  }

  return app;
}

async function multipart(c: Context<ApiEnv>): Promise<Record<string, unknown>> {
  try {
    return await c.req.parseBody();
  } catch (error) {
    throw new AppError('BAD_INPUT', 'unreadable multipart body', { cause: error, userMessage: '照片上传不完整，请重试。' });
  }
}
