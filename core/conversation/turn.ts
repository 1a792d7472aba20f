import type { AppContext } from '../context.js';
import type { LegalAdvisor } from '../legal/index.js';
import type { PersonActor } from '../people/actor.js';
import type { PersonRow } from '../storage/schema.js';
import type { DialogueStore } from './dialogue-state.js';
import type { InboundSpool } from './inbound-spool.js';
import type { InboundMessage, Reply } from './inbound-message.js';

/** What the conversation needs from the rest of gridmate. */
export interface ConversationDeps {
  ctx: AppContext;
  store: DialogueStore;
  legal: LegalAdvisor;
  /** Where messages wait while storage is down (absent: the sender is asked to resend). */
  spool?: InboundSpool;
}

/** One inbound message being answered: who sent it, as whom they act, and where replies go. */
export interface Turn {
  msg: InboundMessage;
  text: string;
  person: PersonRow;
  actor: PersonActor;
  reply: Reply;
}
