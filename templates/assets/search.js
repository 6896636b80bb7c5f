// The search page (templates/search.eta): Pagefind's default UI in the site's words, every
// language's index searched together, and the words of `?q=` (the header's search box) searched at once.
(async () => {
  const root = document.getElementById("search");
  if (!root || typeof PagefindUI !== "function") return;
  // the index's folder from the site's root, whatever path the site is served under (`/`, `/news/`)
  const bundle = new URL(root.dataset.bundle, location.href);
  const bundlePath = bundle.pathname;
  const baseUrl = new URL("../", bundle).pathname;
  // Pagefind keeps an index per language, and a large site's index is made in shards (pagefind/galley-shards.json
  // lists the others): the page's own language of the first shard is searched, every other index is merged into it
  let mergeIndex = [];
  const json = (path) => fetch(new URL(path, bundle)).then((response) => (response.ok ? response.json() : null)).catch(() => null);
  const [entry, list] = await Promise.all([json("pagefind-entry.json"), json("galley-shards.json")]);
  if (entry) {
    const languages = Object.keys(entry.languages);
    const lang = document.documentElement.lang.toLowerCase();
    const primary = languages.find((l) => l === lang) ?? languages.find((l) => l === lang.split("-")[0]) ?? [...languages].sort((a, b) => entry.languages[b].page_count - entry.languages[a].page_count)[0];
    // the same bundle, another language: named by its full URL, as Pagefind skips a merge of its primary's own path
    mergeIndex = languages.filter((l) => l !== primary).map((language) => ({ bundlePath: bundle.href, baseUrl, language }));
  }
  // no entry file: Pagefind says so itself when searching
  for (const shard of list?.shards ?? []) {
    const bundlePath = new URL(shard.path, bundle).href;
    for (const language of shard.languages) mergeIndex.push({ bundlePath, baseUrl, language });
  }
  const term = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  const ui = new PagefindUI({
    element: "#search",
    bundlePath,
    baseUrl,
    mergeIndex,
    translations: JSON.parse(root.dataset.words ?? "{}"),
    showSubResults: false,
    // a result's date as the site prints dates, under the site's word for it (not the ISO time the index keeps)
    processResult: (result) => {
      const { date, ...meta } = result.meta ?? {};
      const time = date ? new Date(date) : null;
      if (!time || Number.isNaN(time.getTime())) return { ...result, meta };
      const text = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: "long" }).format(time);
      return { ...result, meta: { ...meta, [root.dataset.dateLabel || "date"]: text } };
    },
    showImages: true,
    autofocus: term === "",
  });
  // the search field is named for screen readers by the words of its form (Pagefind gives it only a title)
  const words = JSON.parse(root.dataset.words ?? "{}");
  root.querySelector("input.pagefind-ui__search-input")?.setAttribute("aria-label", words.search_label ?? "");
  if (term !== "") {
    ui.triggerSearch(term);
    const input = root.querySelector("input");
    if (input) input.value = term;
  }
})();
