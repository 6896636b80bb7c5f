/**
 * The parse and page caches are keyed on the versions of Galley and of its dependencies as
 * installed, so upgrading remark, unified, the template engine or the XML writer never reuses
 * a stale parse or page.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openParseCache } from "../src/load/parse-cache.js";
import { codeVersions } from "../src/load/versions.js";
import { defaultConfig } from "../src/model/site.js";
import { openPageCache } from "../src/render/page-cache.js";

const root = join(import.meta.dirname, "..");
const installed = (name: string) => (JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

describe("caches: keyed on dependency versions", () => {
  it("the versions are Galley's own and each dependency's as installed", () => {
    const own = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; dependencies: Record<string, string> };
    const versions = codeVersions().split(" ");
    assert.equal(versions[0], `galley@${own.version}`);
    for (const name of Object.keys(own.dependencies)) assert.ok(versions.includes(`${name}@${installed(name)}`), name);
    for (const name of ["remark-parse", "remark-html", "unified", "fast-xml-parser"]) assert.ok(versions.some((v) => v.startsWith(`${name}@`)), name);
  });

  it("a parse cache entry made with other versions is never read", () => {
    const dir = mkdtempSync(join(tmpdir(), "galley-cache-"));
    const before = openParseCache(dir, defaultConfig, "galley@0.1.0 remark-parse@11.0.0");
    const after = openParseCache(dir, defaultConfig, "galley@0.1.0 remark-parse@12.0.0");
    assert.notEqual(before.keyOf("a.md", "# A"), after.keyOf("a.md", "# A"));
    assert.equal(before.keyOf("a.md", "# A"), openParseCache(dir, defaultConfig, "galley@0.1.0 remark-parse@11.0.0").keyOf("a.md", "# A"));
  });

  it("pages rendered with other versions (a new template engine) are rendered again", () => {
    const dir = mkdtempSync(join(tmpdir(), "galley-pages-"));
    const file = join(dir, "pages.json");
    writeFileSync(join(dir, "index.html"), "");
    const first = openPageCache(file, dir, [], defaultConfig, "galley@0.1.0 liquidjs@10.30.1");
    first.record("index.html", "signature");
    first.save();
    assert.equal(openPageCache(file, dir, [], defaultConfig, "galley@0.1.0 liquidjs@10.30.1").reusable("index.html", "signature"), join(dir, "index.html"));
    assert.equal(openPageCache(file, dir, [], defaultConfig, "galley@0.1.0 eta@4.0.0").reusable("index.html", "signature"), null);
  });
});
