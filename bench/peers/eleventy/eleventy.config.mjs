// Eleventy site used as a speed reference beside Galley: it writes what Galley writes for the same
// corpus (article pages with head metadata and JSON-LD, a front page, section/tag/author/month
// listings paginated by 10, RSS for the site and each section with full content, a sitemap).
// run.sh links the corpus in as content/articles; the other pages are the templates in content/.
const site = { title: "News", url: "https://news.example.com", description: "News from everywhere", lang: "en" };
const PAGE_SIZE = 10;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n) => String(n).padStart(2, "0");

export default function (config) {
  const slugify = config.getFilter("slugify");

  config.addGlobalData("site", site);
  // Defaults for the articles (the corpus folder is linked in as it is, so it cannot hold a
  // directory data file); every other template sets its own layout and permalink.
  config.addGlobalData("layout", "article.liquid");
  config.addGlobalData("permalink", () => (data) => `/${data.page.fileSlug}/`);

  config.addFilter("isoDate", (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z"));
  config.addFilter("longDate", (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} at ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`);
  config.addFilter("rfc822", (d) => d.toUTCString());
  config.addPassthroughCopy({ "style.css": "style.css" });
  // LiquidJS reads and parses a partial again at every {% render %} unless it caches them.
  config.setLiquidOptions({ cache: true });

  // Articles, newest first, and the groups the listings are made of.
  const articles = (api) => api.getFilteredByGlob("./content/articles/**/*.md").sort((a, b) => b.date - a.date);
  const group = (items, keysOf) => {
    const groups = new Map();
    for (const item of items) for (const key of keysOf(item)) (groups.get(key) ?? groups.set(key, []).get(key)).push(item);
    return groups;
  };
  const sectionsOf = (api) =>
    [...group(articles(api), (a) => [a.data.section])]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, items]) => ({ key, title: key[0].toUpperCase() + key.slice(1), url: `/section/${slugify(key)}/`, items }));
  const monthOf = (a) => `${a.date.getUTCFullYear()}/${pad(a.date.getUTCMonth() + 1)}`;
  const monthsOf = (api) =>
    [...group(articles(api), (a) => [monthOf(a)])].map(([key, items]) => ({
      key,
      title: `${MONTHS[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`,
      url: `/archive/${key}/`,
      items,
    }));

  // One entry per listing page (10 articles each): Eleventy paginates one level, so the pages
  // of every section, tag, author and month are made here and content/listings.liquid renders them.
  const paginate = (kind, lists) =>
    lists.flatMap(({ title, url, items, feed }) => {
      const pages = Math.ceil(items.length / PAGE_SIZE);
      const urlOf = (n) => (n === 1 ? url : `${url}page/${n}/`);
      return Array.from({ length: pages }, (_, i) => ({
        kind,
        title,
        feed,
        url: urlOf(i + 1),
        items: items.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
        pageNumber: i + 1,
        pages,
        prev: i > 0 ? urlOf(i) : null,
        next: i + 1 < pages ? urlOf(i + 2) : null,
      }));
    });

  config.addCollection("articles", articles);
  config.addCollection("sections", sectionsOf);
  config.addCollection("bySection", (api) => Object.fromEntries(sectionsOf(api).map((s) => [s.key, s.items])));
  config.addCollection("months", monthsOf);
  config.addCollection("listingPages", (api) => {
    const all = articles(api);
    const named = (base, groups) => [...groups].map(([key, items]) => ({ title: key, url: `${base}${slugify(key)}/`, items }));
    return [
      ...paginate("Section", sectionsOf(api).map((s) => ({ ...s, feed: `${s.url}feed.xml` }))),
      ...paginate("Tag", named("/tags/", group(all, (a) => a.data.tags ?? []))),
      ...paginate("Author", named("/author/", group(all, (a) => (a.data.author ? [a.data.author] : [])))),
      ...paginate("Archive", monthsOf(api)),
    ];
  });

  return {
    dir: { input: "content", includes: "../_includes", output: "_site" },
    markdownTemplateEngine: false,
  };
}
