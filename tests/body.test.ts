/**
 * The article's body in plain text, in any language and script: related boxes (titled, untitled,
 * one line between paragraphs), the page's furniture after the story, subheads and page noise.
 * Every text here was written for this test.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");
const prose = (subject: string) => `${subject} was discussed at length by the council on Tuesday evening, and members agreed to return to it after the summer.`;

describe("related boxes: in the story, or the page's furniture after it", () => {
  it("reads a title over headlines printed together inside the story as a related box, kickers or not", () => {
    const a = parse(story(
      "Harbour wall to close",
      "",
      prose("The harbour wall"),
      "",
      "More from the coast",
      "Ferry timetable: New winter sailings",
      "Lifeboat crew rescue two walkers cut off by the tide near the point",
      "Fishing fleet: Quota talks stall",
      "School roof repairs to finish before the new term begins",
      "",
      prose("The cost of the repairs"),
    ));
    const [box] = blocksOf(a, "related");
    assert.equal(box?.title, "More from the coast");
    assert.equal(box?.links.length, 4);
  });

  it("leaves a run of unrelated headlines after the story's last sentence to the page (not a box of the story)", () => {
    const a = parse(story(
      "Harbour wall to close",
      "",
      prose("The harbour wall"),
      "",
      prose("The cost of the harbour repairs"),
      "",
      "On the radar",
      "Singer reveals secret wedding in the mountains",
      "Famous chef opens a restaurant on the moon",
      "Film star buys a castle for his dogs",
      "Reality show contestant quits after row",
    ));
    assert.equal(blocksOf(a, "related").length, 0);
  });

  it("keeps a box after the story when its headlines are about the story", () => {
    const a = parse(story(
      "Harbour wall to close",
      "",
      prose("The harbour wall"),
      "",
      prose("The cost of the harbour repairs"),
      "",
      "On this story",
      "Harbour wall cracks found by divers last winter",
      "Council delays harbour repairs vote again",
      "Fishermen fear months without the harbour wall",
    ));
    assert.equal(blocksOf(a, "related")[0]?.links.length, 3);
  });
});
