/**
 * Related boxes and subheads read from the lines themselves, not from blank lines: the same
 * article pasted with a blank line between paragraphs, with none at all (packed) or with one
 * after every line (spaced) gives the same boxes and headings (related.ts, subhead.ts, list.ts).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeLexicons } from "../src/parse/lexicon/index.js";
import { isLinkLike, readRelated } from "../src/parse/text/related.js";
import { subheadWhy } from "../src/parse/text/subhead.js";
import { toUnits, type Unit } from "../src/parse/text/units.js";
import { blocksOf, parse } from "./helpers/parse.js";

const lines = (t: string) => t.split("\n");
/** The article as printed, with no blank line, and with a blank line after every line. */
const layouts = (text: string): [string, string][] => [
  ["printed", text],
  ["packed", lines(text).filter((l) => l.trim() !== "").join("\n")],
  ["spaced", lines(text).filter((l) => l.trim() !== "").join("\n\n")],
];
const boxesOf = (text: string, lang: string) =>
  blocksOf(parse(text, "story.txt", lang), "related").map((b) => ({ title: b.title, links: b.links.map((l) => l.text) }));
const subheadsOf = (text: string, lang: string) => blocksOf(parse(text, "story.txt", lang), "subhead").map((b) => b.text);

const council = `Harbour council votes to close the old ferry pier after storm damage

By Maria Olsen

The harbour council voted on Tuesday night to close the old ferry pier for at least two years, after engineers found that last month's storm had cracked three of its main supports.

Councillors said the decision was painful but unavoidable, and promised a temporary landing stage for the island ferry before the summer season begins.

Related
Storm leaves thousands without power across the coast
Island ferry timetable cut as repairs drag on
Engineers warn of wider damage to harbour walls

The pier, built in 1911, carried more than 400,000 passengers last year, most of them on the short crossing to the island and its two villages.

What happens to the ferry

The ferry company said it would move its sailings to the fishing quay from April, which means a longer walk for foot passengers and fewer spaces for cars.

Islanders said they were worried about the summer, when the number of visitors doubles and the ferry already runs at its limit.

More on the storm
Fishing fleet counts the cost of the February gales
The night the sea came over the promenade, in pictures
Why winter storms are getting stronger, in five charts`;

