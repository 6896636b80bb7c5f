/**
 * The page's calls to action (issue 13): a promo line that asks the reader to follow the paper on
 * a network, join its channel, get its app or sign up, pasted between the story's paragraphs or
 * after them, in any language, read by its shape (a symbol or a verb of the call, a channel's
 * name, a sign-up button under it). And its look-alikes of the copy: a quote that opens with an
 * imperative, a subhead that opens with one, a reported sentence about an app, a list in the body.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";

const story = (...blocks: string[]) => blocks.join("\n\n");
function verdicts(text: string, language: string): Map<string, string> {
  const { trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  return new Map(trace.map((t) => [t.text.trim(), t.became]));
}
const isNoise = (v: Map<string, string>, line: string) => (v.get(line) ?? "").startsWith("noise");

const pt = [
  "A chuva que caiu entre a tarde e a noite de domingo alagou ao menos cinco bairros de Vila Serena e deixou 40 famílias fora de casa.",
  "O nível do ribeirão subiu três metros em pouco mais de seis horas e transbordou perto da ponte da avenida principal da cidade.",
  "A prefeitura abriu dois abrigos, na escola municipal e no ginásio de esportes, e distribuiu colchões e cestas básicas às famílias.",
];
const fr = [
  "Le marché de Noël de Port-Louis n'ouvrira pas vendredi comme prévu : la mairie a annoncé samedi un report d'une semaine.",
  "Les exposants, une soixantaine cette année, ont été prévenus par courrier, et la patinoire ouvrira, elle, à la date prévue.",
  "La ville consacre cette année 310 000 euros aux fêtes de fin d'année, contre 280 000 euros l'an dernier, selon l'adjointe.",
];
const en = [
  "The town's public swimming pool will close on January 5 for six weeks while its leaking roof is replaced, the council said on Friday.",
  "Swimming clubs will train at the leisure centre on the other side of the river in the meantime, and lessons will move there too.",
  "Season tickets will be extended by six weeks at no cost to their holders, a spokesperson for the council said on Saturday.",
];

describe("a call to action is the page's, in any language", () => {
  it("drops a line opened by an arrow that asks the reader to follow the paper's channel (pt), between two paragraphs", () => {
    const promo = "➡️ Siga o canal do Jornal da Vila no WhatsApp";
    const v = verdicts(story("Chuva alaga bairros de Vila Serena", pt[0] as string, promo, pt[1] as string, pt[2] as string), "pt");
    assert.ok(isNoise(v, promo));
    for (const line of pt) assert.ok(!isNoise(v, line), line);
  });

  it("drops an English one without a reader's word ('➡️ Follow The Courier on WhatsApp')", () => {
    const promo = "➡️ Follow The Courier on WhatsApp";
    const v = verdicts(story("Town pool to close for six weeks", en[0] as string, en[1] as string, promo, en[2] as string), "en");
    assert.ok(isNoise(v, promo));
  });

  it("drops a pitch and the sign-up button under it (fr: 'Recevez chaque matin …' / 'Je m'inscris')", () => {
    const pitch = "Recevez chaque matin l'essentiel de l'actualité de votre région";
    const v = verdicts(story("Port-Louis : le marché de Noël ouvrira en retard", fr[0] as string, `${pitch}\nJe m'inscris`, fr[1] as string, fr[2] as string), "fr");
    assert.ok(isNoise(v, pitch));
    assert.ok(isNoise(v, "Je m'inscris"));
  });

  it("drops a call whose verb comes last (hi: 'ऐप डाउनलोड करें') and one whose verb opens a caseless line (zh: '下载…客户端')", () => {
    const hi = ["कोटा की मंडी में इस हफ्ते प्याज के दाम पिछले महीने के मुकाबले आधे रह गए हैं और किसानों का कहना है कि लागत भी नहीं निकल रही।", "मंडी सचिव के अनुसार रोज करीब 40 हजार कट्टे प्याज की आवक हो रही है, जो पिछले साल से दोगुनी है।"];
    const vh = verdicts(story("कोटा मंडी में प्याज के दाम आधे", hi[0] as string, "दैनिक समाचार ऐप डाउनलोड करें", hi[1] as string), "hi");
    assert.ok(isNoise(vh, "दैनिक समाचार ऐप डाउनलोड करें"));
    const zh = ["江岸市轨道交通集团5日宣布，地铁5号线南延段将于本月28日开通运营，新增车站6座，线路全长增至32公里。", "开通初期，南延段首班车6时发车，末班车22时30分发车，高峰时段行车间隔为5分钟。"];
    const vz = verdicts(story("江岸地铁5号线南延段月底开通", zh[0] as string, "下载江岸新闻客户端", zh[1] as string), "zh");
    assert.ok(isNoise(vz, "下载江岸新闻客户端"));
  });
});

describe("the copy that looks like a call to action stays", () => {
  it("keeps a quote that opens with an imperative, a subhead that opens with one, and a one-line paragraph", () => {
    const quote = "“Sigam as orientações da Defesa Civil e não tentem atravessar ruas alagadas”, pediu o prefeito em entrevista à rádio.";
    const v = verdicts(story("Chuva alaga bairros de Vila Serena", pt[0] as string, quote, pt[1] as string, "Siga as novidades", pt[2] as string, "Ninguém se feriu."), "pt");
    for (const line of [quote, "Siga as novidades", "Ninguém se feriu.", ...pt]) assert.ok(!isNoise(v, line), line);
  });

  it("keeps a reported sentence that opens like the page's prompt to get its app ('…, the emergency plan says.')", () => {
    const reported = "Download the council's flood app for updates, the emergency plan says.";
    const v = verdicts(story("Residents told to leave by noon", en[0] as string, reported, en[1] as string, en[2] as string), "en");
    assert.ok(!isNoise(v, reported));
  });

  it("keeps a list the story introduces, its items short and without stops", () => {
    const items = ["Medicines and glasses", "Phone chargers", "Warm clothes and blankets", "Food for pets"];
    const v = verdicts(story("Residents told to leave by noon", en[0] as string, `Residents were asked to bring:\n${items.join("\n")}`, en[1] as string, en[2] as string), "en");
    for (const line of items) assert.ok(!isNoise(v, line), line);
  });
});
