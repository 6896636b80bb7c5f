/**
 * Related boxes read as runs of teaser titles (src/parse/text/related.ts, readLinkRun): titles
 * set apart by blank lines, with their dates or sections between them, under a title or none.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");
const es = [
  "El ayuntamiento aprobó el lunes el cierre del viejo muelle de los transbordadores durante dos años para reforzar sus cimientos.",
  "Los transbordadores se trasladarán a la terminal de contenedores, que según el puerto puede asumir el tráfico sin retrasos.",
  "Los pescadores que amarran en el muelle dicen que nadie les ha explicado dónde dejarán sus barcos durante las obras del muelle.",
];

describe("related: a run of teaser titles after the story", () => {
  it("reads titles set apart by blank lines, with a date under each, under a title no list knows; the dates are the box's furniture", () => {
    const a = parse(
      story(
        "El puerto cierra el muelle viejo", "", es[0] as string, "", es[1] as string, "", es[2] as string, "",
        "Más sobre el puerto", "",
        "El puerto estudia un pontón provisional para los pescadores del muelle", "", "12/03/2025", "",
        "Los transbordadores del muelle cambian de horario en verano", "", "10/03/2025", "",
        "Las obras del muelle costarán más de lo previsto según el puerto", "", "08/03/2025",
      ),
      "story.txt",
      "es",
    );
    const boxes = blocksOf(a, "related");
    assert.equal(boxes.length, 1);
    assert.equal(boxes[0]?.title, "Más sobre el puerto");
    assert.deepEqual(boxes[0]?.links.map((l) => l.text), [
      "El puerto estudia un pontón provisional para los pescadores del muelle",
      "Los transbordadores del muelle cambian de horario en verano",
      "Las obras del muelle costarán más de lo previsto según el puerto",
    ]);
    assert.deepEqual(blocksOf(a, "subhead"), []);
  });
});

describe("related: a site-wide list is the page's, not the story's box", () => {
  const en = [
    "The harbour board voted on Monday to close the old ferry pier for two years while engineers rebuild its foundations.",
    "Ferry services will move to the container terminal, which the board said could take the extra traffic without delays.",
    "Fishermen who moor at the pier said they had not been told where they would keep their boats during the works.",
  ];
  it("a box titled with a site-wide list's word ('Most read', '많이 본 뉴스') is no related box, nor is a run after it", () => {
    const a = parse(story(
      "Old ferry pier to close", "", en[0] as string, "", en[1] as string, "", en[2] as string, "",
      "Most read", "Storm closes the ferry pier for a second day", "Fishermen protest at the harbour over the pier", "Council approves new pontoon for the pier", "",
      "News from the harbour", "Ferry fares at the pier to rise in January", "New ferry timetable adds a late boat on Fridays", "Harbour pier works to start in the spring",
    ));
    assert.deepEqual(blocksOf(a, "related"), []);
    const ko = parse(story(
      "낡은 여객선 부두 폐쇄", "",
      "항만위원회는 월요일 낡은 여객선 부두를 앞으로 이 년 동안 폐쇄하고 그 사이에 기술자들이 부두의 기초를 새로 다시 쌓기로 했다고 밝혔다.", "",
      "여객선은 컨테이너 터미널로 옮겨 가며 위원회는 그 터미널이 늘어난 교통량을 지연 없이 충분히 감당할 수 있다고 이날 설명했다.", "",
      "부두에 배를 대는 어민들은 공사 기간 동안 배를 어디에 둬야 하는지 아직 아무런 안내도 받지 못했다고 강하게 불만을 나타냈다.", "",
      "관련기사", "부두 공사 내년 봄 시작", "", "많이 본 뉴스", "삼성전자 주가 반등 외국인 순매수", "서울 아파트값 3주 연속 상승",
    ), "story.txt", "ko");
    assert.deepEqual(blocksOf(ko, "related").flatMap((b) => b.links.map((l) => l.text)), ["부두 공사 내년 봄 시작"]);
    // (nor is a site-wide list's title a kicker of the headline under it, after a box title in another language)
    const mixed = parse(story(
      "낡은 여객선 부두 폐쇄", "",
      "항만위원회는 월요일 낡은 여객선 부두를 앞으로 이 년 동안 폐쇄하고 그 사이에 기술자들이 부두의 기초를 새로 다시 쌓기로 했다고 밝혔다.", "",
      "부두에 배를 대는 어민들은 공사 기간 동안 배를 어디에 둬야 하는지 아직 아무런 안내도 받지 못했다고 강하게 불만을 나타냈다.", "",
      "Read more", "", "많이 본 뉴스", "삼성전자 주가 반등 외국인 순매수 이어져", "서울 아파트값 3주 연속 상승세 이어가",
    ), "story.txt", "ko");
    assert.deepEqual(blocksOf(mixed, "related"), []);
  });

  it("a name with a role (an author box) under a box's links is not one of its links", () => {
    const a = parse(story(
      "Old ferry pier to close", "", en[0] as string, "", en[1] as string, "", en[2] as string, "",
      "Read more", "", "Ferry fares at the pier to rise in January", "", "New ferry timetable adds a late boat on Fridays", "",
      "Jane Whitfield, Business reporter", "Jane Whitfield covers the harbour and the ferries for the paper. She has reported on transport for ten years.",
    ));
    assert.deepEqual(blocksOf(a, "related").flatMap((b) => b.links.map((l) => l.text)), ["Ferry fares at the pier to rise in January", "New ferry timetable adds a late boat on Fridays"]);
  });
});

describe("related: a share button's word glued to a teaser", () => {
  it("reads the plain title, not the copy with 'Compartilhar'/'Dela' glued on, under the teaser's label (pt, sv)", () => {
    const pt = parse(story(
      "O porto fecha o cais velho", "", es[0] as string, "", es[1] as string, "", es[2] as string, "",
      "Veja também", "Horários", "Compartilhar Confira os novos horários das balsas no verão", "Confira os novos horários das balsas no verão",
      "Obras", "Compartilhar Veja quanto vai custar a reforma do cais do porto", "Veja quanto vai custar a reforma do cais do porto",
    ), "story.txt", "pt");
    const box = blocksOf(pt, "related")[0];
    assert.equal(box?.title, "Veja também");
    assert.deepEqual(box?.links.map((l) => [l.kicker, l.text]), [["Horários", "Confira os novos horários das balsas no verão"], ["Obras", "Veja quanto vai custar a reforma do cais do porto"]]);
    const sv = parse(story(
      "Hamnen stänger den gamla kajen", "",
      "Hamnstyrelsen beslutade på måndagen att stänga den gamla färjekajen i två år medan ingenjörerna bygger nya fundament under den.", "",
      "Färjorna flyttar till containerterminalen, som styrelsen menar klarar den extra trafiken utan några större förseningar alls.", "",
      "Läs också", "Sport", "Dela Båtklubben flyttar till norra hamnen i vår", "Båtklubben flyttar till norra hamnen i vår",
    ), "story.txt", "sv");
    assert.deepEqual(blocksOf(sv, "related").flatMap((b) => b.links.map((l) => l.text)), ["Båtklubben flyttar till norra hamnen i vår"]);
  });
});
