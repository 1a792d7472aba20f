import { isAppError } from '../errors/app-error.js';
import { actorFor } from '../people/actor.js';
import { hasRole } from '../people/roles.js';
import { listGroupReports } from '../reports/list-group-reports.js';
import { shortTicket } from '../reports/ticket.js';
import { fillTemplate } from '../workflow/messages.js';
import { answersNo, answersYes, parseCommand, pickedNumber, typedPhone, type ChatCommand } from './chat-commands.js';
import { identifySender, relinkByTypedPhone, saveHomeAddress } from './chat-identity.js';
import { attachChatFile } from './chat-files.js';
import type { DialogueState, Draft } from './dialogue-state.js';
import { InboundMessageSchema, type InboundMessage, type Reply, type SharedLocation } from './inbound-message.js';
import { OneAtATime } from './one-at-a-time.js';
import { REPLIES, commandHelp, helpFor } from './replies.js';
import { fileEmergency, fileReport, startReport } from './report-intake.js';
import { replyReportDetail, replyStatus } from './report-status.js';
import { addDetailsToLatest, askStars, rateLatest, reopenLatest, withdrawLatest } from './resident-followups.js';
import { replyTaskList, runTaskCommand } from './task-commands.js';
import { answerDeleteConfirmation, askDeleteConfirmation } from './delete-request.js';
import type { ConversationDeps, Turn } from './turn.js';

export interface Conversation {
  /** Answers one inbound chat message through `reply`; never throws for what a person wrote. */
  handle(message: InboundMessage, reply: Reply): Promise<void>;
  /** Answers the messages spooled while storage was down, replying into each one's chat. */
  replaySpooled(send: (chatId: string, text: string) => Promise<void>): Promise<{ replayed: number; kept: number }>;
}

/** All chat decisions: the adapter parses a message into an InboundMessage and sends whatever this replies. */
export function createConversation(deps: ConversationDeps): Conversation {
  const perSender = new OneAtATime();
  return {
    async handle(message, reply) {
      const msg = InboundMessageSchema.parse(message);
      // In groups the bot speaks only when spoken to.
      if (msg.isGroup && !msg.mentionsBot) return;
      await perSender.run(msg.senderExternalId, () => answer(deps, msg, reply));
    },
    async replaySpooled(send) {
      if (!deps.spool) return { replayed: 0, kept: 0 };
      return deps.spool.drain((msg) =>
        perSender.run(msg.senderExternalId, () => answer(deps, msg, (text) => send(msg.chatId, text), { replay: true })),
      );
    },
  };
}

async function answer(deps: ConversationDeps, msg: InboundMessage, reply: Reply, options: { replay?: boolean } = {}): Promise<void> {
  const { ctx } = deps;
  const text = msg.text.trim();
  // taxonomy §3: the safety reply goes out before the database, Redis or the classifier are touched.
  const safety = msg.kind === 'text' && !options.replay ? ctx.assessSafety(text) : null;
  if (safety) await reply(safety.reply);
  try {
    if (!options.replay && !(await firstDelivery(deps, msg.messageId))) return;
    const { person, isNew } = await identifySender(ctx, msg);
    const turn: Turn = { msg, text, person, actor: await actorFor(ctx, person), reply };
    if (isNew) await reply(REPLIES.privacyNotice);
    if (safety) {
      await fileEmergency(deps, turn);
      if (isNew) await askCommunity(deps, turn, null);
      return;
    }
    if (msg.file) return await attachChatFile(deps, turn, msg.file);
    if (msg.kind === 'unsupported') return await reply(REPLIES.unsupportedMessage);
    const state = await openQuestion(deps, person.id);
    if (state) {
      await deps.store.clear(person.id);
      if (await answerQuestion(deps, turn, state)) return;
    }
    if (msg.location) return await askProblemAt(deps, turn, msg.location);
    await respond(deps, turn, isNew);
  } catch (error) {
    const storageDown = !isAppError(error) || error.code === 'UNAVAILABLE';
    if (storageDown && options.replay) throw error; // stays in the spool for the next round
    if (storageDown) ctx.logger.error({ err: error, messageId: msg.messageId }, 'chat message failed');
    if (storageDown && deps.spool && !msg.file) {
      await deps.spool.add(msg);
      await reply(REPLIES.spooled);
      return;
    }
    await reply(isAppError(error) ? error.userMessage : REPLIES.unavailable);
  }
}

