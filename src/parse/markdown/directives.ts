/**
 * The structure Markdown has no syntax for, written with `remark-directive`: `:::quote`,
 * `:::media` / `::media`, `:::related` (with `::link` lines), `:::endnote`. What a directive's
 * attributes say is taken as said; what they leave out is read from the copy inside it with the
 * same readers as plain text (a quote's words and attribution, a caption's credit). The copy
 * inside a directive is the paragraph as printed, so the page shows it unchanged.
 * Any other directive (`:30`, `Note:this`, `:::aside`) is not structure: it is kept as the text
 * it was written as, so a colon in ordinary Markdown never loses a word.
 */
import type { Paragraph, Parent, PhrasingContent, Root, RootContent } from "mdast";
import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import { toString as mdastToString } from "mdast-util-to-string";
import type { Block, MediaBlock, QuoteBlock, RelatedBlock, RelatedLink } from "../../model/article.js";
import type { Subject } from "../attribution.js";
import type { Lexicon } from "../lexicon/index.js";
import { readCaption } from "../text/caption.js";
import { quoteHtml } from "../text/parse-text.js";
import { readDashQuote, readIntroducedQuote, readMarkQuote } from "../text/quotes.js";
import { toLink } from "../text/related.js";

/** The directives that are structure; others are text. */
const known = new Set(["quote", "media", "related", "endnote"]);

const text = (node: Parameters<typeof mdastToString>[0]) => mdastToString(node, { includeHtml: false });

/** An attribute as given: `undefined` when absent, `null` when given empty (`credit=""`: none). */
function attr(node: ContainerDirective | LeafDirective, name: string): string | null | undefined {
  const value = node.attributes?.[name];
  if (value === undefined || value === null) return undefined;
  return value === "" ? null : value;
}

/** Replaces directives that are not structure with the source text they were written as. */
export function restoreUnknownDirectives(tree: Root, source: string): void {
  const slice = (node: RootContent) =>
    node.position?.start.offset !== undefined && node.position.end.offset !== undefined ? source.slice(node.position.start.offset, node.position.end.offset) : "";
  const isStructure = (node: LeafDirective | ContainerDirective, parent: Parent) =>
    parent.type === "root" ? known.has(node.name) : parent.type === "containerDirective" && (parent as ContainerDirective).name === "related" && node.name === "link";
  const visit = (parent: Parent) => {
    parent.children = parent.children.flatMap((child) => {
      const node = child as RootContent;
      if (node.type === "textDirective") return [{ type: "text", value: slice(node), position: node.position } as PhrasingContent];
      if (node.type === "leafDirective" && !isStructure(node, parent)) {
        return [{ type: "paragraph", children: [{ type: "text", value: slice(node) }], position: node.position } as Paragraph];
      }
      if ("children" in node) visit(node as Parent);
      if (node.type === "containerDirective" && !isStructure(node, parent)) {
        // an unknown container (`:::aside`): its content stays, read as if the fence were not there
        return node.children.filter((c) => !(c.type === "paragraph" && c.data?.directiveLabel)) as RootContent[];
      }
      return [node];
    }) as typeof parent.children;
  };
  visit(tree);
}

/** The copy inside a container: its paragraphs (a label `[…]` is not copy), blank-line separated. */
function printedOf(node: ContainerDirective): string {
  return node.children
    .filter((c) => !(c.type === "paragraph" && c.data?.directiveLabel) && c.type !== "leafDirective")
    .map((c) => text(c))
    .join("\n\n");
}

export interface DirectiveContext {
  lex: Lexicon;
  /** Resolves a quote's subject to a speaker, as for any quote of the article. */
  resolve: (subject: Subject | null) => string | null;
  /** Keeps web, mail and relative URLs only. */
  safeUrl: (url: string | undefined) => string | null;
}

/** The block a known directive stands for. */
export function readDirective(node: ContainerDirective | LeafDirective, context: DirectiveContext): Block | null {
  switch (node.name) {
    case "quote":
      return node.type === "containerDirective" ? readQuote(node, context) : null;
    case "endnote":
      return { type: "endnote", text: node.type === "containerDirective" ? printedOf(node) : text(node) };
    case "media":
      return readMedia(node, context);
    case "related":
      return node.type === "containerDirective" ? readRelatedBox(node, context) : null;
    default:
      return null;
  }
}

function readQuote(node: ContainerDirective, { lex, resolve }: DirectiveContext): QuoteBlock {
  const printed = printedOf(node);
  const read = readDashQuote(printed, lex) ?? readMarkQuote(printed, lex) ?? readIntroducedQuote(printed, lex);
  const given = { text: attr(node, "text"), attribution: attr(node, "attribution"), speaker: attr(node, "speaker") };
  const quoted = given.text ?? read?.text ?? printed;
  return {
    type: "quote",
    text: quoted,
    speaker: given.speaker === undefined ? resolve(read?.subject ?? null) : given.speaker,
    attribution: given.attribution === undefined ? (read?.attribution ?? null) : given.attribution,
    html: quoteHtml(quoted),
    printed,
  };
}

function readMedia(node: ContainerDirective | LeafDirective, { lex, safeUrl }: DirectiveContext): MediaBlock {
  const printed = node.type === "containerDirective" ? printedOf(node) || null : null;
  const read = printed && !printed.includes("\n") ? readCaption(printed, lex) : null;
  const caption = attr(node, "caption");
  const credit = attr(node, "credit");
  return {
    type: "media",
    kind: attr(node, "kind") === "video" ? "video" : "image",
    text: printed,
    src: safeUrl(attr(node, "src") ?? undefined),
    alt: attr(node, "alt") ?? null,
    caption: caption === undefined ? (read ? read.caption : printed) : caption,
    credit: credit === undefined ? (read?.credit ?? null) : credit,
  };
}

/** `:::related{title="…"}` over a list of links (one per item), or `::link[…]{kicker title url byline}` lines (`text="…"` instead of the label). */
function readRelatedBox(node: ContainerDirective, { safeUrl }: DirectiveContext): RelatedBlock {
  const title = attr(node, "title") ?? null;
  const links: RelatedLink[] = [];
  for (const child of node.children) {
    if (child.type === "list") {
      for (const item of child.children) {
        const label = text(item);
        const target = findUrl(item);
        const link = toLink(label);
        links.push({ ...link, url: safeUrl(target ?? undefined) ?? link.url });
      }
    } else if (child.type === "leafDirective" && child.name === "link") {
      const label = attr(child, "text") ?? text(child);
      const derived = toLink(label);
      const byline = attr(child, "byline");
      const kicker = attr(child, "kicker");
      const url = attr(child, "url");
      links.push({
        text: label,
        kicker: kicker === undefined ? derived.kicker : kicker,
        title: attr(child, "title") ?? derived.title,
        url: url === undefined ? derived.url : safeUrl(url ?? undefined),
        ...(byline ? { byline } : {}),
      });
    }
  }
  const given = attr(node, "text");
  const printed = given === undefined ? [title, ...links.map((l) => l.text)].filter((l) => l !== null).join("\n") : given;
  return { type: "related", title, text: printed, links };
}

function findUrl(node: RootContent): string | null {
  if (node.type === "link") return node.url;
  if ("children" in node) {
    for (const child of node.children as RootContent[]) {
      const found = findUrl(child);
      if (found) return found;
    }
  }
  return null;
}
