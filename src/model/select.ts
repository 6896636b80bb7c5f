/**
 * Which articles a build publishes: drafts and articles dated later are left out unless asked
 * for; two articles may not share a slug; a section outside site.yaml's list is probably a typo.
 */
import { fail, warn } from "../diagnostics.js";
import type { LoadedArticle } from "../load/load-articles.js";
import type { SiteConfig } from "./site.js";
import { displayDate } from "./dates.js";
import { sectionDir } from "./urls.js";

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

/**
 * Two articles with one slug would overwrite each other: an error on the second file. So would an
 * article and a page of the site: a section's front page (`world/`) or the archive (`archive/`).
 */
function checkSlugs(loaded: LoadedArticle[]): void {
  const pages = new Map<string, string>([["archive", "the archive"]]);
  for (const { article } of loaded) if (article.section) pages.set(sectionDir(article.section).slice(0, -1), `the front page of section \`${article.section}\``);
  const seen = new Map<string, LoadedArticle>();
  for (const item of loaded) {
    const page = pages.get(item.article.slug);
    if (page) {
      fail(item.file, `slug \`${item.article.slug}\` is the address of ${page} (${item.article.slug}/): set a different \`slug\` in front matter or rename the file`, { line: 1, column: 1 }, "slug-clash");
      continue;
    }
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

