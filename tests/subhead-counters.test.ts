/**
 * A gallery's or a thread's counter between two paragraphs ("12 Bilder", "8 photos", "24 фото",
 * "(5 Kommentare)") is no subhead (src/parse/text/subhead.ts): a count and one word names no
 * section. A numbered heading, a number with its mark and its words ("1. Warum die Preise
 * steigen"), stays a heading.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const packed = (...l: string[]) => l.join("\n");
const spaced = (...l: string[]) => l.join("\n\n");
const subheads = (a: ReturnType<typeof parse>) => blocksOf(a, "subhead").map((b) => b.text);

const stories = [
  {
    lang: "de",
    counter: "12 Bilder",
    lines: [
      "Fernwärme wird ab Juli deutlich teurer",
      "Die Stadtwerke haben am Montag angekündigt, die Preise für Fernwärme zum ersten Juli um zwölf Prozent zu erhöhen, was viele Haushalte treffen wird.",
      "Nach Angaben des Unternehmens sind vor allem gestiegene Kosten für Gas und Personal der Grund für den Schritt, den der Aufsichtsrat gebilligt hat.",
    ],
    after: [
      "Mieterverbände kritisieren die Erhöhung scharf und fordern, dass die Stadt als Eigentümerin einen Teil der Kosten selbst übernimmt.",
      "Die Stadtwerke verweisen dagegen auf einen Härtefallfonds, aus dem Haushalte mit geringem Einkommen Geld erhalten können.",
    ],
  },
  {
    lang: "fr",
    counter: "8 photos",
    lines: [
      "À Nantes, le marché de Talensac rouvre après deux ans de travaux",
      "Le marché couvert de Talensac a rouvert ses portes samedi matin après deux ans de travaux, sous les applaudissements de centaines de Nantais venus en famille.",
      "La rénovation a coûté près de douze millions d'euros, financés en grande partie par la métropole, qui a aussi refait la toiture et les allées.",
    ],
    after: [
      "Les commerçants se disent soulagés de retrouver leurs clients, même si certains regrettent la hausse des loyers des emplacements.",
      "La mairie promet une nouvelle halle pour les producteurs locaux d'ici la fin de l'année prochaine, à deux pas du marché.",
    ],
  },
  {
    lang: "ru",
    counter: "24 фото",
    lines: [
      "В Екатеринбурге открыли набережную после реконструкции",
      "В Екатеринбурге в субботу открыли набережную реки Исеть после двухлетней реконструкции, на открытие пришли несколько тысяч горожан.",
      "На набережной появились велодорожки, детские площадки и амфитеатр для концертов, а старые деревья сохранили, сообщили в мэрии.",
    ],
    after: [
      "Реконструкция обошлась городу почти в два миллиарда рублей, часть средств выделил областной бюджет по программе благоустройства.",
      "Следующим этапом станет участок набережной у плотины, работы там начнутся весной, обещают в администрации города.",
    ],
  },
];

describe("a count and one word between paragraphs", () => {
  for (const s of stories)
    for (const [name, join] of [["packed", packed], ["spaced", spaced]] as const)
      it(`is a counter, not a subhead (${s.lang}, ${name}: "${s.counter}")`, () => {
        const a = parse(join(...s.lines, s.counter, ...s.after), "a.txt", s.lang);
        assert.deepEqual(subheads(a), []);
      });

  it("a numbered heading with its words stays a subhead (German)", () => {
    const s = stories[0] as (typeof stories)[number];
    const a = parse(packed(...s.lines, "1. Warum die Preise steigen", ...s.after), "a.txt", "de");
    assert.deepEqual(subheads(a), ["1. Warum die Preise steigen"]);
  });
});
