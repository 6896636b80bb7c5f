/**
 * The page's furniture under the story (noise-tail.ts `tailFurniture`, read-lines.ts comments
 * section): given an article whose last sentence is followed by short lines that are no sentence
 * (a prompt to follow the paper, an agency's end marker, tags under a label no word list knows),
 * those lines are noise, in any language; the story's own short lines (a subhead over its last
 * sentences, a sign-off, a clause that opens an embed with a colon) stay. Texts written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

/** Every word the article prints, as one text. */
const printed = (a: ReturnType<typeof parse>) =>
  [a.headline, a.lede, a.byline ?? "", ...a.blocks.flatMap((b) => (b.type === "related" ? b.links.map((l) => l.text) : "text" in b ? [b.text] : []))].join("\n");

const pt = [
  "Preço do café sobe pela terceira semana seguida no interior de Minas",
  "",
  "Por Beatriz Almeida",
  "",
  "O preço da saca de café arábica subiu 6% nesta semana nas cooperativas do Sul de Minas, a terceira alta seguida desde fevereiro.",
  "",
  "Segundo a cooperativa de Guaxupé, a oferta caiu porque muitos produtores perderam parte dos grãos durante a estiagem de janeiro.",
  "",
  "“Nunca vimos um verão tão seco na região”, disse o produtor Joaquim Ribeiro, de 58 anos.",
  "",
  "O governo estadual estuda uma linha de crédito para os pequenos produtores afetados.",
  "",
];

describe("the page's furniture under the story's last sentence is noise", () => {
  it("drops a prompt to follow the paper and a comments section with its disclaimer (Portuguese)", () => {
    const a = parse(
      [...pt, "Siga a gente no Google Notícias", "", "Comentários (12)", "", "Ao comentar você concorda com os termos de uso. Os comentários não representam a opinião do jornal e a responsabilidade é do autor."].join("\n"),
      "story.txt",
      "pt",
    );
    assert.ok(!printed(a).includes("Siga a gente"));
    assert.ok(!printed(a).includes("Comentários"));
    assert.ok(!printed(a).includes("Ao comentar"));
    assert.ok(printed(a).includes("O governo estadual estuda uma linha de crédito"));
    assert.ok(a.messages.some((m) => m.includes("dropped as page noise") && m.includes("Siga a gente")), "a dropped line of five words or more is reported");
  });

  it("drops a channel prompt and an untitled tags list in Russian, whatever their words", () => {
    const ru = [
      "В Казани открыли новую линию метро",
      "",
      "В Казани в субботу открылось движение по второй линии метрополитена, строительство которой шло с 2018 года.",
      "",
      "Новая линия длиной 6,8 километра соединила центр города с жилыми районами на юге.",
      "",
      "«Мы ждали эту линию больше десяти лет», — сказала жительница района Светлана Петрова.",
      "",
      "В мэрии рассчитывают, что новая линия разгрузит автобусные маршруты в часы пик.",
      "",
      "Подпишитесь на наш канал в Telegram",
      "",
      "Метки статьи",
      "метро",
      "Казань",
      "транспорт",
    ];
    const a = parse(ru.join("\n"), "story.txt", "ru");
    for (const gone of ["Подпишитесь", "Метки статьи", "транспорт"]) assert.ok(!printed(a).includes(gone), gone);
    assert.ok(printed(a).includes("разгрузит автобусные маршруты"));
  });

  it("drops an agency's end marker in Persian and a prompt in Turkish, where sentences are short", () => {
    const fa = [
      "شورای شهر طرح توسعه مترو را تصویب کرد",
      "",
      "اعضای شورای شهر روز سه‌شنبه طرح توسعه خط هفت مترو را با ۱۸ رأی موافق تصویب کردند.",
      "",
      "رئیس شورا گفت: «این طرح رفت‌وآمد در جنوب شهر را آسان‌تر می‌کند.»",
      "",
      "عملیات ساخت این خط از بهار سال آینده آغاز می‌شود.",
      "",
      "انتهای پیام",
    ];
    const a = parse(fa.join("\n"), "story.txt", "fa");
    assert.ok(!printed(a).includes("انتهای پیام"));
    assert.ok(printed(a).includes("عملیات ساخت این خط"));

    const tr = [
      "Belediye yeni otobüs hattını hizmete açtı",
      "",
      "Belediye, kentin doğusundaki mahalleleri merkeze bağlayan yeni otobüs hattını pazartesi hizmete açtı.",
      "",
      "Hat üzerinde on iki durak bulunuyor ve seferler her yirmi dakikada bir yapılacak.",
      "",
      "Yolcular ilk günden yoğun ilgi gösterdi.",
      "",
      "Son dakika gelişmeleri için bizi Google News üzerinden takip edin",
    ];
    const b = parse(tr.join("\n"), "story.txt", "tr");
    assert.ok(!printed(b).includes("takip edin"));
    assert.ok(printed(b).includes("Yolcular ilk günden yoğun ilgi gösterdi."));
  });
});

