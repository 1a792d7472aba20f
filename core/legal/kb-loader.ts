import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  KbEntriesFileSchema,
  KbVersionSchema,
  LayTermsSchema,
  type KbEntry,
  type KbVersion,
  type LayTerms,
} from './kb-schema.js';

export interface KnowledgeBase {
  entries: KbEntry[];
  layTerms: LayTerms['map'];
  version: KbVersion | null;
}

/** The knowledge base shipped with the project. */
export const DEFAULT_KB_DIR = fileURLToPath(new URL('./kb/', import.meta.url));

const ENTRY_FILE = /^entries-.+\.json$/;

/**
 * Loads entries-*.json, lay-terms.json and VERSION.json from a folder. A malformed file or a
 * duplicate id throws: a half-valid knowledge base would give confident wrong answers.
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KB_DIR): KnowledgeBase {
  if (!existsSync(dir)) return { entries: [], layTerms: {}, version: null };
  const entryFiles = readdirSync(dir).filter((f) => ENTRY_FILE.test(f)).sort();
  const entries = entryFiles.flatMap((f) => readJson(path.join(dir, f), KbEntriesFileSchema));
  assertUniqueIds(entries);
  const layTermsFile = path.join(dir, 'lay-terms.json');
  const versionFile = path.join(dir, 'VERSION.json');
  return {
    entries,
    layTerms: existsSync(layTermsFile) ? readJson(layTermsFile, LayTermsSchema).map : {},
    version: existsSync(versionFile) ? readJson(versionFile, KbVersionSchema) : null,
  };
}

function readJson<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid knowledge-base file ${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

function assertUniqueIds(entries: KbEntry[]): void {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) throw new Error(`duplicate knowledge-base entry id: ${id}`);
    seen.add(id);
  }
}
