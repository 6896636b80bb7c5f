/**
 * The page's furniture written in sentences (issue 13): the newsletter's pitch between the header
 * and the lede, the paywall's count, the app's and the podcast's promos among the paragraphs, the
 * notes after the story (first published in …, the opinion disclaimer, the comment and corrections
 * policies, the author's bio), in several languages and scripts, read by the page's things named in
 * the page's voice and by their place. And the look-alikes of the copy, which stay: an opinion
 * column's sentences that address the reader, a quote that says "you", a story's sentence about
 * an app that someone reports. Then the genres' furniture: a match's sheet and a markets ticker,
 * and the player's lines.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";
import { isLineup } from "../src/parse/text/noise-sheet.js";
import { pageVoice } from "../src/parse/text/noise-voice.js";

const page = (...blocks: string[]) => blocks.join("\n\n");
function verdicts(text: string, language: string): Map<string, string> {
  const { trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  return new Map(trace.map((t) => [t.text.trim(), t.became]));
}
const isNoise = (v: Map<string, string>, line: string) => (v.get(line) ?? "").startsWith("noise");

const column = [
  "If you have walked past the Eastgate library on a Sunday afternoon this autumn, you will have seen the queue before the doors open at noon.",
  "Next month the council will vote on a plan to close all three branches on Sundays from April, to save £84,000 a year.",
  "Think about what that buys you. It buys a locked door on the one day when working families can actually use the building.",
  "\"If you close it on Sundays, you close it for us,\" one father told me outside Eastgate last week.",
  "So write to your councillor before the vote on 14 January. You have more say in this than you think.",
];
const header = ["Opinion", "Our town deserves a library that opens on Sundays", "Maya Okafor", "Sat 5 Dec 2026 07.00 GMT", "Share"];

describe("the page's furniture in sentences is noise; the column's sentences to the reader are copy (en)", () => {
  const pitch = "Get the day's top stories in your inbox every morning. Sign up for the Courier Briefing.";
  const paywall = "You have 3 free articles left this month. Subscribe for unlimited access.";
  const podcast = "The Courier Podcast: listen to our weekly conversation about the town's news on Spotify, Apple Podcasts or wherever you get your podcasts.";
  const bio = "Maya Okafor is a former librarian who writes a monthly column for the Courier. Reach her at maya.okafor@courier.example.";
  const disclaimer = "The views expressed in this column are the author's own and do not necessarily reflect those of the Courier.";
  const first = "This article was first published in the Courier's Saturday print edition.";
  const comments = "Comments are moderated and may take up to 24 hours to appear. Please read our community guidelines before you post.";
  const v = verdicts(page(header.join("\n"), pitch, column[0] as string, paywall, column[1] as string, column[2] as string, column[3] as string, podcast, column[4] as string, [bio, disclaimer, first, comments].join("\n")), "en");

  it("drops the newsletter's pitch between the header and the lede, though it is a sentence of sixteen words", () => assert.ok(isNoise(v, pitch), v.get(pitch)));
  it("drops the paywall's count and the podcast's promo among the paragraphs", () => {
    assert.ok(isNoise(v, paywall), v.get(paywall));
    assert.ok(isNoise(v, podcast), v.get(podcast));
  });
  it("drops the bio, the disclaimer, the first-published note and the comment policy after the story", () => {
    for (const line of [bio, disclaimer, first, comments]) assert.ok(isNoise(v, line), `${line}: ${v.get(line)}`);
  });
  it("keeps every sentence of the column, those that address the reader and the quote that says 'you'", () => {
    for (const line of column) assert.ok(!isNoise(v, line), `${line}: ${v.get(line)}`);
  });
});

describe("in other languages and scripts, by the same evidence", () => {
  it("de: drops the paywall's note in the story and 'Dieser Artikel erschien zuerst …' after it; keeps a quote that says 'Sie'", () => {
    const body = [
      "Der deutsche Aktienmarkt hat am Freitag knapp im Plus geschlossen, nachdem der Leitindex am Vormittag zeitweise ins Minus gerutscht war.",
      "Gefragt waren vor allem die Aktien der Autobauer, während die Papiere der Versorger nach Zahlen aus China nachgaben.",
      "„Sie müssen sich als Anleger fragen, ob Sie dieses Risiko jetzt noch tragen wollen“, sagte Marktanalystin Petra Lindner.",
      "Der Euro kostete am Abend 1,0842 US-Dollar, nachdem die Zentralbank den Referenzkurs auf 1,0835 Dollar festgesetzt hatte.",
    ];
    const paywall = "Sie lesen einen kostenlosen Artikel. Mit einem Abo lesen Sie alle Artikel auf unserer Seite ohne Werbung.";
    const first = "Dieser Artikel erschien zuerst auf boerse-kompakt.de.";
    const v = verdicts(page("Dax schließt knapp im Plus", body[0] as string, paywall, body[1] as string, body[2] as string, body[3] as string, first), "de");
    assert.ok(isNoise(v, paywall), v.get(paywall));
    assert.ok(isNoise(v, first), v.get(first));
    for (const line of body) assert.ok(!isNoise(v, line), `${line}: ${v.get(line)}`);
  });

  it("es: drops a paywall note that names no 'you' (Spanish drops its pronouns) by its call ('Hazte suscriptor')", () => {
    const body = [
      "El Real Betis ganó este sábado el derbi sevillano por 2-1 gracias a un gol de Isco en el minuto 93 ante más de 55.000 espectadores.",
      "El Sevilla se adelantó en el minuto 23 con un cabezazo de Badé a la salida de un córner, y dominó toda la primera parte.",
      "El empate llegó en el minuto 61, cuando Abde recortó en el área y cruzó el balón ante la salida del portero.",
    ];
    const paywall = "Has leído 4 de los 10 artículos gratuitos de este mes. Hazte suscriptor para seguir leyendo.";
    const v = verdicts(page("El Betis gana el derbi en el descuento", body[0] as string, body[1] as string, paywall, body[2] as string), "es");
    assert.ok(isNoise(v, paywall), v.get(paywall));
  });

  it("ko and ja: drop the newsletter's pitch to '당신' and the note that names the article itself ('この記事は…朝刊に掲載')", () => {
    const ko = [
      "경기도와 서울을 잇는 광역버스의 입석 운행이 금지된 지 한 달이 지나면서 출근 시간대 정류장 대기 시간이 최대 40분까지 늘어난 것으로 나타났다.",
      "경기도가 5일 발표한 조사 결과에 따르면 주요 정류장 12곳의 평균 대기 시간은 입석 금지 전 14분에서 31분으로 두 배 넘게 늘었다.",
      "용인에서 강남으로 출근하는 박지영(34)씨는 \"당신이라면 매일 아침 버스 세 대를 그냥 보내고 싶겠느냐\"고 말했다.",
    ];
    const pitch = "구독자 전용 뉴스레터 '아침 한빛'을 받아보세요. 매일 아침 당신의 메일함으로 찾아갑니다.";
    const printed = "이 기사는 12월 6일자 지면에 게재됐습니다.";
    const vk = verdicts(page("광역버스 입석 금지 한 달… 출근길 대기 40분으로 늘어", "김민수 기자", pitch, ...ko, printed), "ko");
    assert.ok(isNoise(vk, pitch), vk.get(pitch));
    assert.ok(isNoise(vk, printed), vk.get(printed));
    for (const line of ko) assert.ok(!isNoise(vk, line), `${line}: ${vk.get(line)}`);
    const ja = [
      "5日の東京株式市場で日経平均株価は3日続伸し、前日比112円高の3万8450円で取引を終えた。米国の長期金利の低下を受けて、半導体関連株に買いが集まった。",
      "東京エレクトロンやアドバンテストが上昇し、2銘柄で日経平均を約90円押し上げた。一方、円高が進んだことで自動車株は売られた。",
      "市場関係者は「あなたが長期の投資家なら、きょうの値動きに一喜一憂する必要はない」と話した。",
    ];
    const note = "この記事は12月6日付の朝刊に掲載されたものです。";
    const vj = verdicts(page("日経平均が3日続伸、半導体株に買い", ...ja, note), "ja");
    assert.ok(isNoise(vj, note), vj.get(note));
    for (const line of ja) assert.ok(!isNoise(vj, line), `${line}: ${vj.get(line)}`);
  });

  it("ar and hi: drop the bio that opens with the byline's name and the app's promo; keep the column's words to 'عزيزي القارئ'", () => {
    const ar = [
      "أقرت بلدية المدينة الأسبوع الماضي موازنة العام المقبل، وخصصت نحو ثلثها لجسرين جديدين فوق الطريق الدائري، بينما بقي دعم المخابز على حاله.",
      "ربما تسأل نفسك عزيزي القارئ: وما علاقة الجسور بالخبز؟ العلاقة بسيطة، فكل دينار يذهب إلى الخرسانة لا يذهب إلى رغيف.",
      "لا أقول إن الجسور غير ضرورية، لكن الموازنة تكشف من تسمع البلدية صوته، ومن لا تسمعه في أحياء المدينة القديمة.",
    ];
    const app = "حمّل تطبيق صحيفة الضفة على هاتفك لتصلك الأخبار العاجلة أولا بأول.";
    const bio = "سامي الحداد كاتب وصحفي متخصص في الشؤون الاقتصادية، يكتب في صحيفة الضفة منذ عام 2015.";
    const va = verdicts(page("الخبز قبل الجسور: عن أولويات موازنة المدينة\nسامي الحداد\nالسبت 5 ديسمبر 2026 - 09:15", ar[0] as string, ar[1] as string, app, ar[2] as string, bio), "ar");
    assert.ok(isNoise(va, app), va.get(app));
    assert.ok(isNoise(va, bio), va.get(bio));
    for (const line of ar) assert.ok(!isNoise(va, line), `${line}: ${va.get(line)}`);
    const hi = [
      "लखनऊ मेट्रो की ईस्ट-वेस्ट कॉरिडोर लाइन पर शुक्रवार को पहला ट्रायल रन हुआ और कॉरपोरेशन ने मार्च से यात्री सेवा का लक्ष्य रखा।",
      "चारबाग से वसंत कुंज तक की यह लाइन 11 किलोमीटर लंबी है, जिसमें सात स्टेशन भूमिगत होंगे और लागत करीब 5,800 करोड़ रुपये है।",
      "अधिकारियों के अनुसार सिग्नल प्रणाली की जांच के बाद रेलवे सुरक्षा आयुक्त का निरीक्षण फरवरी में होगा।",
    ];
    const hiBio = "राकेश तिवारी नगर समाचार में लखनऊ से परिवहन और शहरी विकास पर लिखते हैं।";
    const vh = verdicts(page("लखनऊ मेट्रो की नई लाइन पर ट्रायल शुरू\nराकेश तिवारी, लखनऊ\nअपडेटेड: 05 दिसंबर 2026, 06:40 PM IST", ...hi, hiBio), "hi");
    assert.ok(isNoise(vh, hiBio), vh.get(hiBio));
    for (const line of hi) assert.ok(!isNoise(vh, line), `${line}: ${vh.get(line)}`);
  });
});

describe("look-alikes: the story's own sentences about the page's things", () => {
  it("a story's sentence about an app, reported by someone, is no pitch however it opens", () => {
    assert.equal(pageVoice("Download the council's flood app for updates, the emergency plan says."), null);
  });
  it("a quote that addresses the reader and names the paper's app is the speaker's", () => {
    assert.equal(pageVoice("“Get the app and you will never miss a bus again,” the mayor told reporters."), null);
  });
  it("a desk's endnote names the article but is kept as an endnote", () => {
    assert.equal(pageVoice("Maya Okafor contributed to this report from the council chamber."), null);
  });
  it("a service story's advice to its reader about someone else's app ('you', not the page's 'our') stays among the paragraphs", () => {
    const body = [
      "The council will move almost every household to a new collection day in January, and it wants residents to check their new day online.",
      "If you have a smartphone, download the Hartwell Bins app from the App Store or Google Play and enter your postcode. The app will show your new day.",
      "Our council has spent more on this app than on the road gritters this winter, and you will have noticed the difference.",
      "The changes will save the council about £310,000 a year by cutting the number of routes its lorries drive from 14 to 11.",
    ];
    const v = verdicts(page("How to use the council's new bin app", ...body), "en");
    for (const line of body) assert.ok(!isNoise(v, line), `${line}: ${v.get(line)}`);
  });
  it("a sentence of a story about a paper's subscribers, with no call and no reader, stays among the paragraphs", () => {
    const body = [
      "The Hartwell Courier will close its print works next year and move its printing to a plant eighty miles away, its owners said.",
      "The paper lost 4,000 subscribers after it put its articles behind a paywall in 2024.",
      "Forty-two staff at the works will be offered jobs at the other plant or redundancy, the company said in a statement.",
    ];
    const v = verdicts(page("Courier to close its print works", ...body), "en");
    for (const line of body) assert.ok(!isNoise(v, line), `${line}: ${v.get(line)}`);
  });
});

describe("a match's sheet and a markets ticker are the page's boxes", () => {
  const report = [
    "La Juventus vince il derby della Mole per 2-1 e torna al terzo posto dopo una partita che il Torino aveva cominciato meglio.",
    "Al 58' Yildiz ha pareggiato con un destro a giro dal limite, e sei minuti dopo Vlahovic ha deviato in rete un cross basso.",
  ];
  const sheet = [
    "IL TABELLINO",
    "JUVENTUS (4-3-3): Di Gregorio; Cambiaso, Gatti, Bremer, Cabal; Koopmeiners, Locatelli, McKennie; Conceição, Vlahovic, Yildiz. All. Motta.",
    "TORINO (3-5-2): Milinković-Savić; Walukiewicz, Coco, Masina; Lazaro, Ricci, Ilić, Vlašić, Sosa; Adams, Sanabria. All. Vanoli.",
    "Arbitro: Doveri di Roma.",
    "Marcatori: 12' Adams (T), 58' Yildiz (J), 64' Vlahovic (J).",
  ];
  it("drops the line-ups, the labelled lines beside them and their heading (it)", () => {
    const v = verdicts(page("Juventus-Torino 2-1: Vlahovic decide il derby", ...report, sheet.join("\n")), "it");
    for (const line of sheet) assert.ok(isNoise(v, line), `${line}: ${v.get(line)}`);
    for (const line of report) assert.ok(!isNoise(v, line), line);
  });
  it("reads a line-up in Spanish by the same shape, and no sentence that lists a few names", () => {
    assert.ok(isLineup("Sevilla: Nyland; Carmona, Badé, Gudelj, Pedrosa; Agoumé, Saúl; Lukebakio, Vargas, Ejuke; Isaac Romero."));
    assert.ok(!isLineup("Goles: 0-1, m.23: Badé. 1-1, m.61: Abde. 2-1, m.93: Isco."));
    assert.ok(!isLineup("Invited: the mayor; the harbour master, the two councillors for the ward, and the club's chairman."));
  });
  it("drops a ticker over the headline whose every line has a signed change (de), and keeps the story's table under its sentence", () => {
    const ticker = ["DAX 18.412,3 +0,4 %", "MDAX 26.118,9 −0,2 %", "Euro/Dollar 1,0842 +0,1 %"];
    const table = ["Dax 18.412,30 Punkte +0,42 Prozent", "MDax 26.118,90 Punkte −0,21 Prozent", "SDax 13.902,15 Punkte +0,08 Prozent"];
    const body = [
      "Der deutsche Aktienmarkt hat am Freitag knapp im Plus geschlossen, nachdem der Leitindex am Vormittag zeitweise ins Minus gerutscht war.",
      "Gefragt waren vor allem die Aktien der Autobauer, während die Papiere der Versorger nach Zahlen aus China nachgaben.",
    ];
    const v = verdicts(page(`Wirtschaft\n${ticker.join("\n")}\nDax schließt knapp im Plus`, body[0] as string, `Die Schlusskurse im Überblick:\n${table.join("\n")}`, body[1] as string), "de");
    for (const line of ticker) assert.ok(isNoise(v, line), `${line}: ${v.get(line)}`);
    for (const line of table) assert.ok(!isNoise(v, line), `${line}: ${v.get(line)}`);
  });
  it("drops a player's time and its buttons, and the caption under them is the video's (fr, ko)", () => {
    const body = [
      "La ligne de tramway T7 sera entièrement fermée du 4 au 24 janvier pour remplacer deux kilomètres de rails usés.",
      "Des bus de substitution circuleront toutes les dix minutes aux heures de pointe, a indiqué le syndicat des transports.",
      "Le chantier coûtera 6,8 millions d'euros, et la ligne transporte environ 14 000 voyageurs par jour en semaine.",
    ];
    const v = verdicts(page("Tramway T7 : la ligne coupée trois semaines", body[0] as string, "Lire la vidéo\n0:00 / 1:47\nSous-titres\nLes travaux sur la ligne T7 en images. Vidéo Sytral", body[1] as string, body[2] as string), "fr");
    assert.ok(isNoise(v, "0:00 / 1:47"));
    assert.ok(isNoise(v, "Sous-titres"));
    assert.match(v.get("Les travaux sur la ligne T7 en images. Vidéo Sytral") ?? "", /^media \(video/u);
    const ko = [
      "경기도와 서울을 잇는 광역버스의 입석 운행이 금지된 지 한 달이 지나면서 출근 시간대 정류장 대기 시간이 최대 40분까지 늘어난 것으로 나타났다.",
      "경기도가 5일 발표한 조사 결과에 따르면 주요 정류장 12곳의 평균 대기 시간은 입석 금지 전 14분에서 31분으로 두 배 넘게 늘었다.",
    ];
    const vk = verdicts(page("광역버스 입석 금지 한 달… 출근길 대기 40분으로 늘어", ko[0] as string, "재생\n00:00 / 01:45\n음소거\n자막", ko[1] as string), "ko");
    for (const line of ["재생", "00:00 / 01:45", "음소거", "자막"]) assert.ok(isNoise(vk, line), `${line}: ${vk.get(line)}`);
  });
});
