/** The `galley` command line: what scripts and CI outside the project rely on. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { invocation } from "../src/cli/run.js";
import { siteYaml, writeSiteFiles } from "./helpers/site.js";

const root = join(import.meta.dirname, "..");
/** tsx, resolved from here: the tests run the command from other folders too. */
const tsx = import.meta.resolve("tsx");
const galley = (args: string[], cwd = root) => {
  const result = spawnSync(process.execPath, ["--import", tsx, join(root, "src/cli/main.ts"), ...args], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("galley parse", () => {
  it("prints the Article JSON of a file", () => {
    const { code, stdout } = galley(["parse", "tests/fixtures/00-russia-taliban-terror-list.txt"]);
    assert.equal(code, 0);
    const article = JSON.parse(stdout);
    assert.equal(article.headline, "Russia may remove the Taliban from the terror list");
    assert.equal(article.source.format, "text");
  });

  it("explains which block each line became", () => {
    const { code, stdout } = galley(["parse", "--explain", "tests/fixtures/00-russia-taliban-terror-list.txt"]);
    assert.equal(code, 0);
    assert.match(stdout, /^ {3}1 {2}headline: first headline-shaped line \(9 words, no end stop\) Russia may remove/m, "the block and the features that decided it");
    assert.match(stdout, /^ {2}31 {2}noise {24}Javascript must be enabled to play video/m);
  });

  it("exits 1 with file:line:col on bad input", async () => {
    const dir = await writeSiteFiles({ "bad.md": "---\ntitle: [x\n---\n" });
    const { code, stderr } = galley(["parse", join(dir, "bad.md")]);
    assert.equal(code, 1);
    assert.match(stderr, /bad\.md:\d+:\d+: error: invalid YAML in front matter/);
  });
});

describe("galley build", () => {
  it("builds a site folder, says what it wrote, exits 0", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": "# A\n\nLede.\n" });
    const { code, stdout } = galley(["build", dir]);
    assert.equal(code, 0);
    // the search page and the search index (pagefind/, with its list of shards) included
    assert.match(stdout, /^galley: built 1 article into 5 pages \(28 files\) in .*dist\/ in \d+ ms$/m);
    // not a terminal: progress comes as plain lines
    assert.match(stdout, /^galley: 1 of 1 articles read$/m);
    assert.match(stdout, /^galley: 5 of 5 pages written$/m);
    assert.ok(existsSync(join(dir, "dist/a/index.html")));
  });

  it("says, on a rebuild, how many articles came from the cache and how many files it wrote", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": "# A\n\nLede.\n", "content/b.md": "# B\n\nLede.\n" });
    galley(["build", dir]);
    await writeSiteFiles({ "content/b.md": "# B\n\nA new lede.\n" }, dir);
    const { code, stdout } = galley(["build", dir]);
    assert.equal(code, 0);
    assert.match(stdout, /^galley: 1 article unchanged \(from \.galley-cache\/\), 1 parsed$/m);
    // the search index's files are named by content hash: the changed article's replace theirs
    assert.match(stdout, /^galley: \d+ files written, \d+ removed, \d+ unchanged in .*dist\/$/m);
  });

  it("leaves out drafts and scheduled articles and says so, unless asked", async () => {
    const dir = await writeSiteFiles({
      "site.yaml": siteYaml,
      "content/a.md": "# A\n\nLede.\n",
      "content/draft.md": "---\ntitle: D\ndraft: true\n---\n\nLede.\n",
      "content/later.md": "---\ntitle: L\ndate: 2999-01-01\n---\n\nLede.\n",
    });
    const { stdout } = galley(["build", dir]);
    assert.match(stdout, /built 1 article into/);
    assert.match(stdout, /^galley: left out 1 draft \(--drafts to include\) and 1 scheduled for later \(--future to include\)$/m);
    assert.ok(!existsSync(join(dir, "dist/draft/index.html")));
    const all = galley(["build", dir, "--drafts", "--future"]);
    assert.match(all.stdout, /built 3 articles/);
    assert.ok(existsSync(join(dir, "dist/later/index.html")));
  });

  it("builds into --out", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": "# A\n\nLede.\n" });
    const { code } = galley(["build", dir, "--out", join(dir, "public")]);
    assert.equal(code, 0);
    assert.match(readFileSync(join(dir, "public/index.html"), "utf8"), /href="a\/index.html"/);
  });

  it("exits 1 on content errors and 2 on a wrong command line", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": "" });
    const bad = galley(["build", dir]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /content\/a\.md:1:1: error: empty file/);
    assert.equal(galley(["build", "--nope"]).code, 2);
    assert.equal(galley(["bulid"]).code, 2);
    assert.equal(galley([]).code, 2);
  });
});

describe("galley help", () => {
  it("lists the commands", () => {
    const { code, stdout } = galley(["--help"]);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      [
        "Usage: galley <command> [options]",
        "",
        "Commands:",
        "  galley build [DIR] [--out PATH] [--drafts] [--future] [--jobs N] [--no-cache] [--strict] [--quiet]",
        "      build the site in DIR (default: this folder) into DIR/dist",
        "  galley dev [DIR] [--port N] [--host ADDRESS]",
        "      preview the site: serve it, rebuild on every save and reload the browser",
        "  galley parse FILE [--explain] [--site DIR]",
        "      print the Article JSON of one article file",
        "  galley convert FILE.txt [-o FILE.md] [--force] [--site DIR]",
        "      write a plain-text article as Markdown with its structure explicit (stdout, or -o FILE)",
        "  galley init [FOLDER]",
        "      make a new site in FOLDER (default: this folder) that builds at once",
        '  galley new "HEADLINE" [--section NAME]',
        "      add an article (Markdown, dated now, a draft) to the site here and print its path",
        "",
        "Run `galley <command> --help` for a command's options and examples.",
        "",
      ].join("\n"),
    );
  });

  it("shows each command's options and examples", () => {
    const { code, stdout } = galley(["build", "--help"]);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: galley build \[DIR\]/);
    assert.match(stdout, /^ {2}--drafts +include articles with draft: true$/m);
    assert.match(stdout, /^Examples:\n {2}galley build$/m);
  });

  it("suggests the command a typo meant", () => {
    const { code, stderr } = galley(["bulid"]);
    assert.equal(code, 2);
    assert.match(stderr, /unknown command `bulid`; did you mean `galley build`\?/);
  });
});

