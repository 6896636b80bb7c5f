/**
 * Every convention of quote marks and speech dashes (issue 13): given a paragraph that opens
 * with speech printed the way its language prints it, a quote with these words and this speaker.
 * All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

interface Case {
  /** The convention, as a test's name. */
  name: string;
  lang: string;
  /** Headline, lede, then the quote paragraph (and any after it). */
  paragraphs: string[];
  /** Each quote block of the article: its words and its speaker. */
  want: { text: string; speaker: string | null }[];
}

const quotesOf = (c: Case) => blocksOf(parse(c.paragraphs.join("\n\n"), "a.txt", c.lang), "quote").map((q) => ({ text: q.text, speaker: q.speaker }));

const marks: Case[] = [
  {
    name: "English “…” and ‘…’ inside it",
    lang: "en",
    paragraphs: ["Ferry fares rise", "The ferry company raised fares on Monday.", "“Passengers told us ‘enough is enough’ last winter,” said operations director Maya Linde."],
    want: [{ text: "Passengers told us ‘enough is enough’ last winter", speaker: "Maya Linde" }],
  },
  {
    name: "straight double marks with straight single marks inside",
    lang: "en",
    paragraphs: ["Bike lanes delayed", "The council postponed the vote on Tuesday.", "\"They said 'next month' last year too,\" said cycling advocate Jenna Moore."],
    want: [{ text: "They said 'next month' last year too", speaker: "Jenna Moore" }],
  },
  {
    name: "Dutch straight single marks",
    lang: "nl",
    paragraphs: ["Nieuwe wijk in Utrecht", "De gemeenteraad stemde donderdag in met de bouw van 2.000 woningen.", "'We bouwen een wijk waar je geen auto nodig hebt', zegt wethouder Linda Voortman."],
    want: [{ text: "We bouwen een wijk waar je geen auto nodig hebt", speaker: "Linda Voortman" }],
  },
  {
    name: "German „…“ with ‚…‘ inside it",
    lang: "de",
    paragraphs: ["Hafenausbau vertagt", "Der Senat hat die Entscheidung erneut vertagt.", "„Die Senatorin sagte nur ‚Wir prüfen alles‘ und ging“, sagte Jonas Brück am Dienstag."],
    want: [{ text: "Die Senatorin sagte nur ‚Wir prüfen alles‘ und ging", speaker: "Jonas Brück" }],
  },
  {
    name: "German »…« with ›…‹ inside it",
    lang: "de",
    paragraphs: ["Hafenausbau vertagt", "Der Senat hat die Entscheidung erneut vertagt.", "»Die Senatorin hat uns gesagt: ›Wir prüfen alles.‹ Geprüft wurde nichts«, sagte Jonas Brück."],
    want: [{ text: "Die Senatorin hat uns gesagt: ›Wir prüfen alles.‹ Geprüft wurde nichts", speaker: "Jonas Brück" }],
  },
  {
    name: "Danish »…« with the comma inside",
    lang: "da",
    paragraphs: ["Pensionsalderen hæves", "Regeringen fremlægger i dag et lovforslag om pensionsalderen.", "»Vi lever længere, og derfor må vi også arbejde længere,« siger beskæftigelsesminister Ane Halsboe-Jørgensen."],
    want: [{ text: "Vi lever længere, og derfor må vi også arbejde længere", speaker: "Ane Halsboe-Jørgensen" }],
  },
  {
    name: "Swiss «…» in German",
    lang: "de",
    paragraphs: ["Chefredaktor tritt zurück", "Der Chefredaktor der Zeitung tritt per Ende Jahr zurück.", "«Es war eine schöne Zeit», sagte Peter Meier der Nachrichtenagentur SDA."],
    want: [{ text: "Es war eine schöne Zeit", speaker: "Peter Meier" }],
  },
  {
    name: "Polish „…” then a speech dash before the verb",
    lang: "pl",
    paragraphs: ["Rząd przyjął budżet", "Rada Ministrów przyjęła we wtorek projekt ustawy budżetowej.", "„To budżet odpowiedzialny i bezpieczny” – powiedział minister finansów Tomasz Kowalczyk."],
    want: [{ text: "To budżet odpowiedzialny i bezpieczny", speaker: "Tomasz Kowalczyk" }],
  },
  {
    name: "Hungarian „…” then a speech dash",
    lang: "hu",
    paragraphs: ["Új híd épül", "A kormány csütörtökön jóváhagyta az új Duna-híd terveit.", "„A híd tehermentesíti a belvárost” – mondta Nagy Gábor közlekedési miniszter."],
    want: [{ text: "A híd tehermentesíti a belvárost", speaker: "Nagy Gábor" }],
  },
  {
    name: "French « … » with spaces, «…» without, and ‹ … › inside",
    lang: "fr",
    paragraphs: [
      "Grève à la SNCF",
      "Les syndicats de cheminots ont appelé à une grève reconductible à partir de mardi.",
      "« Nous n'avons pas eu d'autre choix », a déclaré Laurent Berthier, secrétaire général du syndicat.",
      "«Mon chef m'a dit : ‹ Tu prendras un bus. › Il n'y a pas de bus», a ajouté Laurent Berthier.",
    ],
    want: [
      { text: "Nous n'avons pas eu d'autre choix", speaker: "Laurent Berthier" },
      { text: "Mon chef m'a dit : ‹ Tu prendras un bus. › Il n'y a pas de bus", speaker: "Laurent Berthier" },
    ],
  },
  {
    name: "French guillemets with narrow no-break spaces",
    lang: "fr",
    paragraphs: ["Service réduit à la RATP", "La RATP prévoit un métro sur deux jeudi.", "«\u202fNous ferons le maximum pour les usagers\u202f», a assuré la directrice Marie Roux."],
    want: [{ text: "Nous ferons le maximum pour les usagers", speaker: "Marie Roux" }],
  },
  {
    name: "Russian «…» with „…“ inside it",
    lang: "ru",
    paragraphs: ["Переговоры в Стамбуле", "Делегации встретились во вторник.", "«Это был „конструктивный“ разговор», — заявил министр иностранных дел Сергей Лавров."],
    want: [{ text: "Это был „конструктивный“ разговор", speaker: "Сергей Лавров" }],
  },
  {
    name: "Italian «…» and a role before the name",
    lang: "it",
    paragraphs: ["Approvata la manovra", "Il Consiglio dei ministri ha approvato nella notte la legge di bilancio.", "«È una manovra seria e prudente», ha detto il ministro dell'Economia Giancarlo Giorgetti."],
    want: [{ text: "È una manovra seria e prudente", speaker: "Giancarlo Giorgetti" }],
  },
  {
    name: "Greek «…», the verb then the article and the name",
    lang: "el",
    paragraphs: ["Μέτρα για τη στέγαση", "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στέγαση.", "«Θέλουμε κάθε νέος να έχει ένα σπίτι», δήλωσε ο πρωθυπουργός Κυριάκος Μητσοτάκης."],
    want: [{ text: "Θέλουμε κάθε νέος να έχει ένα σπίτι", speaker: "Κυριάκος Μητσοτάκης" }],
  },
  {
    name: "Ukrainian «…» then a dash",
    lang: "uk",
    paragraphs: ["Уряд ухвалив програму", "Кабінет міністрів ухвалив програму відновлення енергетики.", "«Ми відновимо всі підстанції до кінця зими», — сказав прем'єр-міністр Денис Шмигаль."],
    want: [{ text: "Ми відновимо всі підстанції до кінця зими", speaker: "Денис Шмигаль" }],
  },
  {
    name: "Swedish and Finnish ”…”",
    lang: "sv",
    paragraphs: ["Skatten på bensin sänks", "Regeringen föreslår att skatten på bensin sänks från januari.", "”Vi vill ge hushållen lite andrum”, säger finansminister Elisabeth Svantesson."],
    want: [{ text: "Vi vill ge hushållen lite andrum", speaker: "Elisabeth Svantesson" }],
  },
  {
    name: "Finnish ”…” with a verb of commenting",
    lang: "fi",
    paragraphs: ["Hallitus leikkaa", "Hallitus esittää kuntien valtionosuuksiin leikkausta.", "”Tämä on kestämätöntä”, kommentoi SDP:n puheenjohtaja Antti Lindtman."],
    want: [{ text: "Tämä on kestämätöntä", speaker: "Antti Lindtman" }],
  },
  {
    name: "Arabic «…» after قال X: and \"…\" before قالت X (right to left)",
    lang: "ar",
    paragraphs: [
      "خطة لخفض أسعار الخبز",
      "أعلنت الحكومة اليوم خطة جديدة لدعم أسعار الخبز.",
      "وقال وزير التموين علي المصيلحي: «سنخفض سعر الرغيف بدءا من الشهر المقبل».",
      "\"نرحب بأي خطوة تخفف العبء عن المواطنين\"، قالت النائبة سميرة حسن.",
    ],
    want: [
      { text: "سنخفض سعر الرغيف بدءا من الشهر المقبل", speaker: "علي المصيلحي" },
      { text: "نرحب بأي خطوة تخفف العبء عن المواطنين", speaker: "سميرة حسن" },
    ],
  },
  {
    name: "Persian: a lead-in whose subject joins two words with «و», the verb alone before the colon",
    lang: "fa",
    paragraphs: ["بودجه سال آینده", "دولت لایحه بودجه سال آینده را امروز به مجلس تحویل داد.", "«بودجه بر کاهش تورم تمرکز دارد»، سخنگوی دولت گفت.", "رئیس سازمان برنامه و بودجه گفت: «کسری بودجه کاهش یافته است.»"],
    want: [
      { text: "بودجه بر کاهش تورم تمرکز دارد", speaker: "سخنگوی دولت" },
      { text: "کسری بودجه کاهش یافته است.", speaker: "رئیس سازمان برنامه و بودجه" },
    ],
  },
  {
    name: "Japanese 「…」 with 『…』 inside it, and the source in brackets",
    lang: "ja",
    paragraphs: ["保育料を無償化へ", "東京都は５日、来年度から保育料を無償化すると発表した。", "区長会の会長は『歓迎するが、負担がどうなるのか知りたい』と話した。", "「ようやく実現した。『待っていた』という声が多い」（保護者団体の代表）"],
    want: [
      { text: "歓迎するが、負担がどうなるのか知りたい", speaker: "区長会の会長" },
      { text: "ようやく実現した。『待っていた』という声が多い", speaker: "保護者団体の代表" },
    ],
  },
  {
    name: "Chinese (Taiwan) 「…」 after a colon, 『…』 inside it",
    lang: "zh",
    paragraphs: ["台北市公車漲價", "台北市政府今天宣布，明年一月起公車票價調整為18元。", "市議員王小華批評：「市府應該先改善服務，再談『漲價』。」"],
    want: [{ text: "市府應該先改善服務，再談『漲價』。", speaker: "市議員王小華" }],
  },
  {
    name: "Chinese and Korean “…”",
    lang: "ko",
    paragraphs: ["대중교통 요금 인상", "서울시는 내년 1월부터 기본요금을 150원 인상한다고 5일 밝혔다.", "오세훈 서울시장은 “적자가 누적돼 더 이상 미룰 수 없다”고 말했다."],
    want: [{ text: "적자가 누적돼 더 이상 미룰 수 없다", speaker: "오세훈 서울시장" }],
  },
];

