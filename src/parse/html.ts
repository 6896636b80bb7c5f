/**
 * The `html` fields of blocks: mdast phrasing content → safe inline HTML through remark-html
 * (sanitized: raw HTML, event handlers and `javascript:` URLs never pass).
 */
import type { PhrasingContent, Root, RootContent } from "mdast";
import { createRequire } from "node:module";
import type remarkHtmlType from "remark-html";
import type { unified as unifiedType } from "unified";

// built on first use: plain text needs only `textToHtml`, so reading a .txt never loads remark
function build() {
  const require = createRequire(import.meta.url);
  const { unified } = require("unified") as { unified: typeof unifiedType };
  const remarkHtml = (require("remark-html") as { default: typeof remarkHtmlType }).default;
  return unified().use(remarkHtml, { sanitize: true }).freeze();
}
let frozen: ReturnType<typeof build> | undefined;
const processor = () => (frozen ??= build());

/** HTML of block nodes: a list gives its `<ul>`/`<ol>`. */
export function nodesToHtml(nodes: (PhrasingContent | RootContent)[]): string {
  const root = { type: "root", children: nodes } as Root;
  return String(processor().stringify(root)).trim();
}

/** Inline HTML of phrasing nodes: rendered inside a paragraph whose `<p>` is then taken off. */
export function phrasingToHtml(nodes: PhrasingContent[]): string {
  const html = nodesToHtml([{ type: "paragraph", children: nodes }]);
  return html.replace(/^<p>/, "").replace(/<\/p>$/, "");
}

/**
 * Plain text as inline HTML: escaped, nothing interpreted. The same string remark-html gives for
 * a text node (`&` and `<` as hexadecimal references), without building a tree for each
 * paragraph (tests/parse-text.test.ts compares the two).
 */
export function textToHtml(text: string): string {
  return text.replace(/[&<]/g, (c) => (c === "&" ? "&#x26;" : "&#x3C;"));
}

/** `textToHtml` through remark-html, for comparison. */
export const textToHtmlByRemark = (text: string): string => phrasingToHtml([{ type: "text", value: text }]);
