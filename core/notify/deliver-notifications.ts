import type { AppContext } from '../context.js';

/**
 * Pipeline stage 3: hand a batch of owed messages to the delivery port, once each, in the order they
 * were written (a resident reads 「已受理」 before 「已派给」). The ones delivered are marked sent together;
 * a failure is counted and the job retried by the queue, which skips what was already sent.
 */
export async function deliverNotifications(ctx: AppContext, outboxIds: readonly number[]): Promise<void> {
  const messages = (await ctx.repos.outbox.findByIds(outboxIds)).filter((m) => !m.sent_at);
  const sent: number[] = [];
  const failed: number[] = [];
  let firstError: unknown;
  for (const message of messages) {
    try {
      await ctx.delivery.deliver(message);
      sent.push(message.id);
    } catch (error) {
      failed.push(message.id);
      firstError ??= error;
    }
  }
  await ctx.repos.outbox.markSent(sent);
  if (failed.length > 0) {
    await ctx.repos.outbox.countAttempts(failed);
    throw firstError;
  }
}
