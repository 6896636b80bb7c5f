/**
 * The whole text's name index reads the article's paragraphs only as far as a question needs
 * (issue 16: the Markdown quotes' speakers were 13.5 % of a cold build's worker, most of it
 * tokenising the whole article at the first one-word name). Its answers are the eager index's.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { nameIndex } from "../src/parse/speakers.js";
import { lexicons } from "../src/parse/lexicon/index.js";

/** The paragraphs as a source that counts how many were read. */
function counted(paragraphs: string[]) {
  let read = 0;
  const source = (function* () {
    for (const p of paragraphs) {
      read++;
      yield p;
    }
  })();
  return { source, read: () => read };
}

const eager = (paragraphs: string[], lang: "en" | "de" | "ru" | "ko") => {
  const index = nameIndex(lexicons[lang]!, { names: true, roles: false });
  for (const p of paragraphs) index.add(p);
  return index;
};

test("given a surname whose full name is in the second of five paragraphs, the index reads two of them", () => {
  const paragraphs = [
    "The harbour board met on Tuesday to discuss the new ferry timetable.",
    "Board chair Ingrid Solvang said the plan would be ready by spring.",
    "Fishermen in the north had asked for earlier departures.",
    "Tomas Brekke, a skipper from Vardø, welcomed the change.",
    "The timetable starts in March.",
  ];
  const { source, read } = counted(paragraphs);
  const index = nameIndex(lexicons.en!, { names: true, roles: false }, source);
  assert.equal(index.fullName("Solvang"), "Ingrid Solvang");
  assert.equal(read(), 2);
  assert.equal(index.fullName("Brekke"), "Tomas Brekke");
  assert.equal(read(), 4);
});

test("given a surname the text never gives in full, the index reads everything and answers as the eager one", () => {
  const paragraphs = ["Die Stadt Kiel plant einen neuen Radweg.", "Bürgermeisterin Petra Lindner sagte, der Bau beginne im Mai.", "Kritik kam von Anwohnern."];
  const { source, read } = counted(paragraphs);
  const index = nameIndex(lexicons.de!, { names: true, roles: false }, source);
  assert.equal(index.fullName("Vogel"), null);
  assert.equal(read(), 3);
  assert.equal(index.fullName("Lindner"), eager(paragraphs, "de").fullName("Lindner"));
});

test("given a name in another case (Russian), the lazy index gives the eager index's nominative and full name", () => {
  const paragraphs = ["Губернатор Олег Семёнов открыл новый мост через реку.", "По словам Семёнова, движение начнётся летом.", "Жители ждали мост десять лет."];
  const lazy = nameIndex(lexicons.ru!, { names: true, roles: false }, paragraphs.values());
  const full = eager(paragraphs, "ru");
  assert.equal(lazy.nominative("Семёнова"), full.nominative("Семёнова"));
  assert.equal(lazy.fullName("Семёнова"), full.fullName("Семёнова"));
});

test("given a name without case (Korean), the longer form is found in a later paragraph as by the eager index", () => {
  const paragraphs = ["정부는 오늘 새 예산안을 발표했다.", "이수진 장관은 기자회견에서 예산을 설명했다.", "이 장관은 지원을 늘리겠다고 말했다."];
  const lazy = nameIndex(lexicons.ko!, { names: true, roles: false }, paragraphs.values());
  assert.equal(lazy.longerForm("이 장관"), eager(paragraphs, "ko").longerForm("이 장관"));
  assert.notEqual(lazy.longerForm("이 장관"), null);
});
