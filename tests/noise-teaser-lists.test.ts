/**
 * Other stories' headlines and the header's buttons that a pasted portal page brings along, read
 * by their shape in any script (issue 13; texts written for these tests): a run of headline-shaped
 * lines with a headline's marks (a tag in brackets, quoted words, an ellipsis between clauses, a
 * full-width space) between the story's paragraphs or after them is the page's; a ranking list
 * under "most read" is no related box; the strip of buttons between the byline or date and the
 * story is the page's. Their look-alikes stay copy: a list the story introduces, a timetable's rows,
 * a box of links under its title, the dateline over the story.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";
import { hasHeadlineMarks } from "../src/parse/lines/features.js";

function parse(text: string, language: string) {
  const { article, trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  return { article, became: new Map(trace.map((t) => [spaced(t.text), t.became])) };
}
/** A line's text as the trace prints it (its spaces, a full-width one too, one space). */
const spaced = (text: string) => text.replace(/\s+/gu, " ").trim();
const isNoise = (became: Map<string, string>, line: string) => (became.get(spaced(line)) ?? "").startsWith("noise");
/** Every text of the article's body blocks, one string per line of copy. */
const bodyTexts = (article: ReturnType<typeof parse>["article"]): string[] =>
  article.blocks.flatMap((b) => (b.type === "related" ? b.links.map((l) => l.text) : b.type === "list" ? b.items : "text" in b && b.text ? [b.text] : []));

describe("headline marks, in any script", () => {
  it("tells a tag in brackets, quoted words, an ellipsis between clauses and a full-width space", () => {
    for (const line of ["[단독] 항만공사 사장 후보 3명 압축", "‘섬마을 버스’ 다시 달린다", "\"배편 끊기면 고립\"…겨울철 대책 요구", "【速報】市営地下鉄で信号トラブル", "大雪で国道通行止め　車200台立ち往生", "'हम झुकेंगे नहीं'... किसान संगठनों का ऐलान", "«Мы не просили этот мост»: жители против"]) {
      assert.equal(hasHeadlineMarks(line), true, line);
    }
  });
  it("tells none in a plain headline, a list's item or a sentence that ends in an ellipsis", () => {
    for (const line of ["해안항 여객터미널 리모델링 착공", "낮은 임금 수준", "The council met on Tuesday", "그는 잠시 말을 멈췄다…"]) assert.equal(hasHeadlineMarks(line), false, line);
  });
});

describe("a list of other stories' headlines between the story's paragraphs (ko)", () => {
  const teasers = ["[단독] 항만공사 사장 후보 3명 압축", "‘섬마을 버스’ 다시 달린다…주민 환영", "\"배편 끊기면 고립\"…겨울철 결항 대책 요구", "해안항 여객터미널 리모델링 착공"];
  const text = [
    "항만시 의회 통과…노후 여객선 3척 교체",
    "입력 2026.11.28 09:12",
    "",
    "항만시는 28일 섬 지역을 오가는 노후 여객선 3척을 2027년까지 모두 전기 추진선으로 교체한다고 밝혔다.",
    "",
    "교체 대상은 건조된 지 30년이 넘은 배들로, 사업비는 모두 412억원이며 국비와 시비를 절반씩 나눠 부담한다.",
    ...teasers,
    "",
    "새 여객선은 한 번 충전으로 왕복 운항이 가능하며, 정원은 기존보다 40명 늘어난 220명이다.",
    "",
    "시 관계자는 건조 기간에 일부 항로의 운항 횟수가 줄어 임시 선박을 빌려 투입하기로 했다고 설명했다.",
    "",
    "업계가 꼽는 인력난의 원인은 다음과 같다.",
    "낮은 임금 수준",
    "위험한 작업 환경",
    "지방 근무 기피",
    "",
    "노조 측은 임금 인상 없이는 인력 유출을 막기 어렵다는 입장이며 시와 협의를 이어가기로 했다.",
  ].join("\n");
  const { article, became } = parse(text, "ko");

  it("drops the headlines of other stories, marked or not, glued under a paragraph", () => {
    for (const line of teasers) assert.equal(isNoise(became, line), true, `${line}: ${became.get(line)}`);
  });
  it("keeps the paragraphs around them and the story's own list under its lead-in", () => {
    const body = bodyTexts(article).join("\n");
    for (const line of ["낮은 임금 수준", "위험한 작업 환경", "지방 근무 기피"]) assert.ok(body.includes(line), `${line}: ${became.get(line)}`);
    assert.ok(body.includes("새 여객선은 한 번 충전으로"));
    assert.ok(body.includes("사업비는 모두 412억원"));
  });
});

