import { appendFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InboundMessageSchema, type InboundMessage } from './inbound-message.js';

/**
 * Chat messages that could not be stored (the database or Redis down) wait in a local file and are
 * replayed when storage returns, so nothing a resident sent is lost. Replays are safe: a report
 * is deduplicated by the chat message id in the database.
 */
export class InboundSpool {
  constructor(private readonly file: string) {}

  async add(message: InboundMessage): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(message)}\n`, 'utf8');
  }

  /** Replays every spooled message in order; those that fail again go back for the next round. */
  async drain(replay: (message: InboundMessage) => Promise<void>): Promise<{ replayed: number; kept: number }> {
    const taking = `${this.file}.draining`;
    try {
      await rename(this.file, taking);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { replayed: 0, kept: 0 };
      throw error;
    }
    const lines = (await readFile(taking, 'utf8')).split('\n').filter(Boolean);
    const failed: InboundMessage[] = [];
    for (const line of lines) {
      const parsed = InboundMessageSchema.safeParse(JSON.parse(line));
      if (!parsed.success) continue;
      try {
        await replay(parsed.data);
      } catch {
        failed.push(parsed.data);
      }
    }
    for (const message of failed) await this.add(message);
    await rm(taking, { force: true });
    return { replayed: lines.length - failed.length, kept: failed.length };
  }
}
