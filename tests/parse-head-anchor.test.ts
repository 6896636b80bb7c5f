/**
 * The article's head found from below (articles written for these tests): pages print their own
 * lines over the article — a site's name and motto, a menu of sections, a ticker of other stories,
 * a subscription prompt. The headline is the line over the article's head (its standfirst, byline
 * and date, which the body follows), not the first headline-shaped line of the page.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");

describe("head: the headline over the article's byline and date, under the page's own lines", () => {
  it("English: a site's name and motto over a menu of sections", () => {
    const a = parse(story(
      "The Daily Herald", "Independent journalism since 1889", "", "Politics", "Business", "Sport", "",
      "Council approves plan to close three libraries despite protests", "",
      "The closures will save £1.2m a year, officials say, but campaigners vow to fight on", "",
      "Sarah Jones", "Local Democracy Reporter", "Friday 5 December 2026 18:02 GMT", "",
      "Councillors voted 31 to 22 on Thursday night to close libraries in Hillside, Marsh End and Kingsmead from April.", "",
      "The council said the three branches had seen visitor numbers fall by half since 2019.",
    ));
    assert.equal(a.headline, "Council approves plan to close three libraries despite protests");
    assert.match(a.lede ?? "", /^The closures will save/u);
    assert.ok(!a.blocks.some((b) => "text" in b && /Independent journalism|^Politics$/u.test(String(b.text))), "the motto and the menu are not body copy");
  });

  it("English: sign-in prompts, a masthead and a menu over a headline with only a byline under it", () => {
    const a = parse(story(
      "Sign in", "Subscribe", "The Coastal Times", "Your community, your news", "", "Home", "News", "Sport", "Opinion", "Weather", "",
      "Harbour dredging to start in spring after 10-year delay", "", "By Emily Clark", "Dec 5, 2026 Updated 3 hrs ago", "",
      "Dredging of the town harbour will begin in March, the port authority confirmed on Thursday, ending a decade of delays.",
    ));
    assert.equal(a.headline, "Harbour dredging to start in spring after 10-year delay");
    assert.match(a.byline ?? "", /Emily Clark/u);
  });

  it("French: a subscription prompt (a sentence) over a menu, a kicker in capitals and the head", () => {
    const a = parse(story(
      "Abonnez-vous pour lire la suite et soutenir une information indépendante.", "Accueil", "International", "Europe", "",
      "GUERRE EN UKRAINE", "", "Kiev et Moscou échangent 300 prisonniers, le plus grand échange depuis un an", "",
      "L'opération, négociée avec la médiation des Émirats arabes unis, a eu lieu à la frontière biélorusse.", "",
      "Par Claire Martin", "Publié le 05 décembre 2026 à 14h00, modifié à 15h30", "",
      "Trois cents prisonniers de guerre ont été échangés vendredi entre l'Ukraine et la Russie, selon les deux parties.",
    ));
    assert.equal(a.headline, "Kiev et Moscou échangent 300 prisonniers, le plus grand échange depuis un an");
    assert.match(a.lede ?? "", /^L'opération/u);
  });

  it("Spanish and Russian: a ticker of other stories over the section label and the head", () => {
    const es = parse(story(
      "Últimas noticias", "Sube a 12 el número de muertos por las lluvias en Guerrero", "Banxico recorta su tasa de interés a 7%", "Checo Pérez anuncia su regreso a la F1", "",
      "Nacional", "", "Aprueban reforma judicial en el Senado tras 14 horas de debate", "", "La oposición abandonó el pleno antes de la votación", "",
      "Por Luis Hernández", "05/12/2026 23:40", "",
      "El Senado aprobó en la madrugada de este sábado la reforma judicial con 86 votos a favor y 41 en contra.",
    ));
    assert.equal(es.headline, "Aprueban reforma judicial en el Senado tras 14 horas de debate");
    assert.equal(es.kicker, "Nacional");
    const ru = parse(story(
      "Главное сейчас", "В Москве ограничат движение по Садовому кольцу", "ЦБ сохранил ключевую ставку", "Экономика",
      "Минфин предложил продлить льготную ипотеку до 2028 года", "5 декабря 2026, 12:40",
      "Министерство финансов предложило продлить программу льготной ипотеки для семей с детьми еще на два года.",
      "Соответствующий законопроект внесен в правительство.",
    ));
    assert.equal(ru.headline, "Минфин предложил продлить льготную ипотеку до 2028 года");
  });

  it("is not moved by lines between a headline and its standfirst (a share bar), nor by a headline sharing no word with the story", () => {
    const shared = parse(story(
      "Storm closes both runways at Gatwick", "Share", "Tweet", "Email",
      "Thousands of passengers spent the night in the terminals as airlines cancelled flights", "By Peter Hall", "5 December 2026",
      "Snow closed both runways at Gatwick on Friday evening, leaving thousands of passengers stranded overnight.",
    ));
    assert.equal(shared.headline, "Storm closes both runways at Gatwick");
    const playful = parse(story(
      "Politik", "Alles auf Anfang", "Die Koalition verhandelt nach dem Bruch neu über den Haushalt", "Von Jana Roth", "05.12.2026",
      "Nach dem Scheitern der Gespräche im November setzen sich die Spitzen der Koalition am Montag erneut zusammen.",
    ));
    assert.equal(playful.headline, "Alles auf Anfang");
  });

  it("English and German: the page's name or crumb sharing the story's place is no headline when the head under it is whole", () => {
    const en = parse(story(
      "Skip to content", "Menu", "The Millbrook Gazette", "News", "Sports", "Obituaries", "LOCAL",
      "Millbrook council delays vote on downtown parking garage until spring",
      "Residents packed the meeting to oppose the five-story design, which would replace a farmers market lot",
      "By Nora Lind | nlind@millbrookgazette.com", "PUBLISHED: May 2, 2026 at 7:15 PM CDT",
      "MILLBROOK — The Millbrook City Council on Tuesday postponed a vote on a proposed downtown parking garage after more than 200 residents spoke against it.",
      "The garage would add 480 spaces.",
    ));
    assert.equal(en.headline, "Millbrook council delays vote on downtown parking garage until spring");
    assert.equal(en.dateline, "MILLBROOK");
    const de = parse(story(
      "Zum Inhalt springen", "Menü", "Region", "Sport", "Startseite/Lokales/Wismar",
      "Wismarer Hafenfest fällt wegen Bauarbeiten aus",
      "Die Kaikante wird saniert – die Stadt plant ein kleineres Fest im Herbst",
      "Von Lea Brandt", "Aktualisiert: 14.04.2026, 10:20 Uhr",
      "Wismar. Das Hafenfest im Juni fällt in diesem Jahr aus, weil die Kaikante am Alten Hafen saniert wird.",
      "Das teilte die Stadt am Montag mit.",
    ));
    assert.equal(de.headline, "Wismarer Hafenfest fällt wegen Bauarbeiten aus");
  });

  it("French: a date line over the head, the byline under the standfirst", () => {
    const fr = parse(story(
      "Aller au contenu", "Le Courrier de Brest", "Menu", "Brest", "Sports", "Culture",
      "Publié le 02/05/2026 à 06h00",
      "Brest : le pont de Recouvrance fermé trois semaines pour travaux",
      "Les câbles du pont levant doivent être remplacés, selon la métropole.",
      "Par Yann Le Gall", "Lecture : 2 min",
      "Le pont de Recouvrance sera fermé à la circulation du 12 mai au 2 juin, a annoncé mercredi Brest Métropole.",
      "Une navette fluviale gratuite sera mise en place.",
    ));
    assert.equal(fr.headline, "Brest : le pont de Recouvrance fermé trois semaines pour travaux");
    assert.match(fr.lede ?? "", /^Les câbles du pont levant/u);
  });

  it("keeps a headline sharing one word with the story when only a standfirst stands over the byline", () => {
    const a = parse(story(
      "Winter brings gridlock to Heathrow terminals", "Share", "Tweet", "Email",
      "Thousands of passengers stranded overnight as airlines cancel flights", "By Peter Hall", "5 December 2026",
      "Snow closed both runways on Friday evening, leaving thousands of passengers stranded at Heathrow overnight.",
    ));
    assert.equal(a.headline, "Winter brings gridlock to Heathrow terminals");
  });
});

describe("head: a standfirst ending in a stop, then a name and a role the byline reader does not know, then the date", () => {
  it("Swedish: a skip link in another language over the masthead and the menu", () => {
    const a = parse(story(
      "Hopp til hovedinnhold", "Mälardalens Kuriren", "Meny", "Sök", "Nyheter", "Västerås",
      "Busschaufför hyllas efter olyckan vid bron",
      "Chauffören stannade bussen precis innan bron rasade.",
      "Erik Sandberg", "Reporter", "Publicerad: 04.06.2025 09:12", "Dela",
      "Passagerarna på linje 12 beskriver chauffören som en hjälte sedan han bromsade in före den skadade bron på onsdagen.",
      "Ingen skadades, uppger polisen.",
    ));
    assert.equal(a.headline, "Busschaufför hyllas efter olyckan vid bron");
    assert.match(a.lede ?? "", /^Chauffören stannade bussen/u);
    assert.match(a.byline ?? "", /Erik Sandberg/u);
  });

  it("English: an unknown 'jump' link first, a standfirst, a reporter's name and desk", () => {
    const a = parse(story(
      "Jump straight to the story", "The Valley Gazette", "News", "Sport", "Weather",
      "Flood barrier fails its first test as river tops banks",
      "Engineers say a faulty pump left a gap in the barrier.",
      "Tom Hale", "Environment desk", "6 June 2025, 09:12",
      "Water poured over the new flood barrier in Millbrook on Thursday night, hours after the council declared it ready for the winter.",
      "Residents of twelve streets were moved to the school hall.",
    ));
    assert.equal(a.headline, "Flood barrier fails its first test as river tops banks");
    assert.match(a.lede ?? "", /^Engineers say a faulty pump/u);
  });
});