describe("a ranking list under its title after the story (ja)", () => {
  const ranking = ["大雪で国道通行止め　車200台立ち往生", "「まさか自分が」特殊詐欺被害、今年最悪に", "駅前再開発、高さ100メートルのビル計画"];
  const text = [
    "路線バス3路線廃止へ　運転手不足で",
    "2026年11月29日 18時40分",
    "",
    "市交通局は29日、運転手不足のため来年4月から郊外の路線バス3路線を廃止すると発表した。",
    "",
    "対象の3路線は1日の利用者が合わせて約850人で、市は代わりに予約制の乗り合いタクシーを検討している。",
    "",
    "局の担当者は「ご不便をおかけするが、残る路線を守るための判断だ」と話した。",
    "アクセスランキング",
    "1",
    ranking[0],
    "2",
    ranking[1],
    "3",
    ranking[2],
  ].join("\n");
  it("is the page's, never a related box of the story's", () => {
    const { article, became } = parse(text, "ja");
    assert.deepEqual(article.blocks.filter((b) => b.type === "related"), []);
    for (const line of ranking) assert.equal(isNoise(became, line), true, `${line}: ${became.get(line)}`);
  });
});

describe("a run of headlines under a box's title stays the related reader's (fr)", () => {
  const links = ["Moscou salue une «avancée» des troupes sur le front nord", "Réunion «de crise» mardi à Bruxelles sur les missiles", "Le Kazakhstan, allié de Moscou, «renforce» sa frontière"];
  const text = [
    "Le port de Brest rouvre après la tempête",
    "",
    "Le port de Brest a rouvert vendredi matin après trois jours de fermeture, a annoncé la préfecture maritime dans un communiqué.",
    "",
    "Les ferries vers l'Irlande reprendront leurs rotations samedi, selon la compagnie, qui prévoit des retards dans la journée.",
    "Sommaire",
    ...links,
    "",
    "Les pêcheurs, eux, attendent encore l'autorisation de sortir, la houle restant forte au large des côtes bretonnes ce vendredi.",
  ].join("\n");
  it("keeps the links (not the page's noise)", () => {
    const { became } = parse(text, "fr");
    for (const line of links) assert.equal(isNoise(became, line), false, `${line}: ${became.get(line)}`);
  });
});

describe("the strip of buttons between the date and the story", () => {
  it("drops the buttons no word list knows beside a share bar's proven items (zh)", () => {
    const text = [
      "首页 > 新闻 > 社会",
      "江岸市地铁5号线开通 全长28公里设站19座",
      "2026-11-30 08:15:22　来源：江岸日报",
      "分享到：",
      "微信",
      "微博",
      "字号：大 中 小",
      "打印本页",
      "关闭窗口",
      "",
      "江岸市地铁5号线一期工程30日上午正式开通运营，全线长28公里，共设车站19座，连接城东高铁站和西港新区。",
      "",
      "开通初期，高峰时段行车间隔为4分30秒，全程运行约42分钟，票价与其他线路相同。",
      "",
      "据介绍，5号线二期工程已于今年开工，预计2029年建成。",
    ].join("\n");
    const { became } = parse(text, "zh");
    for (const line of ["字号：大 中 小", "打印本页", "关闭窗口"]) assert.equal(isNoise(became, line), true, `${line}: ${became.get(line)}`);
  });
  it("keeps the dateline alone over the story under the buttons (pt)", () => {
    const text = [
      "Prefeitura anuncia nova linha de barcas para a ilha",
      "21.nov.2026 às 12h55",
      "Copiar link",
      "Diminuir fonte",
      "Aumentar fonte",
      "São Paulo",
      "",
      "A prefeitura anunciou nesta sexta-feira uma nova linha de barcas entre o centro e a ilha, com partidas a cada meia hora.",
      "",
      "O serviço começa em janeiro e terá tarifa igual à dos ônibus municipais, segundo a secretaria de transportes.",
      "",
      "Moradores da ilha pediam a linha havia mais de dez anos, disse a presidente da associação de bairro.",
    ].join("\n");
    const { article, became } = parse(text, "pt");
    assert.equal(isNoise(became, "São Paulo"), false, became.get("São Paulo"));
    assert.equal(article.dateline, "São Paulo");
  });
});