describe("related boxes in any layout", () => {
  it("a known title over its links in the middle and a title no list knows over on-topic links at the end, printed, packed and spaced (en)", () => {
    for (const [layout, text] of layouts(council)) {
      assert.deepEqual(boxesOf(text, "en"), [
        { title: "Related", links: ["Storm leaves thousands without power across the coast", "Island ferry timetable cut as repairs drag on", "Engineers warn of wider damage to harbour walls"] },
        { title: "More on the storm", links: ["Fishing fleet counts the cost of the February gales", "The night the sea came over the promenade, in pictures", "Why winter storms are getting stronger, in five charts"] },
      ], layout);
      assert.deepEqual(subheadsOf(text, "en"), ["What happens to the ferry"], layout);
    }
  });

  it("a box and the subheads of a right-to-left story, printed, packed and spaced (ar)", () => {
    const water = `أزمة المياه تتفاقم في المدن الساحلية مع اشتداد موجة الحر

تعاني عدة مدن ساحلية من انقطاع متكرر لمياه الشرب منذ بداية الأسبوع، مع ارتفاع درجات الحرارة إلى مستويات قياسية وزيادة الطلب على المياه في فصل الصيف.

وقال مسؤول في شركة المياه إن محطات التحلية تعمل بأقصى طاقتها، لكنها لا تكفي لتلبية الاستهلاك الذي زاد بنحو الثلث مقارنة بالعام الماضي.

اقرأ أيضا
موجة حر غير مسبوقة تضرب المنطقة هذا الصيف
الحكومة تعلن خطة لبناء محطات تحلية جديدة
ارتفاع أسعار المياه المعبأة في الأسواق المحلية

ويشكو السكان من أن المياه تصل إلى منازلهم ساعات قليلة في اليوم فقط، ما يضطرهم إلى شراء المياه من الشاحنات بأسعار مرتفعة.

محطات التحلية

وأعلنت وزارة الإسكان أنها ستفتتح محطة تحلية جديدة قبل نهاية العام، بطاقة تكفي لنحو نصف مليون نسمة في المدن الأكثر تضررا.

وقال خبير في شؤون المياه إن الحل لا يكمن في بناء المحطات وحدها، بل في إصلاح الشبكات القديمة التي تفقد جزءا كبيرا من المياه قبل وصولها إلى المنازل.`;
    for (const [layout, text] of layouts(water)) {
      assert.deepEqual(boxesOf(text, "ar"), [
        { title: "اقرأ أيضا", links: ["موجة حر غير مسبوقة تضرب المنطقة هذا الصيف", "الحكومة تعلن خطة لبناء محطات تحلية جديدة", "ارتفاع أسعار المياه المعبأة في الأسواق المحلية"] },
      ], layout);
      assert.deepEqual(subheadsOf(text, "ar"), ["محطات التحلية"], layout);
    }
  });

  it("an untitled run of three alike headlines between two paragraphs is a box; its last line is no heading of the paragraph under it though it shares a word (fr)", () => {
    const strike = `Grève dans les transports : trafic très perturbé jeudi en Île-de-France

La RATP et la SNCF prévoient un trafic très perturbé jeudi en Île-de-France, au premier jour d'une grève lancée par plusieurs syndicats contre le projet de réforme des retraites du gouvernement.

Sur le métro, seules les lignes automatiques 1 et 14 fonctionneront normalement, tandis que les autres lignes ne seront ouvertes qu'aux heures de pointe, selon la direction de la régie.

Retraites : ce que contient le projet du gouvernement
Les syndicats appellent à une journée de mobilisation nationale
Télétravail : les entreprises se préparent à une semaine difficile

Les usagers sont invités à reporter leurs déplacements ou à privilégier le télétravail lorsque c'est possible, a indiqué la présidente de la région lors d'une conférence de presse mercredi soir.

Les syndicats promettent un mouvement long

Les syndicats ont déposé un préavis de grève reconductible et affirment que le mouvement pourrait durer jusqu'aux vacances de la Toussaint si le gouvernement ne retire pas son texte.

À lire aussi Retraites : le gouvernement prêt à discuter de l'âge de départ

Le gouvernement, de son côté, dit rester ouvert au dialogue mais refuse de revenir sur le cœur de la réforme, qu'il juge indispensable pour l'équilibre des comptes.`;
    for (const [layout, text] of layouts(strike)) {
      assert.deepEqual(boxesOf(text, "fr"), [
        { title: null, links: ["Retraites : ce que contient le projet du gouvernement", "Les syndicats appellent à une journée de mobilisation nationale", "Télétravail : les entreprises se préparent à une semaine difficile"] },
        { title: "À lire aussi", links: ["Retraites : le gouvernement prêt à discuter de l'âge de départ"] },
      ], layout);
      assert.deepEqual(subheadsOf(text, "fr"), ["Les syndicats promettent un mouvement long"], layout);
    }
  });

  it("a short line in the body is no link unless its neighbours are: one or two headlines between paragraphs are headings or copy, in any layout (en)", () => {
    const body = `Library to open on Sundays from next month

The city library will open on Sundays from next month, the council said on Friday, after a petition signed by more than six thousand residents asked for longer hours.

New hours for the reading rooms
The reading rooms will open from ten in the morning until four in the afternoon, and the children's section will run a storytelling hour at noon every Sunday.

The extra hours will cost about £80,000 a year, which the council says it will pay from the savings of the new heating system installed last winter in the main building.`;
    for (const [layout, text] of layouts(body)) {
      assert.deepEqual(boxesOf(text, "en"), [], layout);
      assert.deepEqual(subheadsOf(text, "en"), ["New hours for the reading rooms"], layout);
    }
  });

  it("a box's links end where a heading begins: the shortest last line over a paragraph that takes up its words (an inflected form) is the heading, packed or spaced (hi)", () => {
    const rain = `पटना में भारी बारिश से कई इलाकों में जलभराव, स्कूल बंद
शहर में रविवार रात से हो रही लगातार बारिश के कारण कई निचले इलाकों में पानी भर गया है। जिला प्रशासन ने सोमवार को सभी सरकारी और निजी स्कूल बंद रखने का आदेश दिया है।
नगर निगम के अधिकारियों ने बताया कि पानी निकालने के लिए चालीस से ज्यादा पंप लगाए गए हैं, लेकिन लगातार बारिश के कारण काम में दिक्कत आ रही है।
ये भी पढ़ें
बिहार में मानसून ने तोड़ा दस साल का रिकॉर्ड
गंगा का जलस्तर खतरे के निशान के करीब पहुंचा
लोगों को घरों से निकलने में परेशानी
कई मोहल्लों में घुटनों तक पानी भरा है और लोग जरूरी सामान लेने के लिए भी घर से नहीं निकल पा रहे हैं। एक दुकानदार ने बताया कि उनकी दुकान में पानी घुस गया और सामान खराब हो गया।
मौसम विभाग ने अगले दो दिनों तक भारी बारिश की चेतावनी जारी की है और लोगों से सावधान रहने को कहा है।`;
    for (const [layout, text] of layouts(rain)) {
      assert.deepEqual(boxesOf(text, "hi"), [{ title: "ये भी पढ़ें", links: ["बिहार में मानसून ने तोड़ा दस साल का रिकॉर्ड", "गंगा का जलस्तर खतरे के निशान के करीब पहुंचा"] }], layout);
      assert.deepEqual(subheadsOf(text, "hi"), ["लोगों को घरों से निकलने में परेशानी"], layout);
    }
  });

  it("a known title over its links in the middle and at the end of a story in Hangul, printed, packed and spaced (ko)", () => {
    const rent = `전세사기 피해자 지원법 국회 본회의 통과

전세사기 피해자를 지원하기 위한 특별법 개정안이 20일 국회 본회의를 통과했다. 개정안은 피해자가 살던 집을 공공이 사들여 임대로 다시 내주는 방안과 보증금 일부를 먼저 돌려주는 방안을 담았다.

국토교통부는 개정안이 시행되면 피해자 약 3만 명이 지원을 받을 수 있을 것으로 내다봤다. 정부는 다음 달까지 시행령을 마련해 8월부터 신청을 받을 계획이다.

관련기사
전세사기 피해자 3만 명 넘어…수도권 집중
깡통전세 주의보, 빌라 보증금 반환 사고 급증
전세보증보험 가입 조건 다시 바뀐다

피해자 단체는 환영의 뜻을 밝히면서도 지원 대상이 여전히 좁다고 지적했다. 단체 대표는 “보증금을 잃은 사람 가운데 절반은 이번에도 지원을 받지 못한다”고 말했다.

보증금 먼저 돌려받는다

개정안의 핵심은 피해자가 보증금의 일부를 먼저 돌려받고 정부가 나중에 집주인에게 받아내는 방식이다. 그동안 피해자들은 경매가 끝날 때까지 몇 년씩 기다려야 했다.`;
    for (const [layout, text] of layouts(rent)) {
      assert.deepEqual(boxesOf(text, "ko"), [{ title: "관련기사", links: ["전세사기 피해자 3만 명 넘어…수도권 집중", "깡통전세 주의보, 빌라 보증금 반환 사고 급증", "전세보증보험 가입 조건 다시 바뀐다"] }], layout);
      assert.deepEqual(subheadsOf(text, "ko"), ["보증금 먼저 돌려받는다"], layout);
    }
  });
});

