/**
 * Article → Markdown with front matter, the form `galley convert` writes: the header in front
 * matter, the body's structure explicit and editable — `##` subheads, paragraphs, lists, and
 * `remark-directive` blocks for what Markdown has no syntax for (`:::quote`, `:::media`,
 * `:::related`, `:::endnote`). Directives wrap the copy as printed; their attributes say what the
 * copy alone would not (the speaker; the quoted words, attribution or credit when `explicit`
 * asks for them). Text is escaped by mdast-util-to-markdown, so it reads back word for word.
 */
import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import { directiveToMarkdown } from "mdast-util-directive";
import { toMarkdown } from "mdast-util-to-markdown";
import { stringify } from "yaml";
import type { Article, Block, RelatedBlock } from "../model/article.js";

export interface ToMarkdownOptions {
  /**
   * Indexes of blocks (in `article.blocks`) to write with every field as an attribute, for blocks
   * whose words alone would read back differently (the quoted words, a caption's credit).
   */
  explicit?: ReadonlySet<number>;
  /** The `byline` a Markdown reader makes of `author` alone ("By Jane Doe"): not written again. */
  defaultByline?: string | null;
}

/** The article as Markdown with front matter. */
export function articleToMarkdown(article: Article, options: ToMarkdownOptions = {}): string {
  const explicit = options.explicit ?? new Set<number>();
  const body: RootContent[] = [];
  if (article.lede) body.push(paragraph(article.lede));
  article.blocks.forEach((block, index) => body.push(...blockNodes(block, explicit.has(index))));
  const markdown = toMarkdown({ type: "root", children: body } as Root, {
    extensions: [directiveToMarkdown()],
    bullet: "-",
    rule: "-",
    emphasis: "_",
    fences: true,
  });
  return `---\n${frontMatter(article, options.defaultByline ?? null)}---\n\n${markdown}`;
}

function frontMatter(article: Article, defaultByline: string | null): string {
  const fields: Record<string, unknown> = {
    title: article.headline,
    slug: article.slug,
    kicker: article.kicker,
    author: article.author,
    byline: article.byline !== null && article.byline !== defaultByline ? article.byline : null,
    date: article.date,
    updated: article.updated,
    dateText: article.dateText,
    dateline: article.dateline,
    section: article.section,
    tags: article.tags.length > 0 ? article.tags : null,
    lang: article.lang,
    description: article.description,
    image: article.image,
    draft: article.draft || null,
    featured: article.featured || null,
    correction: article.correction,
  };
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== ""));
  return stringify(present, { lineWidth: 0 });
}

const text = (value: string): PhrasingContent => ({ type: "text", value });
const paragraph = (value: string): Paragraph => ({ type: "paragraph", children: [text(value)] });
/** Paragraphs of copy separated by blank lines. */
const paragraphs = (value: string): Paragraph[] => value.split(/\n{2,}/u).map(paragraph);
/** Attributes without the ones left out (`undefined`); `null` is written empty: "none". */
const attributes = (values: Record<string, string | null | undefined>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v ?? ""]));

function blockNodes(block: Block, explicit: boolean): RootContent[] {
  switch (block.type) {
    case "paragraph":
      return [paragraph(block.text)];
    case "subhead":
      return [{ type: "heading", depth: 2, children: [text(block.text)] }];
    case "list":
      return [
        {
          type: "list",
          ordered: block.ordered,
          spread: false,
          children: block.items.map((item): ListItem => ({ type: "listItem", spread: false, children: [paragraph(item)] })),
        } satisfies List,
      ];
    case "endnote":
      return [container("endnote", {}, paragraphs(block.text))];
    case "quote":
      return [
        container(
          "quote",
          attributes({
            speaker: block.speaker,
            text: explicit ? block.text : undefined,
            attribution: explicit ? block.attribution : undefined,
          }),
          paragraphs(block.printed),
        ),
      ];
    case "media": {
      const given = attributes({
        kind: block.kind,
        src: block.src ?? undefined,
        alt: block.alt ?? undefined,
        caption: explicit || block.text === null ? block.caption : undefined,
        credit: explicit || block.text === null ? block.credit : undefined,
      });
      if (block.text === null) return [{ type: "leafDirective", name: "media", attributes: given, children: [] } satisfies LeafDirective];
      return [container("media", given, [{ type: "paragraph", children: [text(block.text)] }])];
    }
    case "related":
      return [relatedBox(block, explicit)];
  }
}

function container(name: string, attrs: Record<string, string>, children: BlockContent[]): ContainerDirective {
  return { type: "containerDirective", name, attributes: attrs, children };
}

/** One link per line: a list item (`[text](url)` when it has a target), or `::link{text kicker title url byline}`. */
function relatedBox(block: RelatedBlock, explicit: boolean): ContainerDirective {
  const attrs = attributes({ title: block.title ?? undefined, text: explicit ? block.text : undefined });
  if (!explicit) {
    const items = block.links.map((link): ListItem => {
      const label: PhrasingContent = link.url ? { type: "link", url: link.url, children: [text(link.text)] } : text(link.text);
      return { type: "listItem", spread: false, children: [{ type: "paragraph", children: [label] }] };
    });
    return container("related", attrs, [{ type: "list", ordered: false, spread: false, children: items }]);
  }
  const links = block.links.map(
    (link): LeafDirective => ({
      type: "leafDirective",
      name: "link",
      // the line as an attribute: a directive's [label] is not escaped like a paragraph is
      attributes: attributes({ text: link.text, kicker: link.kicker, title: link.title, url: link.url, byline: link.byline }),
      children: [],
    }),
  );
  return container("related", attrs, links as unknown as BlockContent[]);
}
