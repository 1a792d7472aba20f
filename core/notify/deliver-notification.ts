import type { AppContext } from '../context.js';

/** Pipeline stage 3: hand one owed message to the delivery port, once. A failure is retried by the queue. */
export async function deliverNotification(ctx: AppContext, outboxId: number): Promise<void> {
  const message = await ctx.repos.outbox.findById(outboxId);
  if (!message || message.sent_at) return;
  try {
    await ctx.delivery.deliver(message);
  } catch (error) {
    await ctx.repos.outbox.countAttempt(outboxId);
    throw error;
  }
  await ctx.repos.outbox.markSent(outboxId);
}
