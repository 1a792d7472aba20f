import { describe, expect, it } from 'vitest';
import { normaliseForMatch, parseEvalFile, scoreEval } from '../../core/legal/evaluation.js';

const FILE = [
  '# comment',
  'q1|离婚冷静期多久|民法典:1077|三十日或30天,婚姻登记机关',
  'q2|工伤认定要多久|工伤保险条例:20;工伤保险条例:17|60日',
  'q3|怎么申请专利||12348',
].join('\n');

describe('legal evaluation', () => {
  it('parses id|question|citations|keypoints lines with alternatives', () => {
    const [first, , third] = parseEvalFile(FILE);
    expect(first).toEqual({
      id: 'q1',
      question: '离婚冷静期多久',
      citations: [{ law: '民法典', article: 1077 }],
      keypoints: [['三十日', '30天'], ['婚姻登记机关']],
    });
    expect(third?.citations).toEqual([]);
  });

  it('rejects a malformed citation', () => {
    expect(() => parseEvalFile('q|问题|民法典1077|x')).toThrow();
  });

  it('matches key points without punctuation and with Chinese numerals as digits', () => {
    expect(normaliseForMatch('三十日，向婚姻登记机关！')).toBe('30日向婚姻登记机关');
  });

  it('scores hit@1, hit@3, key points and invented citations', () => {
    const cases = parseEvalFile(FILE);
    const scores = scoreEval(
      cases,
      [
        { citations: [{ law: '民法典', article: 1077 }], answer: '冷静期30日，到婚姻登记机关撤回。' },
        { citations: [{ law: '民法典', article: 9999 }, { law: '工伤保险条例', article: 17 }], answer: '六十日内' },
        { citations: [], answer: '这个问题建议咨询12348或律师' },
      ],
      (ref) => ref.article !== 9999,
    );
    expect(scores.hitAt1).toBeCloseTo(2 / 3);
    expect(scores.hitAt3).toBe(1);
    expect(scores.keypointCoverage).toBe(1);
    expect(scores.invented).toEqual([{ id: 'q2', citation: { law: '民法典', article: 9999 } }]);
  });
});
