import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseStatuteMarkdown } from '../../core/legal/statute-parser.js';
import { loadStatuteFile, readStatuteFolder, saveStatuteFile } from '../../core/legal/statute-store.js';
import { FIXTURE_STATUTES_DIR } from './support.js';

describe('statute markdown parser', () => {
  it('reads articles numbered in Chinese or Arabic numerals and keeps later paragraphs with their article', () => {
    const articles = parseStatuteMarkdown(
      ['# 某法', '> 全称：某法', '', '第一千零七十七条　第一段。', '第二段。', '', '第82条　另一条。'].join('\n'),
    );
    expect([...articles.keys()]).toEqual([1077, 82]);
    expect(articles.get(1077)).toBe('第一段。\n第二段。');
  });

  it('leaves headings, quoted metadata and bare chapter lines out of article text', () => {
    const articles = parseStatuteMarkdown(['第一条　甲。', '## 第二章　乙', '> 注释', '第一章　总则', '第二条　丙。'].join('\n'));
    expect(articles.get(1)).toBe('甲。');
    expect(articles.get(2)).toBe('丙。');
  });

  it('does not start an article at a paragraph that merely begins with 第 (第三人…)', () => {
    const articles = parseStatuteMarkdown(['第5条　主文。', '第三人主张权利的，应当通知。'].join('\n'));
    expect(articles.get(5)).toBe('主文。\n第三人主张权利的，应当通知。');
  });
});

describe('statute import', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a folder by short law name, skips files without articles, and round-trips through the store file', () => {
    const laws = readStatuteFolder(FIXTURE_STATUTES_DIR);
    expect([...laws.keys()].sort()).toEqual(['劳动合同法', '民法典']);
    dir = mkdtempSync(path.join(tmpdir(), 'statutes-'));
    const file = path.join(dir, 'statutes.json');
    saveStatuteFile(file, laws);
    const store = loadStatuteFile(file);
    expect(store?.text('民法典', 1084)).toContain('两周岁');
    expect(store?.text('劳动合同法', 82)).toContain('二倍的工资');
    expect(store?.text('民法典', 1077)?.split('\n')).toHaveLength(2);
  });

  it('reports no store when nothing was imported', () => {
    expect(loadStatuteFile('/nonexistent/statutes.json')).toBeNull();
  });
});
