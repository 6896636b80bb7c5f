/**
 * The head of a page pasted whole (articles written for these tests): the site's menus, a
 * breadcrumb, a banner and share buttons over the headline; the byline signed by a newsroom, a
 * reporter's title or a name with its address; and the lines that look like them but are not.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const page = (...lines: string[]) => lines.join("\n");

describe("head of a pasted page: headline, lede and byline under the page's furniture", () => {
  it("Hindi: the headline over its standfirst shares a word with the story, though \\p{L} counts only its consonants", () => {
    const a = parse(page(
      "होम", "देश", "विदेश", "राज्य", "खेल",
      "होम / राज्य / राजस्थान / जयपुर",
      "ब्रेकिंग न्यूज़",
      "जयपुर में दो दिन से बिजली गुल, हजारों परिवार परेशान",
      "कई कॉलोनियों में पानी की सप्लाई भी ठप, नाराज लोगों ने बिजली दफ्तर घेरा",
      "सुनील वर्मा | जयपुर",
      "अपडेटेड: 05 दिसंबर 2026, 09:40 AM IST",
      "शेयर करें",
      "",
      "शहर के मालवीय नगर और आसपास की करीब बीस कॉलोनियों में शुक्रवार रात से बिजली नहीं है। पानी की मोटरें बंद होने से लोगों को पीने का पानी भी नहीं मिल पा रहा है।",
      "",
      "बिजली विभाग के अधिकारियों ने बताया कि मुख्य सब-स्टेशन का ट्रांसफार्मर जल गया है और नया ट्रांसफार्मर लगाने में एक दिन और लगेगा।",
    ), "story.txt", "hi");
    assert.equal(a.headline, "जयपुर में दो दिन से बिजली गुल, हजारों परिवार परेशान");
    assert.ok(a.lede.startsWith("कई कॉलोनियों में"), "the standfirst under the headline is the lede");
    assert.equal(a.author, "सुनील वर्मा");
  });

  it("Korean: a breadcrumb of two levels ('사회 > 사건·사고') is no headline", () => {
    const a = parse(page(
      "정치", "경제", "사회", "국제",
      "사회 > 사건·사고",
      "서울 지하철 2호선 신호 장애…출근길 30분 지연",
      "홍길동 기자",
      "입력 2026.12.05 08:41 | 수정 2026.12.05 09:12",
      "공유하기",
      "5일 오전 서울 지하철 2호선에서 신호 장애가 발생해 출근길 열차 운행이 30분가량 지연됐다.",
      "",
      "서울교통공사에 따르면 이날 오전 7시 50분쯤 신도림역 인근 구간에서 신호 장치에 이상이 생겨 열차들이 멈춰 섰다.",
    ), "story.txt", "ko");
    assert.equal(a.headline, "서울 지하철 2호선 신호 장애…출근길 30분 지연");
    assert.ok(a.lede.startsWith("5일 오전"));
    assert.equal(a.author, "홍길동");
  });

  it("a section and an arrow with a figure ('Inflation > 5%') is no breadcrumb: the headline stays", () => {
    const a = parse(page(
      "Inflation > 5%",
      "By Jane Porter",
      "The central bank said on Tuesday that prices rose faster than it had expected for the third month in a row.",
    ));
    assert.equal(a.headline, "Inflation > 5%");
  });

  it("Korean: date lines over the headline, then the name with its address right under it", () => {
    const a = parse(page(
      "전체메뉴", "경제", "부동산", "금융",
      "입력 2026.12.05 10:00",
      "수정 2026.12.05 10:20",
      "가계대출 금리 석 달 만에 하락…주담대 4%대 초반",
      "김철수 기자 kimcs@example.co.kr",
      "기사 공유",
      "은행권 가계대출 금리가 석 달 만에 하락세로 돌아섰다고 한국은행이 5일 밝혔다.",
      "",
      "주택담보대출 금리는 평균 4.1%로 한 달 전보다 0.2%포인트 내렸다. 신용대출 금리도 소폭 떨어졌다.",
    ), "story.txt", "ko");
    assert.equal(a.headline, "가계대출 금리 석 달 만에 하락…주담대 4%대 초반");
    assert.equal(a.byline, "김철수 기자 kimcs@example.co.kr");
    assert.equal(a.author, "김철수");
  });

  it("a newsroom or a reporter's title signing with its place or agency: Bengali, Hindi, Spanish", () => {
    const bn = parse(page(
      "ঢাকায় শীতের আগেই বাড়ছে ডেঙ্গু রোগী",
      "নিজস্ব প্রতিবেদক, ঢাকা",
      "প্রকাশ: ০৫ ডিসেম্বর ২০২৬, ১০: ৩০",
      "শীত আসার আগেই রাজধানীতে ডেঙ্গু রোগীর সংখ্যা আবার বাড়তে শুরু করেছে। গত চব্বিশ ঘণ্টায় তিন শতাধিক রোগী ভর্তি হয়েছেন।",
    ), "story.txt", "bn");
    assert.equal(bn.byline, "নিজস্ব প্রতিবেদক, ঢাকা");
    assert.ok(bn.lede.startsWith("শীত আসার আগেই"));
    const hi = parse(page(
      "गर्मी से पहले बिजली कटौती पर सरकार सख्त, अफसरों को चेतावनी",
      "संवाददाता, जयपुर",
      "12 मार्च 2026",
      "गर्मी शुरू होने से पहले ही शहर के कई इलाकों में बिजली कटौती की शिकायतें बढ़ गई हैं और लोग परेशान हैं।",
    ), "story.txt", "hi");
    assert.equal(hi.byline, "संवाददाता, जयपुर");
    // under the standfirst, "Redacción / EFE" has a photo credit's shape; a newsroom signs the story, not a picture
    const es = parse(page(
      "Valencia cierra los jardines del Turia por el temporal de viento",
      "La alerta naranja se mantendrá hasta la noche del sábado",
      "Redacción / EFE",
      "Viernes, 5 de diciembre de 2026, 12:40",
      "El Ayuntamiento de Valencia ha cerrado este viernes los jardines del Turia y todos los parques de la ciudad por el viento.",
    ), "story.txt", "es");
    assert.equal(es.byline, "Redacción / EFE");
    assert.ok(es.lede.startsWith("La alerta naranja"), "the line between the headline and the byline is the standfirst");
    assert.equal(es.blocks.filter((b) => b.type === "media").length, 0);
  });

  it("a photo's credit of an agency and a photographer stays the picture's ('EFE / Ana Gil')", () => {
    const a = parse(page(
      "Valencia cierra los jardines del Turia por el temporal de viento",
      "Por Marta Ruiz",
      "Viernes, 5 de diciembre de 2026, 12:40",
      "El Ayuntamiento de Valencia ha cerrado este viernes los jardines del Turia y todos los parques de la ciudad por el viento.",
      "",
      "Un árbol caído en la avenida del Puerto. EFE / Ana Gil",
      "",
      "Los servicios de emergencia han atendido más de cien incidencias por caídas de árboles, aunque no hay heridos.",
    ), "story.txt", "es");
    assert.equal(a.byline, "Por Marta Ruiz");
  });

  it("English and German: a reporter's title without a name is the byline, not the standfirst", () => {
    const en = parse(page(
      "World", "Europe", "Americas",
      "Floods close Danube shipping for a week",
      "From our correspondent in Vienna",
      "Oliver Grant",
      "Friday December 05 2026, 10.00am GMT",
      "Share",
      "Barges carrying grain and fuel are stuck along a 300-mile stretch of the Danube after the river rose to its highest level in a decade.",
      "",
      "Austria's waterways agency said it would not reopen the river before next Friday at the earliest.",
    ));
    assert.equal(en.headline, "Floods close Danube shipping for a week");
    assert.ok(en.lede.startsWith("Barges carrying grain"));
    assert.equal(en.byline, "From our correspondent in Vienna · Oliver Grant");
    assert.equal(en.author, "Oliver Grant", "the title names no one: the author is the name under it");
    const de = parse(page(
      "Hochwasser stoppt die Schifffahrt auf der Donau",
      "Von unserem Korrespondenten in Wien",
      "05.12.2026, 10:00 Uhr",
      "Frachtschiffe mit Getreide und Treibstoff liegen auf der Donau fest, nachdem der Fluss so hoch gestiegen ist wie seit zehn Jahren nicht mehr.",
    ), "story.txt", "de");
    assert.equal(de.byline, "Von unserem Korrespondenten in Wien");
    assert.ok(de.lede.startsWith("Frachtschiffe"));
  });

  it("a name with its title is a name, not a title without one ('By Tom Baker, Health Correspondent')", () => {
    const a = parse(page(
      "Hospital waiting lists fall for the first time in three years",
      "By Tom Baker, Health Correspondent",
      "5 December 2026",
      "The number of patients waiting more than a year for planned operations fell in November, figures published on Thursday show.",
    ));
    assert.ok(a.author?.startsWith("Tom Baker"), `author: ${a.author}`);
  });

  it("a newsroom's author is the newsroom, without the place it signs from", () => {
    const a = parse(page(
      "নদীভাঙন ঠেকাতে নতুন বাঁধের কাজ শুরু",
      "নিজস্ব প্রতিবেদক, খুলনা",
      "প্রকাশ: ০৩ ডিসেম্বর ২০২৫, ১১: ২০",
      "নদীভাঙন ঠেকাতে খুলনার দক্ষিণে সাড়ে চার কিলোমিটার দীর্ঘ নতুন বাঁধ নির্মাণের কাজ বুধবার শুরু হয়েছে।",
    ), "story.txt", "bn");
    assert.equal(a.author, "নিজস্ব প্রতিবেদক");
  });

  it("a standfirst that names a reporter in a sentence stays the standfirst", () => {
    const a = parse(page(
      "Night shift with the river rescue crews",
      "Our reporter spent a night on the water with the volunteers who pull people out of the Thames",
      "By Jane Porter",
      "5 December 2026",
      "The call comes in just after two in the morning, and within four minutes the boat is on the water and heading downstream.",
    ));
    assert.ok(a.lede.startsWith("Our reporter spent a night"));
    assert.equal(a.author, "Jane Porter");
  });

  it("Chinese and Korean: the byline a wire dateline holds is the byline when the head printed none (the dateline keeps it)", () => {
    const zh = parse(page(
      "北京地铁新线年底开通 沿线居民出行时间缩短一半",
      "2026-12-05 09:30 来源：新华网",
      "新华社北京12月5日电（记者 王小明）北京地铁新线5日完成全部验收，将于本月底开通运营，沿线居民进城的时间将缩短一半。",
      "",
      "新线全长约三十公里，设车站十八座，连接城市东北部的几个大型居住区和中心城区。",
    ), "story.txt", "zh");
    assert.equal(zh.byline, "（记者 王小明）");
    assert.equal(zh.author, "王小明");
    assert.equal(zh.dateline, "新华社北京12月5日电（记者 王小明）");
    assert.ok(zh.lede.startsWith("北京地铁新线5日"));
    const ko = parse(page(
      "송고시간 2026-12-05 09:30",
      "부산 해운대 해수욕장 겨울 빛축제 개막",
      "(부산=연합뉴스) 김민수 기자 = 부산 해운대 해수욕장 일대에서 겨울 빛축제가 5일 개막해 다음 달 말까지 이어진다.",
      "",
      "해운대구는 백사장과 구남로 일대에 조명 작품 30여 점을 설치했다고 밝혔다.",
    ), "story.txt", "ko");
    assert.equal(ko.byline, "김민수 기자");
    assert.equal(ko.author, "김민수");
    assert.equal(ko.dateline, "(부산=연합뉴스) 김민수 기자");
  });

  it("a dateline of a place and an agency alone holds no byline", () => {
    const zh = parse(page(
      "北京地铁新线年底开通 沿线居民出行时间缩短一半",
      "新华社北京12月5日电 北京地铁新线5日完成全部验收，将于本月底开通运营，沿线居民进城的时间将缩短一半。",
      "",
      "新线全长约三十公里，设车站十八座，连接城市东北部的几个大型居住区和中心城区。",
    ), "story.txt", "zh");
    assert.equal(zh.byline, null);
    const ko = parse(page(
      "부산 해운대 해수욕장 겨울 빛축제 개막",
      "(부산=연합뉴스) 부산 해운대 해수욕장 일대에서 겨울 빛축제가 5일 개막해 다음 달 말까지 이어진다.",
      "",
      "해운대구는 백사장과 구남로 일대에 조명 작품 30여 점을 설치했다고 밝혔다.",
    ), "story.txt", "ko");
    assert.equal(ko.byline, null);
  });

  it("an agency and a name: 'EFE | Ana García', 'Carlos Ruiz (Europa Press)' over the place and the date", () => {
    const bar = parse(page(
      "Sanidad amplía la vacuna de la gripe a los mayores de 60 años",
      "EFE | Ana García",
      "Madrid, 05/12/2026 - 10:32",
      "El Ministerio de Sanidad ha ampliado la campaña de vacunación contra la gripe a todas las personas mayores de 60 años.",
    ), "story.txt", "es");
    assert.equal(bar.byline, "EFE | Ana García");
    assert.equal(bar.author, "Ana García");
    const paren = parse(page(
      "El paro baja en 20.000 personas en noviembre",
      "Carlos Ruiz (Europa Press)",
      "Madrid",
      "05/12/2026 09:00",
      "El número de parados registrados en las oficinas de empleo bajó en noviembre en 20.000 personas, según el Ministerio de Trabajo.",
    ), "story.txt", "es");
    assert.equal(paren.byline, "Carlos Ruiz (Europa Press)");
    assert.equal(paren.author, "Carlos Ruiz");
    assert.equal(paren.blocks.filter((b) => b.type === "media").length, 0, "no portrait's caption and credit");
  });

  it("Russian: a title, the outlet in quotation marks, then the name; Hindi: an agency signing from its city", () => {
    const ru = parse(page(
      "В Сербии прошли многотысячные протесты против закрытия завода",
      "Корреспондент «Вестника» Ольга Белова",
      "Белград, 5 декабря 2026",
      "Несколько тысяч человек вышли в пятницу на улицы Крагуеваца, протестуя против закрытия крупнейшего в городе завода.",
    ), "story.txt", "ru");
    assert.equal(ru.byline, "Корреспондент «Вестника» Ольга Белова");
    assert.equal(ru.author, "Ольга Белова");
    const hi = parse(page(
      "संसद में आज पेश होगा नया बीमा विधेयक, विपक्ष ने जताई आपत्ति",
      "एजेंसी, नई दिल्ली",
      "Updated Fri, 05 Dec 2026 08:20 AM IST",
      "सरकार शुक्रवार को लोकसभा में नया बीमा संशोधन विधेयक पेश करेगी, जिसमें विदेशी निवेश की सीमा बढ़ाने का प्रस्ताव है।",
    ), "story.txt", "hi");
    assert.equal(hi.byline, "एजेंसी, नई दिल्ली");
  });

  it("under the date line, a line without a full stop over the story's first sentence is no lede: a caption, a player's control", () => {
    const ja = parse(page(
      "ホーム > 社会 > 事件・事故",
      "東名高速で多重事故　１人死亡、５人けが",
      "2026年12月5日 10時15分",
      "シェアする",
      "事故現場を調べる警察官＝5日午前、静岡県掛川市",
      "５日午前６時ごろ、静岡県掛川市の東名高速道路上り線で、トラックや乗用車など６台が絡む事故があった。",
      "",
      "県警高速隊によると、渋滞の最後尾に大型トラックが追突し、前の車が次々にぶつかったとみられる。",
    ), "story.txt", "ja");
    assert.ok(ja.lede.startsWith("５日午前６時ごろ"), `lede: ${ja.lede}`);
    const ko = parse(page(
      "서울 아파트값 5주 연속 상승…강남3구 오름폭 확대",
      "입력 2025.03.07. 오후 5:21",
      "이정훈 기자",
      "텍스트 음성 변환 서비스 사용하기",
      "서울 아파트값이 5주 연속 오름세를 이어가며 상승 폭도 커졌다.",
      "",
      "한국부동산원이 7일 발표한 주간 아파트 가격 동향에 따르면 서울 아파트값은 0.14% 올랐다.",
    ), "story.txt", "ko");
    assert.ok(ko.lede.startsWith("서울 아파트값이"), `lede: ${ko.lede}`);
  });

  it("right under the headline, a line without a full stop over the story's first sentence is the standfirst", () => {
    const a = parse(page(
      "사회",
      "서울 지하철 2호선 신호 장애…출근길 30분 지연",
      "신호 장치 복구까지 40분 걸려 승객 불편 이어져",
      "5일 오전 서울 지하철 2호선에서 신호 장애가 발생해 출근길 열차 운행이 30분가량 지연됐다.",
      "",
      "서울교통공사에 따르면 신도림역 인근 구간에서 신호 장치에 이상이 생겼다.",
    ), "story.txt", "ko");
    assert.ok(a.lede.startsWith("신호 장치 복구까지"), `lede: ${a.lede}`);
  });
});