const dashes: Case[] = [
  {
    name: "Spanish raya with the attribution set into the speech",
    lang: "es",
    paragraphs: ["Sube el salario mínimo", "El Consejo de Ministros ha aprobado este martes la subida del salario mínimo.", "—Es una subida justa y necesaria —dijo la vicepresidenta Yolanda Díaz—. Los trabajadores la esperaban."],
    want: [{ text: "Es una subida justa y necesaria. Los trabajadores la esperaban.", speaker: "Yolanda Díaz" }],
  },
  {
    name: "Portuguese travessão",
    lang: "pt",
    paragraphs: ["Prefeitura anuncia obras", "A prefeitura anunciou nesta terça-feira obras em doze bairros.", "— Vamos começar pelas ruas mais antigas — disse o prefeito João Campos."],
    want: [{ text: "Vamos começar pelas ruas mais antigas", speaker: "João Campos" }],
  },
  {
    name: "Russian dash dialogue",
    lang: "ru",
    paragraphs: ["Бюджет принят", "Госдума приняла бюджет в первом чтении.", "— Мы будем голосовать снова, — сказал депутат Иван Петров."],
    want: [{ text: "Мы будем голосовать снова", speaker: "Иван Петров" }],
  },
  {
    name: "Swedish and Finnish talstreck",
    lang: "fi",
    paragraphs: ["Hallitus leikkaa", "Hallitus esittää kuntien valtionosuuksiin leikkausta.", "– Kunnat joutuvat nostamaan veroja, sanoo Kuntaliiton toimitusjohtaja Minna Karhunen."],
    want: [{ text: "Kunnat joutuvat nostamaan veroja", speaker: "Minna Karhunen" }],
  },
];