/** A redelivered message id is dropped; if Redis cannot tell, the message is answered (reports still dedupe in the database). */
async function firstDelivery(deps: ConversationDeps, messageId: string): Promise<boolean> {
  try {
    return await deps.store.firstDelivery(messageId);
  } catch {
    return true;
  }
}

/** The question waiting for this person; if Redis cannot say, the message is taken as a fresh one. */
async function openQuestion(deps: ConversationDeps, personId: number): Promise<DialogueState | null> {
  try {
    return await deps.store.get(personId);
  } catch (err) {
    deps.ctx.logger.warn({ err }, 'dialogue state unavailable');
    return null;
  }
}

async function askCommunity(deps: ConversationDeps, turn: Turn, draft: Draft | null): Promise<void> {
  await deps.store.set(turn.person.id, { kind: 'community', draft });
  await turn.reply(REPLIES.askCommunity);
}

/** The message answers the question the bot asked; false when it plainly does not, and is handled afresh. */
async function answerQuestion(deps: ConversationDeps, turn: Turn, state: DialogueState): Promise<boolean> {
  // Asking how one's data is used, or for its deletion, is never taken as the answer to another question.
  const command = parseCommand(turn.text);
  if (state.kind !== 'confirm_delete' && (command?.kind === 'privacy' || command?.kind === 'delete_me')) return false;
  // A shared place answers only the place question; after any other it starts afresh.
  const { location } = turn.msg;
  if (location && state.kind !== 'place') return false;
  switch (state.kind) {
    case 'community':
      await answerCommunity(deps, turn, state.draft);
      return true;
    case 'place':
      if (location) await fileReport(deps, turn, { ...state.draft, location }, location.label || null);
      else await fileReport(deps, turn, state.draft, /^(我家|家里|就在家)/u.test(turn.text) && turn.person.address ? turn.person.address : turn.text);
      return true;
    case 'problem_at': {
      if (command) return false;
      const understanding = await deps.ctx.quickClassifier.classify(turn.text);
      if (understanding.intent !== 'report') return false;
      await startReport(deps, turn, { text: turn.text, messageId: turn.msg.messageId, onBehalfOf: null, location: state.location }, understanding);
      return true;
    }
    case 'legal_offer':
      if (answersYes(turn.text)) {
        const understanding = await deps.ctx.quickClassifier.classify(state.question);
        await startReport(deps, turn, { text: state.question, messageId: state.messageId, onBehalfOf: null }, understanding);
        return true;
      }
      if (!answersNo(turn.text)) return false;
      await turn.reply(REPLIES.legalOfferDeclined);
      return true;
    case 'pick_report': {
      const ticket = state.tickets[(pickedNumber(turn.text) ?? 0) - 1];
      if (!ticket) return false;
      await replyReportDetail(deps, turn, ticket);
      return true;
    }
    case 'stars': {
      const stars = command?.kind === 'rate' ? command.stars : pickedNumber(turn.text);
      if (stars !== null && stars >= 1 && stars <= 5) await rateLatest(deps, turn, stars, state.ticket);
      else if (command?.kind === 'unsatisfied') await reopenLatest(deps, turn, command.reason, state.ticket);
      else return false;
      return true;
    }
    case 'reopen_reason':
      await reopenLatest(deps, turn, turn.text, state.ticket);
      return true;
    case 'confirm_delete':
      return answerDeleteConfirmation(deps, turn);
  }
}

/** A place shared with nothing said yet: held while the bot asks what is wrong there. */
async function askProblemAt(deps: ConversationDeps, turn: Turn, location: SharedLocation): Promise<void> {
  await deps.store.set(turn.person.id, { kind: 'problem_at', location });
  await turn.reply(fillTemplate(REPLIES.askProblemAt, { place: location.label || REPLIES.sharedPlace }));
}

async function answerCommunity(deps: ConversationDeps, turn: Turn, draft: Draft | null): Promise<void> {
  const phone = typedPhone(turn.text);
  if (phone) {
    const relinked = await relinkByTypedPhone(deps.ctx, turn.person, phone, turn.msg.senderName);
    if (relinked === 'refused') return turn.reply(REPLIES.relinkRefused);
    if (relinked) {
      await turn.reply(fillTemplate(REPLIES.relinked, { name: relinked.name }));
      if (draft) await startAgain(deps, { ...turn, person: relinked, actor: await actorFor(deps.ctx, relinked) }, draft);
      return;
    }
  }
  const person = await saveHomeAddress(deps.ctx, turn.person, turn.text);
  await turn.reply(fillTemplate(REPLIES.communitySaved, { address: turn.text }));
  if (draft) await startAgain(deps, { ...turn, person, actor: await actorFor(deps.ctx, person) }, draft);
}

