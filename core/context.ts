import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AppConfig } from './config.js';
import type { Db } from './storage/database.js';
import type { PipelineQueues } from './queue/pipeline-queues.js';
import type { Classifier } from './understanding/understanding.js';
import type { Delivery } from './notify/delivery.js';
import type { SafetyCheck } from './reports/safety.js';
import { ReportsRepository } from './storage/repositories/reports-repository.js';
import { PeopleRepository } from './storage/repositories/people-repository.js';
import { PlacesRepository } from './storage/repositories/places-repository.js';
import { OutboxRepository } from './storage/repositories/outbox-repository.js';
import { TicketAllocator } from './storage/repositories/ticket-allocator.js';
import type { FileStore } from './files/file-store.js';
import { FolderFileStore } from './files/folder-file-store.js';
import { createPhotoUrlSigner, type PhotoUrlSigner } from './files/photo-url.js';

export interface Repositories {
  reports: ReportsRepository;
  people: PeopleRepository;
  places: PlacesRepository;
  outbox: OutboxRepository;
  tickets: TicketAllocator;
}

export function createRepositories(db: Db, ticketBlockSize = 1): Repositories {
  return {
    tickets: new TicketAllocator(db, ticketBlockSize),
    reports: new ReportsRepository(db),
    people: new PeopleRepository(db),
    places: new PlacesRepository(db),
    outbox: new OutboxRepository(db),
  };
}

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Everything a use-case needs, passed explicitly: adapters build one, tests build their own. */
export interface AppContext {
  config: AppConfig;
  db: Db;
  repos: Repositories;
  queues: PipelineQueues;
  /** The producers' Redis connection, for shared counters such as rate limits. */
  redis: Redis;
  classifier: Classifier;
  /** The offline classifier, for live suggestions while someone types. */
  quickClassifier: Classifier;
  assessSafety: SafetyCheck;
  /** Reports below this classifier confidence wait in triage instead of being routed on a guess. */
  triageThreshold: number;
  delivery: Delivery;
  /** Uploaded photos (config UPLOAD_DIR unless a test or deployment passes another store). */
  files: FileStore;
  photoUrls: PhotoUrlSigner;
  clock: Clock;
  logger: Logger;
}

export interface ContextParts {
  config: AppConfig;
  db: Db;
  queues: PipelineQueues;
  /** The producers' Redis connection, for shared counters such as rate limits. */
  redis: Redis;
  classifier: Classifier;
  quickClassifier?: Classifier;
  assessSafety: SafetyCheck;
  triageThreshold: number;
  delivery: Delivery;
  logger: Logger;
  clock?: Clock;
  files?: FileStore;
}

/** Assembles a context from its parts; the runtime and the tests build theirs the same way. */
export function createAppContext(parts: ContextParts): AppContext {
  const clock = parts.clock ?? systemClock;
  return {
    ...parts,
    quickClassifier: parts.quickClassifier ?? parts.classifier,
    repos: createRepositories(parts.db, parts.config.TICKET_BLOCK_SIZE),
    files: parts.files ?? new FolderFileStore(parts.config.UPLOAD_DIR),
    photoUrls: createPhotoUrlSigner(parts.config.JWT_SECRET, () => clock.now()),
    clock,
  };
}
