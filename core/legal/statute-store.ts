import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { lawNameFromFileName, parseStatuteMarkdown } from './statute-parser.js';

/** Full statute texts, when a deployer has imported them: used to quote and to verify articles. */
export interface StatuteStore {
  readonly laws: readonly string[];
  text(law: string, article: number): string | undefined;
}

const StatuteFileSchema = z.object({
  importedAt: z.string(),
  laws: z.record(z.string().min(1), z.record(z.string().regex(/^\d+$/), z.string())),
});
type StatuteFile = z.infer<typeof StatuteFileSchema>;

export const DEFAULT_STATUTE_FILE = fileURLToPath(new URL('../../var/statutes/statutes.json', import.meta.url));

export function statuteStoreFrom(laws: Map<string, Map<number, string>>): StatuteStore {
  return {
    laws: [...laws.keys()],
    text: (law, article) => laws.get(law)?.get(article),
  };
}

/** Reads every *.md in a folder (one law per file, named by its short name); files without articles are skipped. */
export function readStatuteFolder(dir: string): Map<string, Map<number, string>> {
  const laws = new Map<string, Map<number, string>>();
  for (const file of readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.md')).sort()) {
    const articles = parseStatuteMarkdown(readFileSync(path.join(dir, file), 'utf8'));
    if (articles.size > 0) laws.set(lawNameFromFileName(file), articles);
  }
  return laws;
}

export function saveStatuteFile(file: string, laws: Map<string, Map<number, string>>): void {
  const data: StatuteFile = {
    importedAt: new Date().toISOString(),
    laws: Object.fromEntries([...laws].map(([law, articles]) => [law, Object.fromEntries(articles)])),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(data));
}

/** The imported store, or null when nothing was imported (answers then cite without quoting). */
export function loadStatuteFile(file: string = DEFAULT_STATUTE_FILE): StatuteStore | null {
  if (!existsSync(file)) return null;
  const data = StatuteFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return statuteStoreFrom(
    new Map(
      Object.entries(data.laws).map(([law, articles]) => [
        law,
        new Map(Object.entries(articles).map(([n, text]) => [Number(n), text])),
      ]),
    ),
  );
}
