import { INTENTS, SUBTYPES, type Intent, type Subtype } from '../taxonomy/codes.js';
import { maskSensitiveText } from '../privacy/mask.js';

const MAX_GIST = 40;

/** 「邻里纠纷｜幸福小区5栋2单元｜楼上天天半夜装修…」: type, place, then the gist, with numbers masked. */
export function summarize(text: string, intent: Intent, label: Subtype | null, place: string | null): string {
  const gist = maskSensitiveText(text.replace(/\s+/gu, ' ').trim());
  const shortGist = [...gist].length > MAX_GIST ? `${[...gist].slice(0, MAX_GIST).join('')}…` : gist;
  const kind = intent === 'report' && label ? SUBTYPES[label] : INTENTS[intent];
  return [kind, place, shortGist].filter(Boolean).join('｜');
}
