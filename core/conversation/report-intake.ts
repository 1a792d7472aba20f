import { submitReport } from '../reports/submit-report.js';
import { SubmitReportSchema } from '../reports/schemas.js';
import { SUBTYPES, URGENCIES, maxUrgency } from '../taxonomy/codes.js';
import { fillTemplate } from '../workflow/messages.js';
import type { Understanding } from '../understanding/understanding.js';
import { AppError } from '../errors/app-error.js';
import type { Draft } from './dialogue-state.js';
import { decidePlace } from './report-place.js';
import { REPLIES } from './replies.js';
import type { ConversationDeps, Turn } from './turn.js';

/** A new report from chat: filed at once when its place is clear, else held while the place is asked once. */
export async function startReport(deps: ConversationDeps, turn: Turn, held: Draft, understanding: Understanding): Promise<void> {
  // A 联户长 writing for a neighbour (「帮3楼王阿姨反映…」 or a forwarded message) files on their behalf.
  const onBehalf = turn.actor.roles.includes('household_leader') && (understanding.details.onBehalfOf || understanding.details.forwarded);
  const draft: Draft = onBehalf ? { ...held, onBehalfOf: { name: (understanding.details.onBehalfOf ?? '邻居').slice(0, 40) } } : held;
  // A place shared from the map is as clear as a place can be.
  const place = draft.location
    ? { kind: 'known' as const, address: draft.location.label || null }
    : decidePlace({ text: draft.text, place: understanding.details.place, homeAddress: turn.person.address }, await deps.ctx.repos.places.grids());
  if (place.kind === 'ask' && (await holdDraft(deps, turn, draft))) {
    await turn.reply(REPLIES.askPlace);
    return;
  }
  await fileReport(deps, turn, draft, place.kind === 'known' ? place.address : null, understanding);
}

/** Keeps the draft while its place is asked; false when Redis cannot hold it, and the report is filed as it is. */
async function holdDraft(deps: ConversationDeps, turn: Turn, draft: Draft): Promise<boolean> {
  try {
    await deps.store.set(turn.person.id, { kind: 'place', draft });
    return true;
  } catch (err) {
    deps.ctx.logger.warn({ err }, 'cannot hold a draft report; filing it without asking');
    return false;
  }
}

/** Stores the report (the draft's message id keeps a redelivery from filing it twice) and confirms it. */
export async function fileReport(
  deps: ConversationDeps,
  turn: Turn,
  draft: Draft,
  address: string | null,
  understanding?: Understanding,
): Promise<void> {
  const parsed = SubmitReportSchema.safeParse({
    text: draft.text,
    ...(address ? { address: address.slice(0, 200) } : {}),
    ...(draft.location ? { location: { lat: draft.location.lat, lng: draft.location.lng } } : {}),
    ...(draft.onBehalfOf ? { onBehalfOf: draft.onBehalfOf } : {}),
  });
  if (!parsed.success) throw new AppError('BAD_INPUT', 'chat report rejected', { userMessage: parsed.error.issues[0]!.message });
  const { report, repeated } = await submitReport(deps.ctx, { reporter: turn.person, input: parsed.data, channel: 'wechat', dedupeKey: draft.messageId });
  if (repeated) {
    await turn.reply(fillTemplate(REPLIES.reportRepeated, { ticket: report.ticket }));
    return;
  }
  const seen = understanding ?? (await deps.ctx.quickClassifier.classify(draft.text));
  const template = draft.onBehalfOf ? REPLIES.reportReceivedOnBehalf : REPLIES.reportReceived;
  await turn.reply(
    fillTemplate(template, {
      name: draft.onBehalfOf?.name,
      type: seen.label ? SUBTYPES[seen.label] : REPLIES.typePending,
      place: address ?? seen.details.place ?? REPLIES.placeUnknown,
      urgency: URGENCIES[maxUrgency(report.urgency, seen.urgency)],
      ticket: report.ticket,
    }),
  );
}

/** An emergency: the safety reply has already gone out; file it now (never held for a question) and say who is alerted. */
export async function fileEmergency(deps: ConversationDeps, turn: Turn): Promise<void> {
  const { report } = await submitReport(deps.ctx, {
    reporter: turn.person,
    input: { text: turn.text },
    channel: 'wechat',
    dedupeKey: turn.msg.messageId,
  });
  await turn.reply(fillTemplate(REPLIES.emergencyFollowUp, { ticket: report.ticket }));
}
