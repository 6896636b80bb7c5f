/**
 * A plain-text article → the same article as Markdown (`galley convert`, the desk's Save). The
 * Markdown is read back with the parser the build uses; a block that would read back differently
 * from its short form (the quoted words or a credit the copy alone does not give) is written again
 * with every field as an attribute, so the Markdown says what the text parser found.
 */
import { VFile } from "vfile";
import type { Article } from "../model/article.js";
import { parseArticle, type ParseOptions } from "../parse/parse-article.js";
import { articleToMarkdown } from "./to-markdown.js";

export interface Conversion {
  markdown: string;
  /** The article read from the text. */
  article: Article;
  /** The article read back from `markdown`. */
  readBack: Article;
  /** Fields (`headline`, `blocks[3]` …) that still read back differently; empty when none. */
  differences: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Converts an article already parsed (`article`) to Markdown, read back with `options` as the build would. */
export function convertArticle(article: Article, options: ParseOptions = {}): Conversion {
  const explicit = new Set<number>();
  let writeByline = false;
  const markdownPath = (options.contentPath ?? article.source.path).replace(/\.[^./]*$/u, "") + ".md";
  let markdown = "";
  let readBack = article;
  let differences: string[] = [];
  for (let round = 0; round < 3; round++) {
    markdown = articleToMarkdown(article, { explicit, defaultByline: writeByline ? null : article.byline });
    const file = new VFile({ path: markdownPath, value: markdown });
    readBack = parseArticle(file, { ...options, contentPath: markdownPath }).article;
    differences = compare(article, readBack);
    if (differences.length === 0) break;
    if (differences.includes("byline")) writeByline = true;
    const aligned = article.blocks.length === readBack.blocks.length;
    article.blocks.forEach((block, i) => {
      if (!aligned || !same(block, readBack.blocks[i])) explicit.add(i);
    });
  }
  return { markdown, article, readBack, differences };
}

/** The fields of `a` and `b` (all but `source`) that differ, blocks one by one. */
export function compare(a: Article, b: Article): string[] {
  const differences: string[] = [];
  for (const key of Object.keys(a) as (keyof Article)[]) {
    if (key === "source" || key === "blocks") continue;
    if (!same(a[key], b[key])) differences.push(key);
  }
  const count = Math.max(a.blocks.length, b.blocks.length);
  for (let i = 0; i < count; i++) if (!same(a.blocks[i], b.blocks[i])) differences.push(`blocks[${i}]`);
  return differences;
}

/** Parses a text source (with its front matter and fixes) and converts it. */
export function convertText(file: VFile, options: ParseOptions = {}): Conversion & { file: VFile } {
  const { article } = parseArticle(file, options);
  return { ...convertArticle(article, options), file };
}
