/** Parses an article written inline, as `galley parse` would. */
import { VFile } from "vfile";
import type { Article, Block } from "../../src/model/article.js";
import { parseArticle } from "../../src/parse/index.js";

export function parse(text: string, path = "story.txt", language = "en"): Article & { messages: string[] } {
  const file = new VFile({ path, value: text });
  const { article } = parseArticle(file, { language, contentPath: path });
  return { ...article, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) };
}

export const md = (text: string) => parse(text, "story.md");

/** The blocks of one type. */
export function blocksOf<T extends Block["type"]>(article: Article, type: T): Extract<Block, { type: T }>[] {
  return article.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
}
