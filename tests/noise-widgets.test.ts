/**
 * The page's widgets and labels read by their shape, in any language (issues 13 and 14): a label
 * printed again and again, a share bar's item no word list knows, the page telling the reader
 * which keys to press, a section label printed again as a teaser's section, a source stamp, a tags
 * list over the author's box, the desk's rule over its credit lines, a player's label between the
 * two copies of a caption. And issue 12's guard: the story's own sentence in the same place stays.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import type { Article } from "../src/model/article.js";
import { parseArticle } from "../src/parse/index.js";
import { lineContext } from "../src/parse/lines/features.js";

const story = (...blocks: string[]) => blocks.join("\n\n");
function parse(text: string, language = "en"): Article & { trace: { text: string; became: string }[] } {
  const { article, trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  return { ...article, trace };
}
/** What a line became (the first line of that text). */
const became = (a: ReturnType<typeof parse>, line: string) => a.trace.find((t) => t.text.trim() === line)?.became ?? "";
const isNoise = (a: ReturnType<typeof parse>, line: string) => became(a, line).startsWith("noise");
/** Every text the page prints of the article's blocks. */
const printed = (a: Article) => a.blocks.map((b) => (b.type === "quote" ? b.printed : b.type === "list" ? b.items.join("\n") : (b.text ?? ""))).join("\n");

const en = [
  "The harbour board voted on Tuesday to add a late-evening ferry to the island timetable, after more than 900 islanders signed a petition.",
  "The new sailing will leave the mainland at 10.15 pm from the first of May, the board's chair, Ruth Calder, told a packed meeting.",
  "The board will review the crossing's use in the autumn, when the summer timetable ends and fewer visitors travel.",
  "Fares will stay the same for islanders and visitors alike, a spokesperson for the ferry operator said on Wednesday.",
];

describe("a widget's label printed again and again", () => {
  it("drops a font-size picker's samples (one label five times running)", () => {
    const a = parse(["Harbour board backs late ferry", "", "FONT SIZE", "ABCDEFG", "ABCDEFG", "ABCDEFG", "ABCDEFG", "ABCDEFG", "", story(...en)].join("\n"));
    assert.ok(!printed(a).includes("ABCDEFG"));
  });
  it("keeps a short line the story prints twice, not running", () => {
    const a = parse(story("Harbour board backs late ferry", en[0] as string, "Yes.", en[1] as string, "Yes.", en[2] as string));
    assert.equal(printed(a).split("Yes.").length - 1, 2);
  });
});

describe("a share bar's item that no word list knows", () => {
  it("drops it between two of the bar's items (Japanese: “ツイート” between “シェア” and “LINEで送る”)", () => {
    const ja = parse(["市営バス、来月から深夜便を増便", "シェア", "ツイート", "LINEで送る", "", "市は２日、市営バスの深夜便を来月から増やすと発表した。駅前と大学を結ぶ路線で、午後11時以降の便を倍にする。", "", "利用者アンケートでは、深夜便の増便を求める声が最も多かった。", "", "市交通局の担当者は「学生や夜勤の人の足を確保したい」と話した。"].join("\n"), "ja");
    assert.ok(isNoise(ja, "ツイート"), became(ja, "ツイート"));
  });
  it("keeps a word or two that stand apart from the bar (a blank line between)", () => {
    const a = parse(["Harbour board backs late ferry", "Share", "Facebook", "", "Ruth Calder", "", "Facebook", "", story(...en)].join("\n"));
    assert.ok(!isNoise(a, "Ruth Calder"));
  });
});

