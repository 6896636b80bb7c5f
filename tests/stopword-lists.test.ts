/** The stopword table (src/parse/stopword-lists.ts) answers what `stopwords-iso` itself holds. */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { fromTable, isAnyStopword, stopwordList, toTable } from "../src/parse/stopword-lists.js";

const lists = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;

describe("stopword lists: stopwords-iso, read from one table", () => {
  it("gives every language's list as the package has it, and nothing for a language it has not", () => {
    const table = fromTable(toTable(lists) ?? "");
    assert.ok(table);
    for (const [lang, list] of Object.entries(lists)) assert.deepEqual(table.list(lang), list, lang);
    assert.equal(table.list("xx"), undefined);
    assert.equal(table.list("constructor"), undefined);
    for (const lang of ["en", "de", "ja", "xx"]) assert.deepEqual(stopwordList(lang), Object.hasOwn(lists, lang) ? lists[lang] : undefined);
  });

  it("tells a word of any list, lower-cased, from every other word", () => {
    const table = fromTable(toTable(lists) ?? "");
    assert.ok(table);
    const union = new Set(Object.values(lists).flat().map((w) => w.toLowerCase()));
    for (const word of union) assert.equal(table.inAny(word), true, word);
    for (const word of ["harbour", "council", "zzz", "", "😀", "Ünd", "THE"]) assert.equal(table.inAny(word), union.has(word), word);
    assert.equal(isAnyStopword("the"), true);
    assert.equal(isAnyStopword("harbour"), false);
  });

  it("refuses a table cut short", () => {
    const text = toTable({ en: ["the", "a"], de: ["der"] }) ?? "";
    assert.ok(fromTable(text));
    assert.equal(fromTable(text.slice(0, -2)), null);
    assert.equal(fromTable(""), null);
  });
});
