/**
 * Real lists in plain text: several short parallel items after a line that ends in a colon,
 * bulleted ("•", "-", "*") or numbered ("1.", "2)"). Bullets elsewhere are copy artifacts.
 */
import type { ListBlock } from "../../model/article.js";
import { textToHtml } from "../html.js";
import type { Unit } from "./units.js";
import { countWords, unspacedScript, wordsOf } from "../segments.js";
import { lineMemo } from "../line-memo.js";

const numbered = /^(\d{1,2})[.)]\s+(\S.*)$/u;
const dashed = /^[-–]\s+(\S.*)$/u;

function item(unit: Unit): { text: string; ordered: boolean } | null {
  const n = numbered.exec(unit.text);
  if (n) return { text: n[2] ?? "", ordered: true };
  if (unit.bullet !== null) return { text: unit.text, ordered: false };
  const d = dashed.exec(unit.text);
  if (d) return { text: d[1] ?? "", ordered: false };
  return null;
}

/** Reads a list at `units[start]` when the text before it ended with a colon (up to a line of page noise); null otherwise. */
export function readList(units: Unit[], start: number, afterColon: boolean, isNoise: (u: Unit) => boolean = () => false): { block: ListBlock; next: number } | null {
  if (!afterColon) return null;
  const items: { text: string; ordered: boolean; plain?: boolean }[] = [];
  let j = start;
  for (; j < units.length; j++) {
    const u = units[j];
    // (a list ends at page noise: a tags label, a share counter)
    if (!u || isNoise(u)) break;
    // (an unmarked line joins only a list of unmarked lines: under "– …" items it is the story's again)
    const marked = item(u);
    // (items set apart like paragraphs, where every line is, are items when alike: short, none
    // ending a sentence, under a lead-in sentence, not a widget's label: "Rate:" over its stars)
    const spacedAlike = u.afterBlank && (units[start] as Unit).afterBlank && !endsSentence(u.text) && !endsSentence((units[start] as Unit).text) && countWords(units[start - 1]?.text ?? "", 3) >= 3;
    const it = marked ?? ((!u.afterBlank || j === start || spacedAlike) && (items.length === 0 || items[0]?.plain === true) ? plainItem(u) : null);
    if (!it || (items.length > 0 && it.ordered !== items[0]?.ordered)) break;
    items.push(it);
  }
  if (items.length < 2) return null;
  const texts = items.map((i) => i.text);
  const ordered = items[0]?.ordered ?? false;
  const tag = ordered ? "ol" : "ul";
  return { block: { type: "list", ordered, items: texts, html: `<${tag}>${texts.map((t) => `<li>${textToHtml(t)}</li>`).join("")}</${tag}>` }, next: j };
}

/** A line that ends as a sentence does, in any script. */
const endsSentence = (text: string) => /[.!?…。！？।؟]["”’»」』)]*$/u.test(text);

/** An unmarked line can be an item when it is short. */
function plainItem(unit: Unit): { text: string; ordered: boolean; plain: true } | null {
  return unit.text.length <= 100 && countWords(unit.text, 14) <= 14 ? { text: unit.text, ordered: false, plain: true } : null;
}

/**
 * A row of a fact box, a table, a timetable or a programme rather than a headline, in any
 * script: it opens with a number or a time ("8:00 Elite start", "8일 오후 7시 개막 공연",
 * "2029 موعد …"), or it is a label and its value: a short value with a number after a colon
 * ("Pegel Marburg: 5,12 Meter", "Runners: about 14,000"), or a word or two on each side
 * ("Start: university campus"). A kickered headline has a headline after its colon.
 */
export const isDataLine: (text: string) => boolean = lineMemo(isDataLineOnce);

function isDataLineOnce(text: string): boolean {
  if (/^\p{N}/u.test(text)) return true;
  // (a time after a word of one or two letters: "오후 6시 사전 공연", "午後 7時 開幕", "kl. 18 Konsert")
  // (asked only of a line with a space among its first six code units, where one or two letters and a stop end)
  if (/\s/u.test(text.slice(1, 6)) && /^\p{L}{1,2}\.?\s+\p{N}/u.test(text) && countWords(text, 7) <= 6) return true;
  // a table's row: it ends with a number, and numbers are half its words ("Høyre 36 870 24,5")
  if (/\p{N}[%‰]?$/u.test(text)) {
    const words = [...wordsOf(text)];
    if (words.filter((w) => /^\p{N}/u.test(w)).length * 2 >= words.length) return true;
  }
  // (a label's colon in any script: Armenian "Հիմա՝ 200 դրամ", Ethiopic ፦, Khmer ៖)
  const colon = text.search(/[:：՝፦៖]\s*\S/u);
  if (colon <= 0) return false;
  const value = text.slice(colon + 1).trim();
  // (in a script without spaces, words are too fine a measure: a short value with a number,
  // "約420億円", "2029年3月", "渋谷区道玄坂1丁目", is a row's; a kickered headline runs on longer)
  if (unspacedScript.test(value) && [...value].length <= 12 && /\p{N}/u.test(value)) return true;
  const valueWords = countWords(value, 5);
  // (a figure and its unit of a word or three: "1.200 millones de euros", "12,5 Millionen Franken")
  return (valueWords <= 3 && /\p{N}/u.test(value)) || (valueWords <= 4 && /^\p{N}/u.test(value)) || (valueWords <= 2 && countWords(text.slice(0, colon), 3) <= 2);
}

/** Whether most of a run's lines (more than half) are data lines: a fact box, a table or a timetable, not a box of links. */
export const isDataRun = (texts: readonly string[]): boolean => texts.length > 0 && (texts.filter(isDataLine).length * 2 > texts.length || (texts.length >= 2 && texts.filter(numberOpens).length * 4 >= texts.length * 3));

/**
 * A number among a line's first two words ("March 2025: engineers close the hall", "오후 6시
 * 사전 공연", "午後7時 開幕式"): every line of a run opening so is a timeline's or a programme's row
 * (a headline may open so; three in four lines of a run opening so are rare).
 */
const numberOpens = (text: string) => [...wordsOf(text)].slice(0, 2).some((w) => /^\p{N}/u.test(w) || /\p{N}/u.test(w) && [...w].length <= 4);
