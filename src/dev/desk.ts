/**
 * The editor's desk in `galley dev` (`/__galley/desk`, never in a build): paste copy or open an
 * article of the site, see what each line became and the article page it makes, correct lines
 * (each correction is a front matter `fix:`, and the article is read again around it), and save
 * the corrected article as Markdown into content/ through `convert`. Every step runs the same
 * parse, convert and render code as `galley build`; the page's script only shows the answers.
 *
 *   GET  /__galley/desk                the desk page
 *   GET  /__galley/desk/articles       the site's articles that can be opened
 *   GET  /__galley/desk/source?path=…  the text of one of them
 *   POST /__galley/desk/parse          { text, fixes, path? } → lines, article, page HTML
 *   POST /__galley/desk/save           { text, fixes, section, overwrite?, keepSource? } → path written
 */
import slugify from "@sindresorhus/slugify";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join, posix } from "node:path";
import { VFile } from "vfile";
import { Document, isMap, parseDocument } from "yaml";
import { formatMessage } from "../diagnostics.js";
import { convertArticle } from "../convert/convert.js";
import type { Article } from "../model/article.js";
import { articlePage, withArticle } from "../model/pages.js";
import { summarize, toView } from "../model/views.js";
import { parseArticle } from "../parse/index.js";
import { fixKinds } from "../parse/text/fixes.js";
import { deskHtml } from "./desk-client.js";
import type { DevSite } from "./dev-site.js";

import { deskPath } from "./desk-path.js";
export { deskPath, isDeskRequest } from "./desk-path.js";
/** A paste may be as large as an article file may be (2 MB of text). */
export const maxPasteBytes = 2 * 1024 * 1024;

interface DeskRequest {
  text: string;
  /** Corrections by line of the pasted text: `{ "17": "subhead", "21": "quote: Vladimir Putin" }`. */
  fixes: Record<string, string>;
  /** The content path the text was opened from, if any (`world/wire.txt`). */
  path?: string;
  section?: string;
  overwrite?: boolean;
  /** Keep the opened `.txt` beside the new Markdown as `_name.txt` (not built). */
  keepSource?: boolean;
}

/** A request the desk answers with a message (and, for a question to the editor, what it asks). */
class DeskError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly ask?: "overwrite" | "keepSource",
  ) {
    super(message);
  }
}

