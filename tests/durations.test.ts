/**
 * Reading and listening times by CLDR's units of time (src/parse/dates/durations.ts): given a line
 * under the headline in any language, whether it is a duration the page prints, not copy.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isDurationLine, timeUnits } from "../src/parse/dates/durations.js";
import { parse } from "./helpers/parse.js";

describe("durations", () => {
  it("reads a number and CLDR's unit of time, with a label before or after, in any language", () => {
    for (const [line, lang] of [
      ["4 min read", "en"], ["3 min de lecture", "fr"], ["Läsningstid: 3 min", "sv"], ["4 Minuten Lesezeit", "de"], ["Lesedauer: 4 Min.", "de"],
      ["3 دقائق للقراءة", "ar"], ["읽는 시간 3분", "ko"], ["Слушать 5 мин", "ru"], ["3 dakika okuma", "tr"], ["Tiempo de lectura: 3 min", "es"],
    ] as const) {
      assert.equal(isDurationLine(line, timeUnits(lang)), true, line);
    }
  });

  it("is not a sentence, a line of two numbers or a line of many words", () => {
    for (const [line, lang] of [
      ["It took 3 hours.", "en"], ["The council met for 3 hours on Tuesday and agreed a budget", "en"],
      ["Between 3 and 5 hours, the officials said", "en"], ["Il a fallu 3 heures aux pompiers ?", "fr"], ["Teil 2", "de"],
    ] as const) {
      assert.equal(isDurationLine(line, timeUnits(lang)), false, line);
    }
  });

  it("leaves a reading time under the byline out of the article, in French, Swedish and Arabic", () => {
    const fr = parse("Grève des trains dans toute la France\n\nPar Jean Dupont\n\n3 min de lecture\n\nUne grève des conducteurs a paralysé mardi le trafic ferroviaire dans une grande partie du pays.\n\nLe syndicat appelle à une nouvelle journée de mobilisation la semaine prochaine.");
    assert.equal(fr.lede.startsWith("Une grève"), true);
    assert.deepEqual(fr.blocks.map((b) => ("text" in b && typeof b.text === "string" ? b.text : "")).filter((t) => t.includes("lecture")), []);
    const sv = parse("Tågstrejk stoppar trafiken i hela landet\n\nAv Anna Berg\n\nLäsningstid: 3 min\n\nLokförarna gick i strejk på tisdagen och tågtrafiken stannade i stora delar av landet, meddelar facket.\n\nFacket varnar för fler strejker nästa vecka.");
    assert.deepEqual(sv.blocks.map((b) => ("text" in b && typeof b.text === "string" ? b.text : "")).filter((t) => t.includes("Läsningstid")), []);
    const ar = parse("إضراب يشل حركة القطارات في مصر\n\nكتب: محمد علي\n\n3 دقائق للقراءة\n\nأدى إضراب سائقي القطارات يوم الثلاثاء إلى شلل حركة النقل في معظم أنحاء البلاد، وفق النقابة.\n\nوقالت النقابة إن الإضراب سيستمر حتى نهاية الأسبوع.");
    assert.equal(ar.lede.startsWith("أدى"), true);
    assert.deepEqual(ar.blocks.map((b) => ("text" in b && typeof b.text === "string" ? b.text : "")).filter((t) => t.includes("للقراءة")), []);
  });
});
