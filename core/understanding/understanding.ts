import type { Intent, RiskFlag, Subtype, Urgency } from '../taxonomy/codes.js';

/** What gridmate understood of one inbound message (taxonomy §1–§4 plus what a grid worker needs). */
export interface Understanding {
  intent: Intent;
  /** category.subtype for a report; for a legal question, the subtype it would be filed as; else null. */
  label: Subtype | null;
  urgency: Urgency;
  /** §4 flags except `repeat`, which needs history and is set at intake. */
  flags: RiskFlag[];
  /** 0–1 for the label (for the intent when there is no label). */
  confidence: number;
  source: ClassifierSource;
  /** Short Chinese summary for the worker's task card. */
  summary: string;
  details: MessageDetails;
}

export type ClassifierSource = 'offline' | 'claude';

export interface MessageDetails {
  /** Address or place text as written (「幸福小区5栋2单元」, 「李家村三组」), or null. */
  place: string | null;
  /** The other party or parties named (「楼上」, 「老板」, 「物业」). */
  parties: string[];
  /** Number of people involved, when stated. */
  peopleCount: number | null;
  /** Phone numbers found in the text (normalised digits); mask them before display to other roles. */
  phones: string[];
  /** Time words (「昨晚」, 「三天了」, 「每天晚上十点以后」). */
  timeWords: string[];
  /** Ticket numbers (GX20261122-0007) or short suffixes (0007) mentioned. */
  tickets: string[];
  /** Forwarded for someone else (「帮邻居反映」, 「转发」, 「我是联户长」). */
  forwarded: boolean;
  /** Who it is on behalf of, when said (「3楼王阿姨」). */
  onBehalfOf: string | null;
}

export interface Classifier {
  classify(text: string): Promise<Understanding>;
}
