/**
 * Other stories' teasers after the article (noise-tail.ts): a run of three or more
 * headline-shaped lines after the story's last sentence is page furniture; a box under a title
 * stays the related reader's, and the story's own short lines stay.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const texts = (a: ReturnType<typeof parse>) => [a.lede, ...a.blocks.flatMap((b) => (b.type === "related" ? b.links.map((l) => l.text) : "text" in b ? [b.text] : []))].join("\n");
const en = [
  "Ferry timetable approved",
  "",
  "The harbour board approved the new ferry timetable on Wednesday after two months of talks with the unions.",
  "",
  "Ferries will leave every forty minutes from the first of May, the board's chair told reporters after the vote.",
  "",
  "Islanders had asked for an earlier first crossing so that children could reach the mainland schools on time.",
  "",
  "The unions said the new rota would need six more deckhands, and the board agreed to hire them before the summer season.",
  "",
  "Fares will stay the same for islanders this year, while visitors will pay two pounds more for a return ticket in August.",
  "",
];

describe("teasers of other stories after the article are page furniture", () => {
  it("drops a run of other stories' headlines at the end, with a label between them", () => {
    const teasers = ["Lighthouse keeper retires after forty winters on the rock", "Storm closes coastal road for a second night", "Most viewed", "Fishing quotas cut again as cod stocks fall", "School choir wins national title in Cardiff"];
    const a = parse([...en, ...teasers].join("\n"));
    for (const t of teasers) assert.ok(!texts(a).includes(t), t);
    assert.equal(a.blocks.length, 4, "the story's four paragraphs after the lede");
  });

  it("in Korean too (no word list needed): headline-shaped lines after the story", () => {
    const ko = [
      "항구 위원회, 새 여객선 시간표 승인",
      "",
      "항구 위원회는 수요일 노조와 두 달간의 협상 끝에 새로운 여객선 시간표를 승인했다고 밝혔다. 새 시간표는 5월 1일부터 적용된다.",
      "",
      "위원장은 투표 후 기자들에게 여객선이 40분마다 출발할 것이라고 말했다. 섬 주민들은 더 이른 첫 배를 요청해 왔다고 덧붙였다.",
      "",
      "노조는 새 근무표에 갑판원 여섯 명이 더 필요하다고 밝혔고, 위원회는 여름 성수기 전에 이들을 채용하기로 합의했다고 전했다.",
      "",
      "섬 주민의 운임은 올해 그대로 유지되며, 관광객은 8월에 왕복표 한 장에 2천 원을 더 내게 된다고 위원회는 설명했다.",
      "",
      "등대지기 40년 만에 은퇴 앞두고 마지막 겨울",
      "폭풍으로 해안 도로 이틀째 통제돼 주민 불편",
      "대구 수산시장 새 단장 마치고 다음 달 개장",
    ];
    const a = parse(ko.join("\n"), "story.txt", "ko");
    assert.ok(!texts(a).includes("등대지기"));
    assert.ok(!texts(a).includes("폭풍으로"));
    assert.ok(texts(a).includes("위원장은 투표 후"));
  });

  it("keeps a run under a box title for the related box", () => {
    const links = ["Lighthouse keeper retires after forty winters on the rock", "Storm closes coastal road for a second night", "Fishing quotas cut again as cod stocks fall"];
    const a = parse([...en, "Related articles", ...links].join("\n"));
    const box = a.blocks.find((b) => b.type === "related");
    assert.ok(box && box.type === "related");
    assert.deepEqual(box.links.map((l) => l.text), links);
  });

  it("keeps a run that goes on a sentence in lower case (copy wrapped by hand)", () => {
    const wrapped = ["The board will meet again in June to review", "the first month of the new timetable with", "the unions and the island councils"];
    const b = parse([...en, ...wrapped].join("\n"));
    assert.ok(JSON.stringify(b).includes("the unions and the island councils"));
  });

  it("never takes most of the text: a story whose paragraphs have no end stops stays", () => {
    const plain = ["Ferry timetable approved", "", "The harbour board approved the new ferry timetable on Wednesday after two months of talks with the unions.", "", "Ferries will run more often", "Ferries will leave every forty minutes from May", "The first crossing will leave at six in the morning", "Children will reach the mainland schools on time", "Fares for islanders will stay the same this year"];
    const a = parse(plain.join("\n"));
    for (const t of plain.slice(4)) assert.ok(JSON.stringify(a).includes(t), t);
  });
});