/** A held-back first report, now that we know who and where the person is. */
async function startAgain(deps: ConversationDeps, turn: Turn, draft: Draft): Promise<void> {
  await startReport(deps, turn, draft, await deps.ctx.quickClassifier.classify(draft.text));
}

async function respond(deps: ConversationDeps, turn: Turn, isNew: boolean): Promise<void> {
  const command = parseCommand(turn.text);
  if (command) return runCommand(deps, turn, command);
  const understanding = await deps.ctx.quickClassifier.classify(turn.text);
  const draft: Draft = { text: turn.text, messageId: turn.msg.messageId, onBehalfOf: null };
  if (isNew && understanding.intent === 'report') return askCommunity(deps, turn, draft);
  switch (understanding.intent) {
    case 'report':
      await startReport(deps, turn, draft, understanding);
      break;
    case 'legal_question': {
      const legal = await deps.legal.answer(turn.text);
      await turn.reply(legal.answer);
      if (legal.offer_report) await deps.store.set(turn.person.id, { kind: 'legal_offer', question: turn.text, messageId: turn.msg.messageId });
      break;
    }
    case 'status_query':
      await replyStatus(deps, turn, understanding.details.tickets[0] ?? null);
      break;
    case 'followup':
      if (!(await addDetailsToLatest(deps, turn))) await replyChitchat(turn);
      break;
    default:
      await replyChitchat(turn);
  }
  if (isNew && !(await openQuestion(deps, turn.person.id))) await askCommunity(deps, turn, null);
}

async function runCommand(deps: ConversationDeps, turn: Turn, command: ChatCommand): Promise<void> {
  const worker = hasRole(turn.actor, 'grid_worker', 'grid_leader', 'centre_staff', 'county_staff');
  switch (command.kind) {
    case 'help':
      return turn.reply(helpFor(turn.actor.roles));
    case 'my_tasks':
      return hasRole(turn.actor, 'grid_worker', 'grid_leader') ? replyTaskList(deps, turn) : turn.reply(`${REPLIES.notWorker}\n${helpFor(turn.actor.roles)}`);
    case 'group_month':
      return hasRole(turn.actor, 'household_leader') ? replyGroupMonth(deps, turn) : replyStatus(deps, turn, null);
    case 'task':
      return worker ? runTaskCommand(deps, turn, command.action, command.ticket, command.note) : turn.reply(`${REPLIES.notWorker}\n${helpFor(turn.actor.roles)}`);
    case 'malformed_task':
      return turn.reply(worker ? commandHelp(command.usage) : `${REPLIES.notWorker}\n${helpFor(turn.actor.roles)}`);
    case 'status':
      return replyStatus(deps, turn, command.ticket);
    case 'withdraw':
      return withdrawLatest(deps, turn);
    case 'rate':
      return rateLatest(deps, turn, command.stars);
    case 'says_fixed':
      return askStars(deps, turn);
    case 'unsatisfied':
      return reopenLatest(deps, turn, command.reason);
    case 'privacy':
      return turn.reply(REPLIES.privacyDetails);
    case 'delete_me':
      return askDeleteConfirmation(deps, turn);
  }
}

async function replyGroupMonth(deps: ConversationDeps, turn: Turn): Promise<void> {
  const reports = await listGroupReports(deps.ctx, turn.actor);
  if (reports.length === 0) return turn.reply(REPLIES.groupListEmpty);
  const list = reports
    .map((r, i) => `${i + 1}. ${shortTicket(r.ticket)} ${r.subtypeLabel ?? REPLIES.typePending} ${r.statusLabel}${r.onBehalfOf ? `（代${r.onBehalfOf.name}）` : ''}`)
    .join('\n');
  await turn.reply(fillTemplate(REPLIES.groupList, { count: String(reports.length), list }));
}

async function replyChitchat(turn: Turn): Promise<void> {
  await turn.reply(`${REPLIES.chitchat}\n${helpFor(turn.actor.roles)}`);
}

