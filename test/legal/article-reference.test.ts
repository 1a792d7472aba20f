import { describe, expect, it } from 'vitest';
import { createArticleReferenceFinder } from '../../core/legal/article-reference.js';

const find = createArticleReferenceFinder(['民法典', '劳动法', '劳动合同法', '劳动争议调解仲裁法']);

describe('article reference in a question', () => {
  it.each([
    ['民法典第1084条说的是什么', '民法典', 1084],
    ['劳动合同法第八十二条', '劳动合同法', 82],
    ['《民法典》第一千零八十四条规定了什么', '民法典', 1084],
    ['中华人民共和国劳动法第四十四条', '劳动法', 44],
    ['民法典1077条冷静期', '民法典', 1077],
  ])('%s → %s %i', (question, law, article) => {
    expect(find(question)).toEqual({ law, article });
  });

  it('finds nothing when no known law is named with an article number', () => {
    expect(find('离婚冷静期多久')).toBeNull();
    expect(find('刑法第133条')).toBeNull();
    expect(find('民法典里关于离婚的规定')).toBeNull();
  });
});
