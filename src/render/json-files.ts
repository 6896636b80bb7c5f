/**
 * JSON for other tools and apps: `article.json` next to every article page (the Article JSON
 * of `galley parse`) and `articles.json`, an index of the site.
 */
import type { Article } from "../model/article.js";
import type { ArticleSummary } from "../model/views.js";
import type { OutputFile } from "../write/write-site.js";

export function articleJson(article: Article, path: string): { path: string; contents: string } {
  return { path: path.replace(/index\.html$/, "article.json"), contents: `${JSON.stringify(article, null, 2)}\n` };
}

export function articlesIndex(articles: ArticleSummary[]): OutputFile {
  const entries = articles.map((a) => ({
    slug: a.slug,
    url: a.canonical,
    json: a.canonical + "article.json",
    headline: a.headline,
    summary: a.summary,
    date: a.published?.iso ?? null,
    updated: a.modified?.iso ?? null,
    author: a.author,
    section: a.section,
    tags: a.tags,
    lang: a.lang,
    image: a.leadImage?.url ?? null,
  }));
  return { path: "articles.json", contents: `${JSON.stringify({ articles: entries }, null, 2)}\n` };
}
