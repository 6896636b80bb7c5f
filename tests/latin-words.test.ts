/**
 * The language detector's words of Latin-script text, split without Intl.Segmenter
 * (src/parse/lang/uncovered.ts, `latinWords`): given any text of the characters it reads, the
 * same words as the segmenter; given any other character, no answer (the segmenter reads it).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { latinWords } from "../src/parse/lang/uncovered.js";

const segmenter = new Intl.Segmenter("und", { granularity: "word" });
const segmented = (text: string) => Array.from(segmenter.segment(text)).filter((s) => s.isWordLike).map((s) => s.segment);

test("Latin-script prose: the segmenter's words, joined across marks between letters or digits", () => {
  for (const text of ["l’homme a dit: «non», 1,5 millions.", "don't stop at u.s. 3.14 a:b 1;2", "foo-bar / 50% (x)", "ø æ ß – “quoted” …"]) {
    assert.deepEqual(latinWords(text), segmented(text), text);
  }
});

test("any string of the characters it reads gives the segmenter's words (seeded random strings)", () => {
  const alphabet = [..."abzéßøœǿ019 \n!\"()-?/%&[]<>{}“”«»–—…„•*#|+=$€£~^§°±.'’‘:·,;", "ab", "12", "l’", "qu'"];
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 20_000; i++) {
    let text = "";
    for (let k = 1 + Math.floor(random() * 12); k > 0; k--) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.deepEqual(latinWords(text), segmented(text), JSON.stringify(text));
  }
});

test("other characters are left to the segmenter", () => {
  for (const text of ["日本語", "a_b", "x@y.z", "tab\there", "e\u0301", "Ελλάδα", "😀"]) assert.equal(latinWords(text), null, text);
});
