/** Queue names and job payloads: the queues carry ids only, the database holds the truth. */
export const QUEUE_NAMES = {
  classify: 'classify',
  route: 'route',
  notify: 'notify',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export interface ReportJob {
  reportId: number;
}
export interface NotifyJob {
  outboxId: number;
}

/** BullMQ job ids must not contain ':' nor be all digits; one id per report and stage makes retries idempotent. */
export const jobIds = {
  classify: (reportId: number) => `classify-${reportId}`,
  route: (reportId: number) => `route-${reportId}`,
  notify: (outboxId: number) => `notify-${outboxId}`,
};
