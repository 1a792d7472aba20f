import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

/** Either the database or an open transaction: repositories write through whichever they are given. */
export type Executor = Kysely<Database> | Transaction<Database>;
