/** A line's answer read once (src/parse/line-memo.ts): the parser's readers ask the same line many times. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineMemo } from "../src/parse/line-memo.js";

describe("lineMemo", () => {
  it("reads each line once and gives the same answer again, null included", () => {
    const asked: string[] = [];
    const isShort = lineMemo((text) => (asked.push(text), text.length < 5 ? text : null));
    assert.deepEqual([isShort("ab"), isShort("long line"), isShort("ab"), isShort("long line")], ["ab", null, "ab", null]);
    assert.deepEqual(asked, ["ab", "long line"]);
  });
  it("holds at most its size of lines: it is emptied when it fills, and reads again", () => {
    const asked: string[] = [];
    const echo = lineMemo((text) => (asked.push(text), text), 2);
    for (const text of ["a", "b", "c", "a"]) echo(text);
    assert.deepEqual(asked, ["a", "b", "c", "a"]);
  });
});
