/**
 * What a run of short lines in the body is when it is no box of links (src/parse/text/related.ts,
 * list.ts isDataLine, subhead.ts): a fact box, a timetable, a programme; and the boxes of links
 * that look like them: titles ending in dots or a colon in any script, an untitled box after the
 * sign-off, a box whose links share only inflected words with the story.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isDataLine, isDataRun } from "../src/parse/text/list.js";
import { blocksOf, parse } from "./helpers/parse.js";

const lines = (...l: string[]) => l.join("\n");
const packed = (text: string) => text.split("\n").filter((l) => l.trim() !== "").join("\n");
const links = (a: ReturnType<typeof parse>) => blocksOf(a, "related").flatMap((b) => b.links.map((l) => l.text));

describe("a data line: a fact box's, a table's or a timetable's row", () => {
  it("opens with a number or a time, or is a label and a short value", () => {
    for (const row of ["Høyre 36 870 24,5", "SV 12 480 8,3", "8:00 Elite and mass start", "8일 오후 7시 개막 공연", "2029 موعد إنهاء نظام الفترتين", "Pegel Marburg: 5,12 Meter", "Runners: about 14,000", "Start: university campus"]) assert.ok(isDataLine(row), row);
  });
  it("is not a kickered headline nor a plain one", () => {
    for (const line of ["Rates rise to 4.5% in 2026", "Starkregen in Hessen: Wie gut sind die Städte vorbereitet?", "Details: Iran warned Russia about the Moscow attack", "Hospital staff say marathon closures delayed ambulances", "부산 도시철도 2호선 축제 당일 임시 열차 운행"]) assert.ok(!isDataLine(line), line);
  });
  it("makes a run of rows when more than half of its lines are rows", () => {
    assert.ok(isDataRun(["Runners: about 14,000", "Start: university campus", "Finish: waterfront"]));
    assert.ok(!isDataRun(["Brexit: 10 things to know", "Hospital staff say marathon closures delayed ambulances"]));
  });
});

const de = lines(
  "Hochwasser an der Lahn: Marburg rechnet mit Schäden",
  "",
  "Die Lahn ist in der Nacht zum Samstag an mehreren Stellen über die Ufer getreten, mehr als zweihundert Keller in der Altstadt standen am Morgen unter Wasser.",
  "",
  "Die Feuerwehr zählte bis zum Vormittag über dreihundert Einsätze, am Pegel Marburg wurden in der Nacht mehr als fünf Meter gemessen.",
  "",
  "Das Wichtigste in Kürze",
  "Pegel Marburg: 5,12 Meter",
  "Einsätze der Feuerwehr: 340",
  "Betroffene Keller: mehr als 200",
  "Gesperrte Straßen: 14",
  "",
  "Wer zahlt die Schäden?",
  "",
  "Für viele Betroffene ist die wichtigste Frage nun, wer für die Schäden aufkommt und wann die Soforthilfen des Landes ausgezahlt werden.",
  "",
  "Die Landesregierung kündigte am Samstag Soforthilfen an, betroffene Haushalte sollen bis zu fünftausend Euro erhalten.",
);

describe("a fact box, a timetable or a programme is no box of links", () => {
  it("reads no box in a fact box of labels and values under a title no list knows, and the heading under it is a subhead", () => {
    for (const text of [de, packed(de)]) {
      const a = parse(text, "story.txt", "de");
      assert.deepEqual(links(a), []);
      assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["Wer zahlt die Schäden?"]);
    }
  });

  const en = lines(
    "City marathon moves start line after complaints",
    "",
    "The Riverside Marathon will start from the university campus instead of the town hall this year, organisers announced on Thursday after complaints from residents.",
    "",
    "Runners will have to collect their bibs at the campus sports hall rather than the civic centre, and a shuttle bus will run from the station.",
    "",
    "Race day timetable",
    "6:00 Shuttle buses start from the station",
    "7:30 Wheelchair race starts",
    "8:00 Elite and mass start",
    "13:00 Roads in the centre reopen",
    "",
    "Councillor Mark Delaney, who chairs the transport committee, said the change was overdue and that paramedics had been held up last year.",
    "",
    "Shop owners on the old route said the marathon brought them their busiest Sunday of the year and that the new course bypasses them.",
  );
  it("reads no box and no subhead in a timetable's rows, printed apart or packed", () => {
    for (const text of [en, packed(en), en.split("\n").filter((l) => l.trim() !== "").join("\n\n")]) {
      const a = parse(text);
      assert.deepEqual(links(a), []);
      assert.deepEqual(blocksOf(a, "subhead"), []);
    }
  });

  it("reads no box in a programme of dates and times in Korean, and the heading under it is a subhead", () => {
    const ko = lines(
      "부산 불꽃축제 올해는 이틀간 열린다",
      "",
      "부산시가 올해 부산불꽃축제를 처음으로 이틀에 걸쳐 연다고 밝혔으며 시는 관람 인파를 분산하기 위해 일정을 늘렸다고 설명했다.",
      "",
      "축제는 다음 달 광안리 해수욕장과 이기대 일원에서 열리며 시는 이틀 동안 모두 백만 명 이상이 찾을 것으로 보고 있다.",
      "",
      "행사 일정",
      "8일 오후 7시 개막 공연",
      "8일 오후 8시 불꽃쇼 1부",
      "9일 오후 7시 시민 참여 공연",
      "9일 오후 8시 불꽃쇼 2부",
      "",
      "유료 좌석 늘려 논란",
      "",
      "시는 올해 유료 좌석을 지난해 일만 석에서 일만오천 석으로 늘리기로 했으며 시민단체는 유료 좌석 확대를 철회하라고 요구했다.",
      "",
      "부산시 관계자는 유료 좌석 수익은 모두 안전 관리와 축제 운영에 쓰인다며 시민 불편을 줄이기 위한 조치라고 말했다.",
    );
    for (const text of [ko, packed(ko)]) {
      const a = parse(text, "story.txt", "ko");
      assert.deepEqual(links(a), []);
      assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["유료 좌석 늘려 논란"]);
    }
  });
});

describe("box titles ending in dots or a colon, in a script without case", () => {
  const hi = lines(
    "जयपुर मेट्रो का दूसरा चरण अटका",
    "",
    "राजधानी में मेट्रो के दूसरे चरण का काम एक बार फिर अटक गया है और जमीन अधिग्रहण का मामला अब तक सुलझ नहीं पाया है।",
    "",
    "अधिकारियों के मुताबिक दूसरे चरण की कुल लंबाई करीब तेईस किलोमीटर है और इस पर हजारों करोड़ रुपये खर्च होने का अनुमान है।",
    "",
    "ये भी पढ़ें...",
    "जयपुर में बढ़ेगा मेट्रो का किराया, नई दरें अप्रैल से लागू",
    "राजस्थान बजट में मेट्रो के लिए करोड़ों का प्रावधान",
    "",
    "किसानों की मांग क्या है",
    "",
    "टोंक रोड के आसपास के किसानों का कहना है कि उन्हें बाजार दर से बहुत कम मुआवजा दिया जा रहा है और वे जमीन नहीं देंगे।",
    "",
    "समिति ने सोमवार को कलेक्ट्रेट के बाहर धरना दिया जिसमें बारह गांवों के सैकड़ों किसान शामिल हुए और ज्ञापन सौंपा।",
  );
  it("reads 'ये भी पढ़ें...' as a box's title without its dots, and the Devanagari heading under the box as a subhead", () => {
    for (const text of [hi, packed(hi)]) {
      const a = parse(text, "story.txt", "hi");
      const boxes = blocksOf(a, "related");
      assert.deepEqual(boxes.map((b) => b.title), ["ये भी पढ़ें"]);
      assert.deepEqual(links(a), ["जयपुर में बढ़ेगा मेट्रो का किराया, नई दरें अप्रैल से लागू", "राजस्थान बजट में मेट्रो के लिए करोड़ों का प्रावधान"]);
      assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["किसानों की मांग क्या है"]);
    }
  });

  it("ends an Arabic box over 'اقرأ أيضا:' at the heading that the paragraph under it takes up ('التمويل' and 'تمويل')", () => {
    const ar = lines(
      "وزارة التعليم تعلن خطة لبناء مدارس جديدة في المناطق الريفية",
      "وأعلنت وزارة التربية والتعليم اليوم عن خطة لبناء مئة وعشرين مدرسة جديدة في المناطق الريفية خلال السنوات الثلاث المقبلة لمواجهة الاكتظاظ.",
      "وقال الوزير في مؤتمر صحفي إن كثيرا من مدارس الأطراف تعمل بنظام الفترتين بسبب نقص الأبنية وإن الخطة تهدف إلى إنهاء هذا النظام.",
      "اقرأ أيضا:",
      "ارتفاع أعداد الطلبة المنتقلين من المدارس الخاصة إلى الحكومية",
      "نقابة المعلمين تطالب بزيادة الرواتب قبل بداية العام الدراسي",
      "التمويل والشركاء",
      "وأوضح الوزير أن تمويل الخطة سيأتي من الموازنة العامة ومن منح مقدمة من عدة جهات دولية وأن المرحلة الأولى ستشمل محافظات الجنوب.",
      "وأضاف أن الوزارة ستعتمد تصاميم موحدة للمدارس الجديدة توفر مختبرات للعلوم والحاسوب ومرافق رياضية وأنظمة للطاقة الشمسية.",
    );
    const a = parse(ar, "story.txt", "ar");
    assert.deepEqual(blocksOf(a, "related").map((b) => b.title), ["اقرأ أيضا"]);
    assert.deepEqual(links(a), ["ارتفاع أعداد الطلبة المنتقلين من المدارس الخاصة إلى الحكومية", "نقابة المعلمين تطالب بزيادة الرواتب قبل بداية العام الدراسي"]);
    assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["التمويل والشركاء"]);
  });
});

describe("boxes in a script without spaces", () => {
  const ja = lines(
    "水道料金、来年4月から平均18％値上げへ",
    "",
    "市は20日、来年4月から水道料金を平均で18％値上げする方針を明らかにした。値上げは28年ぶりで、市議会の定例会に関連する条例の改正案を提出する。",
    "",
    "市によると、市内の水道管の約3割が法定耐用年数の40年を超えており、更新や耐震化にかかる費用が今後10年間で約600億円にのぼる見通しだ。",
    "",
    "老朽管で相次ぐ漏水事故、市内で昨年150件",
    "浄水場の統廃合計画、住民説明会で反発も",
    "県内の水道料金、20年で平均2割上昇",
    "",
    "値上げで標準的な家庭の負担は月に約700円増える見込みだ。市は低所得世帯や子育て世帯を対象にした減免制度を設ける方針で、基準は今後詰める。",
    "",
    "市は今月下旬から市内10カ所で説明会を開き、値上げの理由や今後の水道管の更新計画について市民に説明する予定だ。",
    "",
    "関連記事：",
    "下水道使用料も見直し検討、市が審議会に諮問",
    "水道事業の広域連携、県が協議会を設置へ",
  );
  it("reads three alike headlines between paragraphs as a box without a title, and '関連記事：' (a full-width colon) as a known title", () => {
    const a = parse(ja, "story.txt", "ja");
    assert.deepEqual(blocksOf(a, "related").map((b) => [b.title, b.links.length]), [[null, 3], ["関連記事", 2]]);
  });
});

describe("an untitled box after the sign-off", () => {
  const ru = lines(
    "В Новосибирске отключили отопление после аварии на теплотрассе",
    "",
    "Около сорока жилых домов в Кировском районе Новосибирска остались без отопления после прорыва магистральной теплотрассы на улице Петухова.",
    "",
    "По данным мэрии, авария произошла около пяти часов утра, ремонт поврежденного участка трубы, по предварительным оценкам, займет не меньше суток.",
    "",
    "Прокуратура Кировского района начала проверку и выяснит, почему трубу не заменили раньше, хотя износ теплосетей давно превышает норму.",
    "",
    "Анна Соколова",
    "",
    "Прорыв теплотрассы в Ленинском районе: жители двое суток без тепла",
    "Мэрия Новосибирска утвердила программу замены теплосетей",
    "Прокуратура проверит теплоснабжающую компанию после аварий",
  );
  // (packed, nothing tells the name from a box's title in capitalised words, "Weitere Meldungen": it is read as the title)
  it("reads the name set apart as the sign-off and the links under it as a box without a title", () => {
    for (const text of [ru]) {
      const a = parse(text, "story.txt", "ru");
      assert.deepEqual(blocksOf(a, "related").map((b) => b.title), [null]);
      assert.equal(links(a).length, 3);
    }
  });

  it("reads a Korean reporter's sign-off with an e-mail address as no box title, and the headlines under it as a box without a title", () => {
    const ko = lines(
      "전세사기 피해자 지원 특별법 개정안 국회 통과",
      "",
      "전세사기 피해자에게 경매로 넘어간 집을 공공이 먼저 사들여 임대하는 내용을 담은 특별법 개정안이 14일 국회 본회의를 통과했다. 피해자는 최장 20년까지 지금 살던 집에서 거주할 수 있게 된다.",
      "",
      "전세사기 피해자 대책위원회는 개정안 통과를 환영한다면서도 피해 인정 요건이 여전히 까다로워 지원을 받지 못하는 피해자가 많다고 지적했다.",
      "",
      "국토부 관계자는 시행령을 서둘러 마련해 하반기부터 공공 매입이 본격적으로 이뤄지도록 하겠다고 말했다.",
      "",
      "박민준 기자 mjpark@example.co.kr",
      "",
      "전세사기 피해 인정 2만5천 명 넘어서",
      "공공 매입 임대 첫 사례 나와, 피해자 거주 보장",
      "선구제 방안 두고 여야 입장차 여전",
    );
    for (const text of [ko, packed(ko)]) {
      const a = parse(text, "story.txt", "ko");
      assert.deepEqual(blocksOf(a, "related").map((b) => b.title), [null]);
      assert.deepEqual(links(a), ["전세사기 피해 인정 2만5천 명 넘어서", "공공 매입 임대 첫 사례 나와, 피해자 거주 보장", "선구제 방안 두고 여야 입장차 여전"]);
    }
  });

  it("takes a box's links as on topic when they share only inflected words with the story (Finnish stems)", () => {
    const fi = lines(
      "Tampereen raitiotien jatko-osan rakentaminen alkaa keväällä",
      "",
      "Tampereen kaupunginvaltuusto hyväksyi maanantaina raitiotien jatko-osan rakentamisen, ja ensimmäiset työmaat avataan Lentävänniemessä jo huhtikuussa, kun lumet ovat sulaneet ja maa on kuivunut.",
      "",
      "Jatko-osan kustannusarvio on noin sata miljoonaa euroa, ja valtio maksaa siitä kolmanneksen, kertoi apulaispormestari valtuuston kokouksessa myöhään maanantai-iltana.",
      "",
      "Asukkaat ovat arvostelleet suunnitelmaa siitä, että rakentamisen aikana bussiliikenne joudutaan ohjaamaan kapeille sivukaduille useiksi kuukausiksi ja pysäkit siirtyvät kauemmas.",
      "",
      "Raitiotiet laajenevat myös Turussa ja Espoossa",
      "Kaupunginvaltuustot päättävät joukkoliikenteen hinnoista",
      "Bussiliikenteelle uusia reittejä syksyllä",
    );
    const a = parse(fi, "story.txt", "fi");
    assert.deepEqual(blocksOf(a, "related").map((b) => b.title), [null]);
    assert.equal(links(a).length, 3);
  });
});

describe("a list of the page's teasers after the story", () => {
  it("reads no box starting inside a run of teasers printed together under a story of spaced paragraphs, though some share a stem with the story", () => {
    const text = lines(
      "Actor leaves dance show after family loss",
      "",
      "The actor revealed the news in a video package earlier in the episode, saying that he and his wife had lived through every expecting parent’s worst nightmare this autumn.",
      "",
      "Producers said the entertainment show would go on as planned, and the judges discovered only minutes before the broadcast that he had decided to step away from the final.",
      "",
      "His partner on the show said she was proud of him and that the couple had asked for privacy while they spend the coming weeks at home with their three children.",
      "",
      "The couple announced the pregnancy in the summer, and the actor had spoken on the show about how much the family was looking forward to the new arrival.",
      "",
      "Fans flooded the show's pages with messages of support, and several former contestants said they would watch the final in his honour next Monday night.",
      "",
      "The network said the remaining couples would dance as scheduled and that a tribute to the family would open the broadcast, with the judges' agreement.",
      "",
      "Star's secret wedding finally revealed",
      "Singer's tour bus breaks down in the desert",
      "How the comedian bombed at the county fair",
      "Taste of Country",
      "Trending in Entertainment",
      "Reality alum says parenting makes self-care hard",
      "Director discovers family ties to a famous painter",
      "Singer laughs off backlash over holiday song",
      "Chef's third restaurant opens to long queues",
    );
    assert.deepEqual(links(parse(text)), []);
  });
});

describe("a table and a list of names in the body", () => {
  const no = lines(
    "Valget i Bergen: Arbeiderpartiet størst igjen",
    "",
    "Arbeiderpartiet ble igjen største parti i Bergen etter at alle stemmene var talt opp natt til tirsdag, og partiet kan trolig fortsette å styre byen sammen med SV og Senterpartiet.",
    "",
    "Høyre gikk tilbake med nesten fire prosentpoeng, mens Fremskrittspartiet fikk sitt beste valg i byen på over tjue år, viser tallene fra valgstyret.",
    "",
    "Resultatet i Bergen",
    "Parti\tStemmer\tProsent",
    "Arbeiderpartiet\t41 203\t27,4",
    "Høyre\t36 870\t24,5",
    "Fremskrittspartiet\t19 112\t12,7",
    "SV\t12 480\t8,3",
    "",
    "Slik blir bystyret",
    "",
    "Med dette resultatet får de rødgrønne partiene 35 av 67 representanter i bystyret, ett mandat mer enn de trengte for å beholde flertallet i fire nye år.",
    "",
    "Ordføreren sa tirsdag at hun vil invitere alle partiene til samtaler før bystyret konstitueres i oktober, men at hun regner med å fortsette samarbeidet.",
    "",
    "Disse er valgt inn for Høyre",
    "Kari Nordmann",
    "Ola Hansen",
    "Ingrid Berge",
    "Per Olav Lien",
    "",
    "Lederen i Bergen Høyre sa at partiet må bruke de neste fire årene på å vinne tilbake velgerne som gikk til Fremskrittspartiet i årets valg.",
  );
  it("reads no box in a table's rows, and the heading under the table is a subhead", () => {
    const a = parse(no, "story.txt", "no");
    assert.deepEqual(links(a), []);
    assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["Slik blir bystyret"]);
  });
  it("reads the last name of a list of names over prose as no subhead, printed together or apart", () => {
    for (const text of [no, no.split("\n").filter((l) => l.trim() !== "").join("\n\n")]) {
      assert.ok(!blocksOf(parse(text, "story.txt", "no"), "subhead").some((b) => b.text === "Per Olav Lien"));
    }
  });
});

describe("a section's label over one headline between paragraphs", () => {
  const para = [
    "The jury deliberated for less than three hours before returning its verdict on all counts, and the judge thanked the jurors for their service over six weeks.",
    "Relatives of the victims embraced outside the courthouse, and several said they would return for the sentencing hearing that is due to begin next month.",
    "Prosecutors said they would seek the maximum sentence, while the defence team told reporters that it was already preparing an appeal against the verdict.",
  ];
  it("reads 'The Two-Way' over a headline in title case as a link with its kicker, not two paragraphs", () => {
    const a = parse(lines("Jury finds gunman guilty on all counts", "", para[0] as string, "", para[1] as string, "", "The Two-Way", "In Taped Confession, Harbour Gunman Says He Acted Alone", "", para[2] as string));
    const boxes = blocksOf(a, "related");
    assert.deepEqual(boxes.map((b) => b.links.map((l) => [l.kicker, l.title])), [[["The Two-Way", "In Taped Confession, Harbour Gunman Says He Acted Alone"]]]);
  });
  it("reads no link in a credit over a caption, nor in a headline in sentence case", () => {
    const credit = parse(lines("Jury finds gunman guilty on all counts", "", para[0] as string, "", para[1] as string, "", "Photo", "Relatives of the victims outside the courthouse on Monday", "", para[2] as string));
    assert.deepEqual(links(credit), []);
    const sentence = parse(lines("Jury finds gunman guilty on all counts", "", para[0] as string, "", para[1] as string, "", "Analysis", "What the verdict means for the harbour city and its families", "", para[2] as string));
    assert.deepEqual(links(sentence), []);
  });
});

describe("dated, numbered or short kickered teasers after the story", () => {
  const story = lines(
    "Hochwasser an der Lahn: Marburg rechnet mit Schäden",
    "",
    "Die Lahn ist in der Nacht zum Samstag an mehreren Stellen über die Ufer getreten, mehr als zweihundert Keller in der Altstadt standen am Morgen unter Wasser.",
    "",
    "Die Feuerwehr zählte bis zum Vormittag über dreihundert Einsätze, am Pegel Marburg wurden in der Nacht mehr als fünf Meter gemessen.",
    "",
    "Der Deutsche Wetterdienst erwartet für Sonntag eine Entspannung, der Pegel der Lahn soll bis Montag wieder unter vier Meter sinken.",
    "",
    "Weitere Meldungen",
  );
  it("reads them as a box under a title in capitalised words (rows of a fact box only inside the story)", () => {
    for (const box of [
      ["12.03.2026 Hochwasser in Gießen: Lahnwiesen überflutet", "11.03.2026 Marburger Feuerwehr bekommt neues Einsatzfahrzeug", "09.03.2026 Deichbau an der Lahn verzögert sich um ein Jahr"],
      ["Gießen: Lahnwiesen überflutet", "Feuerwehr: Neues Fahrzeug", "Deichbau: Verzögerung droht"],
      ["3 Fragen zum Hochwasser an der Lahn", "5 Tipps für Hausbesitzer nach dem Starkregen", "10 Jahre Deichbau in Marburg: eine Bilanz"],
    ]) {
      const a = parse(lines(story, ...box), "story.txt", "de");
      assert.deepEqual(blocksOf(a, "related").map((b) => b.title), ["Weitere Meldungen"]);
      assert.deepEqual(links(a), box);
    }
  });
});
