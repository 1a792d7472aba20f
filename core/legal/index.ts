export { createLegalAdvisor, DEFAULT_TUNING, type AdvisorTuning, type LegalAdvisor, type LegalAdvisorOptions } from './advisor.js';
export { ANSWER_TEXT, type LegalAnswer } from './legal-answer.js';
export { loadKnowledgeBase, DEFAULT_KB_DIR, type KnowledgeBase } from './kb-loader.js';
export { loadStatuteFile, DEFAULT_STATUTE_FILE, type StatuteStore } from './statute-store.js';
export type { ArticleRef, KbEntry } from './kb-schema.js';
