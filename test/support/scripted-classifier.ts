import type { Classifier, Understanding } from '../../core/understanding/understanding.js';

/**
 * A classifier double for pipeline tests that must not depend on the statistical model:
 * each test says what a given text means. Unknown texts are low-confidence `other`.
 */
export class ScriptedClassifier implements Classifier {
  private readonly answers = new Map<string, Partial<Understanding>>();

  when(text: string, answer: Partial<Understanding>): this {
    this.answers.set(text, answer);
    return this;
  }

  async classify(text: string): Promise<Understanding> {
    const answer = this.answers.get(text) ?? { intent: 'other', label: null, confidence: 0.2 };
    return {
      intent: 'report',
      label: null,
      urgency: 'normal',
      flags: [],
      confidence: 0.9,
      source: 'offline',
      summary: text.slice(0, 40),
      details: { place: null, parties: [], peopleCount: null, phones: [], timeWords: [], tickets: [], forwarded: false, onBehalfOf: null },
      ...answer,
    };
  }
}
