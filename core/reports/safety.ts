/** The emergency reply computed in the request (taxonomy §3), before storage or queues are touched. */
export interface SafetyReply {
  hazard: string;
  numbers: readonly string[];
  reply: string;
}

export type SafetyCheck = (text: string) => SafetyReply | null;
