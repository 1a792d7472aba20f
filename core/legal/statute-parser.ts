import { ARTICLE_NUMBER, parseArticleNumber } from './article-number.js';

const ARTICLE_START = new RegExp(`^第(${ARTICLE_NUMBER})条[\\s\\u3000]*(.*)$`);
/** Structure lines (第一编 / 第二章 / 第三节 …) that some collections leave without a # mark. */
const STRUCTURE_LINE = new RegExp(`^第(?:${ARTICLE_NUMBER})[编分章节](?:[\\s\\u3000]|$)`);

/**
 * Parses one law's markdown text into article number → text. An article starts at a line
 * 「第N条」 (Arabic or Chinese numerals); its further paragraphs follow until the next article.
 * Headings (#), quoted metadata (>) and structure lines belong to no article.
 */
export function parseStatuteMarkdown(markdown: string): Map<number, string> {
  const articles = new Map<number, string>();
  let current: { number: number; lines: string[] } | null = null;
  const flush = () => {
    if (current) articles.set(current.number, current.lines.join('\n').trim());
  };
  for (const rawLine of markdown.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (line.startsWith('#') || line.startsWith('>') || STRUCTURE_LINE.test(line)) {
      flush();
      current = null;
      continue;
    }
    const start = ARTICLE_START.exec(line);
    const number = start ? parseArticleNumber(start[1] ?? '') : null;
    if (start && number !== null) {
      flush();
      current = { number, lines: [start[2] ?? ''] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  flush();
  return articles;
}

/** 「中华人民共和国劳动合同法.md」 → 「劳动合同法」: laws are keyed by their short name. */
export function lawNameFromFileName(fileName: string): string {
  return fileName.replace(/\.md$/i, '').replace(/^中华人民共和国/, '').trim();
}
