/**
 * Where a box of related links ends and what is no link (src/parse/text/related.ts, subhead.ts):
 * topic tags under a box's title are the page's furniture, a heading printed right under a box
 * in a page without blank lines opens the story's next section, a box of dated teasers prints a
 * section under each date, a box titled by the word for links lists sites by their names. And
 * the look-alikes that must stay as they are: a box's short last link over a paragraph that does
 * not take it up, a list of the story's own.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const packed = (...l: string[]) => l.join("\n");
const spaced = (...l: string[]) => l.join("\n\n");
type Parsed = ReturnType<typeof parse>;
const links = (a: Parsed) => blocksOf(a, "related").flatMap((b) => b.links.map((l) => l.text));
const titles = (a: Parsed) => blocksOf(a, "related").map((b) => b.title);
const subheads = (a: Parsed) => blocksOf(a, "subhead").map((b) => b.text);
const paragraphs = (a: Parsed) => blocksOf(a, "paragraph").map((b) => b.text);

const de = {
  headline: "S-Bahn-Streik am Montag: Diese Linien fahren trotzdem",
  p1: "Die Gewerkschaft hat für Montag einen ganztägigen Streik bei der S-Bahn angekündigt, der um drei Uhr morgens beginnen und bis Dienstag früh dauern soll.",
  p2: "Die Bahn will nach eigenen Angaben einen Notfahrplan anbieten, auf der Stammstrecke sollen Züge aber nur im Stundentakt fahren.",
  p3: "Zwischen Ostbahnhof und Pasing sollen Busse im Zehn-Minuten-Takt fahren, die Bahn rät Fahrgästen aber, wenn möglich auf das Rad umzusteigen.",
  p4: "Die Gewerkschaft fordert eine kürzere Arbeitswoche bei vollem Lohnausgleich, die Bahn hat bisher nur eine Verkürzung um eine Stunde angeboten.",
};

describe("topic tags under a box's title are the page's, not links", () => {
  it("after the story, a known title over one- and two-word topics: no box, no paragraph (German, packed)", () => {
    const a = parse(packed(de.headline, de.p1, de.p2, de.p3, "Mehr zum Thema", "Bahnstreik", "Gewerkschaft", "S-Bahn München"), "a.txt", "de");
    assert.deepEqual(links(a), []);
    assert.deepEqual(paragraphs(a).filter((p) => p.length < 30), []);
    assert.deepEqual(subheads(a), []);
  });
  it("after the story, every line set apart (French)", () => {
    const a = parse(
      spaced(
        "Nantes : trois écoles primaires fermées jusqu'aux vacances",
        "Trois écoles primaires du quartier resteront fermées jusqu'aux vacances de Noël après la découverte de fibres d'amiante dans des faux plafonds, a annoncé la mairie.",
        "Les quelque 600 élèves concernés seront accueillis dès lundi dans des salles du collège voisin et dans deux gymnases, où des classes provisoires ont été installées.",
        "Sur le même sujet",
        "Nantes",
        "Éducation",
        "Amiante",
      ),
      "a.txt",
      "fr",
    );
    assert.deepEqual(links(a), []);
    assert.deepEqual(paragraphs(a).filter((p) => p.length < 30), []);
  });
  it("tags, then teasers under the same title, then the story's next heading: the teasers are the box (German, packed)", () => {
    const a = parse(
      packed(de.headline, de.p1, de.p2, "Mehr zum Thema", "Bahnstreik", "Gewerkschaft", "S-Bahn München", "Bahnstreik: Was Pendler jetzt wissen müssen", "Gewerkschaft droht mit weiteren Ausständen vor Weihnachten", "Ersatzverkehr mit Bussen", de.p3, de.p4),
      "a.txt",
      "de",
    );
    assert.deepEqual(links(a), ["Bahnstreik: Was Pendler jetzt wissen müssen", "Gewerkschaft droht mit weiteren Ausständen vor Weihnachten"]);
    assert.deepEqual(titles(a), ["Mehr zum Thema"]);
    assert.deepEqual(subheads(a), ["Ersatzverkehr mit Bussen"]);
  });
  it("a tags label and its tags in the body, over the story's last paragraph: furniture, not paragraphs (Portuguese, Korean)", () => {
    const pt = parse(
      packed(
        "Campinas aumenta tarifa de ônibus a partir de janeiro",
        "A prefeitura de Campinas anunciou nesta sexta-feira que a tarifa do transporte coletivo vai subir de R$ 5,80 para R$ 6,20 a partir de 6 de janeiro.",
        "Segundo a secretaria, o reajuste de 6,9% acompanha a inflação do período e o aumento do preço do óleo diesel nos últimos doze meses.",
        "Temas:",
        "Campinas",
        "Transporte público",
        "Ônibus",
        "A associação de usuários do transporte coletivo afirmou que vai pedir ao Ministério Público que analise o reajuste ainda este mês.",
      ),
      "a.txt",
      "pt",
    );
    assert.deepEqual(paragraphs(pt).filter((p) => p.length < 30), []);
    assert.deepEqual(links(pt), []);
    const ko = parse(
      packed(
        "부산 지하철 2호선 연장 구간 내년 3월 개통",
        "부산교통공사는 지하철 2호선 양산 연장 구간을 내년 3월에 개통한다고 6일 밝혔다. 새 구간에는 역 세 곳이 들어서며 양산 시민의 출퇴근 시간이 20분가량 줄어들 것으로 보인다.",
        "공사 측은 현재 시험 운행을 하고 있으며 안전 점검을 마치는 대로 개통 날짜를 확정할 예정이라고 설명했다.",
        "태그",
        "#부산",
        "#지하철",
        "새 구간의 요금은 기존 지하철 요금과 같으며 부산과 양산 사이 환승 할인도 그대로 적용된다고 공사 측은 밝혔다.",
      ),
      "a.txt",
      "ko",
    );
    assert.deepEqual(paragraphs(ko).filter((p) => p.startsWith("#") || p === "태그"), []);
  });
  it("after the story, a tags label, its tags, then headlines of other stories: the headlines are a box, split from the tags by their shape (Italian, English)", () => {
    const it = parse(
      packed(
        "Torino, pronto soccorso: arrivano venti nuovi infermieri",
        "Dal primo gennaio il pronto soccorso dell'ospedale avrà venti infermieri in più, assunti con il nuovo concorso dell'azienda sanitaria della città.",
        "Lo ha annunciato l'assessore regionale durante una visita al reparto, dove nelle ultime settimane i pazienti hanno atteso anche dodici ore.",
        "Argomenti",
        "Sanità",
        "Torino",
        "Pronto soccorso, a Torino attese record nel weekend",
        "La Regione apre il concorso per 300 infermieri negli ospedali",
      ),
      "a.txt",
      "it",
    );
    assert.deepEqual(links(it), ["Pronto soccorso, a Torino attese record nel weekend", "La Regione apre il concorso per 300 infermieri negli ospedali"]);
    const en = parse(
      packed(
        "Council votes to close leisure pool for two years of repairs",
        "Riverside leisure centre's swimming pool will close in April for two years while its roof and filtration system are replaced, councillors have decided.",
        "The cabinet approved the £14 million scheme on Thursday evening after engineers warned the roof could fail within five years.",
        "Filed under",
        "Westbridge",
        "Leisure",
        "Riverside pool closed after ceiling tiles fall into water",
        "Councillors warned over rising cost of leisure centres",
      ),
      "a.txt",
      "en",
    );
    assert.deepEqual(links(en), ["Riverside pool closed after ceiling tiles fall into water", "Councillors warned over rising cost of leisure centres"]);
    assert.deepEqual(paragraphs(en).filter((p) => p.length < 30), []);
  });
  it("after the story, a tags label, its tags, one headline and the footer's short link: no box, a footer link is no story's title (Indonesian, English)", () => {
    const id = parse(
      packed(
        "Jembatan Gantung di Kulon Progo Ditutup Usai Tali Baja Putus",
        "Pemerintah kabupaten menutup jembatan gantung di Desa Banjararum sejak Selasa setelah salah satu tali baja penyangganya putus saat hujan deras.",
        "Warga kini harus memutar sejauh tujuh kilometer untuk menyeberang sungai, sementara perbaikan diperkirakan selesai bulan depan.",
        "Tag",
        "jembatan",
        "Kulon Progo",
        "Pilihan Redaksi",
        "Harga Beras di Pasar Bantul Turun Jelang Panen Raya",
        "Kode Etik Jurnalistik",
      ),
      "a.txt",
      "id",
    );
    assert.deepEqual(links(id), []);
    const en = parse(
      packed(
        "Ferry service cut to two sailings a day over winter",
        "The island's ferry will run only twice a day from November to March, the operator said on Monday, citing falling passenger numbers.",
        "Residents say the cut will make it hard to reach the hospital on the mainland for morning appointments.",
        "Tags",
        "Ferries",
        "Island life",
        "Trending now",
        "Lifeboat crew rescues two walkers cut off by the tide",
        "Editorial Standards",
      ),
      "a.txt",
      "en",
    );
    assert.deepEqual(links(en), []);
  });
  it("other stories by the reporter under a title naming them: a related box (German)", () => {
    const a = parse(packed(de.headline, de.p1, de.p2, de.p3, "Mehr von Markus Huber", "Tollwood zählt am ersten Wochenende so viele Besucher wie nie", "Stadt erhöht die Platzmiete für die Wirte im nächsten Jahr"), "a.txt", "de");
    assert.deepEqual(titles(a), ["Mehr von Markus Huber"]);
    assert.equal(links(a).length, 2);
  });
  it("a box titled by the word for links lists sites by their short names: they are its links (Chinese)", () => {
    const a = parse(
      packed(
        "广州新增五条夜间公交线路",
        "广州市交通运输局5日宣布，从12月15日起新开通五条夜间公交线路，覆盖天河、海珠和白云等区的主要商圈和地铁站，最晚运营至凌晨两点。",
        "据介绍，新线路主要服务夜间下班的上班族和游客，票价与日间线路相同，乘客可以使用羊城通和手机扫码乘车。",
        "本网以外链接",
        "广州市交通运输局",
        "广州公交集团",
      ),
      "a.txt",
      "zh",
    );
    assert.deepEqual(links(a), ["广州市交通运输局", "广州公交集团"]);
  });
});

describe("a heading right under a box, in a page without blank lines, opens the story's next section", () => {
  it("the section under it takes up its word (Polish)", () => {
    const a = parse(
      packed(
        "Nowa linia tramwajowa do Mistrzejowic otwarta",
        "W piątek rano na nową trasę tramwajową do Mistrzejowic wyjechały pierwsze składy, a na przystankach czekały setki mieszkańców, którzy chcieli przejechać się nową trasą.",
        "Budowa trwała prawie trzy lata i kosztowała ponad miliard złotych, z czego większość pochodziła z funduszy unijnych, podało miasto.",
        "Przeczytaj także",
        "Kraków kupi pięćdziesiąt nowych tramwajów do 2028 roku",
        "Remont ronda Młodzieńczego potrwa do wiosny",
        "Dwie nowe linie",
        "Od soboty na nowej trasie będą kursować tramwaje linii 17 i 23, w godzinach szczytu co pięć minut, a wieczorem co dziesięć minut.",
        "Zarząd Transportu Publicznego zapowiada, że autobusy dwóch linii zostaną skrócone do pętli na osiedlu, co nie podoba się części mieszkańców.",
      ),
      "a.txt",
      "pl",
    );
    assert.deepEqual(links(a), ["Kraków kupi pięćdziesiąt nowych tramwajów do 2028 roku", "Remont ronda Młodzieńczego potrwa do wiosny"]);
    assert.deepEqual(subheads(a), ["Dwie nowe linie"]);
  });
  it("a word of the heading is in the section's first paragraph (Japanese)", () => {
    const a = parse(
      packed(
        "金沢市、浅野川の堤防かさ上げへ　総事業費80億円",
        "金沢市は5日、大雨による浸水被害を防ぐため、浅野川の堤防を約3キロにわたってかさ上げする計画を明らかにした。総事業費は約80億円で、2027年度に着工する予定だ。",
        "市によると、昨年7月の豪雨では浅野川の水位が氾濫危険水位を超え、流域の住宅約200棟が床下浸水の被害を受けた。",
        "関連記事",
        "浅野川が氾濫危険水位に　金沢で避難指示",
        "石川県、河川の監視カメラを倍増へ",
        "住民説明会を開催",
        "市は来年1月から流域の町内会ごとに説明会を開き、工事の期間や通行止めの範囲について住民に説明する。",
        "工事中は川沿いの遊歩道の一部が使えなくなるため、市は迂回路を設ける方針だ。",
      ),
      "a.txt",
      "ja",
    );
    assert.deepEqual(links(a), ["浅野川が氾濫危険水位に 金沢で避難指示", "石川県、河川の監視カメラを倍増へ"]);
    assert.deepEqual(subheads(a), ["住民説明会を開催"]);
  });
  it("half as long as the shortest link, though the section shares no word with it (English)", () => {
    const a = parse(
      packed(
        "Christmas market returns with 80 stalls and an ice rink",
        "Northgate's Christmas market opened on Friday evening with 80 wooden stalls along the high street and, for the first time, an outdoor ice rink in Market Square.",
        "The organisers expect about 150,000 visitors over the four weekends before Christmas, twice as many as last year, the council said.",
        "Read more",
        "Northgate high street to be pedestrianised in summer",
        "Ice rink plan approved despite concerns over noise",
        "Getting there",
        "Parking in the town centre will be limited, and the council is running a park and ride from the leisure centre every 15 minutes on weekends.",
      ),
      "a.txt",
      "en",
    );
    assert.deepEqual(links(a), ["Northgate high street to be pedestrianised in summer", "Ice rink plan approved despite concerns over noise"]);
    assert.deepEqual(subheads(a), ["Getting there"]);
  });
  it("in a page of spaced paragraphs, a heading printed together with the box above it, over two links (Dutch)", () => {
    const a = parse(
      [
        "Oosterhavenbrug maandenlang dicht door scheur in het brugdek",
        "",
        "Een scheur in het brugdek van de Oosterhavenbrug in Groningen is groter dan gedacht, waardoor de brug zeker tot de zomer gesloten blijft voor auto's en fietsers.",
        "",
        "Dat heeft de gemeente vrijdagmiddag bekendgemaakt na een nieuw onderzoek door een ingenieursbureau uit Deventer, dat de brug twee weken heeft onderzocht.",
        "",
        "Meer over",
        "Gemeente zoekt oplossing voor bruggen die te zwaar belast worden",
        "Fietsers moeten maanden omrijden in de binnenstad van Groningen",
        "Omleiding via de Emmabrug",
        "",
        "Voor fietsers en voetgangers komt er binnen twee weken een tijdelijke pontonbrug naast de gesloten brug, zegt wethouder Inge Jongman tegen de krant.",
        "",
        "Het autoverkeer wordt omgeleid via de Emmabrug en de Sontweg, wat volgens de gemeente in de spits tot langere wachttijden zal leiden voor automobilisten.",
      ].join("\n"),
      "a.txt",
      "nl",
    );
    assert.deepEqual(links(a), ["Gemeente zoekt oplossing voor bruggen die te zwaar belast worden", "Fietsers moeten maanden omrijden in de binnenstad van Groningen"]);
    assert.deepEqual(subheads(a), ["Omleiding via de Emmabrug"]);
  });
  it("look-alike: a box's last link, short but over a paragraph that does not take it up, stays a link (Italian)", () => {
    const a = parse(
      packed(
        "Torino, pronto soccorso: arrivano venti nuovi infermieri",
        "Dal primo gennaio il pronto soccorso dell'ospedale avrà venti infermieri in più, assunti con il nuovo concorso dell'azienda sanitaria della città.",
        "Lo ha annunciato l'assessore regionale durante una visita al reparto, dove nelle ultime settimane i pazienti hanno atteso anche dodici ore.",
        "Leggi anche",
        "Pronto soccorso, a Torino attese record nel weekend",
        "Metro 2, firmato il contratto per i cantieri",
        "Con il nuovo personale i turni di notte passeranno da dodici a otto ore, una richiesta che i sindacati avanzavano da oltre un anno.",
      ),
      "a.txt",
      "it",
    );
    assert.deepEqual(links(a), ["Pronto soccorso, a Torino attese record nel weekend", "Metro 2, firmato il contratto per i cantieri"]);
    assert.deepEqual(subheads(a), []);
  });
  it("look-alike: the second of two links, as long as the first, over a paragraph that takes it up, stays a link (German)", () => {
    const a = parse(
      packed(
        "Hafenmauer in Kiel wird ab Januar saniert",
        "Die Stadt Kiel beginnt im Januar mit der Sanierung der Hafenmauer am Schwedenkai, die beim Sturm im Oktober auf einer Länge von 200 Metern beschädigt worden war.",
        "Die Arbeiten sollen sechs Monate dauern und rund vier Millionen Euro kosten, teilte das Tiefbauamt am Freitag mit.",
        "Lesen Sie auch",
        "Sturmflut richtet große Schäden an",
        "Fährverkehr nach Göteborg wieder normal",
        "Während der Bauarbeiten legen die Fähren nach Göteborg am Ostuferhafen an, teilte die Reederei mit, die Fahrgäste würden mit Bussen zum Bahnhof gebracht.",
      ),
      "a.txt",
      "de",
    );
    assert.deepEqual(links(a), ["Sturmflut richtet große Schäden an", "Fährverkehr nach Göteborg wieder normal"]);
    assert.deepEqual(subheads(a), []);
  });
  it("look-alike: the story's own list after its lead-in is no box, and the heading under it is one (German)", () => {
    const a = parse(
      packed(de.headline, de.p1, de.p2, "Nach Angaben der Bahn fahren am Montag voraussichtlich:", "die S1 zwischen Freising und Neufahrn", "die S3 zwischen Mammendorf und Pasing", "die S8 zum Flughafen im Stundentakt", de.p3, "Streit um die Arbeitszeit", de.p4),
      "a.txt",
      "de",
    );
    assert.deepEqual(links(a), []);
    assert.deepEqual(subheads(a), ["Streit um die Arbeitszeit"]);
  });
});

describe("subheads between paragraphs, after an ad's label, and lines that speak to the reader", () => {
  it("a heading under the ad label \"Anzeige\" is a heading (German, packed)", () => {
    const a = parse(packed(de.headline, de.p1, de.p2, "Anzeige", "Was auf die Fahrgäste zukommt", de.p3, de.p4), "a.txt", "de");
    assert.deepEqual(subheads(a), ["Was auf die Fahrgäste zukommt"]);
  });
  it("a heading under \"广告\" is a heading (Chinese, packed)", () => {
    const a = parse(
      packed(
        "广州新增五条夜间公交线路",
        "广州市交通运输局5日宣布，从12月15日起新开通五条夜间公交线路，覆盖天河、海珠和白云等区的主要商圈和地铁站，最晚运营至凌晨两点。",
        "一位在天河上班的市民说，以前加班后只能打车回家，每个月要多花好几百元，现在有了夜班车方便多了。",
        "广告",
        "将根据客流调整",
        "交通运输局称，将在运营三个月后评估客流情况，必要时调整线路和发车间隔，并考虑在节假日增加班次。",
      ),
      "a.txt",
      "zh",
    );
    assert.deepEqual(subheads(a), ["将根据客流调整"]);
  });
  it("a line under an arrow or calling the reader to follow the paper is no heading (English, Portuguese)", () => {
    const en = parse(packed(de.headline.replace("S-Bahn-Streik am Montag", "Rail strike on Monday"), "The union has called a strike on the city's suburban trains for Monday, starting at three in the morning and lasting until early on Tuesday.", "➡️ Follow the Westbridge Echo on WhatsApp", "The rail company said it would run an emergency timetable, with one train an hour on the central line and buses between the main stations."), "a.txt", "en");
    assert.deepEqual(subheads(en), []);
    const pt = parse(packed("Campinas aumenta tarifa de ônibus a partir de janeiro", "A prefeitura anunciou nesta sexta-feira que a tarifa do transporte coletivo vai subir de R$ 5,80 para R$ 6,20 a partir de 6 de janeiro.", "Siga o canal do Jornal do Vale no WhatsApp", "Segundo a secretaria, o reajuste acompanha a inflação do período e o aumento do preço do óleo diesel nos últimos doze meses."), "a.txt", "pt");
    assert.deepEqual(subheads(pt), []);
  });
});

describe("dated teasers with a mark and a section under each date", () => {
  it("every teaser of the box is a link, the section of three characters too is furniture (Chinese, spaced)", () => {
    const a = parse(
      spaced(
        "广州新增五条夜间公交线路",
        "广州市交通运输局5日宣布，从12月15日起新开通五条夜间公交线路，覆盖天河、海珠和白云等区的主要商圈和地铁站，最晚运营至凌晨两点。",
        "据介绍，新线路主要服务夜间下班的上班族和游客，票价与日间线路相同，乘客可以使用羊城通和手机扫码乘车。",
        "相关内容",
        "广州地铁十一号线年底开通",
        "2026年11月27日",
        ",",
        "广州",
        "广州公交将全面使用新能源车辆",
        "2026年11月20日",
        ",",
        "交通",
        "夜班车乘客一年增长三成",
        "2026年10月2日",
        ",",
        "音频材料",
        "羊城通可以在全省使用",
        "2026年9月2日",
        ",",
        "广州",
      ),
      "a.txt",
      "zh",
    );
    assert.deepEqual(links(a), ["广州地铁十一号线年底开通", "广州公交将全面使用新能源车辆", "夜班车乘客一年增长三成", "羊城通可以在全省使用"]);
  });
});
