/**
 * Which articles a build publishes: drafts and articles dated later are left out unless asked
 * for; two articles may not share a slug; a section outside site.yaml's list is probably a typo.
 */
import { fail, warn } from "../diagnostics.js";
import type { LoadedArticle } from "../load/load-articles.js";
import type { SiteConfig } from "./site.js";
import { displayDate } from "./dates.js";
import { authorDir, sectionDir, tagDir } from "./urls.js";

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
  checkReservedSections(included);
  checkSlugs(included);
  checkSections(included, config);
  checkNames(included);
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

/** The archive's address is the site's: a section called `archive` (its folder or its `section` field) would overwrite its front page. */
function checkReservedSections(loaded: LoadedArticle[]): void {
  for (const { article, file, contentPath } of loaded) {
    if (!article.section || sectionDir(article.section) !== "archive/") continue;
    const from = contentPath.split("/").length > 1 && slugOfFolder(contentPath) === "archive" ? `the folder \`${contentPath.slice(0, contentPath.indexOf("/"))}/\`` : "front matter `section`";
    fail(file, `section \`${article.section}\` (from ${from}) has the address of the archive (archive/): name the section differently`, { line: 1, column: 1 }, "section-reserved");
  }
}

const slugOfFolder = (contentPath: string) => sectionDir(contentPath.slice(0, contentPath.indexOf("/"))).slice(0, -1);

/** A name as readers tell names apart: `Climate` and `climate`, `José` and `Jose` are one name. */
const fold = (name: string) => name.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase().trim();

/**
 * Two different names that still give one address (`C++` and `C`, `经济!` and `经济`) share a
 * page: a warning on the article that brings the second, naming the first.
 */
function checkNames(loaded: LoadedArticle[]): void {
  const kinds: [string, (a: LoadedArticle["article"]) => string[], (name: string) => string][] = [
    ["tag", (a) => a.tags, tagDir],
    ["author", (a) => (a.author ? [a.author] : []), authorDir],
    ["section", (a) => (a.section ? [a.section] : []), sectionDir],
  ];
  for (const [kind, namesOf, dirOf] of kinds) {
    const first = new Map<string, string>();
    const warned = new Set<string>();
    for (const { article, file } of loaded) {
      for (const name of namesOf(article)) {
        const dir = dirOf(name);
        const seen = first.get(dir);
        if (seen === undefined) first.set(dir, name);
        else if (fold(seen) !== fold(name) && !warned.has(`${dir}\n${name}`)) {
          warned.add(`${dir}\n${name}`);
          warn(file, `${kind} \`${name}\` has the address of ${kind} \`${seen}\` (${dir}): both are listed on one page; name one differently to keep them apart`, { line: 1, column: 1 }, "name-clash");
        }
      }
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