describe("the page telling the reader which keys to press", () => {
  it("drops the error-report widget in Russian and English", () => {
    const ru = parse(story("Трамвайную линию закроют на ремонт", "Трамвайную линию на Заречной улице закроют на ремонт с понедельника до конца октября, сообщили в мэрии.", "Вместо трамваев по маршруту пустят автобусы, интервал движения составит восемь минут.", "Подрядчик обещает уложиться в срок и заплатить штраф за каждый день задержки.", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"), "ru");
    assert.ok(!printed(ru).includes("Ctrl+Enter"));
    const a = parse(story("Harbour board backs late ferry", ...en, "Found a mistake? Highlight the text and press Ctrl+Enter to tell us.", "Tags"));
    assert.ok(!printed(a).includes("Ctrl+Enter"));
  });
  it("keeps a sentence that quotes the keys", () => {
    const a = parse(story("Harbour board backs late ferry", ...en.slice(0, 2), "The clerk said: “Press Ctrl+Enter and the vote is recorded.”", ...en.slice(2)));
    assert.ok(printed(a).includes("Press Ctrl+Enter"));
  });
});

describe("the section label over the story printed again under it", () => {
  it("drops a teaser's section that repeats the breadcrumb's, keeps the teaser", () => {
    const text = ["Strona główna", "POLITYKA", "Niemcy zamykają granice na stałe", "", "Niemiecki rząd zapowiedział w poniedziałek stałe kontrole na wszystkich granicach lądowych kraju, co ma ograniczyć nielegalną migrację.", "", "Czytaj więcej", "", "POLITYKA", "Parlament poparł kontrole na granicach, opozycja zapowiada skargę", "", "Decyzja zapadła po wielogodzinnej debacie w Bundestagu, w której głos zabrali przedstawiciele wszystkich frakcji.", "", "Kanclerz powiedział, że kontrole potrwają tak długo, jak będzie to konieczne dla bezpieczeństwa kraju."].join("\n");
    const a = parse(text, "pl");
    const box = a.blocks.find((b) => b.type === "related");
    assert.ok(box && box.type === "related" && !(box.text ?? "").includes("POLITYKA") && box.links.some((l) => l.text.startsWith("Parlament poparł")), JSON.stringify(box));
  });
  it("keeps the reporter's name printed over the story and again under it (a sign-off, not a label)", () => {
    const a = parse(story("Local", "Harbour board backs late ferry", "Ruth Calder", ...en, "Ruth Calder"));
    assert.equal(a.byline, "Ruth Calder");
    assert.ok(!isNoise(a, "Ruth Calder"), became(a, "Ruth Calder"));
    assert.ok(a.trace.filter((t) => t.text.trim() === "Ruth Calder").every((t) => !t.became.startsWith("noise")), JSON.stringify(a.trace.filter((t) => t.text.trim() === "Ruth Calder")));
  });
});

describe("the page's tail: source stamps, tags over the author's box", () => {
  it("drops a label and the site's address after the story (“Źródło: rp.pl”)", () => {
    const a = parse(story("Harbour board backs late ferry", ...en, "© All rights reserved", "Source: harbourtimes.example"));
    assert.ok(isNoise(a, "Source: harbourtimes.example"));
  });
  it("drops a tags list right over the author's bio", () => {
    const a = parse(story("Harbour board backs late ferry", "By Jane Okafor", ...en, "Tags", "Ferries\nIslands\nTransport", "Jane Okafor is the Island Times' transport reporter. She has covered the islands since 2016."));
    for (const line of ["Tags", "Ferries", "Islands", "Transport"]) assert.ok(!printed(a).includes(line), `${line} reached the page`);
    assert.ok(printed(a).includes("Fares will stay the same"));
  });
  it("keeps short paragraphs over the bio that no tags label opens", () => {
    const a = parse(story("Harbour board backs late ferry", "By Jane Okafor", ...en, "Ferries run again", "Jane Okafor is the Island Times' transport reporter. She has covered the islands since 2016."));
    assert.ok(printed(a).includes("Ferries run again"));
  });
});

describe("the desk's credit lines and the reporter's address", () => {
  it("prints the wire's rule with the credit line under it", () => {
    const a = parse(story("Harbour board backs late ferry", ...en, "___", "Associated Press writer Dean Whitfield in Port Ellen contributed to this report."));
    assert.deepEqual(a.blocks.filter((b) => b.type === "endnote").map((b) => b.text), ["___", "Associated Press writer Dean Whitfield in Port Ellen contributed to this report."]);
  });
  it("prints the reporter's address between the last sentence and the wire's end mark", () => {
    const a = parse(story("Harbour board backs late ferry", ...en).concat("\n\nkokobj@harbour.example\n(END)"));
    assert.ok(printed(a).includes("kokobj@harbour.example"));
    assert.ok(!printed(a).includes("(END)"));
  });
});

describe("a caption printed twice with a player's label between", () => {
  it("prints the caption's copies and credits, not the label", () => {
    const caption = "Ruth Calder speaks to islanders at the pier in Port Ellen on Tuesday. Jane Okafor/Island Times";
    const a = parse(story("Harbour board backs late ferry", en[0] as string, `${caption} hide caption`, "toggle caption\nJane Okafor/Island Times", caption.replace(" Jane Okafor/Island Times", ""), "Jane Okafor/Island Times", ...en.slice(1)));
    const media = a.blocks.find((b) => b.type === "media");
    assert.ok(media && media.type === "media" && !(media.text ?? "").includes("toggle caption") && (media.text ?? "").includes("Jane Okafor/Island Times"), JSON.stringify(media));
  });
});

describe("prose in a language of long words", () => {
  // (Turkish sentences of six to ten words: the story's end is found, and the tags after it)
  const tr = [
    "Vapur seferleri fırtına nedeniyle iptal edildi",
    "İstanbul'da sabah saatlerinde etkili olan şiddetli fırtına nedeniyle bütün vapur seferleri iptal edildi.",
    "Şehir Hatları yaptığı yazılı açıklamada yolcuların alternatif ulaşım araçlarını kullanmasını istedi.",
    "Meteoroloji Genel Müdürlüğü, rüzgarın öğleden sonra hafifleyeceğini bildirdi.",
    "Kadıköy iskelesinde bekleyen yüzlerce yolcu seferlerin ne zaman başlayacağını sordu.",
    "Yetkililer, seferlerin akşam saatlerinde normale dönmesini bekliyor.",
    "Yetkililer ayrıca köprülerdeki trafik yoğunluğunun gece yarısına kadar süreceğini açıkladı.",
  ];
  it("reads a sentence of ten long words as prose, where an English one needs fifteen", () => {
    const facts = (lines: string[]) => lineContext(lines.map((text) => ({ text, afterBlank: true })), () => false).facts;
    const turkish = facts(tr);
    assert.equal(turkish[4]?.prose, true, "Kadıköy iskelesinde bekleyen yüzlerce yolcu seferlerin ne zaman başlayacağını sordu.");
    const english = facts([...en, "The ferry will stop at the old pier on Sundays and holidays."]);
    assert.equal(english[4]?.prose, false);
    assert.equal(english[0]?.prose, true);
  });
  it("drops the tags list after the story's last short sentence", () => {
    const a = parse(story(...tr, "Habere ait etiketler", "vapur\nfırtına\nİstanbul"), "tr");
    for (const line of ["Habere ait etiketler", "fırtına"]) assert.ok(!printed(a).includes(line), `${line} reached the page`);
    assert.ok(printed(a).includes("gece yarısına kadar"));
  });
  it("keeps the same label-like lines over the story's last sentences", () => {
    const a = parse(story(...tr.slice(0, 3), "Etiketler", "vapur", ...tr.slice(3)), "tr");
    assert.ok(printed(a).includes("vapur\n") || a.blocks.some((b) => b.type === "paragraph" && b.text === "vapur"));
  });
});

describe("an ad's copy under its label in spaced copy", () => {
  it("drops it though a consent prompt and the ad itself sit without blank lines", () => {
    const sv = [
      "Sen färja till ön klar i maj", "",
      "Hamnstyrelsen beslutade på tisdagen att lägga till en sen kvällsfärja till ön, efter att fler än 900 öbor skrivit under ett upprop.", "",
      "Externt innehåll", "Jag godkänner att externt innehåll visas, vilket kan innebära att personuppgifter delas med tredje part.", "",
      "Den nya turen ska gå från fastlandet klockan 22.15 från och med första maj, sa ordföranden Ruth Kalder.", "",
      "Styrelsen ska se över hur turen används i höst när sommartidtabellen tar slut.", "",
      "Annons", "Spara 40 procent på vårresor med Öresor. Boka i dag, betala senare.", "",
      "Biljettpriserna blir oförändrade, uppgav en talesperson för rederiet.",
    ];
    const a = parse(sv.join("\n"), "sv");
    assert.ok(!printed(a).includes("Spara 40 procent"));
    assert.ok(printed(a).includes("Biljettpriserna blir oförändrade"));
  });
});
