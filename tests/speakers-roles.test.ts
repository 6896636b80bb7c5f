/**
 * Speakers described by a role, several people as one subject, and dates next to the quote
 * (issue 13): given an article in one of these shapes, who said the quote. All copy here is
 * written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const article = (lang: string, ...paragraphs: string[]) => parse(paragraphs.join("\n\n"), "a.txt", lang);
const speakers = (a: ReturnType<typeof article>) => blocksOf(a, "quote").map((q) => q.speaker);

describe("a role is kept whole, with its complement", () => {
  it("Greek: «…», δήλωσε ο υπουργός Περιβάλλοντος is the minister, not the ministry's name", () => {
    const a = article(
      "el",
      "Νέο πρόγραμμα επιδότησης για τα φωτοβολταϊκά",
      "Ανακοινώθηκε την Παρασκευή νέο πρόγραμμα επιδότησης για την εγκατάσταση φωτοβολταϊκών σε κατοικίες.",
      "«Στόχος είναι να μειωθεί ο λογαριασμός ρεύματος για χιλιάδες νοικοκυριά», δήλωσε ο υπουργός Περιβάλλοντος.",
      "Ο πρόεδρος του Επιμελητηρίου, Νίκος Αλεξίου, χαρακτήρισε το μέτρο θετικό.",
      "«Περιμέναμε χρόνια αυτή την απόφαση», είπε ο κ. Αλεξίου.",
    );
    assert.deepEqual(speakers(a), ["ο υπουργός Περιβάλλοντος", "Νίκος Αλεξίου"]);
  });

  it("Romanian: „…”, a declarat ministrul Finanțelor după ședință is the minister", () => {
    const a = article(
      "ro",
      "Guvernul a aprobat bugetul pentru anul viitor",
      "Guvernul a aprobat joi proiectul bugetului, care prevede un deficit de cinci la sută.",
      "„Este un buget al investițiilor”, a declarat ministrul Finanțelor după ședință.",
    );
    assert.deepEqual(speakers(a), ["ministrul Finanțelor"]);
  });

  it("a role before a surname is the person when the article gives the full name", () => {
    const a = article(
      "en",
      "Port to stay open through the winter",
      "The port authority chaired by Helen Marsh voted on Monday to keep the ferry terminal open.",
      "\"We will not leave the islands without a crossing,\" said chairwoman Marsh.",
    );
    assert.deepEqual(speakers(a), ["Helen Marsh"]);
  });

  it("Hungarian and Czech: the verb of saying, then the role up to the next article or preposition", () => {
    const hu = article(
      "hu",
      "Új villamosvonal épül a belvárosban",
      "A fővárosi közgyűlés pénteken jóváhagyta az új villamosvonal építését, amely 2028-ra készülhet el.",
      "„Ez a beruházás évtizedekre meghatározza a közlekedést” – mondta a főpolgármester a szavazás után.",
      "„A lakók kéréseit is figyelembe vettük” – tette hozzá a közlekedési bizottság elnöke.",
    );
    assert.deepEqual(speakers(hu), ["a főpolgármester", "a közlekedési bizottság elnöke"]);
    const cs = article(
      "cs",
      "Kraj opraví most přes Vltavu",
      "Brno - Krajské zastupitelstvo ve čtvrtek schválilo opravu mostu přes Vltavu, která potrvá dva roky.",
      "„Most je v havarijním stavu a oprava nemůže čekat,“ řekl hejtman kraje po jednání.",
    );
    // (not "Brno Krajské": a dateline's dash ends the name before it)
    assert.deepEqual(speakers(cs), ["hejtman kraje"]);
  });
});

describe("an 'and' inside the subject joins it", () => {
  it("Vietnamese: the whole office before nói, with its và", () => {
    const a = article(
      "vi",
      "Hà Nội mở thêm ba tuyến xe buýt điện",
      "Từ tháng sau, thành phố sẽ đưa vào hoạt động ba tuyến xe buýt điện mới nối trung tâm với các khu đô thị phía tây.",
      "\"Xe buýt điện sẽ giúp giảm khói bụi trong nội đô,\" Giám đốc Sở Giao thông và Vận tải nói tại buổi họp báo.",
    );
    assert.deepEqual(speakers(a), ["Giám đốc Sở Giao thông và Vận tải"]);
  });

  it("Persian: the subject before گفت keeps its و", () => {
    const a = article(
      "fa",
      "افزایش سهمیه آب کشاورزان در استان",
      "سهمیه آب کشاورزان استان برای فصل زراعی جدید افزایش می‌یابد.",
      "مدیرعامل شرکت آب و فاضلاب گفت: «ذخایر سدها امسال بهتر از سال گذشته است.»",
    );
    assert.deepEqual(speakers(a), ["مدیرعامل شرکت آب و فاضلاب"]);
  });

  it("two people as one subject, before or after the verb; 'officials said' is the speaker as described", () => {
    const en = article(
      "en",
      "Council delays vote on harbour parking fees",
      "The city council on Thursday postponed a vote on new parking fees at the harbour after traders asked for more time.",
      "\"We need to see how the fees would affect the summer season,\" officials said in a statement.",
      "Harbour traders Anna Price and Colin Webb have collected 900 signatures against the plan.",
      "\"Nobody asked us before the plan was drawn up,\" Price and Webb said.",
    );
    assert.deepEqual(speakers(en), ["officials", "Price and Webb"]);
    const no = article(
      "no",
      "Brødrene padlet fra Bergen til Tromsø",
      "Ola Berg (24) og broren Nils Berg (27) har padlet 1800 kilometer på seks uker.",
      "– Det verste var vinden over Folda, sier Ola og Nils.",
    );
    assert.deepEqual(speakers(no), ["Ola og Nils"]);
  });
});

describe("the attribution at the end of a dash quote without a comma", () => {
  it("Norwegian: '– … på så kort tid forteller duoen.' is the duo; '… som vi sier i Trøndelag.' is speech", () => {
    const a = article(
      "no",
      "Brødrene padlet fra Bergen til Tromsø",
      "Ola Berg (24) og broren Nils Berg (27) har padlet 1800 kilometer på seks uker.",
      "– Vi hadde aldri trodd at vi skulle klare det på så kort tid forteller duoen.",
      "– Det ble litt kvast, som vi sier i Trøndelag.",
    );
    const quotes = blocksOf(a, "quote");
    assert.equal(quotes[0]?.speaker, "duoen");
    assert.equal(quotes[0]?.text, "Vi hadde aldri trodd at vi skulle klare det på så kort tid");
    assert.equal(quotes[1]?.text, "Det ble litt kvast, som vi sier i Trøndelag.");
  });
});

describe("a date next to the quote is never the speaker", () => {
  it("Indonesian: \"…,\" ujarnya di Bogor, Kamis. is the official named before, not the weekday", () => {
    const a = article(
      "id",
      "Pemerintah Tambah Kuota Pupuk Bersubsidi untuk Petani",
      "Pemerintah menambah kuota pupuk bersubsidi sebanyak 500 ribu ton untuk musim tanam berikutnya.",
      "Menteri Pertanian Budi Santoso mengatakan penyaluran akan dimulai awal Desember.",
      "\"Petani tidak perlu khawatir soal stok,\" ujarnya di Bogor, Kamis.",
    );
    assert.deepEqual(speakers(a), ["Budi Santoso"]);
  });
});

describe("a role's complement and the name after it", () => {
  it("Spanish: 'explicó el jefe de bomberos' keeps 'de bomberos'; Italian stops at 'nella'", () => {
    const es = article(
      "es",
      "Un incendio obliga a desalojar a 200 vecinos",
      "Un incendio forestal declarado este domingo ha obligado a desalojar a unos 200 vecinos.",
      "«Trabajan en la zona seis medios aéreos», explicó el jefe de bomberos.",
    );
    assert.deepEqual(speakers(es), ["el jefe de bomberos"]);
    const it_ = article(
      "it",
      "Nuovo piano per i trasporti",
      "Il consiglio comunale ha approvato lunedì il nuovo piano dei trasporti urbani.",
      "«Una buona giornata per la città», ha scritto poi la sindaca nella serata di lunedì.",
    );
    assert.deepEqual(speakers(it_), ["la sindaca"]);
  });

  it("English: a full name right before the verb, after a role, is the person", () => {
    const a = article(
      "en",
      "Rates to stay on hold",
      "The central bank left its key rate unchanged on Wednesday.",
      "\"Rates will come down slowly,\" the Bank of Canada's governor Paul Reddy said.",
    );
    assert.deepEqual(speakers(a), ["Paul Reddy"]);
  });
});

describe("people described in scripts without case", () => {
  it("Hindi: '\"…,\" स्थानीय लोगों ने मांग की' is the local people, not the officer quoted before", () => {
    const a = article(
      "hi",
      "शहर में दिनदहाड़े चोरी",
      "समस्तीपुर के एक मोहल्ले में मंगलवार को बंद घर का ताला तोड़कर चोरों ने लाखों के गहने चुरा लिए।",
      "\"जल्द ही चोरों को पकड़ लिया जाएगा,\" थानाध्यक्ष ने बताया।",
      "\"मोहल्ले में पुलिस गश्त बढ़ाई जाए,\" स्थानीय लोगों ने मांग की।",
    );
    assert.deepEqual(speakers(a), ["थानाध्यक्ष", "स्थानीय लोगों"]);
  });

  it("Japanese: the source in brackets after the quote, with a few words closing the sentence", () => {
    const a = article(
      "ja",
      "フジテレビ、スポーツ中継を縮小へ",
      "フジテレビが来年度からスポーツ中継の放送枠を縮小する方針を固めたことが分かった。",
      "スポーツ評論家の山田一郎氏は「地上波で見られる試合が減るのは残念だ」と話している。",
      "「配信に移るのは時代の流れ」（広告代理店幹部）との声もある。",
    );
    assert.equal(speakers(a)[1], "広告代理店幹部");
  });
});

describe("labelled interviews and names after the person", () => {
  it("a surname label is the same interviewee as the full name before it; a question without its label is the interviewer's", () => {
    const a = article(
      "en",
      "The founder of a payments startup on why he left",
      "By Rita Gomez",
      "Dan Okoro co-founded Ledgerline in 2014. We talked to him about his new company.",
      "Courier: Why did you leave?",
      "Dan Okoro: I wanted to build something small again. Big companies move slowly.",
      "Courier: Was it hard?",
      "Okoro: Very. But I do not regret it.",
      "What do you do now?",
    );
    assert.deepEqual(speakers(a), ["Dan Okoro", "Dan Okoro"]);
    assert.equal(blocksOf(a, "paragraph").at(-1)?.text, "What do you do now?");
  });

  it("German: 'sagt Nahost-Experte Daniel Gerlach gegenüber SRF' is the expert, not the broadcaster", () => {
    const a = article(
      "de",
      "Drusen fordern mehr Mitsprache",
      "Die drusische Gemeinschaft in Syrien fordert mehr politische Teilhabe.",
      "«Die Lage bleibt angespannt», sagt Nahost-Experte Daniel Gerlach gegenüber SRF.",
    );
    assert.match(speakers(a)[0] ?? "", /Daniel Gerlach$/u);
  });
});

describe("a role the article tied to the person named before (issue 13)", () => {
  it("German: 'sagte der Minister' after 'Verkehrsminister Detlef Tabbert' is Tabbert (the compound ends in the role)", () => {
    const a = article(
      "de",
      "Bahn streicht Verbindungen",
      "Mit dem Fahrplanwechsel fallen bundesweit rund 400 Regionalverbindungen weg.",
      "Die Länder reagierten verärgert. Brandenburgs Verkehrsminister Detlef Tabbert sprach von einem Vertrauensbruch.",
      "„Wir haben die Leistungen bezahlt, und jetzt werden sie gestrichen“, sagte der Minister.",
    );
    assert.deepEqual(speakers(a), ["Detlef Tabbert"]);
  });

  it("Ukrainian: 'сказала прем'єрка' after 'Прем'єр-міністр Ірина Бойко' is Бойко (the hyphenated role's first part opens it)", () => {
    const a = article(
      "uk",
      "Уряд подякував енергетикам",
      "Енергосистема вперше від жовтня працює без дефіциту потужності, повідомили в міністерстві.",
      "Прем'єр-міністр Ірина Бойко подякувала енергетикам на засіданні уряду.",
      "– Кожна година світла в домівках – це результат їхньої роботи, – сказала прем'єрка.",
    );
    assert.deepEqual(speakers(a), ["Ірина Бойко"]);
  });

  it("Russian: 'отметил глава МИД' after a paragraph about 'Министр' is the minister who spoke before; a stranger's role stays as printed", () => {
    const a = article(
      "ru",
      "Лавров допустил возвращение к сделке",
      "Россия готова вернуться к обсуждению зерновой инициативы, заявил в пятницу министр иностранных дел Сергей Лавров.",
      "«Мы никогда не закрывали дверь», — сказал он.",
      "Министр добавил, что Москва ждет от партнеров конкретных шагов.",
      "— Обещаний мы слышали достаточно, теперь нужны действия, — отметил глава МИД.",
    );
    assert.deepEqual(speakers(a), ["Сергей Лавров", "Сергей Лавров"]);
  });
});

describe("a person set off between commas after a body's name", () => {
  it("Spanish and English: the paragraph before is about the person, not the association ('…, ha advertido.', '“…,” she said.')", () => {
    const es = article(
      "es",
      "Un bono de alquiler para jóvenes",
      "El Gobierno ha aprobado un bono de alquiler de 300 euros para menores de 35 años.",
      "El presidente de la Asociación de Propietarios, Javier Soler, cree que la medida subirá los precios.",
      "\"Cada vez que se subvenciona la demanda, los precios suben\", ha advertido.",
    );
    assert.deepEqual(speakers(es), ["Javier Soler"]);
    const en = article(
      "en",
      "Harbour fees to rise",
      "The port will raise its fees for cruise ships by a fifth from next spring.",
      "The chair of the Harbour Users Association, Maria Lopes, warned that smaller lines could leave.",
      "“Some of them will simply sail past us,” she said.",
    );
    assert.deepEqual(speakers(en), ["Maria Lopes"]);
  });
});