describe("a timetable's rows inside the story are copy, not the page's dates (es)", () => {
  it("keeps 'Viernes: 23.00 a 6.00' under its title between the story's sentences", () => {
    const text = [
      "Valdemar estrena su primera línea de autobús nocturno",
      "Actualizado 30/11/2026 - 11:25",
      "",
      "El Ayuntamiento de Valdemar puso en marcha este domingo la primera línea nocturna de autobús, que unirá el centro con los barrios del norte.",
      "",
      "El servicio funcionará tres noches por semana con una frecuencia de treinta minutos, según la concejalía.",
      "",
      "Horarios",
      "Viernes: 23.00 a 6.00",
      "Sábado: 23.00 a 6.00",
      "Domingo: 23.00 a 2.00",
      "",
      "La línea costará 1,2 millones de euros al año y se revisará tras seis meses de funcionamiento.",
    ].join("\n");
    const { article, became } = parse(text, "es");
    const body = bodyTexts(article).join("\n");
    for (const line of ["Viernes: 23.00 a 6.00", "Sábado: 23.00 a 6.00", "Domingo: 23.00 a 2.00"]) assert.ok(body.includes(line), `${line}: ${became.get(line)}`);
  });
});

describe("a list of works the story names, each a quoted title, stays copy (en, ko)", () => {
  it("keeps the items glued under their lead-in sentence, every one marked alike", () => {
    const items = ["‘The Harbour Light’ by Ana Ruiz, a debut", "‘Salt Roads’ by Tom Haldane, his third novel", "‘Winter Ferry’ by Mira Holm, from a small press"];
    const text = [
      "Haven festival names its shortlist",
      "",
      "The Haven book festival announced its shortlist on Monday, with three novels by writers from the coast.",
      "",
      "The judges read 140 books this year, the most since the prize began in 2009.",
      "The shortlist is as follows.",
      ...items,
      "",
      "The winner will be named at the festival's closing night on 14 March.",
      "",
      "Tickets go on sale next week, the organisers said in a statement on Monday.",
    ].join("\n");
    const { became } = parse(text, "en");
    for (const line of items) assert.equal(isNoise(became, line), false, `${line}: ${became.get(line)}`);
  });
  it("keeps a bulleted list of quoted slogans under its sentence", () => {
    const items = ["- ‘섬에도 버스를’ 주민 서명 운동 시작", "- [공지] 주민 설명회 12월 3일 개최", "- \"배편 늘려라\" 어민회 성명 발표"];
    const text = [
      "섬마을 주민들, 교통 대책 촉구",
      "",
      "해안시 소섬 주민들은 28일 시청 앞에서 집회를 열고 겨울철 교통 대책을 마련하라고 요구했다.",
      "",
      "주민 대표는 지난 한 달 동안 벌인 활동을 소개하며 시가 응답할 때까지 계속하겠다고 밝혔다.",
      ...items,
      "",
      "시는 다음 주 주민 대표들과 만나 대책을 논의하겠다고 밝혔다.",
    ].join("\n");
    const { became } = parse(text, "ko");
    for (const line of items) assert.equal(isNoise(became, line.replace(/^- /u, "")) || isNoise(became, line), false, `${line}: ${became.get(line)}`);
  });
});

describe("a site-wide list after the story ends over the desk's credit", () => {
  it("drops '热点推荐' and the headlines under it, and keeps '责任编辑：刘洋' under them", () => {
    const text = [
      "江岸地铁5号线南延段月底开通",
      "江岸市轨道交通集团5日宣布，地铁5号线南延段将于本月28日开通运营，新增车站6座，线路全长增至32公里。",
      "开通初期，南延段首班车6时发车，末班车22时30分发车，高峰时段行车间隔为5分钟。",
      "市发改委表示，南延段执行现行票价，不另行调价。",
      "热点推荐\n江岸今冬首场降雪即将到来\n【关注】老旧小区加装电梯进展如何？\n“年货节”开幕 三百家商户参展\n责任编辑：刘洋",
    ].join("\n\n");
    const { became } = parse(text, "zh");
    for (const line of ["热点推荐", "江岸今冬首场降雪即将到来", "“年货节”开幕 三百家商户参展"]) assert.ok(isNoise(became, line), line);
    assert.ok(!isNoise(became, "责任编辑：刘洋"));
  });
});
