/**
 * `galley convert`: a plain-text article as Markdown whose structure is explicit, read back by
 * the Markdown path into the same Article. The round trip holds for every fixture and, when the
 * shared corpus is next to this checkout (`../shared/corpus/public`, or `GALLEY_CORPUS`), for every
 * public real article: the directives say everything the text parser found, whatever it found.
 */
import fc from "fast-check";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { convertArticle } from "../src/convert/convert.js";
import { articleToMarkdown } from "../src/convert/to-markdown.js";
import type { Article } from "../src/model/article.js";
import { parseArticle } from "../src/parse/index.js";
import { writeSiteFiles } from "./helpers/site.js";

const root = join(import.meta.dirname, "..");
const fixtures = join(root, "tests/fixtures");
const corpus = process.env.GALLEY_CORPUS ?? join(root, "../shared/corpus/public");

const withoutSource = ({ source: _source, ...rest }: Article) => rest;

/** Text → Article → Markdown → Article, as the build reads each file. */
function roundTrip(dir: string, name: string) {
  const contentPath = `world/${name}`;
  const text = parseArticle(new VFile({ path: name, value: readFileSync(join(dir, name), "utf8") }), { contentPath }).article;
  const { markdown } = convertArticle(text, { contentPath });
  const mdPath = contentPath.replace(/\.txt$/u, ".md");
  const back = parseArticle(new VFile({ path: mdPath, value: markdown }), { contentPath: mdPath }).article;
  return { text, back, markdown };
}

function checkRoundTrips(dir: string) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    it(name, () => {
      const { text, back, markdown } = roundTrip(dir, name);
      assert.deepEqual(withoutSource(back), withoutSource(text));
      assert.equal(back.source.format, "markdown");
      // every quote's paragraph is in the Markdown as printed, inside its directive
      for (const quote of text.blocks.filter((b) => b.type === "quote")) assert.ok(markdown.includes(":::quote"), quote.printed);
    });
  }
}

describe("convert round trip: the fixtures", () => checkRoundTrips(fixtures));

describe("convert round trip: the public corpus", () => {
  if (!existsSync(corpus)) {
    it(`skipped: no corpus at ${corpus} (set GALLEY_CORPUS to run it)`, { skip: true }, () => {});
    return;
  }
  checkRoundTrips(corpus);
});

