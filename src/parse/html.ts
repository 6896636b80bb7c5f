/**
 * The `html` fields of blocks: mdast phrasing content → safe inline HTML through remark-html
 * (sanitized: raw HTML, event handlers and `javascript:` URLs never pass).
 */
import type { PhrasingContent, Root, RootContent } from "mdast";
import remarkHtml from "remark-html";
import { unified } from "unified";

const processor = unified().use(remarkHtml, { sanitize: true }).freeze();

/** HTML of block nodes: a list gives its `<ul>`/`<ol>`. */
export function nodesToHtml(nodes: (PhrasingContent | RootContent)[]): string {
  const root = { type: "root", children: nodes } as Root;
  return String(processor.stringify(root)).trim();
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