describe("quote marks of every language", () => {
  for (const c of marks) it(c.name, () => assert.deepEqual(quotesOf(c), c.want));
});

describe("speech dashes", () => {
  for (const c of dashes) it(c.name, () => assert.deepEqual(quotesOf(c), c.want));
});

describe("languages the public corpus lacks: verbs of saying as data, the speaker by structure", () => {
  const cases: Case[] = [
    {
      name: "Georgian (no case): the verb, then the role and the name",
      lang: "ka",
      paragraphs: ["საწვავის ფასი მცირდება", "მთავრობამ ორშაბათიდან საწვავზე აქციზის შემცირება გადაწყვიტა.", "„გვინდა მოქალაქეებს ტვირთი შევუმსუბუქოთ“, — განაცხადა ფინანსთა მინისტრმა ლაშა ხუციშვილმა."],
      want: [{ text: "გვინდა მოქალაქეებს ტვირთი შევუმსუბუქოთ", speaker: "ფინანსთა მინისტრი ლაშა ხუციშვილი" }],
    },
    {
      name: "Bengali: X বলেন, \"…\" and \"…,\" বলেছেন X",
      lang: "bn",
      paragraphs: [
        "জ্বালানির দাম কমল",
        "সরকার সোমবার থেকে জ্বালানি তেলের দাম কমানোর সিদ্ধান্ত নিয়েছে।",
        "বাণিজ্যমন্ত্রী আহসানুল ইসলাম বলেন, \"আমরা সাধারণ মানুষের কষ্ট কমাতে চাই।\"",
        "\"এই সিদ্ধান্ত অনেক দেরিতে এসেছে,\" বলেছেন ব্যবসায়ী নেতা রফিকুল হক।",
      ],
      want: [
        { text: "আমরা সাধারণ মানুষের কষ্ট কমাতে চাই।", speaker: "বাণিজ্যমন্ত্রী আহসানুল ইসলাম" },
        { text: "এই সিদ্ধান্ত অনেক দেরিতে এসেছে", speaker: "ব্যবসায়ী নেতা রফিকুল হক" },
      ],
    },
    {
      name: "Swahili: someone described, not the place after them",
      lang: "sw",
      paragraphs: ["Bei ya mafuta yapungua", "Serikali imetangaza kupunguza bei ya mafuta kuanzia Jumatatu ijayo.", "\"Hatua hii imechelewa sana,\" alisema mfanyabiashara mmoja wa Kariakoo."],
      want: [{ text: "Hatua hii imechelewa sana", speaker: "mfanyabiashara mmoja" }],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(quotesOf(c), c.want));
});

describe("speakers set off, described, plural or a body", () => {
  const cases: Case[] = [
    {
      name: "a role with its complement, then the name after a comma (German capitalised nouns, Romanian)",
      lang: "de",
      paragraphs: ["Hafenausbau vertagt", "Der Senat hat die Entscheidung erneut vertagt.", "„Der Hafen verliert jede Woche Kunden“, warnte der Präsident der Handelskammer, Ulrich Dammann."],
      want: [{ text: "Der Hafen verliert jede Woche Kunden", speaker: "Ulrich Dammann" }],
    },
    {
      name: "German: a compound title before a full name is no first name",
      lang: "de",
      paragraphs: ["Hafenausbau vertagt", "Der Senat hat die Entscheidung erneut vertagt.", "»Das ist eine Vertagung ohne Plan«, kritisierte Fraktionschef Jonas Brück."],
      want: [{ text: "Das ist eine Vertagung ohne Plan", speaker: "Jonas Brück" }],
    },
    {
      name: "Romanian: a role in its definite form and a body, then the name after a comma",
      lang: "ro",
      paragraphs: ["Salariul minim crește", "Guvernul a aprobat miercuri majorarea salariului minim.", "„Firmele mici nu își permit această creștere”, a spus președintele Consiliului Național al IMM-urilor, Florin Jianu."],
      want: [{ text: "Firmele mici nu își permit această creștere", speaker: "Florin Jianu" }],
    },
    {
      name: "someone described with an indefinite article and where they are from (French, Spanish)",
      lang: "es",
      paragraphs: ["Sube el salario mínimo", "El Gobierno ha aprobado la subida del salario mínimo.", "—No sé si llegaremos a fin de mes —explica una camarera de Lavapiés."],
      want: [{ text: "No sé si llegaremos a fin de mes", speaker: "una camarera de Lavapiés" }],
    },
    {
      name: "French: un conducteur, not the place after it",
      lang: "fr",
      paragraphs: ["Service réduit", "La RATP prévoit un métro sur deux jeudi.", "« C'est une grève très suivie », dit un conducteur de la ligne 13."],
      want: [{ text: "C'est une grève très suivie", speaker: "un conducteur" }],
    },
    {
      name: "a plural subject after a plural verb (Italian, French)",
      lang: "it",
      paragraphs: ["Approvata la manovra", "Il Consiglio dei ministri ha approvato la legge di bilancio.", "«Aspettiamo di leggere il testo», hanno detto i sindacati."],
      want: [{ text: "Aspettiamo di leggere il testo", speaker: "i sindacati" }],
    },
    {
      name: "French: ont déclaré les associations",
      lang: "fr",
      paragraphs: ["Service réduit", "La RATP prévoit un métro sur deux jeudi.", "« Les usagers sont épuisés », ont déclaré les associations."],
      want: [{ text: "Les usagers sont épuisés", speaker: "les associations" }],
    },
    {
      name: "Russian: a plural verb with no subject names the body where it was said",
      lang: "ru",
      paragraphs: [
        "Переговоры в Стамбуле",
        "Пресс-секретарь президента Дмитрий Песков прокомментировал ход переговоров.",
        "«Мы готовы к диалогу», — сказал Песков журналистам.",
        "— Работа продолжается, делегации встретятся ещё раз, — отметили в пресс-службе Кремля.",
      ],
      want: [
        { text: "Мы готовы к диалогу", speaker: "Дмитрий Песков" },
        { text: "Работа продолжается, делегации встретятся ещё раз", speaker: "пресс-службе Кремля" },
      ],
    },
    {
      name: "Ukrainian: the body in quote marks",
      lang: "uk",
      paragraphs: ["Уряд ухвалив програму", "Прем'єр-міністр Денис Шмигаль представив програму.", "— Ми працюємо цілодобово, — розповіли в «Укренерго»."],
      want: [{ text: "Ми працюємо цілодобово", speaker: "Укренерго" }],
    },
    {
      name: "a verb that is not plural, then where, names nobody new (Russian: сказал в интервью)",
      lang: "ru",
      paragraphs: ["Переговоры в Стамбуле", "Пресс-секретарь президента Дмитрий Песков прокомментировал ход переговоров.", "«Никаких договорённостей пока нет», — сказал в интервью."],
      want: [{ text: "Никаких договорённостей пока нет", speaker: "Дмитрий Песков" }],
    },
    {
      name: "a document or a body with a placeholder subject: står det i åtalet",
      lang: "sv",
      paragraphs: ["Elever åtalas", "Fem elever vid en internatskola åtalas för grov misshandel.", "”Brottet bör bedömas som grovt eftersom det skett nattetid”, står det i åtalet."],
      want: [{ text: "Brottet bör bedömas som grovt eftersom det skett nattetid", speaker: "åtalet" }],
    },
    {
      name: "a dash quote ending in a verb and a role in its definite form, no comma kept",
      lang: "sv",
      paragraphs: ["Elever åtalas", "Fem elever vid en internatskola åtalas för grov misshandel.", "”Vi tar det här mycket allvarligt”, säger skolans rektor Anders Holm.", "– Vi har inget mer att tillägga, avslutar rektorn."],
      want: [
        { text: "Vi tar det här mycket allvarligt", speaker: "Anders Holm" },
        { text: "Vi har inget mer att tillägga", speaker: "Anders Holm" },
      ],
    },
    {
      name: "quoted words that run on into a sentence closed by ', she said.'",
      lang: "en",
      paragraphs: ["Prison guards charged", "Two guards were charged on Tuesday.", "Director Kathleen Hawk said the agency would act.", "\"We don't want those people\" working in our prisons, she said. \"This was a black eye on the whole agency.\""],
      want: [{ text: "We don't want those people This was a black eye on the whole agency.", speaker: "Kathleen Hawk" }],
    },
    {
      name: "a lead-in that ends in ', saying,' before the quote",
      lang: "en",
      paragraphs: ["Prison guards charged", "Two guards were charged on Tuesday.", "After the hearing, Kathleen Hawk issued a statement about the charges, saying, \"I am committed to this agency and confident we will restore trust.\""],
      want: [{ text: "I am committed to this agency and confident we will restore trust.", speaker: "Kathleen Hawk" }],
    },
    {
      name: "a name in another case is the person the article names (Russian: по словам Пескова)",
      lang: "ru",
      paragraphs: [
        "Переговоры в Стамбуле",
        "Пресс-секретарь президента Дмитрий Песков и министр Сергей Лавров прокомментировали переговоры.",
        "«Мы готовы к диалогу», — сказал Лавров.",
        "По словам Пескова, «никаких договорённостей пока нет».",
      ],
      want: [
        { text: "Мы готовы к диалогу", speaker: "Сергей Лавров" },
        { text: "никаких договорённостей пока нет", speaker: "Дмитрий Песков" },
      ],
    },
    {
      name: "Polish: zdaniem Kowalczyka",
      lang: "pl",
      paragraphs: [
        "Rząd przyjął budżet",
        "Minister finansów Tomasz Kowalczyk i posłanka Joanna Pawlak spierali się o deficyt.",
        "„Założenia są zbyt optymistyczne” – oceniła Pawlak.",
        "Zdaniem Kowalczyka, „deficyt nie przekroczy trzech procent PKB”.",
      ],
      want: [
        { text: "Założenia są zbyt optymistyczne", speaker: "Joanna Pawlak" },
        { text: "deficyt nie przekroczy trzech procent PKB", speaker: "Tomasz Kowalczyk" },
      ],
    },
    {
      name: "Norwegian: a verb of saying, then a role in its definite form, then a relative clause",
      lang: "no",
      paragraphs: ["Padlet landet rundt", "To venner har padlet kajakk langs hele kysten i sommer.", "– Vi er relativt slanke enda, forsikrer duoen, som forbrenner mye energi hver dag."],
      want: [{ text: "Vi er relativt slanke enda", speaker: "duoen" }],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(quotesOf(c), c.want));
});

describe("single guillemets set apart by spaces, ‹ … ›", () => {
  const quotes = (lang: string, ...paragraphs: string[]) => blocksOf(parse(paragraphs.join("\n\n"), "a.txt", lang), "quote");

  it("French: ‹ Nous sommes prêts … ›, a déclaré Paul Girard.", () => {
    const [q] = quotes("fr", "Le pont rouvre", "Le pont sur la rivière rouvrira en mai.", "‹ Nous sommes prêts à rouvrir le pont en mai ›, a déclaré l'ingénieur Paul Girard.");
    assert.equal(q?.text, "Nous sommes prêts à rouvrir le pont en mai");
    assert.equal(q?.speaker, "Paul Girard");
  });

  it("Swiss German: ‹ Wir … ›, sagt Gemeindepräsidentin Ruth Meier.", () => {
    const [q] = quotes("de", "Die Badi öffnet später", "Das Freibad öffnet dieses Jahr erst im Juni.", "‹ Die Reparatur der Pumpen dauert länger als geplant ›, sagt Gemeindepräsidentin Ruth Meier.");
    assert.equal(q?.text, "Die Reparatur der Pumpen dauert länger als geplant");
    assert.equal(q?.speaker, "Ruth Meier");
  });
});
