/**
 * Properties of the parser over generated copy (fast-check): it never throws, and no word of a
 * line that is not page noise is lost — every one appears in some field of the Article.
 * And of the whole build: mutated articles (HTML, Liquid and URL payloads, lines dropped and
 * doubled, random unicode) never crash it, and every page it writes holds only allowed
 * elements and attributes, no script but JSON-LD, no `javascript:`/`data:` URL.
 */
import fc from "fast-check";
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from "html-validate";
import { XMLValidator } from "fast-xml-parser";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { build } from "../src/build.js";
import { GalleyError } from "../src/diagnostics.js";
import { parseArticle } from "../src/parse/index.js";
import { listFiles, siteYaml, writeSiteFiles } from "./helpers/site.js";
import { words } from "./helpers/score.js";

const fixtures = join(import.meta.dirname, "fixtures");
const fixtureLines = readdirSync(fixtures)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(fixtures, f), "utf8").split(/\r?\n/))
  .filter((l) => l.trim() !== "");

const runs = Number(process.env.FUZZ_RUNS ?? 150);

/** Lines as copy has them: real lines, cut or glued, with artifacts, and random text. */
const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...fixtureLines) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...fixtureLines), fc.nat()).map(([l, n]) => l.slice(0, (n % l.length) + 1)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("• ", "- ", "– ", "    ", "* ", "1. ", "“", "»", "\t", "\u00A0"), fc.constantFrom(...fixtureLines)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom("", "", "   ", "\u00A0", "---", "Photo:", "By", "Read more", "– ", "“", "Related") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
);
const copy = fc.array(line, { minLength: 1, maxLength: 40 }).map((lines) => lines.join("\n"));

function parsed(text: string, path = "story.txt") {
  return parseArticle(new VFile({ path, value: text }), { contentPath: path });
}

/** Every string anywhere in the article. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** Words of non-noise lines that no field of the article holds. */
function lostWords(article: object, trace: { text: string; became: string }[]): string[] {
  const bag = new Map<string, number>();
  for (const w of words(strings({ ...article, source: null }).join("\n"))) bag.set(w, (bag.get(w) ?? 0) + 1);
  const lost: string[] = [];
  // a line the parser calls noise says so first ("noise", "noise (breadcrumb: …)")
  for (const entry of trace.filter((t) => !t.became.startsWith("noise"))) {
    for (const w of words(entry.text)) {
      const n = bag.get(w) ?? 0;
      if (n > 0) bag.set(w, n - 1);
      else lost.push(w);
    }
  }
  return lost;
}