describe("subheads in any layout", () => {
  it("a contents list set apart line by line still lists the headings below it (fr)", () => {
    const live = `Tempête sur la côte atlantique : le point sur la situation

La tempête qui a touché la côte atlantique dans la nuit a privé d'électricité plus de cent mille foyers, selon le gestionnaire du réseau, qui prévoit un retour à la normale d'ici dimanche.

Sommaire
Cent mille foyers privés d'électricité
Les trains coupés entre Nantes et Bordeaux
Un marin porté disparu au large de l'île de Ré

Cent mille foyers privés d'électricité

Le gestionnaire du réseau a mobilisé plus de deux mille techniciens pour rétablir le courant dans les communes les plus touchées, en commençant par les hôpitaux et les maisons de retraite.

Les trains coupés entre Nantes et Bordeaux

La SNCF a interrompu la circulation des trains entre Nantes et Bordeaux après la chute de plusieurs arbres sur les voies, et ne prévoit pas de reprise avant samedi midi.

Un marin porté disparu au large de l'île de Ré

Les secours recherchent toujours un marin dont le voilier a été retrouvé vide au large de l'île de Ré, a indiqué la préfecture maritime dans un communiqué publié ce matin.`;
    for (const [layout, text] of layouts(live)) {
      assert.deepEqual(subheadsOf(text, "fr"), ["Cent mille foyers privés d'électricité", "Les trains coupés entre Nantes et Bordeaux", "Un marin porté disparu au large de l'île de Ré"], layout);
      assert.deepEqual(boxesOf(text, "fr").map((b) => b.title), ["Sommaire"], layout);
    }
  });

  it("a heading under a dash quote is no item of a list of '– …' lines, packed (no)", () => {
    const ferry = `Ferja står etter grunnstøting
Ferja med 112 passasjerer om bord gikk på grunn like etter avgang fra Bodø natt til lørdag, bekrefter Hovedredningssentralen.
Redningslederen var likevel fornøyd, og la til:
– Det var en dramatisk natt, men alle kom seg trygt i land, sier redningsleder Kari Moe.
Ukjent årsak
Politiet har startet etterforskning og vil avhøre mannskapet i løpet av helgen, og Havarikommisjonen er også varslet om hendelsen.`;
    const a = parse(ferry, "story.txt", "no");
    assert.deepEqual(blocksOf(a, "list"), []);
    assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["Ukjent årsak"]);
  });

  it("a heading under a pull quote's attribution ('Name, role') is a heading, spaced (en)", () => {
    const text = [
      "Home sales fall for a third month",
      "Home sales fell for a third straight month in March as buyers waited for lower borrowing costs, the national association of estate agents said on Monday.",
      "\"We are seeing a market that is waiting for a clear signal,\" said Marta Okafor, chief economist at the association.",
      "Marta Okafor, chief economist",
      "Prices still high",
      "The benchmark price remains about 40 per cent above where it was before the pandemic, which keeps many first-time buyers out of the market.",
    ].join("\n\n");
    assert.deepEqual(subheadsOf(text, "en"), ["Prices still high"]);
  });

  it("box links of like length among paragraphs printed each on one long line are not a hard wrap: each stays a link (es)", () => {
    const fire = `Un incendio forestal obliga a desalojar tres pueblos de la sierra

Un incendio forestal declarado en la madrugada de este martes en la sierra ha obligado a desalojar a los vecinos de tres pueblos, según informaron los servicios de emergencia de la comunidad.

El fuego comenzó poco después de las tres de la madrugada en una zona de pinar de difícil acceso y el viento lo llevó en pocas horas hacia las primeras casas.

Lee también
El verano más seco en medio siglo deja los embalses al 30 %
Los incendios de 2025 quemaron el doble de superficie que la media
La falta de lluvia adelanta la campaña de riesgo de incendios

Más de doscientos bomberos, doce medios aéreos y dos unidades militares trabajan en la extinción, que se complica por las altas temperaturas y las rachas de viento.`;
    assert.deepEqual(boxesOf(fire, "es"), [{ title: "Lee también", links: ["El verano más seco en medio siglo deja los embalses al 30 %", "Los incendios de 2025 quemaron el doble de superficie que la media", "La falta de lluvia adelanta la campaña de riesgo de incendios"] }]);
  });
});

