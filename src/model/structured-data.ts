/**
 * schema.org structured data for article pages: a NewsArticle and its BreadcrumbList, as Google
 * documents them for news (absolute URLs, dates with offsets, Person authors, the publisher).
 */
import type { SiteConfig } from "./site.js";
import { absolute } from "./urls.js";
import type { ArticleSummary } from "./views.js";

export const publisherName = (config: SiteConfig): string => config.publisher.name ?? config.title;

/** The publisher's logo as an absolute URL, or null. */
export function publisherLogo(config: SiteConfig): string | null {
  const logo = config.publisher.logo;
  if (!logo) return null;
  return /^https?:\/\//.test(logo) ? logo : absolute(config, logo.replace(/^\//, ""));
}

export function newsArticle(article: ArticleSummary, config: SiteConfig): Record<string, unknown> {
  const logo = publisherLogo(config);
  const authorUrl = article.author ? (config.authors[article.author]?.url ?? article.authorLink?.canonical) : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline.length > 110 ? `${article.headline.slice(0, 109)}…` : article.headline,
    description: article.summary,
    // Google wants an image on every article: the lead image, else the publisher's logo
    ...(article.leadImage ? { image: [article.leadImage.url] } : logo ? { image: [logo] } : {}),
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