/** Answers a desk request. Never throws: a bad request is an answer with a message. */
export async function handleDesk(site: DevSite, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const [path = "", query = ""] = (req.url ?? "").split("?");
  const reply = (status: number, body: unknown) => {
    const json = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
    res.end(json);
  };
  try {
    if (path === deskPath && (req.method === "GET" || req.method === "HEAD")) {
      const html = deskHtml({ base, kinds: [...fixKinds] });
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
      res.end(req.method === "HEAD" ? undefined : html);
      return;
    }
    if (path === `${deskPath}/articles` && req.method === "GET") {
      const articles = [...site.loaded.values()]
        .filter((l) => l.contentPath.endsWith(".txt"))
        .map((l) => ({ path: l.contentPath, headline: l.article.headline }))
        .sort((a, b) => a.path.localeCompare(b.path));
      reply(200, { articles });
      return;
    }
    if (path === `${deskPath}/source` && req.method === "GET") {
      const asked = new URLSearchParams(query).get("path") ?? "";
      if (!site.loaded.has(asked)) throw new DeskError(404, `no article ${asked} in content/`);
      reply(200, { path: asked, text: await readFile(join(site.contentDir, asked), "utf8") });
      return;
    }
    if ((path === `${deskPath}/parse` || path === `${deskPath}/save`) && req.method === "POST") {
      const body = await readBody(req);
      if (path.endsWith("/parse")) reply(200, await parseForDesk(site, base, body));
      else reply(200, await saveFromDesk(site, base, body));
      return;
    }
    throw new DeskError(req.method === "GET" || req.method === "POST" ? 404 : 405, `${req.method} ${path}: not a desk address`);
  } catch (error) {
    req.resume(); // what is left of a refused request is read and dropped, so the answer arrives
    if (error instanceof DeskError) reply(error.status, { error: error.message, ...(error.ask ? { ask: error.ask } : {}) });
    else reply(500, { error: `the desk failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/** Reads a JSON request from this page: limited in size, text only, never from another site. */
async function readBody(req: IncomingMessage): Promise<DeskRequest> {
  // another site's page may post to 127.0.0.1 too: only JSON (which needs CORS) from this origin
  const origin = req.headers.origin;
  if (origin && (!URL.canParse(origin) || new URL(origin).host !== req.headers.host)) throw new DeskError(403, "the desk answers its own page only");
  if (!/^application\/json\b/u.test(req.headers["content-type"] ?? "")) throw new DeskError(415, "send JSON (content-type: application/json)");
  const limit = maxPasteBytes * 2 + 64 * 1024; // JSON escapes; the text itself is checked below
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new DeskError(413, tooLarge(declared));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new DeskError(413, tooLarge(size));
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new DeskError(400, "the request is not JSON");
  }
  const request = body as Partial<DeskRequest>;
  if (typeof request.text !== "string") throw new DeskError(400, "no `text` in the request");
  const bytes = Buffer.byteLength(request.text);
  if (bytes > maxPasteBytes) throw new DeskError(413, tooLarge(bytes));
  // eslint-disable-next-line no-control-regex
  const binary = /[\u0000-\u0008\u000E-\u001A\uFFFD]/u.exec(request.text);
  if (binary) {
    throw new DeskError(422, `this paste is not article text: it holds binary data (${binary[0] === "\uFFFD" ? "bytes that are not UTF-8" : `control character U+${binary[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`}) — paste the words of the article, not a file's bytes`);
  }
  const fixes = request.fixes && typeof request.fixes === "object" && !Array.isArray(request.fixes) ? request.fixes : {};
  return { ...request, text: request.text, fixes: Object.fromEntries(Object.entries(fixes).filter(([k, v]) => /^\d+$/u.test(k) && typeof v === "string")) };
}

const tooLarge = (bytes: number) =>
  `this paste is ${(bytes / 1024 / 1024).toFixed(1)} MB: an article may be at most ${maxPasteBytes / 1024 / 1024} MB of text (is it a whole file or a book?)`;

/**
 * The pasted text with the desk's corrections in its front matter `fix:` (merged with a `fix:` it
 * has), and how many lines the front matter grew by: fixes name lines of the paste.
 */
export function withFixes(text: string, fixes: Record<string, string>): { source: string; shift: number; front?: string } {
  if (Object.keys(fixes).length === 0) return { source: text, shift: 0 };
  const match = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/u.exec(text);
  const front = match ? (match[1] ?? "") : "";
  const body = match ? text.slice(match[0].length) : text;
  const oldLines = match ? match[0].split("\n").length - 1 : 0;
  const doc = front.trim() ? parseDocument(front) : new Document({});
  if (doc.errors.length > 0) return { source: text, shift: 0 }; // the parse reports the YAML error
  const own = doc.get("fix");
  const all: Record<string, unknown> = { ...(isMap(own) ? (own.toJSON() as Record<string, unknown>) : {}), ...fixes };
  // the front matter grows by the fix lines: every line of the paste moves down by as much
  let shift = 0;
  for (let round = 0; round < 4; round++) {
    const shifted = Object.fromEntries(Object.entries(all).map(([key, kind]) => [/^\d+$/u.test(key) ? String(Number(key) + shift) : key, kind]));
    doc.set("fix", doc.createNode(shifted, { flow: true }));
    const block = `---\n${doc.toString({ lineWidth: 0 })}---\n`;
    const grown = block.split("\n").length - 1 - oldLines;
    if (grown === shift) return { source: block + body, shift, front: block };
    shift = grown;
  }
  throw new DeskError(500, "could not place the corrections in front matter");
}

interface DeskLine {
  line: number;
  text: string;
  became: string;
  kind: string;
  reasons: string[];
  fixed: boolean;
}

interface Parsed {
  article: Article;
  lines: DeskLine[];
  messages: string[];
  source: string;
  /** The text's front matter with the corrections as `fix:`, to keep the text as it is. */
  front: string | null;
}

function parsePaste(site: DevSite, request: DeskRequest): Parsed {
  const { source, shift, front } = withFixes(request.text, request.fixes);
  const contentPath = request.path && site.loaded.has(request.path) ? request.path : `${request.section ? slugify(request.section) : "desk"}/pasted.txt`;
  const file = new VFile({ path: `content/${contentPath}`, value: source });
  const parsed = parseArticle(file, { language: site.config.language, words: site.config.words, contentPath });
  const { trace } = parsed;
  // a paste is named after its headline, and filed in the section chosen
  const opened = request.path !== undefined && site.loaded.has(request.path);
  const section = slugify(request.section || (opened ? (parsed.article.section ?? "") : "")) || null;
  const article: Article = { ...parsed.article, slug: opened ? parsed.article.slug : slugify(parsed.article.headline) || "article", section };
  const fixedLines = new Set(Object.keys(request.fixes).map(Number));
  const lines = trace.map((entry): DeskLine => {
    const line = entry.line - shift;
    // "quote (speaker: Putin)" → quote, "speaker: Putin"; "headline: first headline-shaped line" → headline, …
    const kind = /^[^\s:(]+/u.exec(entry.became)?.[0] ?? entry.became;
    const detail = entry.became.slice(kind.length).replace(/^:\s*/u, "").trim().replace(/^\((.*)\)$/u, "$1");
    // what decided, as --explain prints it: the rule, then the line model's features
    const reasons = [...(detail ? [detail] : []), ...(entry.why ? entry.why.split(", ") : [])].slice(0, 3);
    return { line, text: entry.text, became: entry.became, kind, reasons: fixedLines.has(line) ? ["your correction", ...reasons] : reasons, fixed: fixedLines.has(line) };
  });
  const messages = file.messages.map((m) => formatMessage(m).replace(/^content\/[^:]*:(\d+):/u, (_, n: string) => `line ${Math.max(1, Number(n) - shift)}:`));
  return { article, lines, messages, source, front: front ?? null };
}

/** Parses the paste and renders its article page, as the build would. */
async function parseForDesk(site: DevSite, base: string, request: DeskRequest) {
  const started = performance.now();
  const parsed = parsePaste(site, request);
  const fatal = parsed.messages.some((m) => m.includes(": error: "));
  const html = fatal ? null : await previewHtml(site, base, parsed.article);
  return { lines: parsed.lines, article: parsed.article, messages: parsed.messages, html, front: parsed.front, ms: Math.round((performance.now() - started) * 10) / 10 };
}

async function previewHtml(site: DevSite, base: string, article: Article): Promise<string> {
  const view = toView(article, site.config, site.sizes);
  const siteData = site.planned.pages[0]?.data.site ?? { ...site.config, nav: [], feeds: { rss: "feed.xml", atom: "atom.xml", json: "feed.json", title: site.config.title } };
  const page = articlePage(summarize(view), [], site.config, siteData as never);
  const html = await site.renderer.render(withArticle(page, view, site.config));
  // relative links resolve as from the article's own address on this server
  return html.replace(/<head(\s[^>]*)?>/iu, (head) => `${head}<base href="${base}${posix.dirname(page.path)}/">`);
}

/** Writes the corrected article as Markdown into content/SECTION/slug.md (through convert). */
async function saveFromDesk(site: DevSite, base: string, request: DeskRequest) {
  const parsed = parsePaste(site, request);
  if (parsed.messages.some((m) => m.includes(": error: "))) throw new DeskError(422, `the article has errors: ${parsed.messages.filter((m) => m.includes(": error: ")).join("; ")}`);
  if (!parsed.article.headline.trim()) throw new DeskError(422, "the article has no headline");
  const { article } = parsed;
  const { slug, section } = article;
  const target = `${section ? `${section}/` : ""}${slug}.md`;
  const { markdown, differences } = convertArticle(article, { language: site.config.language, words: site.config.words, contentPath: target });
  const absolute = join(site.contentDir, target);
  const source = request.path && site.loaded.has(request.path) ? request.path : null;
  if (source && source !== target && !request.keepSource) {
    throw new DeskError(409, `content/${source} would give the same article twice: it will be kept as content/${posix.join(posix.dirname(source), `_${posix.basename(source)}`)} (not built)`, "keepSource");
  }
  if (existsSync(absolute) && !request.overwrite) throw new DeskError(409, `content/${target} exists: replace it?`, "overwrite");
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(absolute, markdown, { flag: request.overwrite ? "w" : "wx" });
  if (source && request.keepSource) {
    const kept = join(site.contentDir, posix.dirname(source), `_${posix.basename(source)}`);
    if (existsSync(kept)) throw new DeskError(409, `content/${target} is written, but ${kept} exists: content/${source} was left where it is`);
    await rename(join(site.contentDir, source), kept);
  }
  const url = base + toView(article, site.config, site.sizes).path.replace(/index\.html$/u, "");
  return { path: `content/${target}`, url, differences };
}