describe("galley init and galley new", () => {
  it("makes a site that builds at once, with the default templates to change", async () => {
    const dir = await writeSiteFiles({});
    const made = galley(["init", "paper"], dir);
    assert.equal(made.code, 0, made.stderr);
    assert.ok(existsSync(join(dir, "paper/templates/article.eta")));
    const built = galley(["build", "paper"], dir);
    assert.equal(built.code, 0, built.stderr);
    assert.match(readFileSync(join(dir, "paper/dist/index.html"), "utf8"), /Harbour festival draws record crowds/);
    // a favicon and an About page, linked from the footer
    assert.ok(existsSync(join(dir, "paper/dist/assets/favicon.svg")));
    assert.match(readFileSync(join(dir, "paper/dist/index.html"), "utf8"), /<link rel="icon" href="assets\/favicon.svg" type="image\/svg\+xml">[^]*href="about\/index.html">About us<\/a>/);
    assert.ok(existsSync(join(dir, "paper/dist/about/index.html")));
    assert.equal(galley(["init", "paper"], dir).code, 1, "not over an existing site");
  });

  it("adds a dated draft article in a section and prints its path", async () => {
    const dir = await writeSiteFiles({ "site.yaml": `${siteYaml}timezone: Europe/Stockholm\n`, "content/a.md": "# A\n\nL.\n" });
    const { code, stdout } = galley(["new", "Council approves harbour budget", "--section", "Local"], dir);
    assert.equal(code, 0);
    assert.equal(stdout.trim(), join("content", "local", "council-approves-harbour-budget.md"));
    const text = readFileSync(join(dir, stdout.trim()), "utf8");
    assert.match(text, /^---\ntitle: "Council approves harbour budget"\ndate: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}\nsection: local\ntags: \[\]\ndraft: true\n---\n/);
    assert.equal(galley(["new", "Council approves harbour budget", "--section", "Local"], dir).code, 1, "not over an existing file");
  });
});

describe("galley: what a new user meets", () => {
  it("an unknown option → a galley: line with a suggestion, not Node's parseArgs text; exit 2", () => {
    const { code, stderr } = galley(["build", "--jbos", "2"]);
    assert.equal(code, 2);
    assert.equal(stderr, "galley: unknown option `--jbos` for galley build; did you mean `--jobs`? (options: --out, --jobs, --no-cache, --drafts, --future, --strict, --quiet)\nRun `galley build --help` for its options and examples.\n");
    assert.doesNotMatch(stderr, /positional|ERR_PARSE_ARGS/);
    assert.match(galley(["build", "--out"]).stderr, /^galley: `--out` needs a value: `--out VALUE`$/m);
  });

  it("`galley build` in an empty folder suggests `galley init`", async () => {
    const dir = await writeSiteFiles({});
    const { code, stderr } = galley(["build"], dir);
    assert.equal(code, 1);
    assert.match(stderr, /site\.yaml:1:1: error: no site\.yaml here: a site folder needs one; `galley init` starts a site here/);
  });

  it("an unknown site.yaml field gets a “did you mean”", async () => {
    const dir = await writeSiteFiles({ "site.yaml": `${siteYaml}timezome: Europe/Oslo\n`, "content/a.md": "# A\n\nLede.\n" });
    const { code, stderr } = galley(["build", dir, "--quiet"]);
    assert.equal(code, 0);
    assert.match(stderr, /site\.yaml:5:1: warning: unknown field `timezome`; did you mean `timezone`\? \(known: /);
  });

  it("an unclosed quote in front matter is reported at the line that opens it", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": '---\ntitle: "Unclosed quote\ndate: 2026-11-12\nauthor: Ann\n---\n\nBody.\n' });
    const { code, stderr } = galley(["build", dir, "--quiet"]);
    assert.equal(code, 1);
    assert.match(stderr, /content\/a\.md:2:8: error: invalid YAML in front matter: Missing closing "quote/);
  });

  it("one article is “1 article”", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": "# A\n\nLede.\n" });
    assert.match(galley(["build", dir]).stdout, /^galley: built 1 article into \d+ pages \(\d+ files\)/m);
  });

  it("`galley init` says the next commands the way it was run", async () => {
    const dir = await writeSiteFiles({});
    const { stdout } = galley(["init", "my paper"], dir);
    // run here as `node src/cli/main.ts`: the next commands say so
    assert.match(stdout, /^Next:\n {2}cd "my paper"\n {2}node \.\.\/\S+\/src\/cli\/main\.ts dev +# preview/m, "the path as it reads from the new folder");
    assert.equal(invocation("/usr/local/bin/galley", {}, "/home/a"), "galley");
    assert.equal(invocation("/home/a/.npm/_npx/1/node_modules/.bin/galley", { npm_command: "exec" }, "/home/a"), "npx galley");
    assert.equal(invocation("/home/a/galley/lib/cli/main.js", {}, "/home/a"), "node galley/lib/cli/main.js");
  });
});
