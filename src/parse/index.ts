export { parseArticle, type ParseOptions, type ParseResult } from "./parse-article.js";
export type { TraceEntry } from "./text/parse-text.js";
