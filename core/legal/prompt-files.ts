import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PROMPT_DIR = new URL('../../prompts/legal/', import.meta.url);

/** The legal prompts (prompts/legal/*.md), read once when the Claude answerer is created. */
export function readLegalPrompt(name: 'system' | 'user' | 'tool'): string {
  return readFileSync(fileURLToPath(new URL(`${name}.md`, PROMPT_DIR)), 'utf8').trim();
}

/** Fills {{name}} placeholders; a placeholder without a value is a bug in the caller, so it throws. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`prompt placeholder without value: ${key}`);
    return value;
  });
}