describe("parser properties", () => {
  it("the word check finds a lost word", () => {
    const { article, trace } = parsed("Headline here\n\nThe lede has words.\n\nMore text.");
    assert.deepEqual(lostWords({ ...article, lede: "The lede has." }, trace), ["words"]);
  });

  it("never throws on generated plain text", () => {
    fc.assert(fc.property(copy, (text) => void parsed(text)), { numRuns: runs });
  });

  it("never throws on generated Markdown", () => {
    fc.assert(fc.property(copy, (text) => void parsed(text, "story.md")), { numRuns: runs });
  });

  it("keeps every word of every line that is not page noise", () => {
    fc.assert(
      fc.property(copy, (text) => {
        const { article, trace } = parsed(text);
        if (text.startsWith("---")) return;
        assert.deepEqual(lostWords(article, trace), [], `lost from: ${JSON.stringify(text)}`);
      }),
      { numRuns: runs },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The whole build

/** Builds per property run: a few in `npm test` (each is a whole build), many more in `npm run fuzz`. */
const buildRuns = Number(process.env.FUZZ_BUILD_RUNS ?? (process.env.FUZZ_RUNS ? Math.ceil(Number(process.env.FUZZ_RUNS) / 10) : 10));

const repoContent = join(import.meta.dirname, "..", "content");
const seeds = [
  ...readdirSync(fixtures).filter((f) => f.endsWith(".txt")).map((f) => ({ text: readFileSync(join(fixtures, f), "utf8"), ext: "txt" })),
  ...listFiles(repoContent).filter((f) => f.endsWith(".md")).map((f) => ({ text: readFileSync(f, "utf8"), ext: "md" })),
];

/** What an attacker or a careless paste puts into an article. */
const payloads = [
  "<script>alert(1)</script>", "</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>',
  "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil.example></iframe>", "<style>body{display:none}</style>", "<!--", "]]>", "<![CDATA[",
  "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "[x](<java\tscript:alert(1)>)", "[x](java&#115;cript:alert(1))", "[x](&#106;avascript:alert(1))",
  "![x](data:image/svg+xml,<svg onload=alert(1)>)", "![x](javascript:alert(1) \"Caption. Photo: X\")", "[x](vbscript:msgbox(1))", "[x](data:text/html,<script>alert(1)</script>)",
  "- [Related](javascript:alert(1))", "Read more:", "Related", "javascript:alert(1)", "https://example.org/?q=<script>", "[x]: javascript:alert(1)",
  "{{ site.title }}", "{% raw %}", "{% endraw %}", '{% render "partials/teaser" %}', "{{ 'x' | append: '<script>' }}", "{%- comment -%}",
  "&lt;script&gt;", "&amp;", "\u202e", "\u2028", "\u00a0", "\u200b", "\uFEFF", "---", "title: <script>", "Photo: <b>x</b>", "> “<script>,” said X.",
  "`<script>`", "```\n<script>alert(1)</script>\n```", "<div>\n\n*md inside html*\n\n</div>", "| a | <b>b</b> |\n|---|---|\n| 1 | 2 |",
];

type Mutation = { op: "insert" | "delete" | "duplicate" | "splice" | "unicode" | "nest"; at: number; payload: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom("insert", "insert", "splice", "delete", "duplicate", "unicode", "nest"),
  at: fc.nat(),
  payload: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...payloads) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) }),
});

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split("\n");
  for (const { op, at, payload } of mutations) {
    const i = at % (lines.length + 1);
    if (op === "insert") lines.splice(i, 0, payload);
    else if (op === "delete") lines.splice(i, 1);
    else if (op === "duplicate") lines.splice(i, 0, lines[i] ?? "");
    else if (op === "unicode") lines.splice(i, 0, payload.split("").reverse().join(""));
    // block quotes and lists nested up to 300 deep (deeper than 100 is an error at the line, never a stack overflow)
    else if (op === "nest") lines.splice(i, 0, `${([">", "- ", "1. ", "> - "][at % 4] as string).repeat(Math.floor(at / 4) % 300)}${payload}`);
    else {
      const line = lines[i] ?? "";
      const cut = at % (line.length + 1);
      lines[i] = line.slice(0, cut) + payload + line.slice(cut);
    }
  }
  return lines.join("\n");
}

/** Front matter whose fields carry payloads (quoted, so the YAML itself is valid). */
const frontMatter = fc.record({
  title: fc.constantFrom(...payloads),
  description: fc.constantFrom(...payloads),
  author: fc.constantFrom(...payloads, "Jane Doe"),
  tag: fc.constantFrom(...payloads),
  // keys that are names of Object's own properties, and known fields given odd values (a duplicate key is a YAML error)
  extra: fc.array(
    fc.tuple(
      fc.constantFrom("constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "prototype", "isPrototypeOf", "__defineGetter__", "slug", "section", "image", "lang", "draft", "headline"),
      fc.constantFrom("1", "{a: 1}", "[x, y]", "null", '"<script>"', ".", "archive", "经济", "&a [1, 2]", "*a", '""'),
    ),
    { maxLength: 4 },
  ),
}).map((f) => `---\ntitle: ${JSON.stringify(f.title)}\ndescription: ${JSON.stringify(f.description)}\nauthor: ${JSON.stringify(f.author)}\ntags: [${JSON.stringify(f.tag)}]\ndate: 2026-11-12\n${f.extra.map(([k, v]) => `${k}: ${v}\n`).join("")}---\n\n`);

const article = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { maxLength: 12 }), fc.option(frontMatter, { nil: undefined }), fc.constantFrom("txt", "md", "same"))
  .map(([seed, mutations, front, ext]) => {
    const { text, ext: seedExt } = seeds[seed] as (typeof seeds)[number];
    const body = mutate(front && text.startsWith("---") ? text.replace(/^---\n[^]*?\n---\n/, "") : text, mutations);
    return { text: (front ?? "") + body, ext: ext === "same" ? seedExt : ext };
  });

