/**
 * Rendering: given templates and page data, this HTML. A `render` partial is rendered once per
 * distinct arguments, which must never change what a page says.
 */
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { createRenderer } from "../src/render/render-page.js";
import { writeSiteFiles } from "./helpers/site.js";

async function renderer(files: Record<string, string>) {
  const dir = await writeSiteFiles(files, await mkdtemp(join(tmpdir(), "galley-render-")));
  return createRenderer({ roots: [dir], base: dir });
}

describe("render: partials", () => {
  it("renders a partial again for arguments that differ anywhere, even deep inside an object", async () => {
    const r = await renderer({
      "page.liquid": '{% for a in items %}{% render "partials/item", a: a, root: root %}|{% endfor %}',
      "partials/item.liquid": "{{ root }}{{ a.url }}:{{ a.meta.author }}",
    });
    const same = { url: "x/", meta: { author: "Ann" } };
    const html = await r.renderTemplate("page", { root: "../", items: [same, same, { url: "x/", meta: { author: "Bo" } }, { url: "y/", meta: { author: "Ann" } }] });
    assert.equal(html, "../x/:Ann|../x/:Ann|../x/:Bo|../y/:Ann|");
    assert.equal(await r.renderTemplate("page", { root: "../../", items: [same] }), "../../x/:Ann|", "another root is another rendering");
  });

  it("escapes what a remembered partial prints, as the first time", async () => {
    const r = await renderer({
      "page.liquid": '{% render "partials/h", t: t %}{% render "partials/h", t: t %}',
      "partials/h.liquid": "<h2>{{ t }}</h2>",
    });
    assert.equal(await r.renderTemplate("page", { t: "<script>x</script>" }), "<h2>&lt;script&gt;x&lt;/script&gt;</h2>".repeat(2));
  });

  it("renders partials outside partials/, `with` and `for` as LiquidJS does", async () => {
    const r = await renderer({
      "page.liquid": '{% render "blocks/b" for items as item %};{% render "partials/p" with who as name %}',
      "blocks/b.liquid": "[{{ item }}{{ forloop.index }}]",
      "partials/p.liquid": "hi {{ name }}",
    });
    assert.equal(await r.renderTemplate("page", { items: ["a", "b"], who: "Ann" }), "[a1][b2];hi Ann");
  });
});
