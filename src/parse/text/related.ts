/**
 * Related-link boxes in plain text: a short title line ("Terror attack in Moscow", "Related
 * Coverage", "Läs också") over link-like lines ("• Details: Iran warned Russia …"), or a run of
 * bulleted link lines without a title.
 */
import type { RelatedBlock, RelatedLink } from "../../model/article.js";
import type { Lexicon } from "../lexicon/index.js";
import type { Unit } from "./units.js";

const key = (s: string) => s.toLocaleLowerCase().replace(/[\s:.…]+$/u, "").trim();
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A line that reads like a link to another story: short, no full stop, not a quote. */
export function isLinkLike(unit: Unit): boolean {
  const { text } = unit;
  const n = wordCount(text);
  return n >= 2 && n <= 24 && text.length <= 160 && !/[.;,]$/.test(text) && !/^[–—―-]\s/u.test(text) && !/^[“„»«"‘]/u.test(text);
}

/** A line that can be a box title: short, no end punctuation but a colon. */
function isTitleLike(unit: Unit): boolean {
  return unit.bullet === null && wordCount(unit.text) <= 8 && unit.text.length <= 60 && !/[.!?,;”"»]$/.test(unit.text);
}

/** "Details: Iran warned …" → kicker "Details", title "Iran warned …"; a URL in the line is the link's target. */
export function toLink(text: string): RelatedLink {
  const url = /\bhttps?:\/\/\S+/u.exec(text)?.[0] ?? null;
  const label = url ? text.replace(url, "").replace(/[\s(<[\]>)–—-]+$/u, "").trim() : text;
  const kicker = /^(\p{Lu}[\p{L}\p{M}\p{N}'’ -]{0,30}?):\s+(\S.*)$/u.exec(label);
  if (kicker && wordCount(kicker[1] ?? "") <= 3) return { text: label, kicker: kicker[1] ?? null, title: kicker[2] ?? label, url };
  return { text: label, kicker: null, title: label, url };
}

/**
 * Reads a related box starting at `units[start]`, or null. `isOther` says whether a unit is
 * something else (a caption, noise) that ends the box.
 */
export function readRelated(units: Unit[], start: number, lex: Lexicon, isOther: (u: Unit) => boolean): { block: RelatedBlock; next: number } | null {
  const first = units[start];
  if (!first) return null;
  // Links keep the form of the first one: all bulleted, or all with a kicker, or all plain lines.
  const collect = (from: number) => {
    const head = units[from];
    const bulleted = head?.bullet !== null;
    const kickered = head ? toLink(head.text).kicker !== null : false;
    let j = from;
    while (j < units.length) {
      const u = units[j];
      if (!u || !isLinkLike(u) || isOther(u) || (u.bullet !== null) !== bulleted) break;
      if (!bulleted && kickered && toLink(u.text).kicker === null) break;
      j++;
    }
    return j;
  };
  const block = (title: string | null, from: number, to: number): RelatedBlock => ({
    type: "related",
    title,
    links: units.slice(from, to).map((u) => toLink(u.text)),
  });
  if (first.bullet !== null) {
    const end = collect(start);
    return end - start >= 2 ? { block: block(null, start, end), next: end } : null;
  }
  if (!isTitleLike(first)) return null;
  const known = new Set(lex.relatedTitles.map(key)).has(key(first.text));
  const end = collect(start + 1);
  const links = units.slice(start + 1, end);
  const count = links.length;
  const structured = links.every((u) => u.bullet !== null) || links.every((u) => toLink(u.text).kicker !== null);
  if ((known && count >= 1) || (count >= 2 && structured)) return { block: block(first.text.replace(/:$/, ""), start + 1, end), next: end };
  return null;
}
