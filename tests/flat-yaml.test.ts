import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { LineCounter, parseDocument, isMap, isScalar, type Node } from "yaml";
import { flatMapping } from "../src/load/flat-yaml.js";

/** What the `yaml` package gives for `source`: the mapping and each top-level field's key and value positions. */
function byYaml(source: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const place = (node: Node | null | undefined) => {
    if (!node?.range) return undefined;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line: line + lineOffset, column: col };
  };
  const places = doc.contents.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), place(pair.key as Node), place(pair.value as Node)]);
  return { data: doc.toJS() as Record<string, unknown>, places };
}

function sameAsYaml(source: string, lineOffset = 0): boolean {
  const flat = flatMapping(source, lineOffset);
  if (!flat) return false;
  const expected = byYaml(source, lineOffset);
  assert.ok(expected, `yaml fails on what the fast path read:\n${source}`);
  assert.deepEqual(flat.data, expected.data, source);
  for (const [key, keyPlace, valuePlace] of expected.places) {
    assert.deepEqual(flat.placeOf(key as string, "key"), keyPlace, `${key} key in\n${source}`);
    assert.deepEqual(flat.placeOf(key as string), valuePlace, `${key} value in\n${source}`);
  }
  return true;
}

test("flat front matter: read without yaml, with what yaml gives (values and positions)", () => {
  assert.ok(sameAsYaml('\ntitle: "Quito bank welcomed former agency plan"\ndate: 2024-03-30T09:20:47.000Z\nsection: business\ntags: [elections, "city hall"]\nauthor: "Astrid Pennington"\n'));
  assert.ok(sameAsYaml("title: Ein Bürgermeister sagt nein\ndraft: false\nfeatured: true\nimage: https://example.org/a.jpg\nlang: de\nupdated: 12:30\ntags: []\n", 4));
  assert.ok(sameAsYaml("headline: 東京で会見\nkicker: «Ексклюзив»\ndescription: He said \"no\" and left.\n"));
  assert.ok(sameAsYaml("title: null\nsubtitle: Yes\nlink: http://a.example/b#c\n"));
});

test("anything else goes to yaml: numbers, comments, escapes, nesting, repeats, block scalars", () => {
  for (const source of ["weight: 3", "x: 1e3", "x: 0x1F", "x: .inf", "# note\ntitle: a", "title: a # note", 'title: "a\\"b"', "title: 'a'", "a:\n  b: c", "a: b\na: c", "a: |\n  text", "a: &x b", "a: *x", "a: [1, 2]", "a: [a,b]", "a: ~", "a:", "a: b ", "title: a: b", "a: b  c", "a: - b", "title: a\r\n", "__proto__: x", "true: x", "a: [x, [y]]", "a: {b: c}", "a: b: c", ""]) {
    assert.equal(flatMapping(source, 0), null, source);
  }
});

test("the fast path never disagrees with yaml (generated front matter)", () => {
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 .:'"!?,\-/#&*@[\]{}]{0,20}$/);
  const value = fc.oneof(word, word.map((w) => `"${w}"`), fc.array(word, { maxLength: 4 }).map((ws) => `[${ws.join(", ")}]`), fc.constantFrom("true", "false", "null", "True", "12", "1.5", "2024-01-02"));
  const field = fc.tuple(fc.stringMatching(/^[a-z][a-z_-]{0,8}$/), value);
  fc.assert(
    fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), fc.nat(5), (fields, offset) => {
      const source = `\n${fields.map(([k, v]) => `${k}: ${v}`).join("\n")}\n`;
      if (flatMapping(source, offset)) sameAsYaml(source, offset);
    }),
    { numRuns: 3000 },
  );
});
