/**
 * Which articles a build publishes: drafts and articles dated later are left out unless asked
 * for; two articles may not share a slug; a section outside site.yaml's list is probably a typo.
 */
import { fail, warn } from "../diagnostics.js";
import type { LoadedArticle } from "../load/load-articles.js";
import type { SiteConfig } from "./site.js";
import { displayDate } from "./dates.js";

export interface Selection {
  included: LoadedArticle[];
  skipped: { drafts: number; future: number };
}

export function selectArticles(loaded: LoadedArticle[], config: SiteConfig, options: { drafts?: boolean; future?: boolean; now: number }): Selection {
  const skipped = { drafts: 0, future: 0 };
  const included = loaded.filter(({ article }) => {
    if (article.draft && !options.drafts) return void skipped.drafts++, false;
    const time = displayDate(article.date, article.lang, config.timezone)?.time;
    if (time !== undefined && time > options.now && !options.future) return void skipped.future++, false;
    return true;
  });
  checkSlugs(included);
  checkSections(included, config);
  return { included, skipped };
}

/** Two articles with one slug would overwrite each other: an error on both files. */
function checkSlugs(loaded: LoadedArticle[]): void {
  const seen = new Map<string, LoadedArticle>();
  for (const item of loaded) {
    const other = seen.get(item.article.slug);
    if (other) {
      fail(item.file, `slug \`${item.article.slug}\` is also used by ${other.file.path}: set a different \`slug\` in front matter or rename one file`, { line: 1, column: 1 }, "slug-clash");
    } else {
      seen.set(item.article.slug, item);
    }
  }
}

/** With sections listed in site.yaml, an article in another section is probably a typo. */
function checkSections(loaded: LoadedArticle[], config: SiteConfig): void {
  const known = Object.keys(config.sections);
  if (known.length === 0) return;
  for (const { article, file } of loaded) {
    if (article.section && !known.includes(article.section)) {
      warn(file, `section \`${article.section}\` is not in site.yaml \`sections\` (${known.join(", ")})`, { line: 1, column: 1 }, "section-unknown");
    }
  }
}

