/**
 * Korean quotes: given this paragraph, this quote and speaker. The quote closes with a quotative
 * particle glued to the mark (라고, 고, 라며, 으로) and the verb of saying comes last; the speaker
 * is the phrase marked by 은/는/이/가 before the quote, name first and title after it
 * (도널드 트럼프 미국 대통령은), or the person named before a 그는. Two quotes chained by 며
 * are one quote. All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const quotes = (...paragraphs: string[]) => blocksOf(parse(paragraphs.join("\n\n"), "a.txt", "ko"), "quote");
const head = ["항구 재개발 계획 확정", "부산시가 북항 재개발 계획을 5일 확정했다."];

describe("Korean: the verb after the quote", () => {
  it("X 직함은 “…”고 밝혔다: the whole name and title before the particle is the speaker", () => {
    const [q] = quotes(...head, "김철수 부산시 해양국장은 이날 기자회견에서 “내년 봄에 공사를 시작하겠다”고 밝혔다.");
    assert.equal(q?.text, "내년 봄에 공사를 시작하겠다");
    assert.ok(q?.speaker?.includes("김철수"), String(q?.speaker));
  });

  it("verbs of saying beyond 말했다 (경고했다, 보도했다, 전망했다) make the paragraph a quote", () => {
    const qs = quotes(...head, "해양대 박지훈 교수는 “비용이 두 배로 늘 수 있다”고 경고했다.", "지역 신문은 “주민 반대가 거세다”고 보도했다.");
    assert.deepEqual(qs.map((q) => q.text), ["비용이 두 배로 늘 수 있다", "주민 반대가 거세다"]);
  });

  it("“…”이라며 “…”고 그는 주장했다: two quotes chained by 며 are one quote of the person just named", () => {
    const qs = quotes(...head, "김철수 부산시 해양국장은 “일자리가 늘어날 것”이라고 말했다.", "“항구는 도시의 미래”라며 “시민 모두가 혜택을 볼 것”이라고 그는 주장했다.");
    assert.equal(qs.length, 2);
    assert.ok(qs[1]?.text.startsWith("항구는 도시의 미래"), qs[1]?.text);
    assert.ok(qs[1]?.text.includes("시민 모두가 혜택을 볼 것"), qs[1]?.text);
    assert.ok(qs[1]?.speaker?.includes("김철수"), String(qs[1]?.speaker));
  });

  it("X는 “…”며 “…”이라고 강조했다: a lead-in, two chained quotes and the verb", () => {
    const [q] = quotes(...head, "시 관계자는 “예산은 이미 확보됐다”며 “공사는 예정대로 진행된다”고 강조했다.");
    assert.ok(q?.text.startsWith("예산은 이미 확보됐다"), q?.text);
    assert.equal(q?.speaker, "시 관계자");
  });

  it("the page prints the copy as written: `printed` keeps marks and particles", () => {
    const line = "시 관계자는 “예산은 이미 확보됐다”며 “공사는 예정대로 진행된다”고 강조했다.";
    assert.equal(quotes(...head, line)[0]?.printed, line);
  });
});
