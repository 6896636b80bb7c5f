import assert from "node:assert/strict";
import { test } from "node:test";
import { needleOf, patternSet } from "../src/parse/text/pattern-set.js";

test("a pattern's needle is the plain text it opens with, read conservatively", () => {
  assert.deepEqual(needleOf("^we use cookies\\b"), { anchored: true, literals: ["we use cookies"] });
  // a quantified last letter is optional: it is left out
  assert.deepEqual(needleOf("^lesezeit\\s*:?"), { anchored: true, literals: ["lesezeit"] });
  assert.deepEqual(needleOf("^newsletters?\\b"), { anchored: true, literals: ["newsletter"] });
  assert.deepEqual(needleOf("^(?:get|download) (?:the|our) app"), { anchored: true, literals: ["get", "download"] });
  assert.deepEqual(needleOf("\\bstraight to your inbox\\b"), { anchored: false, literals: ["straight to your inbox"] });
  assert.deepEqual(needleOf("(?:\\bapp\\b|アプリ).{0,20}here"), { anchored: false, literals: ["app", "アプリ"] });
});

test("a pattern whose opening is not plain text has no needle", () => {
  assert.equal(needleOf("^\\d+\\s*min read$"), undefined);
  assert.equal(needleOf("^(today.s )?newsletter"), undefined);
  assert.equal(needleOf("^(?:|x)y"), undefined);
  assert.equal(needleOf("^a|b"), undefined);
  assert.equal(needleOf("^(?=ab)a"), undefined);
});

test("a pattern set answers as the one alternation of its patterns, line by line", () => {
  const sources = ["^we use cookies\\b", "^(?:get|download) (?:the|our) .{0,20}\\bapp\\b", "\\bstraight to your inbox\\b", "^\\d+\\s*min\\.?\\s+read$", "^(today.s )?newsletter is sponsored by\\b", "^vi använder cookies\\b", "^get"];
  const alternation = new RegExp(sources.map((s) => `(?:${s})`).join("|"), "u");
  const set = patternSet(sources, "u");
  const lines = [
    "we use cookies to measure the audience", "we used cookies", "download our free app", "get the news app now", "getting there", "gets", "",
    "news straight to your inbox every morning", "3 min read", "12 min. read", "today's newsletter is sponsored by acme", "newsletter is sponsored by",
    "vi använder cookies", "the minister said she would resign", "ví dụ", "🙂 get",
  ];
  for (const line of lines) assert.equal(set.test(line), alternation.test(line), line);
});

test("an empty pattern set matches nothing", () => {
  assert.equal(patternSet([], "u").test("anything"), false);
  assert.equal(patternSet([], "u").test(""), false);
});
