/**
 * One source file → one Article. Front matter first, then the body: Markdown through mdast,
 * plain text through the line reader. Problems become messages on the vfile.
 */
import slugify from "@sindresorhus/slugify";
import { basename, extname } from "node:path";
import type { VFile } from "vfile";
import { fail, warn } from "../diagnostics.js";
import { readFrontMatter } from "../load/front-matter.js";
import type { Article, SourceFormat } from "../model/article.js";
import { slug } from "../model/urls.js";
import type { WordLists } from "../model/site.js";
import { readArticleFields } from "./front-matter-fields.js";
import { articleLanguage, detectLanguage } from "./lang/detect.js";
import { baseLanguage, guessLanguages, lexicons, mergeLexicons, type Lexicon } from "./lexicon/index.js";
import { maxDepth, tooDeep } from "./markdown/nesting.js";
import { parseMarkdown } from "./markdown/parse-markdown.js";
import type { Weights } from "./lines/model.js";
import { fixPlaces, parseTextWithFixes, readFixes } from "./text/fixes.js";
import type { ParseTextOptions, TextParts, TraceEntry } from "./text/parse-text.js";

export interface ParseOptions {
  /** The site's language, used when the article does not say. Default `en`. */
  language?: string;
  /** Words a site adds per language (site.yaml `words:`), e.g. `{ sv: { noise: ["Lyssna"] } }`. */
  words?: WordLists;
  /** Path of the source relative to `content/` (for the section and slug); default the file's path. */
  contentPath?: string;
  /** Weights of the line model other than the fitted ones (`npm run eval` cross-validates with them). */
  lineWeights?: Weights;
}

export interface ParseResult {
  article: Article;
  /** Which line became which block, for `galley parse --explain`. */
  trace: TraceEntry[];
}

const formatOf = (path: string): SourceFormat => (/\.(md|markdown)$/i.test(path) ? "markdown" : "text");

/** Parses `file` (its value is the decoded source text). */
export function parseArticle(file: VFile, options: ParseOptions = {}): ParseResult {
  const source = String(file.value);
  const contentPath = options.contentPath ?? file.path;
  const format = formatOf(contentPath);
  const front = readFrontMatter(file, source);
  const fields = readArticleFields(front.data, file, front.placeOf);
  const lang = fields.lang ?? articleLanguage(null, detectLanguage(front.body), options.language ?? "en");
  const lex = mergeLexicons([lang, ...guessLanguages(front.body), "en"], options.words as Partial<Record<string, Partial<Lexicon>>> | undefined);
  const fixes = readFixes(fields.fix, fixPlaces(source, front.placeOf), (reason, place) => void warn(file, reason, place, "fix-invalid"));
  if (format === "markdown" && fixes.length > 0) warn(file, "`fix` is for plain-text articles: in Markdown, write what each block is", front.placeOf("fix", "key"), "fix-invalid");
  const noLine = (fix: { place?: { line: number; column: number } }, reason: string) => void warn(file, reason, fix.place, "fix-no-line");
  const parseBody: (body: string, options: ParseTextOptions) => TextParts =
    format === "markdown" ? parseMarkdown : (body, opts) => parseTextWithFixes(body, opts, fixes, noLine);
  // containers nested thousands deep would make remark recurse for minutes: an error at the line instead
  const deep = format === "markdown" ? tooDeep(front.body) : null;
  if (deep) fail(file, `Markdown nested ${deep.depth} levels deep (\`>\` and list markers on one line): at most ${maxDepth} levels are read`, { line: deep.line + front.bodyLine - 1, column: deep.column }, "markdown-too-deep");
  const parts = parseBody(deep ? "" : front.body, { lex, headline: fields.title, firstLine: front.bodyLine, lineWeights: options.lineWeights, warn: (reason, place, rule) => void warn(file, reason, place, rule) });

  if (!parts.headline.trim() && !file.messages.some((m) => m.fatal)) {
    fail(file, "no headline: start the file with the headline line, or set `title` in front matter", { line: front.bodyLine, column: 1 }, "article-no-headline");
  }
  if (!parts.lede.trim() && !file.messages.some((m) => m.fatal)) {
    warn(file, "no body text found under the headline", { line: front.bodyLine, column: 1 }, "article-no-body");
  }
  if (!fields.date && !parts.date && parts.headline.trim()) {
    warn(file, "no date: add `date:` in front matter (the article is listed last and left out of the news sitemap)", { line: 1, column: 1 }, "article-no-date");
  }
  for (const block of parts.blocks) {
    const line = parts.lines.get(block);
    const place = line ? { line, column: 1 } : undefined;
    if (block.type === "quote" && block.speaker === null) {
      warn(file, `quote without a speaker: “${block.text.slice(0, 40)}…”`, place, "quote-no-speaker");
    }
    if (block.type === "media" && block.credit === null) {
      warn(file, `${block.kind} without a credit: add “Photo: Name/Agency” to the caption`, place, "media-no-credit");
    }
  }

  const author = fields.author ?? parts.author;
  const article: Article = {
    slug: fields.slug ?? slugFromPath(contentPath),
    headline: parts.headline,
    lede: parts.lede,
    byline: fields.byline ?? parts.byline ?? (fields.author ? `${bylineWord(lang)} ${fields.author}` : null),
    author,
    dateline: fields.dateline ?? parts.dateline,
    kicker: fields.kicker ?? parts.kicker,
    dateText: fields.dateText ?? parts.dateText,
    date: fields.date ?? parts.date,
    updated: fields.updated ?? parts.updated,
    section: (fields.section ?? sectionFromPath(contentPath))?.toLocaleLowerCase() ?? null,
    tags: fields.tags,
    lang,
    description: fields.description,
    image: fields.image,
    draft: fields.draft,
    featured: fields.featured,
    correction: fields.correction,
    blocks: parts.blocks,
    source: { path: file.path, format },
  };
  return { article, trace: parts.trace };
}

/** `world/Russia Taliban.txt` → `russia-taliban`. */
function slugFromPath(path: string): string {
  // letters of any script are kept where transliteration gives nothing: 经济.md → 经济/
  const name = basename(path, extname(path));
  const value = slug(name);
  return value === "x" && slugify(name) !== "x" ? "article" : value;
}

/** The first folder of a content path is the section: `world/a.txt` → `world`. */
function sectionFromPath(path: string): string | null {
  const parts = path.split("/");
  return parts.length > 1 ? (parts[0] ?? null) : null;
}

const bylineWord = (lang: string) => lexicons[baseLanguage(lang)]?.bylinePrefixes[0] ?? "By";
