/** Site settings, from `site.yaml` at the top of a site folder. */
export interface SiteConfig {
  /** The site's name, shown in the masthead and `<title>`. */
  title: string;
  /** BCP 47 language of the site and default of every article. Default `en`. */
  language: string;
  /**
   * Where the site is deployed: an absolute URL (`https://example.org/news/`) or a root path
   * (`/`, `/news/`). Always ends in `/`. Default `/`.
   */
  url: string;
  /** One sentence about the site, for the front page's meta description. */
  description: string;
  /**
   * Words the parser should know in addition to its own, per language: page noise of your
   * pages, speech verbs, box titles … `{ sv: { noise: ["Lyssna på artikeln"] } }`.
   */
  words: WordLists;
  /**
   * IANA time zone of the newsroom ("Europe/Stockholm"), for dates written without an offset.
   * Default `UTC`.
   */
  timezone: string;
  /** Articles per listing page (sections, tags, authors, archive). Default 10. */
  page_size: number;
  /**
   * The publisher for structured data and feeds: name (default: title), logo (wide, for
   * structured data) and icon (square, for feeds), each a URL or a path under the site.
   */
  publisher: { name: string | null; logo: string | null; icon?: string | null };
  /** Authors by name: a short bio for their page, and optionally their own URL. */
  authors: Record<string, { bio?: string; url?: string }>;
  /** Sections by slug: the title to show ("local" → "Local news") and a description. */
  sections: Record<string, { title?: string; description?: string }>;
  /** Interface words by language, over the built-in ones (templates/i18n/<lang>.json): `{ sv: { latest: "Nytt" } }`. */
  strings: Record<string, Record<string, string>>;
  /** Site search (Pagefind): an index of the articles in `pagefind/`, a `/search/` page and a search box in the header. Default true. */
  search: boolean;
  /** Responsive images made from local raster images (README, "Images"). */
  images: ImageSettings;
}

/** `images:` in site.yaml: the widths of the resized variants, the modern formats beside the original's, their quality. */
export interface ImageSettings {
  /** Widths in pixels; an image is never made larger than it is. Default 480, 800, 1200, 1600. */
  widths: number[];
  /** Modern formats, tried by browsers in this order before the JPEG or PNG fallback. Default `[webp]`: AVIF is smaller still but takes several times longer to encode. */
  formats: ("avif" | "webp")[];
  /** Encoder quality, 1–100 (AVIF is encoded 20 lower: it looks as good). Default 75. */
  quality: number;
}

export const defaultImageSettings: ImageSettings = { widths: [480, 800, 1200, 1600], formats: ["webp"], quality: 75 };

/** Per language (`en`, `sv` …), per list name (`noise`, `speechVerbs` …), extra entries. */
export type WordLists = Record<string, Record<string, string[]>>;

export const defaultConfig: SiteConfig = {
  title: "Galley",
  language: "en",
  url: "/",
  description: "",
  words: {},
  timezone: "UTC",
  page_size: 10,
  publisher: { name: null, logo: null, icon: null },
  authors: {},
  sections: {},
  strings: {},
  search: true,
  images: defaultImageSettings,
};
