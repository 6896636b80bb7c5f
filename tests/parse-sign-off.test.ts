/**
 * The byline printed after the article's last paragraph (articles written for these tests, in
 * several languages and scripts): a name alone, an agency in capitals, a name and an agency in
 * brackets, alone on a line or closing the last paragraph. Not a heading or a paragraph.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n\n");
const texts = (a: ReturnType<typeof parse>) => a.blocks.map((b) => ("text" in b && typeof b.text === "string" ? b.text : ""));

describe("sign-off: a byline after the last paragraph", () => {
  it("Finnish: a name in capitals over the author's e-mail, then a related box", () => {
    const a = parse(story(
      "Kaupunki rakentaa uuden sillan joen yli",
      "Uusi silta valmistuu ensi vuonna, kertoo kaupungin tekninen johtaja.",
      "Sillan rakentaminen alkaa keväällä, ja sen arvioidaan maksavan noin kymmenen miljoonaa euroa.",
      "Kaupunginvaltuusto hyväksyi hankkeen maanantaina äänin 40–19 pitkän keskustelun jälkeen.",
      "MATTI VIRTANEN\nmatti.virtanen@example.fi",
    ));
    assert.match(a.byline ?? "", /MATTI VIRTANEN/u);
    assert.ok(!texts(a).includes("MATTI VIRTANEN"), "the name is not a paragraph");
  });

  it("Portuguese: an agency alone after the last paragraph, then the page's tail", () => {
    const a = parse(story(
      "Prefeitura anuncia nova linha de ônibus para a zona sul",
      "A prefeitura anunciou nesta terça-feira uma nova linha de ônibus que ligará o centro à zona sul.",
      "Segundo a secretaria de transportes, a linha começa a circular no mês que vem com vinte veículos.",
      "A tarifa será a mesma das outras linhas da cidade, informou a prefeitura em nota.",
      "AFP",
      "Tópicos relacionados",
      "Comentários",
    ));
    assert.match(a.byline ?? "", /AFP/u);
    assert.ok(!a.blocks.some((b) => b.type === "subhead"), "the agency is not a heading");
  });

  it("Indonesian and Vietnamese: a name and an agency in brackets, alone or closing the paragraph", () => {
    const id = parse(story(
      "Harga Beras Naik di Sejumlah Pasar Tradisional",
      "Harga beras di sejumlah pasar tradisional naik dalam sepekan terakhir, kata pedagang.",
      "Kenaikan harga dipicu oleh berkurangnya pasokan dari daerah penghasil akibat musim hujan.",
      "Pemerintah berjanji akan menggelar operasi pasar mulai pekan depan untuk menekan harga.",
      "(Andi Wijaya / Antara)",
    ));
    assert.match(id.byline ?? "", /Andi Wijaya \/ Antara/u);
    assert.equal(id.author, "Andi Wijaya", "the author is the name before the slash, the agency after it is not a person (as 'Anna Weber / Redakteurin')");
    const vi = parse(story(
      "Hà Nội mở thêm tuyến xe buýt điện",
      "Hà Nội sẽ mở thêm ba tuyến xe buýt điện trong tháng tới, theo Sở Giao thông vận tải thành phố.",
      "Các tuyến mới nối trung tâm với các khu đô thị phía tây và phía nam thành phố.",
      "Giá vé không thay đổi so với các tuyến xe buýt hiện nay, sở cho biết. (Minh Anh/TTXVN)",
    ));
    assert.match(vi.byline ?? "", /\(Minh Anh\/TTXVN\)/u);
    assert.ok(texts(vi).some((t) => t.endsWith("sở cho biết.")), "the paragraph keeps its words, without the sign-off");
  });

  it("a name alone after many paragraphs; an editor's credit under a sign-off is an endnote (spec: sign-off lines are endnotes)", () => {
    const vi = parse(story(
      "Hà Nội mở thêm ba tuyến xe buýt điện",
      "Hà Nội sẽ mở thêm ba tuyến xe buýt điện trong tháng tới, theo Sở Giao thông vận tải thành phố.",
      "Các tuyến mới nối trung tâm với các khu đô thị phía tây và phía nam thành phố, sở cho biết.",
      "Giá vé không thay đổi so với các tuyến xe buýt hiện nay, theo thông báo của sở.",
      "Mỗi tuyến sẽ có mười xe chạy từ năm giờ sáng đến mười giờ tối hằng ngày.",
      "Người dân có thể mua vé tháng tại các điểm bán vé trên toàn thành phố.",
      "Sở cũng cho biết sẽ mở thêm các tuyến khác trong năm tới nếu thí điểm thành công.",
      "Minh Anh",
      "Theo TTXVN",
      "Tin liên quan",
    ));
    assert.match(vi.byline ?? "", /^Minh Anh/u);
    assert.ok(!vi.blocks.some((b) => b.type === "paragraph" && b.text === "Minh Anh"));
    const id = parse(story(
      "Harga Beras Naik di Sejumlah Pasar Tradisional",
      "Harga beras di sejumlah pasar tradisional naik dalam sepekan terakhir, kata pedagang.",
      "Kenaikan harga dipicu oleh berkurangnya pasokan dari daerah penghasil akibat musim hujan. (ant/jpnn)",
      "Editor: Budi Santoso",
    ));
    assert.equal(id.byline, "(ant/jpnn)");
    assert.deepEqual(id.blocks.at(-1), { type: "endnote", text: "Editor: Budi Santoso" });
  });

  it("Korean: a name, the reporter's title and an e-mail address after the last paragraph; a box title after it stays out", () => {
    const ko = parse(story(
      "비트코인 가격 사상 최고치 경신",
      "비트코인 가격이 22일 사상 최고치를 경신했다고 업계가 밝혔다. 투자자들의 관심이 커지고 있다.",
      "전문가들은 당분간 변동성이 클 것으로 내다봤다. 시장은 계속 주시하고 있다.",
      "김철수 기자 kim@example.com",
      "관련 기사",
    ));
    assert.equal(ko.byline, "김철수 기자 kim@example.com");
    assert.equal(ko.author, "김철수");
  });

  it("Korean: the reporter the header names, signing again at the end with an address, is one byline", () => {
    const a = parse([
      "부산시, 내년부터 시내버스 심야 노선 8개 신설",
      "입력 2025.11.02 09:10",
      "김민수 기자",
      "부산시는 내년 1월부터 시내버스 심야 노선 8개를 새로 운영한다고 2일 밝혔다.",
      "심야 노선은 자정부터 새벽 4시까지 30분 간격으로 운행한다.",
      "시는 야간 근무자와 대학생의 이동 편의가 크게 늘어날 것으로 기대하고 있다.",
      "김민수 기자 minsu.kim@example.co.kr",
    ].join("\n"));
    assert.equal(a.byline, "김민수 기자 minsu.kim@example.co.kr", "the name once, with the address the end adds");
    assert.equal(a.author, "김민수");
    assert.ok(!texts(a).some((t) => t.includes("minsu.kim")), "the sign-off is no paragraph");
  });

  it("Chinese and Hebrew: a name in brackets in a script without case", () => {
    const zh = parse(story(
      "北京地铁新线路年底开通",
      "北京市交通委员会周二表示，地铁新线路将于今年年底开通运营，全长约三十公里，设站二十座。",
      "新线路将连接城市东部和西部的多个居民区，预计日均客流量超过五十万人次。",
      "（记者 王小明）",
    ));
    assert.match(zh.byline ?? "", /王小明/u);
    const he = parse(story(
      "העירייה תפתח קו אוטובוס חדש לשכונות הדרום",
      "העירייה הודיעה היום כי קו אוטובוס חדש יחבר את מרכז העיר לשכונות הדרום החל מהחודש הבא.",
      "לדברי דובר העירייה, הקו יפעל כל עשר דקות בשעות העומס ויכלול עשרים אוטובוסים חשמליים.",
      "(דנה כהן)",
    ));
    assert.match(he.byline ?? "", /דנה כהן/u);
  });

  it("a heading in the middle of the article, or a name in the middle of the prose, is not a sign-off", () => {
    const a = parse(story(
      "Council approves the new bridge after a long debate",
      "The city council approved the new bridge on Monday after a debate that lasted six hours.",
      "Construction will begin in the spring and is expected to cost about ten million pounds.",
      "Public Reaction",
      "Residents who spoke at the meeting were divided, with some saying the money was needed elsewhere.",
      "Others welcomed the plan and said the old crossing had been unsafe for years.",
      "The council will publish the final design next month, officials said.",
    ));
    assert.equal(a.byline, null);
    assert.ok(a.blocks.some((b) => b.type === "subhead" && b.text === "Public Reaction"));
  });
});

describe("head: an update line that prints only a time", () => {
  it("Swedish, English, German: a label and a time under the date line are metadata, and the byline after the standfirst is found", () => {
    const a = parse([
      "Skolan stänger efter vattenläcka",
      "Publicerad 23 okt 2025 kl 10.23",
      "Uppdaterad kl 12.17",
      "",
      "En vattenläcka har stängt skolan i centrala staden under resten av veckan.",
      "",
      "Eleverna får undervisning på distans.",
      "",
      "Anna Berg",
      "Dela artikel",
      "",
      "Läckan upptäcktes tidigt på morgonen av en vaktmästare som larmade räddningstjänsten direkt.",
    ].join("\n"), "story.txt", "sv");
    assert.equal(a.byline, "Anna Berg");
    assert.ok(!a.blocks.some((b) => "text" in b && b.text === "Uppdaterad kl 12.17"), "the update line is not a paragraph");
  });

  it("French and Japanese: a name with its agency, a name in brackets without spaces", () => {
    const fr = parse(story(
      "Le conseil municipal adopte le budget",
      "Le conseil municipal a adopté mardi son budget après un débat de neuf heures, a annoncé la mairie.",
      "Le budget prévoit une hausse des investissements dans les écoles et les transports publics.",
      "Jean Dupont avec AFP",
    ));
    assert.equal(fr.byline, "Jean Dupont avec AFP");
    assert.ok(!texts(fr).includes("Jean Dupont avec AFP"), "the sign-off is not a paragraph");
    const ja = parse(story(
      "市議会、予算案を可決",
      "市議会は５日、９時間に及ぶ議論の末、来年度の予算案を可決した。",
      "市長は会見で、学校の改修を急ぐ考えを示した。",
      "（山田太郎）",
    ));
    assert.equal(ja.author, "山田太郎");
  });

  it("an author's box after the story opens with the byline's name: the page's, not the story's", () => {
    const en = parse(story(
      "Council approves new budget after long debate",
      "By Jane Porter",
      "The city council approved its budget on Tuesday after a debate that lasted nine hours.",
      "The mayor said the vote was a good day for the city, and that the new library would open in the autumn.",
      "Jane Porter is the Courier's city hall reporter. She has covered local government since 2015.",
    ));
    assert.ok(!texts(en).some((t) => t.startsWith("Jane Porter is")), "the author's box is dropped");
    const de = parse(story(
      "Stadtrat beschließt Haushalt",
      "Von Jonas Becker und Anna Müller",
      "Der Stadtrat hat am Dienstag nach neunstündiger Debatte den Haushalt beschlossen.",
      "Jonas Becker sprach danach mit der Oberbürgermeisterin, die von einem guten Tag für die Stadt sprach.",
      "Die Opposition kritisierte, der Haushalt beruhe auf zu optimistischen Steuerschätzungen.",
      "Anna Müller ist Redakteurin im Ressort Stadt und berichtet seit 2015 über die Kommunalpolitik.",
    ));
    assert.ok(!texts(de).some((t) => t.startsWith("Anna Müller ist")), "the second author's box is dropped");
    assert.ok(texts(de).some((t) => t.startsWith("Jonas Becker sprach")), "a paragraph of the story that names the author stays");
  });
});

describe("sign-off: a dash before the name, a slash before the agency", () => {
  it("Portuguese: '— Name / Agency' after the last paragraph, over a related box, is the byline, not a speech-dash quote", () => {
    const a = parse([
      "Cotidiano",
      "Cidade registra a madrugada mais fria do ano",
      "Termômetros marcaram 6 °C na zona norte, segundo a Defesa Civil",
      "A cidade registrou nesta quinta-feira a madrugada mais fria do ano, com mínima de 6 °C no Horto.",
      "A prefeitura ampliou o número de vagas em abrigos e montou tendas para distribuir cobertores.",
      "Uma nova massa de ar polar deve chegar ao estado no fim de semana, segundo os meteorologistas.",
      "— Carla Mendes / Folhapress",
      "Leia mais",
      "Frio faz procura por agasalhos crescer no centro",
    ].join("\n"));
    assert.match(a.byline ?? "", /Carla Mendes/u);
    assert.equal(a.author, "Carla Mendes");
    assert.ok(!a.blocks.some((b) => b.type === "quote"), "a name after a dash is no speech");
  });

  it("Polish: '– Name' alone after the last paragraph", () => {
    const pl = parse(story(
      "Miasto buduje nową linię tramwajową",
      "Nowa linia tramwajowa połączy centrum z osiedlami na południu miasta, poinformował w środę ratusz.",
      "Budowa ma potrwać dwa lata, a pierwsze tramwaje pojadą w 2028 roku.",
      "Mieszkańcy od lat domagali się lepszego połączenia z centrum.",
      "– Tomasz Nowicki",
    ));
    assert.equal(pl.author, "Tomasz Nowicki");
    assert.ok(!pl.blocks.some((b) => b.type === "quote"), "a name after a dash is no speech");
  });

  it("German and Spanish: 'Name (one word)' alone after the last paragraph, over the page's tail, is the byline, never dropped", () => {
    const de = parse(story(
      "Stadt plant neue Radwege im Norden",
      "Die Stadt will im kommenden Jahr zwölf Kilometer neue Radwege im Norden bauen, teilte die Verwaltung mit.",
      "Die Kosten liegen bei rund acht Millionen Euro und werden zum Teil vom Land getragen.",
      "Anwohner hatten sich seit Jahren über gefährliche Kreuzungen beschwert.",
      "Jana Wiegand (Text)",
      "Mehr zum Thema",
    ));
    assert.match(de.byline ?? "", /Jana Wiegand/u);
    const es = parse(story(
      "El ayuntamiento abre un nuevo parque junto al río",
      "El ayuntamiento inauguró este sábado un parque de seis hectáreas junto al río, con zonas de juego y huertos.",
      "Las obras costaron cuatro millones de euros y duraron dieciocho meses.",
      "Los vecinos reclamaban desde hace años más zonas verdes en el barrio.",
      "Lucía Ferrer (EFE)",
      "Te puede interesar",
    ));
    assert.match(es.byline ?? "", /Lucía Ferrer/u);
  });
});
