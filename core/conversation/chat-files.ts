import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { attachPhotos } from '../files/attach-photos.js';
import { storePhoto } from '../files/store-photo.js';
import { addFollowup } from '../reports/add-followup.js';
import { hasRole } from '../people/roles.js';
import { fillTemplate } from '../workflow/messages.js';
import { AppError } from '../errors/app-error.js';
import type { AppContext } from '../context.js';
import { REPLIES } from './replies.js';
import { latestReport } from './resident-followups.js';
import { ACTIONS } from '../workflow/actions.js';
import type { ConversationDeps, Turn } from './turn.js';

const MAX_VOICE_BYTES = 5 * 1024 * 1024;

/**
 * A photo or voice note: a worker's photo goes with the task they acted on last (the 办结 photo);
 * a resident's goes with their latest open report and its worker is told. Voice notes are kept
 * as they are and marked for the worker to listen to.
 */
export async function attachChatFile(deps: ConversationDeps, turn: Turn, file: { name: string; bytes: Buffer }): Promise<void> {
  const { ctx } = deps;
  const what = turn.msg.kind === 'voice' ? '语音' : '照片';
  if (turn.msg.kind === 'image' && hasRole(turn.actor, 'grid_worker', 'grid_leader')) {
    const task = await ctx.db.selectFrom('reports').select(['id', 'ticket']).where('assignee_id', '=', turn.person.id).orderBy('updated_at', 'desc').executeTakeFirst();
    if (task) {
      const photo = await storePhoto(ctx, turn.person.id, file.bytes);
      await attachPhotos(ctx.db, { photoIds: [photo.id], uploaderId: turn.person.id, reportId: task.id, kind: 'resolution' });
      return turn.reply(fillTemplate(REPLIES.fileAttachedForWorker, { ticket: task.ticket }));
    }
  }
  const report = await latestReport(deps, turn, ACTIONS.withdraw.from);
  if (!report) return turn.reply(fillTemplate(REPLIES.fileWithoutReport, { what }));
  if (turn.msg.kind === 'voice') {
    const key = await storeVoice(ctx, file);
    await addFollowup(ctx, turn.actor, report.ticket, `【${REPLIES.voiceNote}】${key}`);
  } else {
    const photo = await storePhoto(ctx, turn.person.id, file.bytes);
    await attachPhotos(ctx.db, { photoIds: [photo.id], uploaderId: turn.person.id, reportId: report.id, kind: 'report' });
    await addFollowup(ctx, turn.actor, report.ticket, '补充了一张照片');
  }
  await turn.reply(fillTemplate(REPLIES.fileAttached, { what, ticket: report.ticket }));
}

/** Voice notes are not photos (the FileStore takes images only): kept under UPLOAD_DIR/voice as received. */
async function storeVoice(ctx: AppContext, file: { name: string; bytes: Buffer }): Promise<string> {
  if (file.bytes.length > MAX_VOICE_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'voice note too large', { userMessage: '语音太长了，请分几段发送。' });
  const ext = /\.(silk|sil|mp3|amr|wav|m4a)$/i.exec(file.name)?.[1]?.toLowerCase() ?? 'bin';
  const key = `voice/${ctx.clock.now().toISOString().slice(0, 7)}/${randomUUID()}.${ext}`;
  const target = path.join(path.resolve(ctx.config.UPLOAD_DIR), key);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, file.bytes, { flag: 'wx' });
  return key;
}
