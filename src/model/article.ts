/**
 * The Article model: the structured form of one news article.
 * This is the contract of `galley parse`, of `article.json` in the built site and of the templates
 * (see the Article JSON spec). Fields may be added; none is ever renamed.
 */

export interface Article {
  /** URL-safe name: front matter `slug`, else derived from the file name. */
  slug: string;
  /** Plain text. */
  headline: string;
  /** Plain text of the first body paragraph (the standfirst). */
  lede: string;
  /** "By Jane Doe" line or front matter `author`. */
  byline: string | null;
  /** The author's name alone ("Jane Doe"), from front matter `author` or the byline. */
  author: string | null;
  /** A section or label line printed above the headline ("ANALYSIS"), or null. */
  kicker: string | null;
  /** "KYIV, Ukraine (AP)" style opener, cut off the lede. */
  dateline: string | null;
  /** ISO 8601, from front matter `date` or a date line of the copy. */
  date: string | null;
  /** ISO 8601, from front matter `updated` or an "Updated …" line of the copy. */
  updated: string | null;
  /** The date lines as the copy prints them ("Published 4 Feb 2025 14:32"), or null. */
  dateText: string | null;
  section: string | null;
  tags: string[];
  /** BCP 47 language tag: front matter `lang`, else the site's language. */
  lang: string;
  /** Short summary for listings and meta tags: front matter `description`, else null. */
  description: string | null;
  /** Lead image URL from front matter `image`, else null. */
  image: string | null;
  /** Front matter `draft: true`: left out of builds unless asked for. */
  draft: boolean;
  /** Front matter `featured: true`: the front page's lead story. */
  featured: boolean;
  /** Front matter `correction`: a correction notice printed with the article, or null. */
  correction: string | null;
  /** The body after the lede, in reading order. */
  blocks: Block[];
  source: { path: string; format: SourceFormat };
}

export type SourceFormat = "text" | "markdown";

export interface ParagraphBlock {
  type: "paragraph";
  text: string;
  html: string;
}

export interface SubheadBlock {
  type: "subhead";
  text: string;
}

export interface QuoteBlock {
  type: "quote";
  /** Only the quoted words. */
  text: string;
  /** The person quoted, as the article names them; null when the article never says who. */
  speaker: string | null;
  /** The attribution clause split off the quote ("Peskov said on Tuesday …"). */
  attribution: string | null;
  html: string;
  /** The whole paragraph exactly as printed: quote marks, attribution and all (the page shows this). */
  printed: string;
}

/** A sign-off printed at the end: "Reporting by …; Editing by …", "X contributed to this report". */
export interface EndnoteBlock {
  type: "endnote";
  text: string;
}

export interface RelatedLink {
  /** The whole link line as the copy has it ("Details: Iran warned …"). */
  text: string;
  /** A label before the title ("Details"), or null. */
  kicker: string | null;
  title: string;
  url: string | null;
  /** The linked story's own byline when the box prints it ("Par Sébastien Farcis"). */
  byline?: string;
}

export interface RelatedBlock {
  type: "related";
  title: string | null;
  /** The box as the copy prints it, line by line (title, kickers, links, bylines), or null. */
  text: string | null;
  links: RelatedLink[];
}

export interface MediaBlock {
  type: "media";
  kind: "image" | "video";
  /** The caption line as the copy prints it, credit label included ("… Photo: SVT/EPA"), or null. */
  text: string | null;
  src: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}

export interface ListBlock {
  type: "list";
  ordered: boolean;
  items: string[];
  html: string;
}

export type Block = ParagraphBlock | SubheadBlock | QuoteBlock | EndnoteBlock | RelatedBlock | MediaBlock | ListBlock;
export type BlockType = Block["type"];