/** Elements and attributes the templates and the sanitized Markdown HTML may produce. */
const allowedElements = new Set("html head meta title link script body a header p nav ul ol li main article h1 h2 h3 h4 h5 h6 span time aside div figure blockquote figcaption cite q img video footer section strong em code pre br hr del table thead tbody tr th td sup sub input form label button noscript".split(" "));
const allowedAttributes = new Set("data-speaker aria-hidden alt aria-label aria-labelledby charset class content datetime height href id lang loading name property rel src title type width controls preload start align checked disabled role dir action method for placeholder autocomplete data-pagefind-body data-pagefind-filter data-pagefind-meta data-pagefind-sort data-pagefind-ignore data-section data-author data-date data-year data-image data-image-alt data-bundle data-words data-date-label".split(" "));
const htmlParser = () => new Parser(new HtmlValidate(new StaticConfigLoader()).getConfigForSync("page.html"));

/** `&#106;`, `&#x6A;`, `&colon;` … as the browser reads them in an attribute. */
const decodeEntities = (s: string) =>
  s.replace(/&#x([0-9a-f]+);?|&#(\d+);?|&(colon|tab|newline|amp|quot|lt|gt);/gi, (_, hex: string, dec: string, name: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ colon: ":", tab: "\t", newline: "\n", amp: "&", quot: '"', lt: "<", gt: ">" } as Record<string, string>)[name.toLowerCase()] ?? "");

/** Problems of one built page: anything outside the allow-lists, any way to run script. */
function pageProblems(html: string): string[] {
  const problems: string[] = [];
  const walk = (element: HtmlElement) => {
    for (const child of element.childElements) {
      if (!allowedElements.has(child.tagName)) problems.push(`element <${child.tagName}>`);
      for (const attribute of child.attributes) {
        const value = typeof attribute.value === "string" ? attribute.value : "";
        if (!allowedAttributes.has(attribute.key)) problems.push(`attribute ${attribute.key}="${value}" on <${child.tagName}>`);
        if ((attribute.key === "href" || attribute.key === "src") && /^(javascript|data|vbscript):/i.test(decodeEntities(value).replace(/[\u0000-\u0020]/g, ""))) {
          problems.push(`${attribute.key}="${value}" on <${child.tagName}>`);
        }
      }
      if (child.tagName === "script") {
        // JSON-LD, or the search page's own two scripts (Pagefind's UI and assets/search.js), loaded by path
        const src = child.getAttribute("src")?.value;
        const searchScript = typeof src === "string" && /^(\.\.\/)*(pagefind\/pagefind-ui\.js|assets\/search\.js)$/.test(src) && child.textContent === "";
        if (child.getAttribute("type")?.value !== "application/ld+json" && !searchScript) problems.push("a <script> that is not JSON-LD");
        else if (!searchScript) {
          try {
            JSON.parse(child.textContent);
          } catch {
            problems.push(`JSON-LD that does not parse: ${child.textContent.slice(0, 80)}`);
          }
        }
      }
      walk(child);
    }
  };
  walk(htmlParser().parseHtml(html));
  return problems;
}

describe("build properties", () => {
  it("the page check finds script, handlers and javascript: URLs", () => {
    assert.deepEqual(pageProblems('<html><body><p onclick="x">a</p><a href="&#106;avascript:alert(1)">x</a><script>x</script><iframe></iframe></body></html>'), [
      'attribute onclick="x" on <p>',
      'href="&#106;avascript:alert(1)" on <a>',
      "a <script> that is not JSON-LD",
      "element <iframe>",
    ]);
  });

  it("mutated articles never crash the build; every page holds only allowed markup, feeds stay well-formed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: 1, maxLength: 3 }), async (articles) => {
        const dir = mkdtempSync(join(tmpdir(), "galley-fuzz-"));
        try {
          await writeSiteFiles({ "site.yaml": siteYaml, ...Object.fromEntries(articles.map((a, i) => [`content/s${i % 2}/story-${i}.${a.ext}`, a.text])) }, dir);
          try {
            await build({ dir, jobs: 1, cache: false, future: true, drafts: true });
          } catch (error) {
            // bad input is fine, as long as it is a GalleyError that says where
            if (!(error instanceof GalleyError)) throw error;
            for (const m of error.messages) assert.ok(m.file && (m.line ?? 0) >= 1 && (m.column ?? 0) >= 1, `no position: ${m.reason}`);
            return;
          }
          const out = join(dir, "dist");
          for (const file of listFiles(out)) {
            if (file.endsWith(".html")) assert.deepEqual(pageProblems(readFileSync(file, "utf8")), [], file);
            else if (file.endsWith(".xml")) assert.equal(XMLValidator.validate(readFileSync(file, "utf8")), true, file);
            else if (file.endsWith(".json")) JSON.parse(readFileSync(file, "utf8"));
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: buildRuns },
    );
  });
});
