/**
 * Galley as a library: `build()` does what `galley build` does.
 *
 *   import { build } from "galley";
 *   const result = await build({ dir: "my-paper" });
 */
export { build, type BuildOptions, type BuildProgress, type BuildResult } from "./build.js";
export { GalleyError, formatMessage, type VFileMessage } from "./diagnostics.js";
export type { Article, Block } from "./model/article.js";
export type { SiteConfig } from "./model/site.js";
