/**
 * Endnotes: the sign-off lines a desk prints under the story ("Reporting by …; Editing by …",
 * "Additional reporting by …", "X contributed to this report", "责任编辑：王小华", "編集：…").
 * The spec shows them small at the end, as `endnote` blocks, never as paragraphs of the story.
 * A line is one by its opening label (data, per language) or its closing formula, at most a
 * few names long, and only in the article's tail (after its last paragraph of prose).
 */
import type { Block, EndnoteBlock } from "../../model/article.js";
import { countWords } from "../segments.js";

/** Phrases that open a desk's credit line, lower case ("editing by"): names follow. */
const phrases = [
  "reporting by", "additional reporting by", "additional reporting from", "with reporting by", "editing by", "edited by", "writing by", "written by",
  "compiled by", "fact-checked by", "fact checked by", "translated by", "translation by", "graphics by", "production by", "research by",
  "édité par", "mit material von", "bearbeitet von", "redigiert von", "edición de", "con información de", "edição de", "com informações de",
  "com informações da", "a cura di", "hanno collaborato", "met medewerking van", "при участии", "redigert av", "redigerat av", "redigeret af", "toimittanut",
];
/** Labels that open a desk's credit line before a colon, lower case ("editor:", "责任编辑："). */
const labels = [
  "editor", "editors", "editing", "reporting", "additional reporting", "édition", "rédaction", "redaktion", "mitarbeit", "edición", "redacción", "edição",
  "redação", "redazione", "redactie", "redakcja", "opracowanie", "редактор", "редакция", "editör", "düzenleyen", "עריכה", "تحرير", "إعداد", "ویراستار",
  "संपादन", "संपादक", "บรรณาธิการ", "biên tập", "biên tập viên", "penyunting", "责任编辑", "責任編輯", "编辑", "編輯", "校对", "校對", "审核", "審核",
  "编审", "編集", "編集部", "편집", "교열",
];
/** Formulas that close a credit line, lower case ("… contributed to this report"). */
const closers = [
  "contributed to this report", "contributed to this story", "contributed reporting", "contributed to this article",
  "a contribué à cet article", "ont contribué à cet article", "hat zu diesem bericht beigetragen", "haben zu diesem bericht beigetragen",
  "contribuyó a este informe", "contribuyeron a este informe", "contribuiu para esta reportagem",
];
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const phrasesFirst = byLength(phrases);
const labelsFirst = byLength(labels);

/** "editing by Jane Doe", "责任编辑：王小华": one part of a credit line, a label and a name (no sentence). */
function isCreditPart(part: string): boolean {
  if (/[.!?。！？]$/u.test(part)) return false;
  const phrase = phrasesFirst.find((o) => part.startsWith(o) && /^\s*[:：]?\s+\S|^\s*[:：]\s*\S/u.test(part.slice(o.length)));
  if (phrase) return true;
  return labelsFirst.some((o) => part.startsWith(o) && /^\s*[:：]\s*\S/u.test(part.slice(o.length)));
}

/** "Reporting by Jane Doe" or "Written by Jane Doe" alone is the byline printed at the end (sign-off.ts reads it). */
const isBylineOnly = (part: string) => /^(?:reporting by|written by|writing by)\s/u.test(part);

/** Whether a short line is a desk's credit line: labels and names ("Reporting by A; Editing by B", "责任编辑：王小华"), or names and a closing formula. */
export function isEndnote(text: string): boolean {
  const line = text.trim();
  if (line.length > 200 || countWords(line, 31) > 30) return false;
  const lower = line.toLocaleLowerCase().replace(/^[(（[]\s*|\s*[)）\]]$/gu, "");
  // (with where from after it: "Jane Doe contributed reporting from the mainland.")
  if (closers.some((c) => { const at = lower.lastIndexOf(c); return at > 0 && countWords(lower.slice(at + c.length), 5) <= 4 && !/[.!?]\s/u.test(lower.slice(at)); })) return true;
  const parts = lower.split(/\s*[;；|]\s*/u).filter(Boolean);
  if (parts.length === 0 || (parts.length === 1 && isBylineOnly(parts[0] ?? ""))) return false;
  return parts.every(isCreditPart);
}

/** How far from the end endnotes are looked for. */
const tailBlocks = 40;

/**
 * The tail's credit lines: paragraphs and subheads after the last paragraph of prose (or between
 * it and other credit lines) that read as endnotes, turned into `endnote` blocks in place.
 * Returns each block turned and the endnote that replaced it.
 */

export function markEndnotes(blocks: Block[], isProse: (text: string) => boolean): { from: Block; to: EndnoteBlock }[] {
  const turned: { from: Block; to: EndnoteBlock }[] = [];
  // (the desk's lines close the copy: looked for among its last blocks, not through a long list of short lines)
  for (let k = blocks.length - 1; k >= Math.max(0, blocks.length - tailBlocks); k--) {
    const b = blocks[k] as Block;
    if ((b.type === "paragraph" || b.type === "subhead") && isEndnote(b.text)) {
      const to: EndnoteBlock = { type: "endnote", text: b.text };
      blocks[k] = to;
      turned.push({ from: b, to });
      continue;
    }
    // past the story's last paragraph of prose, no endnote stands
    if ((b.type === "paragraph" || b.type === "quote") && isProse(b.text)) break;
  }
  return turned;
}

/**
 * A rule the desk sets between the story and its credit lines ("___", "* * *", "———"): a short
 * line of marks only, no letter, no digit, no emoji. Printed with the endnotes it opens (the AP's
 * "___" over "X contributed to this report"); elsewhere such a line is a noise shape.
 */
export const isRuleLine = (text: string): boolean => {
  const line = text.trim();
  return line.length >= 3 && line.length <= 40 && /^[\p{P}\p{S}\s]+$/u.test(line) && !/\p{Extended_Pictographic}/u.test(line);
};
