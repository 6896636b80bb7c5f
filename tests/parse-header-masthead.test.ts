/** The site's own name at the top of a pasted page (the masthead): page furniture, never the headline, a kicker or a byline. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const page = (...lines: string[]) => lines.join("\n");
const words = (a: ReturnType<typeof parse>) => [a.headline, a.kicker, a.byline, a.lede, ...a.blocks.map((b) => ("text" in b ? b.text : ""))].join("\n");

describe("masthead: the site's name over the menu, printed again in the footer", () => {
  it("drops the name over a menu of sections when the copyright line prints it again", () => {
    const a = parse(page(
      "The Oakdale Courier", "News", "Sport", "Business",
      "Council votes to turn the old ferry terminal into a market hall",
      "By Maria Lopez", "Published 4 December 2026, 18:42",
      "Oakdale's council voted on Thursday night to turn the disused ferry terminal on Quay Street into a covered market hall.", "",
      "The plan sets aside £2.4m for repairs to the roof and the sea wall, and work is expected to start in March.", "",
      "Opponents said the money would be better spent on the town's roads and schools.", "",
      "© 2026 The Oakdale Courier. All rights reserved.",
    ));
    assert.equal(a.headline, "Council votes to turn the old ferry terminal into a market hall");
    assert.match(a.lede ?? "", /^Oakdale's council voted/u);
    assert.equal(a.byline, "By Maria Lopez");
    assert.doesNotMatch(words(a), /^The Oakdale Courier$/mu);
  });

  it("drops the name between menu items, and its follow prompt and its line alone after the story (French, Portuguese)", () => {
    const fr = parse(page(
      "Actualités", "Le Courrier du Rhône", "Sport", "Culture",
      "Lyon : la ligne de tramway T6 prolongée jusqu'à la Doua", "Par Claire Dubois", "Publié le 3 décembre 2026 à 17h05",
      "Les travaux de prolongement de la ligne commenceront au printemps, a annoncé mercredi le syndicat des transports.", "",
      "Le chantier doit durer deux ans et coûtera 48 millions d'euros.", "",
      "Les commerçants du quartier redoutent des mois de perturbations.", "",
      "Le Courrier du Rhône", "Mentions légales",
    ), "story.txt", "fr");
    assert.equal(fr.headline, "Lyon : la ligne de tramway T6 prolongée jusqu'à la Doua");
    assert.equal(fr.byline, "Par Claire Dubois", "the name alone after the story is no sign-off");
    assert.doesNotMatch(words(fr), /Courrier du Rhône/u);
    const pt = parse(page(
      "Diário Paulista", "Início", "Cidades", "Política", "Cidades",
      "Prefeitura anuncia nova ciclovia na orla", "Por João Mendes", "05/12/2026 09h15",
      "A Prefeitura anunciou nesta sexta-feira a construção de uma ciclovia de oito quilômetros ao longo da orla.", "",
      "A obra deve começar em fevereiro e custará R$ 12 milhões, segundo a secretaria de obras.", "",
      "Moradores pediam a ciclovia havia anos.", "",
      "Siga o Diário Paulista no Instagram",
    ), "story.txt", "pt");
    assert.equal(pt.headline, "Prefeitura anuncia nova ciclovia na orla");
    assert.doesNotMatch(words(pt), /Diário Paulista/u);
  });

  it("drops a name in a script without case over the menu (Chinese)", () => {
    const a = parse(page(
      "江城晚报", "首页", "新闻", "本地",
      "长江二桥完成大修 下周起恢复通车", "记者 王磊", "2026-12-05 08:30",
      "经过十个月的封闭施工，长江二桥大修工程全部完成，将于下周一起恢复双向通车。", "",
      "大修期间更换了全部斜拉索和桥面铺装。", "",
      "交管部门提醒市民提前规划出行路线。", "",
      "关注江城晚报微信公众号",
    ), "story.txt", "zh");
    assert.equal(a.headline, "长江二桥完成大修 下周起恢复通车");
    assert.equal(a.author, "王磊");
    assert.doesNotMatch(words(a), /江城晚报/u);
  });

  it("keeps a kicker that a tag list after the story prints again", () => {
    // the kicker has the headline under it, not a menu of two items
    const a = parse(page(
      "Tour de France",
      "Pogačar wins the mountain stage and takes the yellow jersey",
      "By Tom Reid",
      "Tadej Pogačar won the fourteenth stage on Saturday after attacking on the final climb, twelve kilometres from the line.", "",
      "He now leads the race by forty seconds with a week to go.", "",
      "His team said he had been ill earlier in the week.", "",
      "Tour de France",
    ));
    assert.equal(a.headline, "Pogačar wins the mountain stage and takes the yellow jersey");
    assert.equal(a.kicker, "Tour de France");
  });
});
