import type { Db } from '../database.js';
import type { OutboxRow } from '../schema.js';
import type { Executor } from './executor.js';

export interface NewOutboxMessage {
  recipient_id: number | null;
  audience: 'person' | 'township' | 'county';
  report_id: number | null;
  kind: string;
  text: string;
}

/** Every message the system owes someone, written with the change that caused it, delivered later. */
export class OutboxRepository {
  constructor(private readonly db: Db) {}

  async add(messages: NewOutboxMessage[], ex: Executor = this.db): Promise<number[]> {
    if (messages.length === 0) return [];
    const rows = await ex.insertInto('outbox').values(messages).returning('id').execute();
    return rows.map((r) => r.id);
  }

  async findByIds(ids: readonly number[]): Promise<OutboxRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom('outbox').selectAll().where('id', 'in', [...ids]).orderBy('id').execute();
  }

  async markSent(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.updateTable('outbox').set({ sent_at: new Date() }).where('id', 'in', [...ids]).execute();
  }

  async countAttempts(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.updateTable('outbox').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('id', 'in', [...ids]).execute();
  }

  async unsent(olderThan: Date): Promise<OutboxRow[]> {
    return this.db
      .selectFrom('outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('created_at', '<', olderThan)
      .orderBy('id')
      .limit(1000)
      .execute();
  }

  async forRecipient(personId: number): Promise<OutboxRow[]> {
    return this.db.selectFrom('outbox').selectAll().where('recipient_id', '=', personId).orderBy('id').execute();
  }

  async forReport(reportId: number): Promise<OutboxRow[]> {
    return this.db.selectFrom('outbox').selectAll().where('report_id', '=', reportId).orderBy('id').execute();
  }
}
