/**
 * The article's head in languages and scripts the public corpus lacks (articles written for these
 * tests): headline, byline, dateline, date, lede and lead-photo credit are found by shape, script
 * and CLDR data, not by one outlet's words.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cutDateline } from "../src/parse/text/header.js";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");

describe("head: bylines, datelines and credits in other languages and scripts", () => {
  it("Indonesian: an opener with a colon, a date in WIB, an outlet's dateline", () => {
    const a = parse(story(
      "Pemerintah Bangun Jalan Tol Baru di Sumatera",
      "Oleh: Andi Wijaya",
      "Rabu, 12 Maret 2025 14:20 WIB",
      "JAKARTA, KOMPAS.com - Pemerintah akan membangun jalan tol baru di Pulau Sumatera tahun depan, kata Menteri Pekerjaan Umum.",
      "Menteri mengatakan proyek itu akan selesai dalam tiga tahun dan menghubungkan kota-kota besar.",
    ));
    assert.equal(a.lang, "id");
    assert.equal(a.byline, "Oleh: Andi Wijaya");
    assert.equal(a.author, "Andi Wijaya", "the author is the name without its opener");
    assert.equal(a.date, "2025-03-12T14:20:00+07:00", "WIB is a time zone, not an agency");
    assert.equal(a.dateline, "JAKARTA, KOMPAS.com");
    assert.ok(a.lede.startsWith("Pemerintah akan membangun"));
  });

  it("Turkish and Spanish: name, place and date between bars", () => {
    const tr = parse(story(
      "Ankara ile İstanbul arasına yeni hızlı tren hattı",
      "Ahmet Yılmaz | 12.03.2025 14:20",
      "ANKARA (AA) - Ulaştırma Bakanı, İstanbul ile Ankara arasında yeni bir hızlı tren hattı yapılacağını açıkladı.",
      "Bakan, projenin üç yıl içinde tamamlanacağını söyledi.",
    ));
    assert.equal(tr.byline, "Ahmet Yılmaz | 12.03.2025 14:20");
    assert.equal(tr.dateline, "ANKARA (AA)");
    const es = parse(story(
      "El Gobierno aprueba el nuevo plan de vivienda",
      "",
      "Lucía Martín | Valencia | 08/01/2024",
      "",
      "El Consejo de Ministros aprobó este martes el plan de vivienda, que prevé construir veinte mil pisos en cinco años.",
    ), "story.txt", "es");
    assert.equal(es.byline, "Lucía Martín | Valencia | 08/01/2024");
    assert.equal(es.dateline, "Valencia", "the place between the bars is where the story was filed");
    assert.equal(es.date, "2024-01-08");
  });

  it("Vietnamese: an outlet in brackets opens the lede as its dateline", () => {
    const a = parse(story(
      "Khởi công tuyến đường sắt cao tốc Bắc Nam",
      "Nguyễn Văn An",
      "12/03/2025 14:20",
      "(Chinhphu.vn) - Chính phủ Việt Nam công bố kế hoạch xây dựng tuyến đường sắt cao tốc Bắc Nam, dự kiến hoàn thành trong mười năm tới.",
    ));
    assert.equal(a.lang, "vi");
    assert.equal(a.byline, "Nguyễn Văn An");
    assert.equal(a.dateline, "(Chinhphu.vn)");
    assert.ok(a.lede.startsWith("Chính phủ Việt Nam"));
  });

  it("Thai: a credit label keeps the credit out of the byline, and the lede stays the lede", () => {
    const a = parse(story(
      "รัฐบาลเตรียมสร้างรถไฟความเร็วสูงสายใหม่",
      "โดย สมชาย ใจดี",
      "12 มี.ค. 2568 14:20 น.",
      "ภาพ: รอยเตอร์",
      "รัฐบาลไทยประกาศแผนสร้างรถไฟความเร็วสูงสายใหม่ระหว่างกรุงเทพมหานครและเชียงใหม่ โดยคาดว่าจะแล้วเสร็จภายในห้าปี",
      "รัฐมนตรีกล่าวว่าโครงการนี้จะสร้างงานหลายพันตำแหน่ง",
    ));
    assert.equal(a.lang, "th");
    assert.equal(a.byline, "โดย สมชาย ใจดี");
    assert.equal(a.date, "2025-03-12T14:20:00", "the Buddhist era year 2568 is 2025");
    assert.ok(a.lede.startsWith("รัฐบาลไทยประกาศ"));
    assert.deepEqual(blocksOf(a, "media").map((m) => [m.caption, m.credit]), [[null, "รอยเตอร์"]]);
  });

  it("Hebrew, Russian, Persian, Korean, Chinese, Swahili: the byline line under the headline", () => {
    const cases: [string, string, string][] = [
      ["הממשלה אישרה תוכנית לבניית קו רכבת חדש בנגב", "מאת דני כהן ורונית לוי", "השר אמר כי הפרויקט יושלם בתוך שלוש שנים ויחבר את באר שבע לאילת."],
      ["Правительство утвердило план строительства новой дороги", "Автор: Иван Петров", "Министр транспорта заявил, что проект будет завершен в течение трех лет и соединит два крупнейших города региона."],
      ["آغاز ساخت راه‌آهن جدید در خراسان", "نویسنده: علی رضایی", "دولت ایران اعلام کرد که برنامه جدیدی برای ساخت راه‌آهن در استان خراسان آغاز می‌شود و تا سه سال دیگر تمام می‌شود."],
      ["서울시, 새 지하철 노선 개통 계획 발표", "김철수 기자", "서울시는 내년부터 새로운 지하철 노선을 개통한다고 12일 발표했다. 새 노선은 강남과 강북을 잇는다."],
      ["北京宣布明年开通新地铁线路", "记者：王小明", "北京市政府12日宣布，将在明年开通新的地铁线路，连接首都机场和市中心，全程约需三十分钟。"],
      ["Serikali kujenga barabara mpya ya pwani", "Na Juma Hamisi, Mombasa", "Serikali ya Kenya imetangaza mpango mpya wa kujenga barabara katika mkoa wa pwani, waziri wa uchukuzi alisema Jumatano."],
    ];
    for (const [headline, byline, lede] of cases) {
      const a = parse(story(headline, byline, "12.03.2025 14:20", lede));
      assert.equal(a.headline, headline);
      assert.equal(a.byline, byline, headline);
      assert.ok(!/^(מאת|Автор:|نویسنده:|记者：|Na)\s?/u.test(a.author ?? "") && !(a.author ?? "").endsWith("기자"), `author without opener or title: ${a.author}`);
      assert.equal(a.lede, lede, headline);
    }
  });

  it("an opener without a colon opens a name, never a lower-case phrase", () => {
    const a = parse(story("Na granicy z Niemcami", "", "Na granicy z Niemcami od rana stoją kolejki samochodów, a straż graniczna sprawdza każdy pojazd."), "story.txt", "pl");
    assert.equal(a.byline, null);
  });

  it("cuts datelines in the forms of other wires: Korean, Italian, Chinese, Indonesian, Spanish", () => {
    const cases: [string, string, string][] = [
      ["(서울=연합뉴스) 홍길동 기자 = 서울시는 내년부터 새로운 지하철 노선을 개통한다고 12일 발표했다.", "(서울=연합뉴스) 홍길동 기자", "서울시는"],
      ["(ANSA) - ROMA, 12 MAR - Il governo ha approvato il nuovo piano per le infrastrutture del paese.", "(ANSA) - ROMA, 12 MAR", "Il governo"],
      ["新华社北京3月12日电（记者 王小明）北京市政府12日宣布，将在明年开通新的地铁线路。", "新华社北京3月12日电（记者 王小明）", "北京市政府"],
      ["本报讯（记者 李四）北京市政府12日宣布，将在明年开通新的地铁线路。", "本报讯（记者 李四）", "北京市政府"],
      ["Liputan6.com, Jakarta - Pemerintah akan membangun jalan tol baru di Pulau Sumatera tahun depan.", "Liputan6.com, Jakarta", "Pemerintah"],
      ["MADRID.- El Gobierno aprobó este martes el plan de vivienda para los próximos cinco años.", "MADRID", "El Gobierno"],
      ["【ワシントン共同】米政府は12日、新たな制裁措置を発表した。", "【ワシントン共同】", "米政府"],
      ["NEW DELHI: The Supreme Court on Tuesday ordered an inquiry into the collapse of a bridge in Bihar.", "NEW DELHI", "The Supreme"],
      ["KARACHI: The provincial government on Tuesday announced a new plan for the water supply of the city.", "KARACHI", "The provincial"],
      ["नई दिल्ली: मंगलवार को ट्रेन चालकों की हड़ताल से देश के कई हिस्सों में रेल यातायात ठप हो गया।", "नई दिल्ली", "मंगलवार"],
      ["ירושלים: שביתת נהגי הקטרים שיתקה ביום שלישי את תנועת הרכבות ברוב חלקי הארץ.", "ירושלים", "שביתת"],
    ];
    for (const [lede, dateline, rest] of cases) {
      const cut = cutDateline(lede);
      assert.equal(cut.dateline, dateline, lede);
      assert.ok(cut.rest.startsWith(rest), cut.rest);
    }
  });

  it("leaves a lede that only looks like one alone", () => {
    for (const lede of [
      "电动汽车的销量在今年前两个月大幅增长，市场分析人士表示。",
      "NATO. The alliance met on Tuesday to discuss the plan for the next five years in Brussels.",
      "NATO: The alliance met on Tuesday to discuss the plan for the next five years in Brussels.",
      "中国外交部发言人表示：中方将继续推动各方通过对话解决分歧，维护地区和平稳定。",
      "वित्त मंत्री ने कहा: “हम अगले साल कर नहीं बढ़ाएंगे और खर्च पर नियंत्रण रखेंगे।”",
      "(Note: this story was updated) The Senate passed the bill on Tuesday.",
      "Labour (412 votes) - a big win for the party in the north of the country on Tuesday.",
    ]) assert.equal(cutDateline(lede).dateline, null, lede);
  });

  it("a caption the page prints twice, with its credit between, is one figure and never the lede", () => {
    const a = parse(story(
      "Harbour wall to be rebuilt after storms",
      "",
      "Jane Doe",
      "",
      "Workers inspect the breach in the harbour wall at Porthleven on March 3, 2025. Sam Lee/AP hide caption",
      "",
      "toggle caption",
      "Sam Lee/AP",
      "",
      "Workers inspect the breach in the harbour wall at Porthleven on March 3, 2025.",
      "",
      "Sam Lee/AP",
      "",
      "The town council voted on Tuesday to rebuild the harbour wall, the mayor said, after storms breached it twice this winter.",
    ));
    assert.ok(a.lede.startsWith("The town council voted"));
    assert.deepEqual(blocksOf(a, "media").map((m) => [m.caption, m.credit]), [["Workers inspect the breach in the harbour wall at Porthleven on March 3, 2025.", "Sam Lee/AP"]]);
  });

  it("the line under a media label is its caption (a video's title and description, a photo's date and '| Agency' credit)", () => {
    const video = parse(story(
      "Harbour wall to be rebuilt after storms",
      "By Jane Doe",
      "Video",
      "Storm damage at the harbour in pictures",
      "",
      "Storm damage at the harbour in pictures: the wall, the boats and the quay after two winter storms.",
      "",
      "The town council voted on Tuesday to rebuild the harbour wall, the mayor said.",
    ));
    assert.ok(video.lede.startsWith("The town council voted"), video.lede);
    const [clip] = blocksOf(video, "media");
    assert.equal(clip?.kind, "video");
    assert.ok(clip?.caption?.startsWith("Storm damage at the harbour in pictures"));
    const photo = parse(story(
      "El Gobierno aprueba el nuevo plan de vivienda",
      "",
      "Fotos",
      "La ministra de Vivienda, durante la presentación del plan en Madrid.",
      "27-06-2024",
      "| Efe",
      "",
      "El Consejo de Ministros aprobó este martes el plan de vivienda, que prevé construir veinte mil pisos en cinco años.",
    ), "story.txt", "es");
    assert.ok(photo.lede.startsWith("El Consejo de Ministros"), photo.lede);
    assert.deepEqual(blocksOf(photo, "media").map((m) => [m.caption, m.credit]), [["La ministra de Vivienda, durante la presentación del plan en Madrid.", "Efe"]]);
  });

  it("a place printed alone in the header is the dateline, a name over a credit line is a caption, a credit after a dash is a credit", () => {
    const a = parse(story(
      "Prefeitura anuncia novo hospital na zona norte",
      "A obra deve começar em março e custar 200 milhões de reais",
      "Ana Ribeiro (à esquerda) visita o terreno do hospital - João Lima/Prefeitura de Recife",
      "12.mar.2025 às 14h20",
      "Recife",
      "",
      "A prefeitura anunciou nesta terça-feira a construção de um novo hospital na zona norte da cidade.",
    ), "story.txt", "pt");
    assert.equal(a.dateline, "Recife", "Recife is a city of the time zone database (America/Recife)");
    assert.equal(a.byline, null);
    assert.deepEqual(blocksOf(a, "media").map((m) => [m.caption, m.credit]), [["Ana Ribeiro (à esquerda) visita o terreno do hospital", "João Lima/Prefeitura de Recife"]]);
    const b = parse(story(
      "Sejm przyjął ustawę o budownictwie",
      "Posłowie poparli projekt rządu większością głosów po długiej debacie w nocy.",
      "",
      "Anna Nowak",
      "",
      "Foto: PAP/Jan Kowalski",
      "",
      "Marek Wiśniewski",
      "",
      "Sejm przyjął w piątek ustawę, która ma przyspieszyć budowę mieszkań w dużych miastach, poinformowało ministerstwo.",
    ), "story.txt", "pl");
    assert.equal(b.byline, "Marek Wiśniewski");
    assert.deepEqual(blocksOf(b, "media").map((m) => [m.caption, m.credit]), [["Anna Nowak", "PAP/Jan Kowalski"]]);
  });

  it("Thai: a breadcrumb over a headline as long as a sentence is furniture, not the headline", () => {
    const a = parse(story(
      "หน้าแรก > ข่าว > ภูมิภาค",
      "",
      "ฝนตกหนักทางภาคเหนือ ชาวบ้านในหลายอำเภอต้องอพยพไปยังศูนย์พักพิงชั่วคราว",
      "",
      "5 มี.ค. 2568 09:10 น.",
      "",
      "ลำปาง - ฝนที่ตกต่อเนื่องตลอดคืนทำให้น้ำป่าไหลหลากเข้าท่วมบ้านเรือนประชาชนหลายร้อยหลังคาเรือน เจ้าหน้าที่เร่งให้ความช่วยเหลือตั้งแต่เช้ามืด",
      "",
      "ผู้ว่าราชการจังหวัดสั่งการให้ทุกหน่วยงานเตรียมพร้อมรับมือตลอดยี่สิบสี่ชั่วโมง",
    ));
    assert.equal(a.headline, "ฝนตกหนักทางภาคเหนือ ชาวบ้านในหลายอำเภอต้องอพยพไปยังศูนย์พักพิงชั่วคราว");
    assert.equal(a.date, "2025-03-05T09:10:00");
    assert.equal(a.dateline, "ลำปาง");
  });

  it("Indonesian and English: a headline in title case with a comma is not a byline", () => {
    const id = parse(story(
      "Ekonomi",
      "",
      "Harga Cabai Melonjak Jelang Lebaran, Petani Kewalahan Penuhi Permintaan",
      "",
      "Kamis, 06 Mar 2025 08:30 WIB",
      "",
      "Harga cabai rawit di pasar-pasar Surabaya naik hampir dua kali lipat dalam sepekan terakhir, kata para pedagang.",
      "",
      "Dinas Perdagangan berjanji menambah pasokan dari daerah lain mulai pekan depan.",
    ));
    assert.equal(id.headline, "Harga Cabai Melonjak Jelang Lebaran, Petani Kewalahan Penuhi Permintaan");
    assert.equal(id.kicker, "Ekonomi");
    assert.equal(id.byline, null);
    const en = parse(story(
      "Storm Knocks Out Power Across Three Counties, Crews Work Overnight",
      "Jane Porter and Luis Ortega, The Courier",
      "The storm brought down hundreds of trees across the region on Tuesday night, the utility said.",
    ));
    assert.equal(en.headline, "Storm Knocks Out Power Across Three Counties, Crews Work Overnight");
    assert.equal(en.byline, "Jane Porter and Luis Ortega, The Courier", "names of one to four words, an outlet after the comma");
  });

  it("Dutch and German: an opener, a role in lower case, then the name", () => {
    const nl = parse(story(
      "Gemeente sluit zwembad wegens personeelstekort",
      "Door onze verslaggever Pieter van Dijk",
      "De gemeente Utrecht sluit het zwembad in de wijk Overvecht tot de zomer, omdat er te weinig badmeesters zijn.",
      "Bezoekers kunnen terecht in het bad in Zuilen.",
    ));
    assert.equal(nl.byline, "Door onze verslaggever Pieter van Dijk");
    assert.equal(nl.author, "Pieter van Dijk", "the author is the name, without the opener and the role");
    const de = parse(story(
      "Stadtrat beschließt neue Radwege",
      "Von unserem Korrespondenten Jonas Becker",
      "Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen.",
      "Die Arbeiten sollen im Frühjahr beginnen.",
    ));
    assert.equal(de.byline, "Von unserem Korrespondenten Jonas Becker");
    assert.equal(de.author, "Jonas Becker");
  });

  it("several authors, an outlet or a place: bylines between bars, semicolons and agencies, in any script", () => {
    const lede = "The city council approved its budget on Tuesday after a debate that lasted nine hours.";
    const head = (byline: string, text = lede, headline = "Council approves new budget after long debate") => parse(story(headline, "", byline, "", text, "", "The mayor said the vote was a good day for the city."));
    assert.equal(head("Jane Porter and Luis Ortega | The Courier").byline, "Jane Porter and Luis Ortega | The Courier", "names and an outlet between bars are not a menu");
    assert.equal(head("Jane Porter, The Courier; Luis Ortega, Bloomberg").byline, "Jane Porter, The Courier; Luis Ortega, Bloomberg");
    const fr = head("Jean Dupont avec AFP", "Le conseil municipal a adopté mardi son budget après un débat de neuf heures.", "Le conseil municipal adopte le budget");
    assert.equal(fr.byline, "Jean Dupont avec AFP");
    const ro = head("de Andrei Popescu", "Consiliul local a aprobat marți bugetul după o dezbatere de nouă ore.", "Consiliul local a aprobat bugetul");
    assert.equal(ro.author, "Andrei Popescu");
    const hi = parse(story("नगर निगम ने लंबी बहस के बाद बजट पास किया", "रमेश कुमार, नई दिल्ली", "5 मार्च 2025, 14:20 IST", "नगर निगम ने मंगलवार को नौ घंटे की बहस के बाद नया बजट पास कर दिया।", "महापौर ने कहा कि यह शहर के लिए अच्छा दिन है।"));
    assert.equal(hi.byline, "रमेश कुमार, नई दिल्ली", "a name, a comma and a place in a script without capitals");
    assert.equal(head("Politics | Business | Culture | Sport").byline, null, "a menu of one-word sections is no byline");
  });

  it("a short standfirst right between the headline and the byline is the lede", () => {
    const pt = parse(story(
      "Política",
      "Governo anuncia novo programa de habitação para jovens",
      "Medida prevê subsídio mensal de 300 reais",
      "Por Ana Souza",
      "06/03/2025 10h15",
      "O governo federal anunciou nesta terça-feira um novo programa de habitação para jovens de até 29 anos.",
      "O programa começa a valer em julho, segundo o ministério.",
    ));
    assert.equal(pt.headline, "Governo anuncia novo programa de habitação para jovens");
    assert.equal(pt.lede, "Medida prevê subsídio mensal de 300 reais");
    assert.equal(pt.byline, "Por Ana Souza");
    const sv = parse(story(
      "Regeringen vill sänka skatten för pensionärer",
      "Förslaget ska presenteras i vårbudgeten",
      "Anna Berg",
      "Publicerad 6 mars 2025 kl 10.15",
      "Regeringen vill sänka skatten för pensionärer med upp till 500 kronor i månaden, meddelade finansministern på onsdagen.",
    ));
    assert.equal(sv.lede, "Förslaget ska presenteras i vårbudgeten");
    assert.equal(sv.byline, "Anna Berg");
    const label = parse(story("Regeringen vill sänka skatten", "Lyssna på artikeln", "Anna Berg", "Publicerad 6 mars 2025 kl 10.15", "Regeringen vill sänka skatten för pensionärer med upp till 500 kronor i månaden, meddelade finansministern."));
    assert.ok(label.lede.startsWith("Regeringen vill sänka skatten för"), "a label of three words is no standfirst");
  });

  it("a site's name in capitals, with the page's labels under it, is not the headline", () => {
    const a = parse(story(
      "EL DIARIO DEL SUR",
      "Última hora",
      "Sociedad",
      "El Gobierno aprueba una ayuda de 200 euros para el alquiler",
      "Lucía Martín",
      "06/03/2025 10:15",
      "El Consejo de Ministros ha aprobado este martes una ayuda mensual de 200 euros para el alquiler de los jóvenes.",
    ));
    assert.equal(a.headline, "El Gobierno aprueba una ayuda de 200 euros para el alquiler");
    const kicker = parse(story(
      "GUERRA EN UCRANIA",
      "Kiev denuncia un ataque masivo con drones contra la red eléctrica",
      "Lucía Martín",
      "06/03/2025 10:15",
      "Rusia lanzó durante la noche más de cien drones contra instalaciones eléctricas de Ucrania, según el Gobierno de Kiev.",
    ));
    assert.equal(kicker.kicker, "GUERRA EN UCRANIA", "right above the headline, a line in capitals is its kicker");
  });

  it("in a transcript, a name in capitals and a colon opens a turn, not a dateline", () => {
    const a = parse(story(
      "Council defends cuts to library hours",
      "Updated March 6, 2025 18:58:00",
      "The council has defended its decision to cut library opening hours across the county.",
      "Jane Porter",
      "ANNA REID: The council says the cuts will save money, but readers are not happy about them at all.",
      "JANE PORTER: Libraries in six towns will close on Mondays from next month, the council said.",
      "TOM BRYCE: It is a sad day for the people who use the library every week, and there are many of them.",
    ));
    assert.equal(a.dateline, null);
  });

  it("a site's menu and a section label over the headline: the headline is under them, however short", () => {
    const en = parse(story(
      "The Harbour Times",
      "Subscribe",
      "News Sport Business Opinion Culture",
      "Thursday, 6 March 2025",
      "Harbour wall to be rebuilt after winter storms",
      "Engineers say the 19th-century wall cannot be repaired",
      "By Claire Dunn",
      "The harbour wall at Porthleven will be rebuilt at a cost of £4 million after it was breached twice this winter, the council said.",
    ));
    assert.equal(en.headline, "Harbour wall to be rebuilt after winter storms");
    const de = parse(story(
      "Politik",
      "Regierung will Grundsteuer reformieren",
      "Die Koalition legt einen Entwurf vor – die Länder sind skeptisch",
      "Von Jonas Becker",
      "Stand: 06.03.2025, 10:15 Uhr",
      "Die Bundesregierung will die Grundsteuer bis 2027 grundlegend reformieren, wie das Finanzministerium am Mittwoch mitteilte.",
    ));
    assert.equal(de.kicker, "Politik");
    assert.equal(de.headline, "Regierung will Grundsteuer reformieren", "under a section label, a short line is the headline, not a second kicker");
    assert.equal(de.lede, "Die Koalition legt einen Entwurf vor – die Länder sind skeptisch");
    const title = parse(story("Storm Knocks Out Power Across Three Counties", "By Claire Dunn", "The storm brought down hundreds of trees across the region on Tuesday night, the utility said."));
    assert.equal(title.headline, "Storm Knocks Out Power Across Three Counties", "a headline in title case is no menu");
  });
});

describe("head: a headline in a script that ends sentences with no mark (Thai, Lao)", () => {
  const menu = ["หน้าหลัก", "ภูมิภาค", "ต่างประเทศ", "บันเทิง", "ไลฟ์สไตล์", "ภูมิภาค"];
  const body = [
    "ตำรวจภูธรจังหวัดขอนแก่นจับกุมผู้ต้องหา 4 คนที่ลักลอบตัดสายไฟฟ้าตามถนนสายรองในอำเภอเมืองหลายครั้งในช่วงสองเดือนที่ผ่านมา",
    "เจ้าหน้าที่ยึดสายไฟที่ถูกตัดเป็นท่อนได้กว่า 2 ตันจากโกดังแห่งหนึ่ง",
  ];
  const headline = "ตำรวจขอนแก่นจับแก๊งขโมยสายไฟฟ้าได้ 4 คน ของกลางกว่า 2 ตัน";

  it("is the shorter line over the first longer paragraph, past the date: not the menu over it", () => {
    const a = parse(story(...menu, headline, "โพสต์: 3 ก.ย. 2568 09:15 น.", ...body));
    assert.equal(a.lang, "th");
    assert.equal(a.headline, headline, "fifteen words parted by spaces, then a date, then a longer paragraph");
    assert.ok(a.lede.startsWith("ตำรวจภูธรจังหวัดขอนแก่น"));
    assert.equal(a.date, "2025-09-03T09:15:00", "the Buddhist era's year, through Intl");
    for (const item of menu.slice(2, 5)) assert.ok(!blocksOf(a, "paragraph").some((b) => b.text === item), `menu item ${item} is not copy`);
  });

  it("stays the lede when no longer paragraph follows it (a story pasted without its headline)", () => {
    const a = parse(story("ข่าวภูมิภาค", "โพสต์: 3 ก.ย. 2568 09:15 น.", body[0] as string, body[1] as string));
    assert.ok(a.lede.startsWith("ตำรวจภูธรจังหวัดขอนแก่น"), "the long first paragraph is the lede, not a headline");
  });
});
