/**
 * Imports full statute texts so answers can quote them:
 *   npm run kb:import -- DIR [--out FILE]
 * DIR holds one markdown file per law, named by its short name (民法典.md); articles start with
 * 「第N条」 in Arabic or Chinese numerals. The store (default var/statutes/statutes.json) is gitignored.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_STATUTE_FILE, readStatuteFolder, saveStatuteFile } from '../core/legal/statute-store.js';

const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: DEFAULT_STATUTE_FILE } }, allowPositionals: true });
const [dir] = positionals;
const out = values.out;
if (!dir || positionals.length > 1) {
  process.stderr.write('usage: npm run kb:import -- DIR [--out FILE]\n');
  process.exit(2);
}

const laws = readStatuteFolder(dir);
if (laws.size === 0) {
  process.stderr.write(`no articles found in ${dir}\n`);
  process.exit(1);
}
saveStatuteFile(out, laws);
for (const [law, articles] of laws) process.stdout.write(`${law}\t${articles.size} articles\n`);
process.stdout.write(`imported ${laws.size} laws into ${out}\n`);
