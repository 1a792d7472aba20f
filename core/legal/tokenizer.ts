import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export type Tokenize = (text: string) => string[];

/** Words that carry no topic in residents' questions (怎么办, 可以, 我 …); BM25 would only add noise for them. */
const STOPWORDS = new Set(
  ('的 了 吗 呢 吧 啊 呀 么 嘛 哦 我 你 您 他 她 它 我们 你们 他们 是 在 有 和 与 及 或 或者 就 都 也 还 又 ' +
    '要 会 能 能不能 可以 可不可以 怎么 怎么办 怎么样 怎样 如何 什么 啥 哪些 哪里 哪儿 多少 多久 几 个 这 那 这个 那个 ' +
    '这样 那样 被 把 给 对 让 说 请问 想 想问 问 问下 一下 该 应该 自己 吗 是不是 有没有 还是 如果 但是 因为 所以 ' +
    '就是 这种 那种 现在 已经 一直 等 呗 得 地 着 过 去 来 上 下 里 中')
    .split(' '),
);
/** Characters that carry no topic on their own; a bigram of two of them (怎么, 我们) is left out of the bigram query. */
const STOP_CHARS = new Set([...'的了吗呢吧啊呀么嘛哦我你您他她它们是在有和与及或就都也还又要会能可以怎么办样如何什啥哪些儿多少几个这那被把给对让说请问想一该应自己吧呗得着过来去上下里中']);

export function isStopword(char: string): boolean {
  return STOP_CHARS.has(char);
}

const NO_TOPIC = /^[\p{P}\p{S}\p{Z}\s\d]*$/u;

const jiebaByUserDict = new Map<string, Jieba>();

/**
 * A jieba tokenizer (search mode, so 「离婚冷静期」 also yields 「冷静期」) with the legal and lay terms of the
 * knowledge base added as user words, so terms like 相邻关系 or 冷静期 stay whole. Instances are cached by
 * user dictionary because loading jieba's main dictionary takes ~0.2 s.
 */
export function createTokenizer(userWords: Iterable<string> = []): Tokenize {
  const userDict = [...new Set(userWords)].filter((w) => !/\s/.test(w)).sort().map((w) => `${w} 2000 n`).join('\n');
  let jieba = jiebaByUserDict.get(userDict);
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    if (userDict) jieba.loadDict(Buffer.from(userDict));
    jiebaByUserDict.set(userDict, jieba);
  }
  const segmenter = jieba;
  return (text) =>
    segmenter
      .cutForSearch(text.toLowerCase(), true)
      .filter((token) => !NO_TOPIC.test(token) && !STOPWORDS.has(token));
}
