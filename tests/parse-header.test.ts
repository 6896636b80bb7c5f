/** The top of an article: headline among furniture, kicker, byline, dates, dateline, lede; any language. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readDates } from "../src/parse/dates/read-dates.js";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");
const body = "The council voted on Tuesday to rebuild the harbour wall, which storms damaged twice last winter.";

describe("header: the headline among page furniture", () => {
  it("skips a breadcrumb, a label ending in a colon and one-word section links before the headline", () => {
    const a = parse(story("You are here:", "Home / News / Local", "Harbour", "Council agrees to rebuild the harbour wall", "", body));
    assert.equal(a.headline, "Council agrees to rebuild the harbour wall");
    assert.equal(a.lede, body);
  });

  it("skips a share menu and a date line printed before the headline, and reads the date", () => {
    const a = parse(story("Facebook X Email", "12 March 2025 08:15", "Council agrees to rebuild the harbour wall", "", body));
    assert.equal(a.headline, "Council agrees to rebuild the harbour wall");
    assert.equal(a.date, "2025-03-12T08:15:00");
  });

  it("takes a short line over a longer headline, with a date line between, as a kicker", () => {
    const a = parse(story("Dancing on Ice", "Published 3 hours ago", "Skater leaves the show after a fall in the final rehearsal", "", body));
    assert.equal(a.kicker, "Dancing on Ice");
    assert.equal(a.headline, "Skater leaves the show after a fall in the final rehearsal");
    assert.equal(a.date, null, "a relative time is never a date");
  });

  it("finds the headline of a Japanese page after its section labels", () => {
    const a = parse(story("社会", "市が新しい図書館の建設を発表", "2025/3/4 14:22", "", "市は火曜日、駅前に新しい図書館を建設すると発表した。工事は来年春に始まり、完成までに約二年かかる見通しだ。"));
    assert.equal(a.headline, "市が新しい図書館の建設を発表");
    assert.equal(a.date, "2025-03-04T14:22:00");
    assert.equal(a.lang, "ja");
  });

  it("takes the headline under the page's title that holds it with the site's name, and drops the title", () => {
    const a = parse(story("Council agrees to rebuild the harbour wall - Gazette News", "", "Council agrees to rebuild the harbour wall", "", body));
    assert.equal(a.headline, "Council agrees to rebuild the harbour wall");
    assert.equal(a.lede, body);
    assert.equal(a.blocks.length, 0);
  });

  it("drops the headline printed again right under it, in a script without spaces", () => {
    const a = parse(story("港口计划推迟到明年", "", "港口计划推迟到明年", "", "市议会周一决定，港口改建计划推迟到明年春天，原因是预算不足。"));
    assert.equal(a.headline, "港口计划推迟到明年");
    assert.equal(a.lede, "市议会周一决定，港口改建计划推迟到明年春天，原因是预算不足。");
    assert.equal(a.blocks.length, 0);
  });

  it("keeps a two-word headline over the lede", () => {
    assert.equal(parse(story("Ferry cut", "", "The winter timetable starts on Monday with fewer sailings.")).headline, "Ferry cut");
  });
});

describe("header: bylines in any language", () => {
  it("reads several authors joined by and, with their paper", () => {
    const a = parse(story("Two officers charged over missing records", "Maria Lopez and Thomas Berg CITY HERALD", "Published 7:07 PM EST Nov 19, 2019", "", body));
    assert.equal(a.byline, "Maria Lopez and Thomas Berg CITY HERALD");
    assert.equal(a.date, "2019-11-19T19:07:00-05:00");
  });

  it("reads an Italian byline opened by 'di' and a Portuguese one by 'Por' with its date", () => {
    assert.equal(parse(story("Il comune approva il nuovo piano", "di Giulia Neri", "", "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico del centro.")).byline, "di Giulia Neri");
    const pt = parse(story("Prefeitura anuncia novo hospital", "Por Ana Souza | 03/05/2022 20:36", "", "A obra do novo hospital deve começar no próximo mês e terá duzentos leitos."));
    assert.equal(pt.byline, "Por Ana Souza | 03/05/2022 20:36");
    assert.equal(pt.date, "2022-05-03T20:36:00");
  });

  it("reads a name without a byline word next to the date in a script without case", () => {
    const a = parse(story("市が新しい図書館の建設を発表", "2025/3/4 14:22", "山田 花子", "", "市は火曜日、駅前に新しい図書館を建設すると発表した。工事は来年春に始まる見通しだ。"));
    assert.equal(a.byline, "山田 花子");
  });

  it("does not take share buttons under a byline for more bylines", () => {
    const a = parse(story("El alquiler sube en la ciudad", "Por Lucía Ferrer", "Valencia - 04 feb 2025 - 05:30 CET", "Compartir en Whatsapp", "Compartir en Facebook", "", "El precio del alquiler subió un 14% en un año, según un estudio publicado ayer."));
    assert.equal(a.byline, "Por Lucía Ferrer");
  });
});

describe("header: datelines", () => {
  it("cuts a wire dateline with a date and a double hyphen off the lede", () => {
    const a = parse(story("North slams joint drill", "", "SEOUL, Aug. 20 (Yonhap) -- The North's official newspaper blasted the drill on Tuesday."));
    assert.equal(a.dateline, "SEOUL, Aug. 20 (Yonhap)");
    assert.equal(a.lede, "The North's official newspaper blasted the drill on Tuesday.");
  });

  it("cuts 'Berlin.' and 'Washington, DC, United States:' off the lede", () => {
    assert.equal(parse(story("Bahn bekommt mehr Geld", "", "Berlin. Die Bundesregierung hat am Mittwoch einen neuen Plan für den Ausbau der Bahn beschlossen.")).dateline, "Berlin");
    assert.equal(parse(story("Senate passes the bill", "", "Washington, DC, United States: The Senate passed the bill on Tuesday after a long night of debate.")).dateline, "Washington, DC, United States");
  });

  it("cuts a place and its source in brackets, without a dash, in scripts without case", () => {
    const ur = parse(story("بندرگاہ کا منصوبہ مؤخر", "", "کراچی (نمائندہ خصوصی) شہر کی کونسل نے پیر کو بندرگاہ کی دیوار دوبارہ بنانے کا فیصلہ کیا۔"));
    assert.equal(ur.dateline, "کراچی (نمائندہ خصوصی)");
    assert.equal(ur.lede, "شہر کی کونسل نے پیر کو بندرگاہ کی دیوار دوبارہ بنانے کا فیصلہ کیا۔");
    const hi = parse(story("बंदरगाह योजना में देरी", "", "जयपुर (एजेंसी)। नगर परिषद ने सोमवार को बंदरगाह की दीवार फिर से बनाने का फैसला किया।"));
    assert.equal(hi.dateline, "जयपुर (एजेंसी)");
    assert.equal(hi.lede, "नगर परिषद ने सोमवार को बंदरगाह की दीवार फिर से बनाने का फैसला किया।");
    assert.equal(parse(story("Harbour plan delayed", "", "Jane Smith (Labour) said on Monday that the harbour wall would be rebuilt next year.")).dateline, null, "a name and a party in a cased script is no dateline");
  });

  it("cuts the dateline off the first body paragraph when the lede is a standfirst", () => {
    const a = parse(story("Meloni meets Trump in Florida", "", "The Italian prime minister flew to Florida for a surprise meeting with the president-elect.", "", "NEW YORK - Giorgia Meloni arrived at the resort at half past seven in the evening.", "", "More."));
    assert.equal(a.dateline, "NEW YORK");
    assert.equal(a.lede, "The Italian prime minister flew to Florida for a surprise meeting with the president-elect.");
    assert.equal((a.blocks[0] as { text: string }).text, "Giorgia Meloni arrived at the resort at half past seven in the evening.");
  });

  it("does not take a one-word sentence for a place", () => {
    assert.equal(parse(story("Council meets again", "", "Yes. The council will meet again next week to decide on the plan for the harbour.")).dateline, null);
  });
});

describe("header: the lede", () => {
  it("skips the headline printed again, a rating widget and a view counter", () => {
    const a = parse(story("Ferry timetable cut for winter", "", "Ferry timetable cut for winter", "", "Rate:", "", "Seen 314 times", "", body));
    assert.equal(a.lede, body);
  });
  it("takes a first paragraph that quotes someone for the lede, printed as written, with its dateline cut", () => {
    const lede = "Mayor Ingrid Solberg said on Monday: “The bridge will open in spring, and the ferry will stop running.”";
    const a = parse(story("Bridge to open in spring", "", `OSLO (NTB) - ${lede}`, "", body));
    assert.equal(a.lede, lede);
    assert.equal(a.dateline, "OSLO (NTB)");
    assert.ok(!a.blocks.some((b) => b.type === "quote"), "the lede is not printed a second time as a quote");
  });

  it("does not take a dash-led first paragraph for the lede when prose follows", () => {
    const a = parse(story("Bridge to open in spring", "", "– A bridge, not a ferry, says the mayor –", "", body));
    assert.equal(a.lede, body);
  });
});

describe("dates: read with CLDR's names, never hand lists", () => {
  const iso = (line: string, lang: string) => readDates(line, lang).dates.map((d) => d.iso);
  it("reads dates in many languages and shapes", () => {
    assert.deepEqual(iso("Mon 20 Jan 2020 06.05 GMT", "en"), ["2020-01-20T06:05:00Z"]);
    assert.deepEqual(iso("Stand: 03.02.2025 17:40 Uhr", "de"), ["2025-02-03T17:40:00"]);
    assert.deepEqual(iso("2025年3月4日", "ja"), ["2025-03-04"]);
    assert.deepEqual(iso("2025.03.04 14:22", "ko"), ["2025-03-04T14:22:00"]);
    assert.deepEqual(iso("2025년 3월 4일 오후 2:30", "ko"), ["2025-03-04T14:30:00"]);
    assert.deepEqual(iso("Publié le 30 avril 2015 à 07:19", "fr"), ["2015-04-30T07:19:00"]);
    assert.deepEqual(iso("Oppdatert 5. august 2024 kl. 14:47", "no"), ["2024-08-05T14:47:00"]);
    assert.deepEqual(iso("3 марта 2025, 14:00", "ru"), ["2025-03-03T14:00:00"]);
    assert.deepEqual(iso("4 במרץ 2025", "he"), ["2025-03-04"]);
    assert.deepEqual(iso("الجمعة 8 فيفري 2019", "ar"), ["2019-02-08"]);
    assert.deepEqual(iso("21.dez.2018 às 12h55", "pt"), ["2018-12-21T12:55:00"]);
    assert.deepEqual(iso("Aug. 16, 2020", "en"), ["2020-08-16"]);
    assert.deepEqual(iso("08:15, 12 MAR 2025 Updated 09:02, 12 MAR 2025", "en"), ["2025-03-12T08:15:00", "2025-03-12T09:02:00"]);
  });

  it("tells relative times, which are never dates", () => {
    for (const [line, lang] of [["22 hours ago", "en"], ["Updated 2 hours ago", "en"], ["vor 2 Stunden", "de"], ["il y a 3 heures", "fr"], ["2 timer siden", "no"], ["2時間前", "ja"], ["Heute, 12:37 Uhr", "de"]] as const) {
      const r = readDates(line, lang);
      assert.equal(r.relative, true, line);
      assert.deepEqual(r.dates, [], line);
    }
    assert.equal(readDates("The company grew 3 percent in 2 years", "en").relative, false);
  });

  it("tells relative times that put another word before the number than CLDR does", () => {
    // CLDR's Arabic is "قبل 3 ساعات"; pages also print "منذ 3 ساعات"; Spanish pages "Hace 3 horas" as CLDR does
    for (const [line, lang] of [["منذ 3 ساعات", "ar"], ["آخر تحديث: منذ 3 ساعات", "ar"], ["Hace 3 horas", "es"], ["לפני 3 שעות", "he"]] as const) {
      assert.equal(readDates(line, lang).relative, true, line);
    }
    // a sentence that begins like one is not
    assert.equal(readDates("Nach 3 Stunden war das Feuer gelöscht.", "de").relative, false);
    assert.equal(readDates("بعد 3 ساعات من المفاوضات اتفق الطرفان على هدنة جديدة", "ar").relative, false);
  });
});

describe("header: dates in the locale's full form and era (CLDR)", () => {
  it("reads a Thai date with its weekday glued to 'ที่' and the Buddhist era's 'พ.ศ.'", () => {
    assert.equal(readDates("วันพฤหัสบดีที่ 6 มีนาคม พ.ศ. 2568 เวลา 09:15 น.", "th").dates[0]?.iso, "2025-03-06T09:15:00");
    assert.equal(readDates("6 มีนาคม พ.ศ. 2568", "th").dates[0]?.iso, "2025-03-06");
  });
  it("reads a Persian date with the Solar Hijri era after the year", () => {
    assert.equal(readDates("۱۴ آذر ۱۴۰۴ ه.ش.", "fa").dates[0]?.iso, "2025-12-05");
  });
  it("does not take a month name before an era-less word for a date", () => {
    assert.equal(readDates("6 มีนาคม ประชาชน 2568", "th").dates.length, 0);
  });
});
