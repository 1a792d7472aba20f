import { hasRole } from '../people/roles.js';
import { deleteMyData } from '../privacy/delete-my-data.js';
import { answersNo } from './chat-commands.js';
import { REPLIES } from './replies.js';
import type { ConversationDeps, Turn } from './turn.js';

/** 「删除我的信息」: one confirmation question first, since nothing can be restored afterwards. */
export async function askDeleteConfirmation(deps: ConversationDeps, turn: Turn): Promise<void> {
  if (hasRole(turn.actor, 'grid_worker', 'grid_leader', 'centre_staff', 'county_staff')) return turn.reply(REPLIES.deleteNotForStaff);
  await deps.store.set(turn.person.id, { kind: 'confirm_delete' });
  await turn.reply(REPLIES.confirmDelete);
}

/**
 * The answer to the confirmation. 「确认删除」 deletes at once and says what went and what stays;
 * 「不要」 cancels; anything else cancels too and is then handled as a message of its own (false).
 */
export async function answerDeleteConfirmation(deps: ConversationDeps, turn: Turn): Promise<boolean> {
  if (/^确认删除[。.!！]*$/u.test(turn.text)) {
    const result = await deleteMyData(deps.ctx, turn.person);
    await turn.reply(result.message);
    return true;
  }
  await turn.reply(REPLIES.deleteCancelled);
  return answersNo(turn.text);
}