describe("the story's own short lines at its end stay", () => {
  it("keeps a subhead over the story's last short sentences", () => {
    const a = parse([...pt, "O que vem a seguir", "", "A próxima colheita começa em maio.", "", "Os preços devem cair depois dela."].join("\n"), "story.txt", "pt");
    assert.ok(a.blocks.some((b) => b.type === "subhead" && b.text === "O que vem a seguir"));
  });

  const en = [
    "Harbour bridge to close for six weeks of repairs",
    "",
    "The Harbour Street bridge will close to traffic on Monday for six weeks while crews replace its deck, the city said.",
    "",
    "Buses will be diverted over the Mill Road crossing, adding about ten minutes to journeys into the centre.",
    "",
    "Pedestrians will still be able to cross on a temporary walkway.",
    "",
  ];
  it("keeps a clause that opens an embed with a colon", () => {
    const a = parse([...en, "The city posted a map of the diversions on its own account this morning:", "", "Follow us on Google News"].join("\n"));
    assert.ok(printed(a).includes("The city posted a map of the diversions on its own account this morning:"));
    assert.ok(!printed(a).includes("Follow us"));
  });

  it("keeps a sign-off name over the page's furniture", () => {
    const a = parse([...en, "Tom Gallagher", "", "Follow us on Google News"].join("\n"));
    assert.match(a.byline ?? "", /Tom Gallagher/);
    assert.ok(!printed(a).includes("Follow us"));
  });

  it("keeps a teaser's title that a date line stands by (a related list the box readers did not take)", () => {
    const a = parse([...pt, "Exportações de soja batem recorde no bimestre", "12/03/2025", "", "Siga a gente no Google Notícias"].join("\n"), "story.txt", "pt");
    assert.ok(printed(a).includes("Exportações de soja batem recorde"));
    assert.ok(!printed(a).includes("Siga a gente"));
  });
});

describe("a gallery's counter with its label is noise in any language", () => {
  const story = [
    "Harbour bridge to close for six weeks of repairs",
    "",
    "The Harbour Street bridge will close to traffic on Monday for six weeks while crews replace its deck, the city said.",
    "",
  ];
  for (const counter of ["Photo 1 of 4", "Фото 3 из 10", "写真 2/5", "Bild 2 von 9"]) {
    it(counter, () => {
      const a = parse([...story, counter, "", "Buses will be diverted over the Mill Road crossing, adding about ten minutes to journeys into the centre."].join("\n"));
      assert.ok(!printed(a).includes(counter));
      assert.ok(printed(a).includes("Buses will be diverted"));
    });
  }
  it("not a count that runs backwards, nor a ranking", () => {
    for (const line of ["Round 5 of 3", "Top 10"]) {
      const a = parse([...story, line, "", "Buses will be diverted over the Mill Road crossing, adding about ten minutes to journeys into the centre."].join("\n"));
      assert.ok(printed(a).includes(line), line);
    }
  });
});

describe("a prompt to follow the paper on a network, in the body", () => {
  const en = [
    "Harbour bridge to close for six weeks of repairs",
    "",
    "The Harbour Street bridge will close to traffic on Monday for six weeks while crews replace its deck, the city said.",
    "",
    "Follow us on WhatsApp for the latest updates",
    "",
    "Buses will be diverted over the Mill Road crossing, adding about ten minutes to journeys into the centre of the town.",
    "",
    "Why Telegram matters to the city",
    "",
    "Pedestrians will still be able to cross on a temporary walkway, and the ferry will run twice an hour for the whole six weeks.",
    "",
    "The works are expected to cost £2.4 million.",
  ];
  it("is noise when it speaks to the reader and names the network", () => {
    const a = parse(en.join("\n"));
    assert.ok(!printed(a).includes("Follow us on WhatsApp"));
  });
  it("a subhead that names a network without speaking to the reader stays", () => {
    const a = parse(en.join("\n"));
    assert.ok(a.blocks.some((b) => b.type === "subhead" && b.text === "Why Telegram matters to the city"));
  });
  it("in Portuguese: two short sentences of a promo, the last without its stop", () => {
    const pt = [...en.slice(0, 4), "Receba as notícias no seu celular. Entre no nosso canal do WhatsApp", "", ...en.slice(6)];
    const a = parse(pt.join("\n"));
    assert.ok(!printed(a).includes("Entre no nosso canal"));
  });
});

describe("the author's box under its title at the page's end", () => {
  const story = [
    "Harbour bridge to close for six weeks of repairs",
    "",
    "By Tom Gallagher",
    "",
    "The Harbour Street bridge will close to traffic on Monday for six weeks while crews replace its deck, the city said.",
    "",
    "Buses will be diverted over the Mill Road crossing, adding about ten minutes to journeys into the centre of the town.",
    "",
    "Pedestrians will still be able to cross on a temporary walkway, and the ferry will run twice an hour for the whole six weeks.",
    "",
  ];
  it("drops the title and the bio under it, even when the bio does not open with the byline's name", () => {
    const a = parse([...story, "About the author", "", "A transport reporter since 2019, he covers city hall and the port for the Gazette and its weekend edition."].join("\n"));
    assert.ok(!printed(a).includes("About the author"));
    assert.ok(!printed(a).includes("A transport reporter since 2019"));
    assert.ok(printed(a).includes("Pedestrians will still be able to cross"));
  });
  it("in Russian, and not when the story goes on under the title", () => {
    const ru = [...story.slice(0, 4), "В Казани в субботу открылось движение по второй линии метрополитена, строительство которой шло с 2018 года.", "", "Об авторе", "", "Корреспондент отдела «Общество», пишет о городской среде и транспорте."];
    const a = parse(ru.join("\n"), "story.txt", "ru");
    assert.ok(!printed(a).includes("Корреспондент отдела"));
    const b = parse([...story, "Author", "", ...story.slice(4)].join("\n"));
    assert.equal(printed(b).split("Buses will be diverted").length - 1, 2, "the story's prose after the label stays");
  });
});