describe("convert round trip: generated copy", () => {
  // whatever the text parser makes of copy, the Markdown says it: lines of the fixtures cut,
  // shuffled and glued, with bullets, dashes, quote marks, Markdown and directive look-alikes
  const lines = readdirSync(fixtures)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(join(fixtures, f), "utf8").split(/\r?\n/u))
    .filter((l) => l.trim() !== "");
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...lines) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...lines), fc.nat()).map(([l, n]) => l.slice(0, (n % l.length) + 1)) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom("• ", "– ", "* ", "1. ", "# ", "> ", ":::quote ", "::media ", ":", "“", "[x](y) ", "<b>", "\\"), fc.constantFrom(...lines)).map(([a, b]) => a + b) },
    { weight: 1, arbitrary: fc.constantFrom("", "", "Photo: Jane Doe/AP", "Read more", "Related", "By Jane Doe", "Reporting by Tom Roe; Editing by Ann Lee", ":::", "---") },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  );
  const copy = fc.array(line, { minLength: 2, maxLength: 30 }).map((ls) => ls.join("\n\n"));
  it(`reads back the same article (${Number(process.env.FUZZ_RUNS ?? 150)} runs)`, () => {
    fc.assert(
      fc.property(copy, (text) => {
        const file = new VFile({ path: "story.txt", value: text });
        const { article } = parseArticle(file, { contentPath: "world/story.txt" });
        if (file.messages.some((m) => m.fatal)) return;
        const { markdown } = convertArticle(article, { contentPath: "world/story.txt" });
        const back = parseArticle(new VFile({ path: "story.md", value: markdown }), { contentPath: "world/story.md" }).article;
        assert.deepEqual(withoutSource(back), withoutSource(article));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});

describe("convert: the Markdown it writes", () => {
  const seed = roundTrip(fixtures, "00-russia-taliban-terror-list.txt");

  it("puts the header in front matter and the structure in the body", () => {
    assert.match(seed.markdown, /^---\ntitle: Russia may remove the Taliban from the terror list\nslug: 00-russia-taliban-terror-list\nsection: world\nlang: en\n---\n/);
    assert.match(seed.markdown, /\n## Rivals of the Islamic State\n/);
    assert.match(seed.markdown, /\n:::related\{title="Terror attack in Moscow"\}\n- Details: Iran warned Russia about the Moscow attack\n- Russia: Arrested planning new crime\n:::\n/);
    assert.match(seed.markdown, /\n:::quote\{speaker="Putin"\}\n– Everything is for sale, .*according to state-run Ria\.\n:::\n/);
    assert.match(seed.markdown, /\n:::media\{kind="video"\}\nAmerican expert: “No greater risk of more successful acts” Photo: SVT\/EPA\n:::\n/);
  });

  it("escapes text so that it is never read as Markdown", () => {
    const article = parseArticle(new VFile({ path: "a.txt", value: "Headline *not* bold\n\n1984. was a year of <b>tags</b> and [links](x) and 10:30 or Note:this.\n\n# not a heading\n" }), { contentPath: "a.txt" }).article;
    const { markdown, differences } = convertArticle(article, { contentPath: "a.txt" });
    assert.deepEqual(differences, []);
    const back = parseArticle(new VFile({ path: "a.md", value: markdown }), { contentPath: "a.md" }).article;
    assert.equal(back.lede, "1984. was a year of <b>tags</b> and [links](x) and 10:30 or Note:this.");
    assert.equal(back.headline, "Headline *not* bold");
  });

  it("writes the quoted words and attribution when the printed paragraph alone would not give them", () => {
    const article = parseArticle(new VFile({ path: "a.txt", value: "Headline\n\nThe lede of the story, long enough.\n\n– We will rebuild, said Mayor Ingrid Solberg.\n" }), { contentPath: "a.txt" }).article;
    const quote = article.blocks.find((b) => b.type === "quote");
    assert.ok(quote?.type === "quote");
    const edited = { ...article, blocks: [{ ...quote, text: "We will rebuild", attribution: "said the mayor" }] };
    const md = articleToMarkdown(edited, { explicit: new Set([0]) });
    assert.match(md, /:::quote\{speaker="Ingrid Solberg" text="We will rebuild" attribution="said the mayor"\}\n– We will rebuild, said Mayor Ingrid Solberg\.\n:::/);
    const { differences } = convertArticle(edited, { contentPath: "a.txt" });
    assert.deepEqual(differences, []);
  });
});

describe("galley convert", () => {
  const tsx = import.meta.resolve("tsx");
  const galley = (args: string[], cwd = root) => {
    const result = spawnSync(process.execPath, ["--import", tsx, join(root, "src/cli/main.ts"), ...args], { cwd, encoding: "utf8" });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const wire = "Harbour wall to be rebuilt\n\nBy Tom Haldane\n\nThe North Mole will close for 14 weeks, the council said.\n\n– We cannot wait, said Mayor Ingrid Solberg.\n";

  it("prints the Markdown without -o, and leaves the source as it was", async () => {
    const dir = await writeSiteFiles({ "wire.txt": wire });
    const { code, stdout } = galley(["convert", join(dir, "wire.txt")]);
    assert.equal(code, 0);
    assert.match(stdout, /^---\ntitle: Harbour wall to be rebuilt\n/);
    assert.match(stdout, /:::quote\{speaker="Ingrid Solberg"\}\n– We cannot wait, said Mayor Ingrid Solberg\.\n:::/);
    assert.equal(readFileSync(join(dir, "wire.txt"), "utf8"), wire);
  });

  it("writes -o FILE, refuses to replace it without --force, and never writes over its source", async () => {
    const dir = await writeSiteFiles({ "wire.txt": wire });
    const out = join(dir, "out/wire.md");
    assert.equal(galley(["convert", join(dir, "wire.txt"), "-o", out]).code, 0);
    const first = readFileSync(out, "utf8");
    assert.match(first, /^---\ntitle: Harbour wall to be rebuilt\n/);
    const again = galley(["convert", join(dir, "wire.txt"), "-o", out]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /exists; pass --force/);
    assert.equal(galley(["convert", join(dir, "wire.txt"), "-o", out, "--force"]).code, 0);
    const self = galley(["convert", join(dir, "wire.txt"), "-o", join(dir, "wire.txt"), "--force"]);
    assert.equal(self.code, 2);
    assert.equal(readFileSync(join(dir, "wire.txt"), "utf8"), wire);
  });

  it("declines Markdown input", async () => {
    const dir = await writeSiteFiles({ "a.md": "# A\n\nText.\n" });
    const { code, stderr } = galley(["convert", join(dir, "a.md")]);
    assert.equal(code, 2);
    assert.match(stderr, /Markdown already/);
  });
});
