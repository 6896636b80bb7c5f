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
}

export const defaultConfig: SiteConfig = {
  title: "Galley",
  language: "en",
  url: "/",
  description: "",
};
