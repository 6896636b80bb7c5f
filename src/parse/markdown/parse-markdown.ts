/**
 * Markdown → article parts, by walking the mdast of remark-parse (never by regular expressions
 * over Markdown). `#` is the headline when front matter has no title, the first paragraph the
 * lede, `##`/`###` subheads, blockquotes quotes, "Read more"/"Related" + a list of links a
 * related box, a lone image a media block, other lists lists.
 */
import type { BlockContent, Blockquote, Image, List, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { createRequire } from "node:module";
import type remarkDirectiveType from "remark-directive";
import type remarkParseType from "remark-parse";
import type { unified as unifiedType } from "unified";
import type { Block, MediaBlock, QuoteBlock, RelatedBlock } from "../../model/article.js";
import { namedSpeakers, readAttribution, type Subject } from "../attribution.js";
import { nodesToHtml, phrasingToHtml, textToHtml } from "../html.js";
import type { Lexicon } from "../lexicon/index.js";
import { nameIndex, resolveSpeaker, type NameIndex } from "../speakers.js";
import { readCaption } from "../text/caption.js";
import { readDirective, restoreUnknownDirectives } from "./directives.js";
import { readMarkQuote } from "../text/quotes.js";
import { toLink } from "../text/related.js";
import type { TextParts, TraceEntry } from "../text/parse-text.js";

// remark is loaded with the first Markdown article, so reading plain text never loads it
function buildParser() {
  const require = createRequire(import.meta.url);
  const { unified } = require("unified") as { unified: typeof unifiedType };
  const remarkParse = (require("remark-parse") as { default: typeof remarkParseType }).default;
  const remarkDirective = (require("remark-directive") as { default: typeof remarkDirectiveType }).default;
  return unified().use(remarkParse).use(remarkDirective).freeze();
}
let frozenParser: ReturnType<typeof buildParser> | undefined;
const markdownParser = () => (frozenParser ??= buildParser());

/** The text of a node; raw HTML is not text (it is never passed through either). */
const toString = (node: Parameters<typeof mdastToString>[0]) => mdastToString(node, { includeHtml: false });

export interface ParseMarkdownOptions {
  lex: Lexicon;
  headline?: string | null;
  firstLine?: number;
  /** Told about what the page will not show as written: raw HTML, unsafe link targets. */
  warn?: (reason: string, place: { line: number; column: number }, ruleId: string) => void;
}

/** At most this many warnings about raw HTML and unsafe links per file. */
const maxDroppedWarnings = 10;

/** Warns about raw HTML (dropped) and link or image targets that are not web, mail or relative URLs (removed). */
function warnDropped(tree: Root, offset: number, warn: NonNullable<ParseMarkdownOptions["warn"]>): void {
  const found: { reason: string; place: { line: number; column: number }; ruleId: string }[] = [];
  const short = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s).slice(1, -1);
  const visit = (node: Root | RootContent) => {
    const place = { line: (node.position?.start.line ?? 1) + offset, column: node.position?.start.column ?? 1 };
    if (node.type === "html" && node.value.trim()) found.push({ reason: `raw HTML is not passed through: \`${short(node.value.trim())}\` left out (write it as Markdown)`, place, ruleId: "markdown-raw-html" });
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.url && safeUrl(node.url) === null) {
      found.push({ reason: `${node.type === "image" ? "image" : "link"} target \`${short(node.url)}\` removed: only http(s), mailto and relative URLs are kept`, place, ruleId: "markdown-unsafe-url" });
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  found.slice(0, maxDroppedWarnings).forEach((f, i) => {
    const more = i === maxDroppedWarnings - 1 && found.length > maxDroppedWarnings ? ` (and ${found.length - maxDroppedWarnings} more like it in this file)` : "";
    warn(f.reason + more, f.place, f.ruleId);
  });
}

const key = (s: string) => s.toLocaleLowerCase().replace(/[\s:.…]+$/u, "").trim();
const videoUrl = /\.(mp4|webm|ogv|mov)(\?|#|$)|youtube\.com|youtu\.be|vimeo\.com/iu;

/** Reads Markdown into headline, lede and blocks. */
export function parseMarkdown(source: string, options: ParseMarkdownOptions): TextParts {
  const { lex } = options;
  const offset = (options.firstLine ?? 1) - 1;
  const tree = markdownParser().parse(source) as Root;
  restoreUnknownDirectives(tree, source);
  if (options.warn) warnDropped(tree, offset, options.warn);
  const nodes = tree.children.filter((n) => n.type !== "definition" && n.type !== "html");
  const trace: TraceEntry[] = [];
  const mark = (node: RootContent, became: string) =>
    trace.push({ line: (node.position?.start.line ?? 1) + offset, text: toString(node).slice(0, 80), became });
  const relatedTitles = new Set(lex.relatedTitles.map(key));
  const isRelatedTitle = (node: RootContent | undefined) =>
    (node?.type === "paragraph" || node?.type === "heading") && relatedTitles.has(key(toString(node)));

  let headline = options.headline ?? null;
  const blocks: Block[] = [];
  const lines = new Map<Block, number>();
  const add = (block: Block, node: RootContent) => {
    blocks.push(block);
    lines.set(block, (node.position?.start.line ?? 1) + offset);
  };
  const spoken: string[] = [];
  let lastSpeaker: string | null = null;
  // names of the text read so far (`spoken`) and of the whole text, each paragraph read once
  const namesBefore = nameIndex(lex, { names: false, roles: true });
  let namesRead = 0;
  let allNames: NameIndex | null = null;
  /** Who a quote's subject is, from the text so far, the whole text and the quote before (blockquotes and `:::quote`). */
  const speakerOf = (subject: Subject | null): string | null => {
    const previous = blocks.at(-1);
    return resolveSpeaker(subject, {
      before: () => {
        while (namesRead < spoken.length) namesBefore.add(spoken[namesRead++] ?? "");
        return namesBefore;
      },
      all: () => {
        // (the whole text's paragraphs read only as far as a name asks)
        allNames ??= nameIndex(lex, { names: true, roles: false }, (function* () {
          for (const n of nodes) yield toString(n);
        })());
        return allNames;
      },
      recent: spoken.slice(-2),
      previousQuote: previous?.type === "quote" ? previous.speaker : null,
      lastSpeaker,
      lex,
    });
  };

  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    const next = nodes[i + 1];
    if (node.type === "heading" && node.depth === 1 && headline === null) {
      headline = toString(node);
      mark(node, "headline");
      continue;
    }
    if (isRelatedTitle(node) && next?.type === "list") {
      add(relatedBox(toString(node).replace(/:$/, ""), next), node);
      mark(node, "related (title)");
      mark(next, "related links");
      i++;
      continue;
    }
    if (node.type === "heading") {
      add({ type: "subhead", text: toString(node) }, node);
      mark(node, "subhead");
      continue;
    }
    if (node.type === "paragraph") {
      const image = loneImage(node);
      if (image) {
        const captionNode = !image.title && next && isEmphasisLine(next) ? next : null;
        add(mediaBlock(image, captionNode ? toString(captionNode) : null, lex), node);
        mark(node, "media");
        if (captionNode) {
          mark(captionNode, "media caption");
          i++;
        }
        continue;
      }
      const text = toString(node);
      add({ type: "paragraph", text, html: phrasingToHtml(node.children) }, node);
      spoken.push(text);
      const named = namedSpeakers(text, lex);
      if (named.length > 0) lastSpeaker = named.at(-1) ?? lastSpeaker;
      mark(node, "paragraph");
      continue;
    }
    if (node.type === "blockquote") {
      const quote = quoteBlock(node, lex, speakerOf);
      if (quote.speaker) lastSpeaker = quote.speaker;
      add(quote, node);
      spoken.push(quote.text, quote.attribution ?? "");
      mark(node, quote.speaker ? `quote (speaker: ${quote.speaker})` : "quote (speaker unknown)");
      continue;
    }
    if (node.type === "containerDirective" || node.type === "leafDirective") {
      const block = readDirective(node, { lex, safeUrl, resolve: speakerOf });
      if (block) {
        add(block, node);
        if (block.type === "quote") {
          if (block.speaker) lastSpeaker = block.speaker;
          spoken.push(block.text, block.attribution ?? "");
        }
        mark(node, block.type === "quote" ? (block.speaker ? `quote (speaker: ${block.speaker})` : "quote (speaker unknown)") : block.type === "media" ? `media (${block.kind})` : block.type);
        continue;
      }
    }
    if (node.type === "list") {
      const items = node.children.map((item) => toString(item));
      // the same html as a list read from plain text: no line breaks between tags
      add({ type: "list", ordered: node.ordered === true, items, html: nodesToHtml([node]).replace(/>\n+</gu, "><") }, node);
      mark(node, "list");
      continue;
    }
    if (node.type === "thematicBreak") continue;
    // code, tables and anything else: kept as a paragraph of its text, never dropped
    const text = toString(node);
    if (text.trim()) {
      add({ type: "paragraph", text, html: textToHtml(text) }, node);
      mark(node, "paragraph");
    }
  }

  const ledeIndex = blocks.findIndex((b) => b.type === "paragraph");
  let lede = "";
  if (ledeIndex >= 0) {
    const [first] = blocks.splice(ledeIndex, 1);
    lede = first?.type === "paragraph" ? first.text : "";
    const entry = trace.find((t) => t.became === "paragraph");
    if (entry) entry.became = "lede";
  }
  return { headline: headline ?? "", kicker: null, lede, byline: null, author: null, dateline: null, date: null, updated: null, dateText: null, blocks, lines, trace };
}

function relatedBox(title: string, list: List): RelatedBlock {
  const links = list.children.map((item) => {
    const link = findLink(item.children);
    const text = toString(item);
    const parsed = toLink(text);
    return { ...parsed, url: safeUrl(link?.url) ?? parsed.url };
  });
  return { type: "related", title, text: [title, ...links.map((l) => l.text)].join("\n"), links };
}

/**
 * Only web, mail and relative links are kept: no `javascript:`, `data:` or `vbscript:` targets,
 * however they are disguised (browsers drop spaces and control characters around a URL and tabs
 * and line ends inside it, so `java\tscript:` is `javascript:`). A `//host/` URL gets `https:`;
 * an absolute URL that does not parse is dropped (feeds and structured data need real URLs).
 */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  // eslint-disable-next-line no-control-regex
  const bare = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, "");
  if (!bare) return null;
  const scheme = /^([^:/?#]*):/.exec(bare)?.[1]?.toLowerCase();
  if (scheme === undefined) return bare.startsWith("//") ? (URL.canParse(`https:${bare}`) ? `https:${bare}` : null) : url;
  return (scheme === "http" || scheme === "https" || scheme === "mailto") && URL.canParse(bare) && bare === url.trim() ? url.trim() : null;
}

function findLink(nodes: (BlockContent | PhrasingContent | RootContent)[]): { url: string } | null {
  for (const node of nodes) {
    if (node.type === "link") return node;
    if ("children" in node) {
      const found = findLink(node.children as RootContent[]);
      if (found) return found;
    }
  }
  return null;
}

function loneImage(node: Paragraph): Image | null {
  const parts = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  return parts.length === 1 && parts[0]?.type === "image" ? parts[0] : null;
}

const isEmphasisLine = (node: RootContent) =>
  node.type === "paragraph" && node.children.length === 1 && node.children[0]?.type === "emphasis";

function mediaBlock(image: Image, captionLine: string | null, lex: Lexicon): MediaBlock {
  const captionText = image.title ?? captionLine;
  const read = captionText ? readCaption(captionText, lex) : null;
  return {
    type: "media",
    kind: videoUrl.test(image.url) ? "video" : "image",
    text: captionText ?? null,
    src: safeUrl(image.url),
    alt: image.alt ?? null,
    caption: read ? read.caption : captionText,
    credit: read ? read.credit : null,
  };
}

/** A blockquote: `— Name, role` as its last line, or `“…,” said X` inside, names the speaker. */
function quoteBlock(node: Blockquote, lex: Lexicon, resolve: (s: Subject | null) => string | null): QuoteBlock {
  const paragraphs = node.children.filter((c): c is Paragraph => c.type === "paragraph");
  const last = paragraphs.at(-1);
  const lastText = last ? toString(last).trim() : "";
  const printed = paragraphs.map((p) => toString(p)).join("\n\n");
  const signed = /^(?:—|–|-{1,2}|―)\s*(.+)$/u.exec(lastText);
  if (signed && paragraphs.length > 1) {
    const body = paragraphs.slice(0, -1);
    const attribution = signed[1] ?? "";
    // "— Name, role" or an embedded post's "— Name (@handle) date": the name
    // (the handle's expression only where there is one: compiling it was ~9 ms of a first parse)
    const first = attribution.split(",")[0] ?? "";
    const name = (first.includes("(@") ? first.replace(/\s*\(@[\p{L}\p{N}_.]+\).*$/u, "") : first).trim();
    return {
      type: "quote",
      text: body.map((p) => toString(p)).join("\n\n"),
      speaker: resolve({ text: name, kind: /^\p{Lu}/u.test(name) ? "name" : "role" }),
      attribution,
      html: body.map((p) => phrasingToHtml(p.children)).join("<br><br>"),
      printed,
    };
  }
  const whole = printed;
  const marked = readMarkQuote(whole, lex);
  if (marked && marked.attribution) {
    return { type: "quote", text: marked.text, speaker: resolve(marked.subject), attribution: marked.attribution, html: textToHtml(marked.text), printed };
  }
  const cite = /^(.*?)[,.]?\s+(?:—|–)\s*([^–—]+)$/su.exec(whole);
  if (cite && readAttribution(cite[2] ?? "", lex) === null && /^\p{Lu}/u.test(cite[2] ?? "")) {
    const name = (cite[2] ?? "").split(",")[0]?.trim() ?? "";
    return { type: "quote", text: cite[1] ?? whole, speaker: resolve({ text: name, kind: "name" }), attribution: (cite[2] ?? "").trim(), html: textToHtml(cite[1] ?? whole), printed };
  }
  return { type: "quote", text: whole, speaker: resolve(null), attribution: null, html: paragraphs.map((p) => phrasingToHtml(p.children)).join("<br><br>"), printed };
}