describe("teasers in copy printed without blank lines", () => {
  it("a headline right under a section's label of one to three words, under a paragraph, is the label's teaser, not a heading, even when the label is dropped as page noise (en, packed)", () => {
    const units = toUnits([
      "The jury heard the final arguments on Thursday in the trial of the man charged with the shooting at the church last summer, and is expected to begin deliberating next week.",
      "The Local Desk",
      "In Recorded Interview, Accused Gunman Tells Detectives He Acted Alone",
      "Prosecutors told the jury that the defendant had planned the attack for months and had visited the church three times in the weeks before the shooting, according to the evidence.",
    ].join("\n"));
    const label = (u: Unit) => u.text === "The Local Desk";
    assert.equal(subheadWhy(units, 2, true, label), null);
    // (the same headline under a paragraph, with no label over it, is a heading)
    const plain = toUnits([units[0], units[2], units[3]].map((u) => u?.text).join("\n"));
    assert.notEqual(subheadWhy(plain, 1, true, () => false), null);
  });
});

describe("a box after the page's share menu", () => {
  it("a line proven to be a share menu's item opens no box, a date under a link is no link, and the box starts at its known title (zh)", () => {
    const units = toUnits([
      "市议会星期二晚上以多数票通过旧渡轮码头的改建计划，工程将在明年春天开始，预计需要两年时间完成，其间渡轮将改在渔港停靠。",
      "转寄朋友",
      "打印文稿",
      "相关内容",
      "渡轮公司宣布下月起改在渔港停靠",
      "2026年3月6日",
      "风暴过后海港围墙也需要维修",
    ].join("\n"));
    const lex = mergeLexicons(["zh"]);
    const menu = (u: Unit) => u.text === "转寄朋友" || u.text === "打印文稿";
    assert.equal(readRelated(units, 1, lex, menu), null);
    assert.equal(isLinkLike(units[5] as Unit), false);
    assert.equal(readRelated(units, 3, lex, menu)?.block?.title, "相关内容");
  });
});
