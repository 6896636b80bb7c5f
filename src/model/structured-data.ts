/**
 * schema.org structured data for article pages: a NewsArticle and its BreadcrumbList, as Google
 * documents them for news (absolute URLs, dates with offsets, Person authors, the publisher).
 */
import type { SiteConfig } from "./site.js";
import { absolute } from "./urls.js";
import type { ArticleSummary } from "./views.js";

export const publisherName = (config: SiteConfig): string => config.publisher.name ?? config.title;

/** A site.yaml image setting (a URL, or a path in the built site) as an absolute URL, or null. */
const siteImage = (config: SiteConfig, value: string | null | undefined): string | null =>
  !value ? null : /^https?:\/\//.test(value) ? (URL.canParse(value) ? new URL(value).href : value) : absolute(config, value);

/** The publisher's logo (wide, for structured data) as an absolute URL, or null. */
export const publisherLogo = (config: SiteConfig): string | null => siteImage(config, config.publisher.logo);

/** The publisher's square icon (feeds' icon) as an absolute URL, or null. */
export const publisherIcon = (config: SiteConfig): string | null => siteImage(config, config.publisher.icon);

/**
 * The lead image as schema.org ImageObjects: its 1200-pixel crops at 16:9, 4:3 and 1:1 when they
 * were made (what Google asks of article images), else the image itself; with size, caption and credit.
 */
function imageObjects(image: NonNullable<ArticleSummary["leadImage"]>): Record<string, unknown>[] {
  return image.social.length > 0 ? image.social.map((crop) => imageObject(image, crop)) : [imageObject(image, image)];
}

function imageObject(image: NonNullable<ArticleSummary["leadImage"]>, file: { url: string; width: number | null; height: number | null }): Record<string, unknown> {
  return {
    "@type": "ImageObject",
    url: file.url,
    contentUrl: file.url,
    ...(file.width && file.height ? { width: file.width, height: file.height } : {}),
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { creditText: image.credit } : {}),
  };
}

export function newsArticle(article: ArticleSummary, config: SiteConfig): Record<string, unknown> {
  const logo = publisherLogo(config);
  const authorUrl = article.author ? (config.authors[article.author]?.url ?? article.authorLink?.canonical) : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    // the whole headline: 110 characters was AMP's limit, not Google's
    headline: article.headline,
    description: article.summary,
    // the article's own image only: a logo is never an article's image
    ...(article.leadImage ? { image: imageObjects(article.leadImage) } : {}),
    ...(article.published ? { datePublished: article.published.iso, dateModified: (article.modified ?? article.published).iso } : {}),
    // without a byline the publisher is the author
    author: article.author
      ? [{ "@type": "Person", name: article.author, url: authorUrl }]
      : [{ "@type": "Organization", name: publisherName(config), url: config.url }],
    publisher: { "@type": "Organization", name: publisherName(config), url: config.url, ...(logo ? { logo: { "@type": "ImageObject", url: logo } } : {}) },
    mainEntityOfPage: { "@type": "WebPage", "@id": article.canonical },
    url: article.canonical,
    ...(article.sectionLink ? { articleSection: article.sectionLink.name } : {}),
    ...(article.tags.length ? { keywords: article.tags.join(", ") } : {}),
    inLanguage: article.lang,
  };
}

export function breadcrumbs(article: ArticleSummary, config: SiteConfig): Record<string, unknown> {
  const trail = [
    { name: config.title, item: absolute(config, "") },
    ...(article.sectionLink ? [{ name: article.sectionLink.name, item: article.sectionLink.canonical }] : []),
    { name: article.headline, item: article.canonical },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((t, i) => ({ "@type": "ListItem", position: i + 1, name: t.name, item: t.item })),
  };
}
