/**
 * Site search in `galley dev`: the Pagefind index of the pages held in memory, made when a
 * page first asks for `pagefind/…` after a change (a preview that never searches never starts
 * Pagefind), from the rendered article pages, as a build makes it (src/render/search.ts).
 * A search page open across a change may still ask for files of the index before it: those
 * are served from the previous index until the next one is made.
 */
import { withSearchIndex, searchDir } from "../render/search.js";
import { pageAt, type DevSite } from "./dev-site.js";

const previous = new WeakMap<DevSite, Map<string, Uint8Array>>();

/** The index files of the site as it is now, by output path (`pagefind/pagefind.js` …); empty with `search: false`. */
export function searchFiles(site: DevSite): Promise<Map<string, Uint8Array>> {
  site.search ??= (async () => {
    const files = new Map<string, Uint8Array>();
    if (!site.config.search) return files;
    const { views } = site.planned;
    async function* pages() {
      for (const view of views) {
        // a page not yet rendered (galley dev renders pages when first asked for) is rendered now
        const html = await pageAt(site, view.path);
        if (html !== undefined) yield { path: view.path, contents: html };
      }
    }
    for await (const file of withSearchIndex(pages(), { config: site.config, articles: views })) {
      if (file.path.startsWith(searchDir) && "contents" in file) files.set(file.path, typeof file.contents === "string" ? Buffer.from(file.contents) : file.contents);
    }
    return files;
  })();
  const made = site.search;
  void made.then((files) => previous.set(site, files)).catch(() => undefined);
  return made;
}

/** A file of the search index: the current one's, else the previous one's (a page loaded before the change); undefined when neither has it. */
export async function searchFile(site: DevSite, path: string): Promise<Uint8Array | undefined> {
  const before = previous.get(site);
  const files = await searchFiles(site);
  return files.get(path) ?? before?.get(path);
}
