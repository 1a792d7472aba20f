import { fileURLToPath } from 'node:url';
import { CATEGORY_CODES, SUBTYPE_CODES, categoryOf, type Intent, type RiskFlag, type Subtype, type Urgency } from '../../taxonomy/codes.js';
import { applyRules, type RawDecision } from '../decision.js';
import { FOUND_AGAIN, FUTURE, INTERMITTENT_GONE, PRESENT, SAFE_NOW, STALKING, SUPPOSED_HAZARD, SUPPOSED_OPENING, TAKEN_AWAY_BY_POLICE } from '../rules/cues.js';
import { isJoke } from '../rules/present-danger.js';
import type { Classifier, Understanding } from '../understanding.js';
import { analyseMessage, type MessageAnalysis } from './analyse.js';
import type { ModelFlag } from './heads.js';
import { LinearModel, argmax } from './linear-model.js';

/** For each subtype index, the index of its category (both in the model heads' order). */
const CATEGORY_OF_SUBTYPE = SUBTYPE_CODES.map((subtype) => CATEGORY_CODES.indexOf(categoryOf(subtype)));

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../model/classifier.json', import.meta.url));

/**
 * Urgency is asymmetric: a missed emergency can cost a life, a false alarm costs a phone call.
 * So 「紧急」 is chosen at a probability well below one half when the message says the danger is
 * now (「正在」「还在」「快来」), and at a higher one otherwise (re-chosen on the dev sets once the
 * general danger-now rules carried most emergencies: 0.3 gave past threats 「现在住在朋友家」 as emergencies).
 */
export const EMERGENCY_PROBABILITY = { saysNow: 0.45, otherwise: 0.6 };
export const URGENT_OR_HIGHER_PROBABILITY = 0.2;
/**
 * A flag is set at this probability. `vulnerable` lower: the rules flag only vulnerable conditions and old
 * people or children at risk, and leave every other mention of them to the model (chosen on the held-out
 * split and grouped cross-validation: precision stays, recall comes back).
 */
const FLAG_PROBABILITY: Record<ModelFlag, number> = { violence_risk: 0.5, group: 0.5, vulnerable: 0.3, self_harm: 0.5 };

/**
 * The words say the danger is not under way: planned for later, come and gone, found again, supposed or on the
 * news, or a fire only supposed (「一楼是纸箱仓库，真着火了跑都跑不出来」: a hazard, 「较急」 at most). Stalking is
 * under way only with the stalker at the door or outside the writer's hiding place now, which the safety rules
 * judge; told otherwise (「跟了我快一个月了…下夜班他就在厂门口等」) it is a credible risk (taxonomy §3).
 */
function notUnderWay(text: string, saysNow: boolean): boolean {
  const later = !saysNow && (FUTURE.test(text) || SUPPOSED_HAZARD.test(text));
  return later || INTERMITTENT_GONE.test(text) || FOUND_AGAIN.test(text) || SUPPOSED_OPENING.test(text) || STALKING.test(text);
}

/**
 * A fight that is over because the police took the attackers away (「派出所来把人带走了，我的损失谁管」), with no
 * risk left that the rules see (no threat to kill, no crowd): what is left is the damage.
 */
function endedByPolice(analysis: MessageAnalysis): boolean {
  return !analysis.risk.urgent && TAKEN_AWAY_BY_POLICE.test(analysis.text);
}

/** The offline classifier: rules plus the trained linear model, no network. */
export class OfflineClassifier implements Classifier {
  constructor(private readonly model: LinearModel) {}

  static load(path: string = DEFAULT_MODEL_PATH): OfflineClassifier {
    return new OfflineClassifier(LinearModel.load(path));
  }

  classify(text: string): Promise<Understanding> {
    return Promise.resolve(this.understand(text));
  }

  /** Synchronous core, for the CLI, the bench and the Claude fallback. */
  understand(text: string): Understanding {
    const analysis = analyseMessage(text);
    return applyRules(this.decide(analysis), analysis, 'offline');
  }

  decide(analysis: MessageAnalysis): RawDecision {
    const features = this.model.encode(analysis.features);
    const value = this.model.featureValue(features.length);
    const intents = this.model.predict('intent', features, value);
    const intent = intents.classes[argmax(intents.probabilities)] as Intent;
    let confidence = Math.max(...intents.probabilities);
    let label: Subtype | null = null;
    if (intent === 'report' || intent === 'legal_question') {
      const labels = this.labelProbabilities(features, value);
      const best = argmax(labels);
      label = SUBTYPE_CODES[best]!;
      confidence = labels[best]!;
    }
    const saysNow = PRESENT.test(analysis.text);
    let urgency = this.urgency(features, value, saysNow, SAFE_NOW.test(analysis.text));
    // What the words show is not under way now caps the model (the safety rules still judge the message):
    // banter, or a fight the police ended by taking the attackers away, is 「一般」; a fight planned for later, a
    // hazard that comes and goes, a supposed case or the news (「如果有人拿着刀砸门，我打伤他算正当防卫吗」) is at
    // most 「较急」.
    if (urgency !== 'normal' && !analysis.safety && (isJoke(analysis.text) || endedByPolice(analysis))) urgency = 'normal';
    else if (urgency === 'emergency' && !analysis.safety && notUnderWay(analysis.text, saysNow)) urgency = 'urgent';
    const flagHead = this.model.predict('flags', features, value);
    const flags = flagHead.classes.filter((flag, i) => flagHead.probabilities[i]! >= FLAG_PROBABILITY[flag as ModelFlag]) as RiskFlag[];
    return { intent, label, urgency, flags, confidence };
  }

  /** P(subtype) × P(its category), renormalised: the category head settles close calls between categories. */
  private labelProbabilities(features: number[], value: number): number[] {
    const subtypes = this.headProbabilities('label', features, value);
    const categories = this.headProbabilities('category', features, value);
    const joint = subtypes.map((p, i) => p * categories[CATEGORY_OF_SUBTYPE[i]!]!);
    const total = joint.reduce((sum, p) => sum + p, 0);
    return joint.map((p) => p / total);
  }

  /** The logistic head's calibrated probabilities, averaged with its complement naive Bayes twin when the model has one. */
  private headProbabilities(head: 'label' | 'category', features: number[], value: number): number[] {
    const own = this.model.predict(head, features, value).probabilities;
    const twin = `${head}Nb`;
    if (!this.model.hasHead(twin)) return own;
    const nb = this.model.predict(twin, features, value).probabilities;
    return own.map((p, i) => (p + nb[i]!) / 2);
  }

  private urgency(features: number[], value: number, saysNow: boolean, safeNow: boolean): Urgency {
    const [, urgent = 0, emergency = 0] = this.model.predict('urgency', features, value).probabilities;
    // Someone who says they are safe now reports a danger that has passed; the safety rules still judge it.
    if (!safeNow && emergency >= EMERGENCY_PROBABILITY[saysNow ? 'saysNow' : 'otherwise']) return 'emergency';
    return urgent + emergency >= URGENT_OR_HIGHER_PROBABILITY ? 'urgent' : 'normal';
  }
}
