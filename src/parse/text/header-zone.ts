/**
 * The top of an article, read by features that hold in every language and script: where the
 * headline is among the page furniture printed before it (breadcrumbs, share menus, section
 * labels, date lines), which short lines next to it are bylines, which paragraph is the lede.
 * Words are counted with Intl.Segmenter; word lists (lexicon data) are extra evidence only.
 * Every decision says which features made it, for `galley parse --explain`.
 */
import { words } from "../dates/read-dates.js";
import type { Lexicon } from "../lexicon/index.js";
import { isHomeCrumb } from "../lexicon/interface-words.js";
import { allBylineOpeners, authorJoiners, deskWords, labelOpener, reporterSuffixes } from "../lexicon/byline-words.js";
import { readCaption } from "./caption.js";
import { authorsLine, creditsLine } from "./authors.js";
import { deskSignature, isBareName, isCapsLabel, nameParticles, readByline, readDateLine } from "./header.js";
import type { Unit } from "./units.js";
import { countWords, spaceEndsSentences, wordsOf } from "../segments.js";
import { isStopword } from "../lines/features.js";

/** A line's words, counted no further than 1,000 (every rule here compares with far less; a 2 MB line costs no more). */
const wordCount = (text: string): number => words(text, 1000);

/** End punctuation of a sentence in any script (Latin, CJK, Arabic, Devanagari, Greek …). */
const sentenceEnd = /[.!?…。！？؟۔।॥;]["”’»)\]」』]*$/u;
const closesQuote = /["”’»」』]$/u;
/** Separators of breadcrumb trails and menus. */
const crumbSeparators = /\s[/›>»|·•]\s|\s?[›»]\s?/gu;
/** "사회 > 사건·사고", "World › Europe": a trail of two levels, a section and an arrow no headline prints (not "»", a quote mark). */
const twoLevelCrumb = /^[^\s>›]+(?:\s[^\s>›]+)?\s[>›]\s[^\s>›]+(?:\s[^\s>›]+)?$/u;

export interface LinePick {
  index: number;
  why: string;
}

export interface HeadlinePick {
  /** Index of the headline unit. */
  headline: number;
  kicker: LinePick | null;
  /** Units before the headline: furniture (noise) or date lines (read for `date`). */
  before: (LinePick & { role: "noise" | "date" })[];
  why: string;
}

/** How a line near the top reads, by its shape. */
export function topShape(u: Unit, lex: Lexicon, dropped: (u: Unit) => boolean): { role: string; why: string } {
  const text = u.text;
  const n = wordCount(text);
  if (dropped(u)) return { role: "noise", why: "noise phrase or shape" };
  const date = readDateLine(text, lex);
  if (date) return { role: "date", why: date.relative ? "relative time (CLDR)" : "date shape (CLDR names)" };
  if ((text.match(crumbSeparators) ?? []).length >= 2 && n <= 12 && !sentenceEnd.test(text)) return { role: "noise", why: `breadcrumb: ${n} words between separators` };
  // a trail pasted without spaces: three parts or more ("Startseite/Lokales/Wismar", "Home/News/World")
  if (text.includes("/") && /^[\p{L}\p{M}\p{N}.-]+(?:\/[\p{L}\p{M}\p{N}.-]+){2,}$/u.test(text)) return { role: "noise", why: "breadcrumb: parts joined by slashes" };
  if (isHomeCrumb(text)) return { role: "noise", why: "breadcrumb: the home page's name, a separator, a section" };
  if (twoLevelCrumb.test(text) && n <= 6 && !/\p{N}/u.test(text)) return { role: "noise", why: "breadcrumb: a section, an arrow, a section" };
  if (/[:：]$/u.test(text) && n <= 4) return { role: "noise", why: "label: ends in a colon, ≤ 4 words" };
  if (isTickerRow(text)) return { role: "noise", why: "ticker row: a signed figure or a temperature, more figures than words" };
  if (isShareMenu(text, (t) => dropped({ ...u, text: t }))) return { role: "noise", why: "share menu: half its words are noise words" };
  // (a credit alone, "Privat", "Getty Images", is the lead picture's, not a label over the headline)
  if (n <= 2 && !sentenceEnd.test(text) && readCaption(text, lex)?.caption !== null) return { role: "label", why: `${n} word${n === 1 ? "" : "s"}, no end stop` };
  if (readByline(text, lex) || openerByline(text) || authorsLine(text, lex)?.includes("an opener")) return { role: "byline", why: "byline opener" };
  if (readCaption(text, lex)) return { role: "noise", why: "credit or caption label" };
  if (n >= 30 || (n >= 15 && sentenceEnd.test(text) && !closesQuote.test(text))) return { role: "prose", why: `${n} words, ends as a sentence` };
  if (n >= 15 && spaceEndsSentences.test(text) && text.includes(" ")) return { role: "prose", why: `${n} words, sentences parted by a space (Thai, Lao)` };
  return { role: "candidate", why: `${n} words${sentenceEnd.test(text) ? "" : ", no end stop"}` };
}

/**
 * The headline: the first headline-shaped line (three words or more, not a sentence of body
 * length, not a date, byline, breadcrumb, label or menu) among the first lines of the copy. A
 * short line of four words or fewer right above a longer headline-shaped line is a kicker. When
 * nothing before the first prose paragraph is headline-shaped, the first line is the headline.
 */
export function findHeadline(units: Unit[], start: number, lex: Lexicon, dropped: (u: Unit) => boolean): HeadlinePick {
  // each line's shape read once for both passes
  const shapes = new Map<Unit, { role: string; why: string }>();
  const shapeOf = (u: Unit) => {
    let shape = shapes.get(u);
    if (!shape) shapes.set(u, (shape = topShape(u, lex, dropped)));
    return shape;
  };
  const furniture = furnitureAbove(units, start, lex, shapeOf);
  for (const [k, why] of siteNameLines(units, start, shapeOf)) if (!furniture.has(k)) furniture.set(k, why);
  const pick = firstHeadlineShaped(units, start, lex, dropped, furniture, shapeOf);
  return headOverAnchor(units, start, pick, (k) => (furniture.has(k) ? { role: "noise", why: furniture.get(k) as string } : shapeOf(units[k] as Unit))) ?? pick;
}

type ShapeAt = (k: number) => { role: string; why: string };

/**
 * The site's own name at the top of a pasted page ("The Riverside Ledger", "Le Courrier du Rhône",
 * "江城晚报"): a short line in title case (or of a few letters in a script without case) over the
 * menu or between its items (lines of one or two words: two under it, or one on each side), whose words the page prints
 * again further down in a line of its own furniture: alone, beside "©", or in a short line that is no
 * sentence ("Follow The Riverside Ledger on Facebook", "关注江城晚报微信公众号"). Both the place
 * and the repetition are needed: a kicker has the headline under it, not a menu (and a tag list may
 * print it again), and a name the story repeats stands in its sentences. Returns the lines, with why.
 */
export function siteNameLines(units: Unit[], start: number, shapeOf: (u: Unit) => { role: string; why: string }): Map<number, string> {
  const found = new Map<number, string>();
  const limit = Math.min(units.length, start + 16);
  const menuItem = (k: number) => {
    const u = units[k];
    return u !== undefined && k >= start && wordCount(u.text) <= 2 && !sentenceEnd.test(u.text) && !/[\p{N}:：]/u.test(u.text);
  };
  for (let j = start; j < limit; j++) {
    const u = units[j] as Unit;
    const role = shapeOf(u).role;
    if (role === "prose" || sentenceEnd.test(u.text)) break;
    if ((role !== "candidate" && role !== "label" && role !== "noise") || !siteNameShaped(u.text)) continue;
    // (a menu has two items or more: under the line, or one on each side of it)
    if (!(menuItem(j + 1) && (menuItem(j + 2) || menuItem(j - 1)))) continue;
    // (at the very top, over three items of the menu or more and a headline, it needs no repetition: "Gazzetta del Lago" / "Cronaca" / "Politica" / "Sport")
    if (topOverMenu(units, start, j, limit, menuItem, shapeOf)) {
      found.set(j, "the site's name: the page's first line in title case, over or among three items of the menu or more, the headline under them");
      continue;
    }
    const name = u.text.toLocaleLowerCase();
    for (let k = j + 1; k < units.length; k++) {
      const text = (units[k] as Unit).text;
      if (text.length < name.length || !text.toLocaleLowerCase().includes(name)) continue;
      if (text.length === name.length || /[©ⓒ]/u.test(text) || (wordCount(text) <= 8 && !sentenceEnd.test(text))) {
        found.set(j, `the site's name: over or among the menu's items, printed again further down (line ${(units[k] as Unit).line})`);
        break;
      }
    }
  }
  return found;
}

/**
 * The first line of the page over the menu or among its items: three lines of one or two words or
 * more right over and under it, one under it at least (no byline, date or name among them), then,
 * before any sentence, a headline-shaped line longer than it (three words or more, no end stop). A
 * headline in title case over a byline's short lines has no longer line under them before the story.
 */
function topOverMenu(units: Unit[], start: number, j: number, limit: number, menuItem: (k: number) => boolean, shapeOf: (u: Unit) => { role: string; why: string }): boolean {
  const item = (k: number) => menuItem(k) && shapeOf(units[k] as Unit).role !== "byline" && shapeOf(units[k] as Unit).role !== "date" && !isBareName((units[k] as Unit).text);
  // (only the menu's items over it: "News" / "The Valley Post" / "Sport" / "Arts")
  for (let a = start; a < j; a++) if (!item(a)) return false;
  let k = j + 1;
  while (k < limit && item(k)) k++;
  if (k === j + 1 || k - j - 1 + (j - start) < 3) return false;
  const top = wordCount((units[j] as Unit).text);
  for (; k < limit; k++) {
    const u = units[k] as Unit;
    const shape = shapeOf(u);
    if (shape.role === "prose" || sentenceEnd.test(u.text)) return false;
    if (shape.role === "candidate" && wordCount(u.text) >= 3 && wordCount(u.text) > top) return true;
  }
  return false;
}

/**
 * Under the page's first line: a section's label (one or two words, no name, no stop) and then a
 * headline-shaped line of five words or more, longer than the first line by two words, with the
 * body under it (a byline, a date or a sentence). The label's and the headline's places, or null.
 */
function sectionOverHeadline(units: Unit[], j: number, limit: number, shapeAt: (k: number) => { role: string; why: string }): { kicker: number; headline: number } | null {
  const next = (from: number) => {
    let k = from + 1;
    while (k < limit && shapeAt(k).role === "noise") k++;
    return k;
  };
  const label = next(j);
  const head = next(label);
  const under = next(head);
  const textAt = (k: number) => (units[k] as Unit).text;
  if (head >= limit || under >= limit) return null;
  if (shapeAt(label).role !== "candidate" && shapeAt(label).role !== "label") return null;
  if (wordCount(textAt(label)) > 2 || sentenceEnd.test(textAt(label)) || /[\p{N}:：]/u.test(textAt(label)) || isBareName(textAt(label))) return null;
  const words = wordCount(textAt(head));
  if (shapeAt(head).role !== "candidate" || words < 5 || words < wordCount(textAt(j)) + 2 || /[.;,。।॥۔።،、，]["”’»)]*$/u.test(textAt(head))) return null;
  const body = shapeAt(under).role;
  return body === "byline" || body === "date" || body === "prose" || sentenceEnd.test(textAt(under)) ? { kicker: label, headline: head } : null;
}

/** A site's name by its shape: two to five words in title case ("El Diario del Sur"), or one to three short words of a script without case ("한빛일보"). */
function siteNameShaped(text: string): boolean {
  if (text.length > 40 || /[\p{N}\p{P}]/u.test(text.replace(/[.'’-]/gu, ""))) return false;
  const parts = text.split(/\s+/u);
  if (!casedScript.test(text)) return parts.length <= 3 && [...text.replace(/\s/gu, "")].length <= 14;
  if (parts.length < 2 || parts.length > 5 || !/^[\p{Lu}\p{Lt}]/u.test(text) || !/^[\p{Lu}\p{Lt}]/u.test(parts.at(-1) ?? "")) return false;
  return parts.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || nameParticles.has(w) || (isStopword(w) && [...w].length <= 3));
}

/** A short line without an end stop under a headline: a name, a role, a place ("Sarah Jones", "Local Democracy Reporter", "in Valencia"). */
const shortLine = (text: string): boolean => wordCount(text) <= 4 && !sentenceEnd.test(text);
/** A line that is a sentence: prose, or a shorter line ending in a stop. */
const isSentence = (k: number, text: string, shapeAt: ShapeAt): boolean => shapeAt(k).role === "prose" || /[.。;।॥۔።]["”’»)]*$/u.test(text);

/**
 * The article's head, found from below: its date or byline line (the anchor), which the body
 * follows, and the lines right above it — a standfirst, the headline, a kicker. Pages print their
 * own lines over the article's head (a site's name and motto, a menu of sections, a ticker of other
 * stories, a subscription prompt), and read from the top one of them can look like the headline.
 * When the headline picked from the top is outside the head, shares no word with the story under
 * the anchor while the head's headline does, and page lines stand between them (two or more, or the
 * pick is a sentence), the head's headline is the headline and the lines above it are furniture.
 */
function headOverAnchor(units: Unit[], start: number, pick: HeadlinePick, shapeAt: ShapeAt): HeadlinePick | null {
  const limit = Math.min(units.length, start + 40);
  const p = pick.headline;
  const textAt = (k: number) => (units[k] as Unit).text;
  // the anchors: the date or byline lines under the pick that the body follows (a date line can
  // stand over the head and the byline under it: the first anchor with the head's lines over it)
  const anchors: { at: number; body: number }[] = [];
  for (let k = p + 1; k < limit; k++) {
    const role = shapeAt(k).role;
    if (role === "date" || role === "byline") {
      const under = bodyUnder(k, limit, textAt, shapeAt);
      if (under >= 0) anchors.push({ at: k, body: under });
      continue;
    }
    // a sentence before any anchor: the body has begun, unless it is a standfirst right over the anchor
    if (isSentence(k, textAt(k), shapeAt) && !anchorUnder(k, limit, shapeAt, textAt)) break;
  }
  let head: { at: number; body: number; block: number[] } | null = null;
  // (a head of two lines or more right under the pick, headline and standfirst, stands only when the pick is a short line over it: see below)
  for (const touch of [false, true]) {
    for (const a of anchors) {
      const lines = headLinesOver(a.at, p, shapeAt, textAt, touch);
      if (lines) {
        head = { ...a, block: lines };
        break;
      }
    }
    if (head) break;
  }
  if (head === null) return null;
  const { at: anchor, body, block } = head;
  let kicker: number | null = null;
  if (block.length >= 2 && shortLine(textAt(block[0] as number)) && wordCount(textAt(block[1] as number)) > wordCount(textAt(block[0] as number))) kicker = block.shift() as number;
  const q = block[0] as number;
  if (block.length > 2 || shapeAt(q).role !== "candidate" || (block.length === 2 && shapeAt(block[1] as number).role === "candidate" && isSentence(q, textAt(q), shapeAt))) return null;
  const top = kicker ?? q;
  const story = units.slice(body, body + 8).map((x) => x.text).join(" ");
  // (content words only: a motto's "since" or "your" is no word of the story)
  const content = (t: string) => [...wordsOf(t)].filter((w) => !isStopword(w)).join(" ");
  const storyWords = content(story);
  const related = (t: string) => sharesWord(content(t), storyWords) || sharesStem(content(t), storyWords);
  const picked = [p, ...(pick.kicker ? [pick.kicker.index] : [])];
  // a page's own name or crumb shares one word with a local story, its place ("The Oakdale Courier",
  // "Home/Local/Rostock"): one word is no tie to the story when the head is whole (a headline with a
  // standfirst or a kicker) and its headline shares two or more
  const wholeHead = block.length >= 2 || kicker !== null || (top - 1 > p && shapeAt(top - 1).role === "label");
  const headShares = wholeHead ? wordsShared(content(textAt(q)), storyWords) : 0;
  const tied = (t: string) => related(t) && (headShares < 2 || wordsShared(content(t), storyWords) >= 2);
  if (!related(textAt(q)) || picked.some((x) => tied(textAt(x)))) return null;
  // (or the pick is a short line, no sentence, right over a whole head, headline and standfirst, whose headline
  // shares two words or more with the story: the site's name or a skip link over it, "El Correo de la Costa" /
  // "Los vecinos … protestan …" / "Más de trescientas personas …")
  const shortOverHead = top - p - 1 <= 0 && block.length >= 2 && wordCount(textAt(p)) <= 6 && !sentenceEnd.test(textAt(p)) && wordsShared(content(textAt(q)), storyWords) >= 2;
  if (top - 1 === p ? !shortOverHead : !(top - p - 1 >= 2 || isSentence(p, textAt(p), shapeAt))) return null;
  // a line right over the head that is a label is its kicker ("Nacional" over the headline)
  if (kicker === null && top - 1 > p && shapeAt(top - 1).role === "label") kicker = top - 1;
  const first = kicker ?? q;
  const before: HeadlinePick["before"] = pick.before.filter((b) => b.index < first);
  for (let j = start; j < first; j++) {
    if (before.some((b) => b.index === j)) continue;
    const shape = shapeAt(j);
    before.push({ index: j, role: shape.role === "date" ? "date" : "noise", why: j === p || j === pick.kicker?.index ? "the page's line over the article's head, not tied to the story under it" : shape.role === "noise" ? shape.why : "page furniture over the article's head" });
  }
  before.sort((a, b) => a.index - b.index);
  return {
    headline: q,
    kicker: kicker === null ? null : { index: kicker, why: "kicker: a short line right over the headline, in the article's head" },
    before,
    why: `headline: over the article's head (${shapeAt(anchor).role} line at ${units[anchor]?.line}), under page furniture`,
  };
}

/**
 * The head's lines over an anchor, below the line `p` picked from the top: up past the byline's
 * name and role lines, then a standfirst, the headline and a kicker (three lines at most); null
 * when none stands there or they run into `p`.
 */
function headLinesOver(at: number, p: number, shapeAt: ShapeAt, textAt: (k: number) => string, touch = false): number[] | null {
  let k = at - 1;
  for (let skipped = 0; k > p && skipped < 3; k--, skipped++) {
    const shape = shapeAt(k);
    if (shape.role === "noise" || shape.role === "date" || shape.role === "byline" || shape.role === "label" || (shape.role === "candidate" && shortLine(textAt(k)))) continue;
    break;
  }
  const block: number[] = [];
  for (; k > p && block.length < 3; k--) {
    const role = shapeAt(k).role;
    // a standfirst that ends as a sentence sits at the bottom only
    if (role === "candidate" || (role === "prose" && block.length === 0)) block.unshift(k);
    else break;
  }
  return block.length > 0 && (k > p || (touch && block.length >= 2)) ? block : null;
}

/**
 * A date or byline line right under line `k`, past page lines and at most two short lines without
 * an end stop (a name the byline reader does not know, a role: "Erik Sandberg", "Reporter").
 */
function anchorUnder(k: number, limit: number, shapeAt: ShapeAt, textAt: (k: number) => string): boolean {
  let short = 0;
  for (let j = k + 1; j < limit; j++) {
    const role = shapeAt(j).role;
    if (role === "date" || role === "byline") return true;
    if (role === "noise") continue;
    if ((role !== "label" && role !== "candidate") || !shortLine(textAt(j)) || ++short > 2) return false;
  }
  return false;
}

/** The body's first line under a date or byline line: past the head's other lines (names, roles, dates, one standfirst), a sentence; or -1. */
function bodyUnder(k: number, limit: number, textAt: (k: number) => string, shapeAt: ShapeAt): number {
  let standfirst = 0;
  for (let j = k + 1; j < Math.min(limit, k + 10); j++) {
    const role = shapeAt(j).role;
    if (role === "noise" || role === "date" || role === "byline" || role === "label") continue;
    if (isSentence(j, textAt(j), shapeAt)) return j;
    if (role === "candidate" && shortLine(textAt(j))) continue;
    if (role === "candidate" && standfirst++ === 0) continue;
    return -1;
  }
  return -1;
}

/**
 * A newsroom, a desk or the agencies signing where a name would stand ("Redaktion", "Agencias",
 * "编辑部", "Lakeland Standard Staff": the desk's word last): data, by `deskWords`.
 */
export function isDeskName(name: string): boolean {
  const lower = name.trim().toLocaleLowerCase();
  return deskWords.has(lower) || deskWords.has(lower.split(/\s+/u).at(-1) ?? "");
}

/**
 * Which of two authors read from the head's lines is the article's: the first, unless it is a desk
 * ("Redaktion", "Agencias") or the site's own name (`siteNames`, lower case: "来源：江城晚报") and
 * the later one names a reporter ("Redação" / "Por João Mendes").
 */
export function preferNamed(first: string | null, later: string, siteNames: readonly string[] = []): string {
  const desk = (name: string) => isDeskName(name) || siteNames.includes(name.trim().toLocaleLowerCase());
  return first === null || (desk(first) && !desk(later)) ? later : first;
}

/** "Chuyên mục: Thời sự", "Editör: Ahmet Yılmaz", "Rubrik : Ekonomi", "责任编辑：王小明": a page's label and a name or section. */
const mastheadLine = /^([\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+){0,2})\s?[:：]\s?(\S.*)$/u;
function isMasthead(text: string): boolean {
  const m = text.includes(":") || text.includes("：") ? mastheadLine.exec(text) : null;
  if (!m?.[2] || /\d/u.test(text) || sentenceEnd.test(text)) return false;
  const value = m[2];
  // a name or a section: capitalised in a cased script ("Live: the budget" is a headline)
  if (casedScript.test(value) && !/^[\p{Lu}\p{Lt}]/u.test(value)) return false;
  return wordCount(value) <= 4 && value.split(/\s+/u).length <= 4;
}

interface ZoneLine {
  index: number;
  role: string;
  why: string;
  words: number;
}

/**
 * The head read as a sequence: which headline-shaped lines above the headline are the page's.
 * The headline is followed by the body (a standfirst, a date, a byline, the lede); a line that is
 * followed by another headline-shaped line that the body follows is the page's when it is a
 * masthead's "Label: Name", when a label or a masthead line follows it (no headline is followed
 * by one), when it is a teaser ("Read also: …") over a headline no longer than itself, or when it
 * shares no word with the headline and the lede after it (a site's name, a promo: five words or
 * more; a shorter line over the headline is its kicker, "Fachkräftemangel in Kitas").
 * Returns the lines to read as furniture, with why.
 */
function furnitureAbove(units: Unit[], start: number, lex: Lexicon, shapeOf: (u: Unit) => { role: string; why: string }): Map<number, string> {
  const near = units.slice(start, start + 80).map((x) => x.text);
  const repeated = (j: number) => near.indexOf((units[j] as Unit).text) !== near.lastIndexOf((units[j] as Unit).text);
  const limit = Math.min(units.length, start + 16);
  const zone: ZoneLine[] = [];
  let body = -1;
  for (let j = start; j < limit; j++) {
    const u = units[j] as Unit;
    const shape = shapeOf(u);
    const words = wordCount(u.text);
    if (shape.role === "prose" || ((shape.role === "candidate" || shape.role === "label") && /[.。;।॥۔።]["”’»)]*$/u.test(u.text) && !repeated(j))) {
      body = j;
      break;
    }
    const masthead = shape.role === "candidate" && isMasthead(u.text);
    zone.push({ index: j, role: masthead ? "masthead" : shape.role, why: shape.why, words });
  }
  const furniture = new Map<number, string>();
  const skippable = (z: ZoneLine) => z.role === "noise" || z.role === "masthead" || z.role === "label" || furniture.has(z.index);
  const nextOf = (at: number) => {
    let k = at + 1;
    while (k < zone.length && skippable(zone[k] as ZoneLine)) k++;
    return k;
  };
  const followedByBody = (at: number): boolean => {
    const next = zone[nextOf(at)];
    if (!next) return body >= 0;
    return next.role === "date" || next.role === "byline" || (next.role === "candidate" && followedByBody(nextOf(at)) && !furniture.has(next.index));
  };
  const lede = body >= 0 ? (units[body] as Unit).text : "";
  // the story's first paragraphs: a headline, however playful, shares a word with them; a promo does not
  const story = body >= 0 ? units.slice(body, body + 8).map((x) => x.text).join(" ") : "";
  const promo = (line: ZoneLine, next: ZoneLine): boolean => {
    const text = (units[line.index] as Unit).text;
    const headline = (units[next.index] as Unit).text;
    return lede !== "" && line.words > 4 && !sharesWord(text, `${headline} ${lede}`) && !sharesWord(text, story, 5, 3) && !sharesStem(text, story) && sharesWord(headline, lede);
  };
  // a site's menu of section names over the headline ("News Sport Business Opinion Culture")
  for (let z = 0; z < zone.length; z++) {
    const line = zone[z] as ZoneLine;
    const later = zone.slice(z + 1).findIndex((x) => x.role === "candidate" && !isNavMenu((units[x.index] as Unit).text));
    if (line.role === "candidate" && later >= 0 && followedByBody(z + 1 + later) && isNavMenu((units[line.index] as Unit).text)) furniture.set(line.index, "a menu: five or more capitalised words and no word that joins them, over the headline");
  }
  for (let z = 0; z < zone.length; z++) {
    const line = zone[z] as ZoneLine;
    if (line.role !== "candidate" && line.role !== "masthead") continue;
    if (furniture.has(line.index)) continue;
    let k = nextOf(z);
    // (past a date or byline line under it: "Site name" / "22.12.2025" / "Headline" / lede)
    let overDate = false;
    while (k < zone.length && line.role === "candidate" && ((zone[k] as ZoneLine).role === "date" || (zone[k] as ZoneLine).role === "byline" || skippable(zone[k] as ZoneLine))) {
      overDate = true;
      k++;
    }
    const next = zone[k];
    // only when a headline-shaped line that the body follows comes after it
    if (!next || next.role !== "candidate" || !followedByBody(k)) break;
    const text = (units[line.index] as Unit).text;
    const after = zone[z + 1];
    const teaser = teaserLabel.exec(text);
    const why = overDate ? (promo(line, next) ? "a site's name or promo over a date line: no word in common with the headline and story under it" : null)
      : line.role === "masthead" && !sharesWord(text.split(/[:：]/u)[0] ?? "", story) ? "masthead: a label, a colon and a name or section"
      : after && after.index === line.index + 1 && (after.role === "masthead" || after.why.startsWith("label:")) ? "a site's or section's line: a label or masthead line follows it"
      : teaser?.[1] && teaser[2] && isTeaserLabel(teaser[1], lex) && wordCount(teaser[2]) >= 3 && next.words <= line.words ? "teaser: a link's label and a colon over a headline no longer than it"
      : promo(line, next) ? "a site's name or promo: no word in common with the headline and lede under it"
      : isCapsLabel(text) && !isCapsLabel((units[next.index] as Unit).text) && next.index > line.index + 1 && zone.indexOf(next) > z + 1 ? "a site's name in capitals, with the page's labels between it and the headline"
      : null;
    if (!why) break;
    furniture.set(line.index, why);
  }
  return furniture;
}

/**
 * A menu of a site's sections: five to twelve words, each capitalised, none a function word of any
 * language (a headline in title case has one: "Storm Knocks Out Power Across …").
 */
function isNavMenu(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length >= 5 && words.length <= 12 && words.every((w) => /^\p{Lu}[\p{L}\p{M}&'’-]*$/u.test(w) && !isStopword(w));
}

/** "Baca juga: Harga cabai …", "推荐阅读：北京…", "Read also: …": one to three words and a colon, then a title. */
const teaserLabel = /^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})\s?[:：]\s?(\S.*)$/u;

/**
 * A teaser's label: a box title of the data ("Read also", "推荐阅读"), or in a cased script two or
 * three words with only the first capitalised ("Baca juga", "Leia também") — not a name
 * ("Jim McKelvey: …") or a one-word kicker ("Exclusive: …").
 */
function isTeaserLabel(label: string, lex: Lexicon): boolean {
  const lower = label.toLocaleLowerCase();
  if (lex.relatedTitles.some((t) => t.toLocaleLowerCase() === lower)) return true;
  const parts = label.split(/\s+/u);
  return parts.length >= 2 && casedScript.test(label) && parts.slice(1).every((p) => !/^[\p{Lu}\p{Lt}]/u.test(p));
}

/**
 * How many words two texts share: of `spaced` letters or more in scripts with spaces, `unspaced`
 * letters (marks not counted) in others (a Thai word, a Han character pair, read as bigrams only
 * at the shortest length: longer bigram runs are not read).
 */
function wordsShared(a: string, b: string, spaced = 4, unspaced = 2): number {
  // (in a script with spaces a vowel sign is one of the word's letters: "बिजली" has five, not the three consonants \p{L} counts)
  const letters = (w: string, marks: boolean) => (w.match(marks ? /[\p{L}\p{M}]/gu : /\p{L}/gu) ?? []).length;
  const long = (w: string) => (/[\p{sc=Han}\p{sc=Thai}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u.test(w) ? letters(w, false) >= unspaced : letters(w, true) >= spaced);
  const bag = (t: string) => new Set([...wordsOf(t)].map((w) => w.toLocaleLowerCase()).filter(long));
  const left = bag(a);
  const right = bag(b);
  let shared = 0;
  for (const w of left) if (right.has(w)) shared++;
  if (unspaced > 2) return shared;
  // Han text read as bigrams too: a segmenter's words differ between a headline and a sentence
  const han = (t: string) => {
    const chars = [...t].filter((c) => /\p{sc=Han}/u.test(c));
    return new Set(chars.slice(1).map((c, k) => `${chars[k]}${c}`));
  };
  const hb = han(b);
  let bigrams = 0;
  for (const g of han(a)) if (hb.has(g)) bigrams++;
  return Math.max(shared, bigrams);
}

/** Whether two texts share a word (see `wordsShared`). */
const sharesWord = (a: string, b: string, spaced = 4, unspaced = 2): boolean => wordsShared(a, b, spaced, unspaced) > 0;

/**
 * Whether two texts share a word's stem in a script with spaces: the first five letters of words
 * of six letters or more ("Αττική" and "Αττικής", "Kosovo" and "Kosova"), so that inflection does
 * not hide a headline's word in the story under it.
 */
function sharesStem(a: string, b: string): boolean {
  const stems = (t: string) => new Set([...wordsOf(t)].filter((w) => (w.match(/\p{L}/gu) ?? []).length >= 6 && !/[\p{sc=Han}\p{sc=Thai}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u.test(w)).map((w) => [...w.toLocaleLowerCase()].slice(0, 5).join("")));
  const right = stems(b);
  for (const s of stems(a)) if (right.has(s)) return true;
  return false;
}

/** The most words a headline of Thai or Lao has (their words come from the segmenter's dictionary: a headline of 60 letters is 15 to 20 of them). */
const UNMARKED_HEADLINE_WORDS = 24;

/**
 * Whether a line of Thai or Lao that reads as prose (15 words or more, parted by spaces: those
 * scripts end a sentence with no mark) is the headline: it has no more than a headline's words, and
 * the first prose line under it (past dates, bylines and furniture, within five lines) is longer.
 * Where no stop tells a sentence from a title, the title is the shorter line over the story.
 */
function unmarkedHeadline(units: Unit[], j: number, limit: number, shapeAt: ShapeAt): boolean {
  const text = (units[j] as Unit).text;
  if (!spaceEndsSentences.test(text) || sentenceEnd.test(text)) return false;
  const n = wordCount(text);
  if (n > UNMARKED_HEADLINE_WORDS) return false;
  for (let k = j + 1; k < Math.min(limit, j + 6); k++) {
    const role = shapeAt(k).role;
    if (role === "prose") return wordCount((units[k] as Unit).text) > n * 1.5;
    if (role !== "date" && role !== "byline" && role !== "noise") return false;
  }
  return false;
}

/** The first headline-shaped line of the head (when no line of it is followed by the body). */
function firstHeadlineShaped(units: Unit[], start: number, lex: Lexicon, dropped: (u: Unit) => boolean, furniture: Map<number, string>, shapeOf: (u: Unit) => { role: string; why: string }): HeadlinePick {
  const shapeAt = (k: number) => {
    const why = furniture.get(k);
    return why ? { role: "noise", why } : shapeOf(units[k] as Unit);
  };
  const before: HeadlinePick["before"] = [];
  let label: LinePick | null = null;
  let firstLabel: number | null = null;
  const near = units.slice(start, start + 80).map((x) => x.text);
  const repeated = (j: number) => near.indexOf((units[j] as Unit).text) !== near.lastIndexOf((units[j] as Unit).text);
  const limit = Math.min(units.length, start + 16);
  for (let j = start; j < limit; j++) {
    const u = units[j] as Unit;
    let shape = shapeAt(j);
    if (shape.role === "prose") {
      if (!unmarkedHeadline(units, j, limit, shapeAt)) break;
      shape = { role: "candidate", why: `${wordCount(u.text)} words of Thai or Lao over a longer prose line` };
    }
    // a line that ends as a sentence may be the lede: a headline only when nothing better comes
    if ((shape.role === "candidate" || shape.role === "label") && /[.。;।॥۔።]["”’»)]*$/u.test(u.text)) {
      // a sentence: the body has begun, unless the page repeats it (a widget's message)
      if (!repeated(j)) break;
      if (label) before.push({ ...label, role: "noise" });
      label = null;
      before.push({ index: j, role: "noise", why: "a short sentence the page repeats" });
      continue;
    }
    if (shape.role === "candidate") {
      // a short line over a longer headline-shaped line, with only furniture or dates between: a kicker
      const words = wordCount(u.text);
      // (under a section's label, "Politik" over "Regierung will Grundsteuer reformieren", the label is
      // the kicker and the short line the headline: a page prints one kicker)
      // (a line that holds its own label and title, "சென்னையில் கனமழை: பள்ளிகளுக்கு விடுமுறை", "Ukraine: talks resume",
      // is a headline: a kicker is the label alone, over the headline)
      // (the site's name over its section's label and the headline: "The Northern Ledger" / "Opinion" / "“Our libraries are …”")
      const overLabel = j === start && siteNameShaped(u.text) ? sectionOverHeadline(units, j, limit, shapeAt) : null;
      if (overLabel) {
        if (label) before.push({ ...label, role: "noise" });
        before.push({ index: j, role: "noise", why: "the site's name: the page's first line in title case, over its section's label and a longer headline" });
        return { headline: overLabel.headline, kicker: { index: overLabel.kicker, why: "kicker: the section's label between the site's name and the headline" }, before, why: `headline: ${shapeAt(overLabel.headline).why}, under the site's name and a section's label` };
      }
      if (words <= 4 && !sentenceEnd.test(u.text) && !(label && label.index === j - 1) && !/[\p{L}\p{M}\p{N}]\s?[:：]\s+[\p{L}\p{N}]/u.test(u.text)) {
        for (let k = j + 1; k < limit; k++) {
          const next = shapeAt(k);
          if (next.role === "noise" || next.role === "date") continue;
          const nextWords = wordCount((units[k] as Unit).text);
          if (next.role === "candidate" && nextWords > words && nextWords <= 30 && !/[.;,。।॥۔።،、，]["”’»)]*$/u.test((units[k] as Unit).text)) {
            if (label) before.push({ ...label, role: "noise" });
            const between = [];
            for (let b = j + 1; b < k; b++) between.push({ index: b, role: shapeAt(b).role === "date" ? ("date" as const) : ("noise" as const), why: "between kicker and headline" });
            return { headline: k, kicker: { index: j, why: `kicker: ${words} words over a longer line (${nextWords} words)` }, before: [...before, ...between], why: `headline: ${next.why}, under a kicker` };
          }
          break;
        }
      }
      const skipped = before.length + (label ? 1 : 0);
      let kicker = label && label.index === j - 1 ? { index: label.index, why: `kicker: ${label.why}, right above the headline` } : null;
      if (label && !kicker) before.push({ ...label, role: "noise" });
      // an overline ending in a colon right above the headline ("Son dakika:", "ข่าวการเมือง:") is its kicker
      const colon = before.at(-1);
      if (!kicker && colon?.index === j - 1 && colon.why.startsWith("label: ends in a colon")) {
        before.pop();
        kicker = { index: colon.index, why: "kicker: a short line ending in a colon, right above the headline" };
      }
      return { headline: j, kicker, before, why: `headline: first headline-shaped line (${shape.why})${skipped ? `, after ${skipped} furniture line${skipped === 1 ? "" : "s"}` : ""}` };
    }
    if (label) before.push({ ...label, role: "noise" });
    label = null;
    if (shape.role === "label") {
      label = { index: j, why: shape.why };
      firstLabel ??= j;
    }
    else before.push({ index: j, role: shape.role === "date" ? "date" : "noise", why: shape.why });
  }
  // nothing headline-shaped: the first short line or sentence (after noise, dates and bylines)
  // (breadcrumbs read above are furniture, not the headline)
  const furnitureLines = new Set(before.filter((b) => b.why.startsWith("breadcrumb")).map((b) => b.index));
  let first = start;
  while (first < units.length - 1 && (dropped(units[first] as Unit) || furnitureLines.has(first))) first++;
  const content = Math.min(label?.index ?? Infinity, firstLabel ?? Infinity);
  if (Number.isFinite(content)) first = content;
  const skipped = before.filter((b) => b.index < first);
  return { headline: first, kicker: null, before: skipped, why: "headline: first line that is not furniture (no line is headline-shaped)" };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// (an opener is a whole word: a space or a colon after it, "Par Claire Dubois", not "Parti Stemmer Prosent"; one that
// ends in a colon, or is written in a script without spaces, "记者王小明", may touch the name)
const openers = new RegExp(`^(?:${allBylineOpeners.map(escape).join("|")})(?:(?<=[:：៖፦՝・／\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])\\s*|\\s*[:：]\\s*|\\s+)(\\S.*)$`, "u");
const joiners = new Set(authorJoiners);
const capitalised = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$/u;
const uncasedWord = /^[\p{L}\p{M}]+$/u;
/** A script with capital letters in use: Georgian's Mkhedruli, lower case only, is read as a script without case (authors.ts). */
const casedScript = /(?!\p{Script=Georgian})[\p{Lu}\p{Ll}]/u;

/** One to three lower-case words (a role: "onze redacteur", "notre correspondant"), then a name of two to four capitalised words. */
const describedName = /^(?:\p{Ll}[\p{L}\p{M}'’-]*\s){1,3}\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:\p{Lu}[\p{L}\p{M}'’.-]+|de|van|von|der|den|le|la|da|du)){1,3}$/u;

/** "di Viviana Mazza", "Por Adriano Fernandes | 03/05/2022", "حوار: آسيا العتروس": an opener from data, then a name. */
export function openerByline(text: string): boolean {
  const m = openers.exec(text);
  if (!m?.[1]) return false;
  const rest = m[1].split(/\s[|·]\s/u)[0] ?? "";
  // an opener without a colon ("Na", "Av", "Par") opens a name: in a cased script, a capital
  // — or a few lower-case words and then a name ("Door onze redacteur Sanne de Vries", "Von unserem Korrespondenten …")
  if (!/[:：]\s*\S/u.test(text.slice(0, text.length - m[1].length + 1)) && casedScript.test(rest) && !/^[\p{Lu}\p{Lt}]/u.test(rest) && !describedName.test(rest)) return false;
  return wordCount(rest) >= 1 && wordCount(rest) <= 8 && !sentenceEnd.test(rest.replace(/\b\p{Lu}\.$/u, ""));
}

/**
 * A byline by its shape, for a line next to the headline or a date line: names and the words
 * that join them ("Kevin Johnson and Kevin McCoy USA TODAY", "Anna Berg og Per Dahl"), an opener
 * from the data, a short label and a name ("حوار: آسيا العتروس"), or in a script without case
 * two to four short words ("大渡 美咲", "김철수 기자"). Returns why, or null.
 */
export function bylineByShape(text: string, lex: Lexicon, creditShaped = false): string | null {
  // "김철수 기자 chulsoo@example.co.kr", "Jane Porter @janeporter": the author's address after the name
  // (an address holds its "@": the cheap test first, the expression compiled only for a page that has one)
  const address = text.includes("@") ? /\s+(?:[^\s@]+@[^\s@]+\.[^\s@]+|@[\p{L}\p{N}_]{2,})$/u.exec(text) : null;
  if (address && address.index > 0) {
    const inner = bylineByShape(text.slice(0, address.index), lex, creditShaped);
    return inner ? `${inner}, then the author's address` : null;
  }
  // (digits of any script: "প্রকাশ: ১৪ জানুয়ারি ২০২৫" is a date line, not a label and a name)
  if (text.length > 100 || /\p{Nd}/u.test(text) || sentenceEnd.test(text.replace(/\b\p{Lu}\.$/u, ""))) return null;
  // "নিজস্ব প্রতিবেদক", "Redacción", "编辑部": the newsroom signing as a whole (data)
  if (deskWords.has(text.toLocaleLowerCase())) return "a newsroom's name (data)";
  if (deskSignature(text)) return "a newsroom or a reporter's title (data), then a place or agency";
  // "Tekst: Anna Kowalska | Zdjęcia: Piotr Nowak": the story's credits, a role and a name each (a photo's among them)
  if (creditsLine(text)) return "credits: a role, a colon and a name, two or more between bars";
  // (a credit's shape, "Ahmet Yılmaz / AA", is a byline only where the caller knows it is not a photo's)
  if (!creditShaped && readCaption(text, lex)) return null;
  if (openerByline(text)) return "byline opener (data) and a name";
  if (unnamedReporter(text, lex)) return "a reporter's title (data) without a name, among small words and a place";
  const authors = authorsLine(text, lex);
  if (authors) return authors;
  // "Oleh: Andi Wijaya", "Reporter: Jane Doe", "记者：王小明": one short word and a colon, then a name
  const opener = labelOpener.exec(text);
  const named = opener ? text.slice(opener[0].length) : "";
  if (opener && (casedScript.test(named) ? isBareName(named) || bylineByShape(named, lex) !== null : wordCount(named) <= 4 && named.split(/\s+/u).length <= 4)) {
    return "a short label and a colon, then a name";
  }
  // "Корреспондент «Вестника» Ольга Белова", "Reporter des „Kuriers“ Jan Berg": a title, the outlet's name in quotation marks, a name
  const quoted = /\s[«„“"][^«»„“”"]{1,30}[»“”"](?=\s)/u.exec(text);
  if (quoted && casedScript.test(text)) {
    const rest = `${text.slice(0, quoted.index)}${text.slice(quoted.index + quoted[0].length)}`;
    if (isBareName(rest) && /^\p{Lu}/u.test(rest)) return "a title, its outlet in quotation marks, then a name";
  }
  // "Andi Wijaya - detikNews", "Ahmet Yılmaz / AA", "דנה כהן / וואלה": a name, then an outlet or agency after a dash or a slash
  // "Jane Doe (Madrid), John Roe (Paris)": names with the place each writes from
  const placed = text.replace(/\s*[(（][^()（）\d]{2,30}[)）]/gu, "");
  if (placed !== text && placed.length > 0 && !/[(（)）]/u.test(placed)) {
    // ("Claire Dubois (AFP)": one name and its agency in brackets)
    const inner = casedScript.test(placed) && isBareName(placed) ? "a name" : bylineByShape(placed, lex, creditShaped);
    return inner ? `${inner}, a place or agency in brackets after each` : null;
  }
  const sides = text.split(/\s+[-–—|·•]\s+|\s*\/\s*/u);
  const first = sides[0] ?? "";
  const desk = deskWords.has(first.toLocaleLowerCase());
  const nameFirst = desk || (casedScript.test(first) ? isBareName(first) || (sides.length >= 2 && bylineByShape(first, lex) !== null) : spacedParts(first));
  if (sides.length >= 2 && sides.length <= 3 && nameFirst && sides.slice(1).every((p) => p.length > 0 && wordCount(p) <= 3 && /^[\p{L}]/u.test(p) && !sentenceEnd.test(p))) {
    return "a name, then an outlet or agency after a dash or slash";
  }
  // "Jean Dupont avec AFP", "Anna Müller mit dpa": a name, one short lower-case word, then an agency in capitals
  const withAgency = /^(.+?)\s\p{Ll}{2,5}\s\p{Lu}{2,6}$/u.exec(text);
  if (withAgency?.[1] && casedScript.test(text) && isBareName(withAgency[1])) return "a name, a word, then an agency in capitals";
  // "रमेश कुमार, नई दिल्ली": in a script without case, a name of short words, a comma, then the place
  const comma = text.indexOf(",");
  if (comma > 0 && !casedScript.test(text) && spacedParts(text.slice(0, comma)) && wordCount(text.slice(comma + 1)) <= 3 && !text.slice(comma + 1).includes(",")) return "a name of short words, a comma, then a place";
  // "القاهرة - أحمد محمود", "Kyiv — Іван Петренко": the place the story was filed from, a dash, then a name
  const [place, after] = sides;
  if (sides.length === 2 && place !== undefined && after !== undefined && /^[-–—]$/u.test(text.slice(place.length).trim().charAt(0)) && wordCount(place) <= 2 && /^\p{L}/u.test(place) && !/\d/u.test(place) && (casedScript.test(after) ? isBareName(after) : spacedParts(after))) {
    return "a place, a dash, then a name";
  }
  const tokens = text.split(/\s+|(?<=,)|(?=,)|、/u).map((t) => t.replace(/^[,、]$/u, ",")).filter(Boolean);
  const words = tokens.filter((t) => t !== "," && t !== "&" && t !== "|");
  if (casedScript.test(text)) {
    // every word capitalised or a joiner, at least two capitalised, a joiner between names
    if (words.length < 2 || words.length > 10) return null;
    const caps = words.filter((w) => capitalised.test(w)).length;
    const joined = words.filter((w) => joiners.has(w.toLocaleLowerCase())).length;
    // name particles ("Ana de la Fuente", "Ludwig van Dijk") inside a name
    const particles = words.filter((w, k) => k > 0 && k < words.length - 1 && nameParticles.has(w) && !joiners.has(w)).length;
    if (caps + joined + particles !== words.length || caps < 2) return null;
    // a joiner never starts or ends a list of names
    if (joiners.has((words[0] ?? "").toLocaleLowerCase()) || joiners.has((words.at(-1) ?? "").toLocaleLowerCase())) return null;
    // each name between the joiners has two capitalised words or more ("Anna Berg og Per Dahl")
    const names = text.split(new RegExp(`\\s*(?:[,&、]|\\s(?:${[...joiners].map(escape).join("|")})\\s)\\s*`, "iu"));
    if (names.length < 2 || names.some((name) => name.split(/\s+/u).filter(Boolean).length < 2)) return null;
    return "names joined by and/&/, (capitalised words only)";
  }
  // scripts without case: a label and a name, or two to four short words
  const label = /^([\p{L}\p{M}]+)\s?[:：]\s?(.+)$/u.exec(text);
  if (label?.[2] && wordCount(label[2]) >= 1 && wordCount(label[2]) <= 4 && label[2].split(/\s+/u).length <= 4) return "a short label and a name";
  const parts = text.split(/\s+/u);
  if (parts.length >= 2 && parts.length <= 4 && parts.every((p) => uncasedWord.test(p) && [...p].length <= 6)) return `${parts.length} short words, no punctuation`;
  // "ர. கார்த்திக்", "आर. शर्मा", "க. முருகன் ச. லதா": initials with their full stop, each before a word (its letters counted, not its vowel signs)
  if (initialedName(parts)) return "initials and a name";
  if (reporterSuffixes.some((s) => text.endsWith(s)) && parts.length <= 4) return "name and a reporter's title (data)";
  return null;
}

/**
 * The byline a wire dateline holds, for a head that printed none: a reporter's opener or title and
 * the name in brackets at its end ("新华社北京12月5日电（记者 王小明）"), or a name and a reporter's
 * title after the place and agency in brackets ("(부산=연합뉴스) 김민수 기자"). The byline as
 * printed, or null.
 */
export function bylineInDateline(dateline: string, lex: Lexicon): string | null {
  const bracket = /\s*([（(]([^（）()]{2,24})[）)])$/u.exec(dateline);
  const inner = bracket?.[2]?.trim() ?? "";
  if (bracket?.[1] && bracket.index > 0 && (openerByline(inner) || (reporterSuffixes.some((s) => inner.endsWith(s) && inner.length > s.length) && bylineByShape(inner, lex) !== null))) return bracket[1];
  const after = /^[(（[【][^()（）[\]【】]{2,30}[)）\]】]\s*(\S.*)$/u.exec(dateline)?.[1];
  return after && reporterSuffixes.some((s) => after.endsWith(s)) && bylineByShape(after, lex) !== null ? after : null;
}

/**
 * "From our correspondent in Vienna", "Our Moscow correspondent", "Von unserem Korrespondenten in
 * Wien": a reporter's title (data, any inflection) signing without a name, its other words a
 * language's small words or capitalised ones (a place), one other word at most; two to seven
 * words, no digit, no end stop.
 */
export function unnamedReporter(text: string, lex: Lexicon): boolean {
  if (lex.reporterWords.length === 0 || !casedScript.test(text) || /\p{N}/u.test(text) || sentenceEnd.test(text)) return false;
  const parts = text.split(/\s+/u);
  if (parts.length < 2 || parts.length > 7 || parts.some((w) => !/^[\p{L}\p{M}'’-]+$/u.test(w))) return false;
  let title = -1;
  // (one other word at most: a declined small word, "unserem", or the title's adjective, "our special correspondent")
  let other = 0;
  // (capitalised words: a place after the title and a small word, "in Vienna", or one word right before it, "Our Moscow
  // correspondent"; never a name's run before it, "Tom Baker Health Correspondent")
  let run = 0;
  for (let k = 0; k < parts.length; k++) {
    const w = parts[k] as string;
    const lower = w.toLocaleLowerCase();
    if (lex.reporterWords.some((r) => lower.startsWith(r))) {
      if (title < 0 && run > 1) return false;
      title = k;
      run = 0;
    } else if (isStopword(w)) run = 0;
    else if (/^\p{Lu}/u.test(w)) {
      // (a capitalised word right after the title is a name: "Von unserem Korrespondenten Jonas Becker")
      if (title >= 0 && title === k - 1) return false;
      run++;
    } else if (other++ > 0) return false;
  }
  return title >= 0;
}

/**
 * The lede among the first paragraphs: the first that reads as prose (six words or more and a
 * sentence's end, or eight words or more, numbers not counted), and neither the headline printed
 * again nor a share menu. Short lines before it (a rating, a view counter, a
 * photo label) stay blocks; the lede is never a line that only names or labels something. A
 * paragraph of five words or more between the headline and the byline or date lines (`standfirst`,
 * its index) is the lede however short: the page's standfirst.
 */
export function pickLede(paragraphs: string[], headline = "", isFurniture: (text: string) => boolean = () => false, standfirst = -1, summaryShape = true): { index: number; why: string } {
  // a paragraph between the headline and the byline or date lines is the standfirst: the lede, however short, unless a label
  const first = paragraphs[0];
  if (standfirst === 0 && first !== undefined && first !== headline && !isFurniture(first) && letterWords(first) >= 5) return { index: 0, why: "standfirst: under the headline, over the byline or date lines" };
  // under the headline and a section's label or two ("사회", "LOCAL"), a line of five words or more without a full stop over
  // the story's first sentence is the standfirst, however few its words (a language of long words says it in seven)
  let labels = 0;
  while (labels < 2 && labels < paragraphs.length && letterWords(paragraphs[labels] as string) <= 3 && !sentenceEnd.test(paragraphs[labels] as string)) labels++;
  const summary = paragraphs[labels];
  const story = paragraphs[labels + 1];
  if (summaryShape && summary !== undefined && story !== undefined && summary !== headline && !isFurniture(summary) && letterWords(summary) >= 5 && !sentenceEnd.test(summary) && sentenceEnd.test(story) && letterWords(story) >= 6) {
    return { index: labels, why: `standfirst: a summary without a full stop over the story's first sentence${labels ? `, ${labels} label${labels === 1 ? "" : "s"} before it` : ""}` };
  }
  for (let k = 0; k < Math.min(paragraphs.length, 12); k++) {
    const text = paragraphs[k] as string;
    // the headline printed again, a share menu: never the lede
    if (text === headline || isFurniture(text)) continue;
    const n = letterWords(text);
    // (under the byline or date lines, a line without a full stop over the story's first sentence is the page's: a
    // caption, a player's control, "事故現場を調べる警察官＝5日午前、静岡県掛川市", "텍스트 음성 변환 서비스 사용하기")
    const next = paragraphs[k + 1];
    // (not in Thai or Lao, whose sentences end with a space)
    if (!summaryShape && !sentenceEnd.test(text) && !spaceEndsSentences.test(text) && next !== undefined && sentenceEnd.test(next) && letterWords(next) >= 6) continue;
    if ((n >= 6 && sentenceEnd.test(text)) || n >= 8) return { index: k, why: k === 0 ? `first paragraph (${n} words)` : `first prose paragraph (${n} words${sentenceEnd.test(text) ? ", ends as a sentence" : ""}), ${k} short line${k === 1 ? "" : "s"} before it` };
  }
  return { index: 0, why: "first paragraph" };
}

/**
 * What is left of a date line once its dates and labels are gone, when it names who wrote or
 * sent the story: an agency in capitals ("AFP", "UOL", "NTB") or a byline ("By Jane Doe").
 * A section label glued to a date ("North Korea 09:31 August 20, 2019") is not one.
 */
export function isAgencyOrAuthor(rest: string, lex: Lexicon): boolean {
  if (!rest) return false;
  if (readByline(rest, lex) || openerByline(rest)) return true;
  // "Ahmet Yılmaz | 12.03.2025 14:20": a name glued to the date
  if (isBareName(rest) || (casedScript.test(rest) && bylineByShape(rest, lex))) return true;
  const parts = rest.split(/\s+/u);
  return parts.length <= 2 && parts.every((p) => /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(p));
}

/**
 * A row of the site's tickers over the head, never a headline: a market quote ("AEX 912,4 +0,3%",
 * "DAX 18.234 ▼ 0,5 %"), a weather line ("Regen, 14°C", "Москва +3°C", "서울 12℃"). It prints a
 * figure with a sign of change (+, −, ▲, ▼) or a temperature, as many figures as words or more, and
 * no end stop; a headline about the weather ("Hitzewelle: bis zu 38 °C in Berlin erwartet") has its words.
 */
export function isTickerRow(text: string): boolean {
  if (sentenceEnd.test(text)) return false;
  const signed = /(?:^|\s)[+\-−±▲▼△▽↑↓]\s?\p{N}/u.test(text);
  const temperature = /\p{N}\s?(?:°|℃|℉)/u.test(text);
  if (!signed && !temperature) return false;
  const lettered = countWords(text, 8, (w) => /\p{L}/u.test(w) && !/^[°℃℉]?[CF]$/u.test(w));
  const figures = countWords(text, 8, (w) => /\p{N}/u.test(w));
  return lettered <= 2 && figures >= lettered;
}

/** Words with letters (numbers and symbols not counted), by Unicode's rules; a lede needs no more than 8. */
const letterWords = (text: string): number => countWords(text, 8, (w) => /\p{L}/u.test(w));

/** A line of share buttons and site links: half its words or more are noise words by themselves. */
export function isShareMenu(text: string, isNoiseWord: (word: string) => boolean): boolean {
  const tokens = text.split(" ");
  return tokens.length >= 2 && tokens.length <= 16 && tokens.filter(isNoiseWord).length * 2 >= tokens.length;
}

/**
 * A name of Han letters written without a space ("中村由紀", "小林誠", "山田さくら"): three to five
 * letters, a Han one first (the family name), kana after it at most. Alone it is only a name where
 * a byline stands (the caller: under the headline and over the date line).
 */
export function unspacedName(text: string): boolean {
  return /^\p{sc=Han}[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{2,4}$/u.test(text);
}

/** An initial of a script without case and its full stop ("ர.", "आर."): one or two letters, their signs aside. */
const initialPart = (p: string): boolean => /^[\p{L}\p{M}]+\.$/u.test(p) && letterCount(p) <= 2;
const letterCount = (p: string): number => p.match(/\p{L}/gu)?.length ?? 0;

/** "ர. கார்த்திக்", "आर. के. शर्मा", "க. முருகன் ச. லதா": two to four parts, each word after an initial, the last a word. */
function initialedName(parts: readonly string[]): boolean {
  if (parts.length < 2 || parts.length > 4 || initialPart(parts.at(-1) ?? "")) return false;
  return parts.every((p, k) => initialPart(p) || (uncasedWord.test(p) && letterCount(p) <= 8 && k > 0 && initialPart(parts[k - 1] as string)));
}

/** A name in a script without case, written in two to four short parts parted by spaces ("记者 王小明"). */
function spacedParts(text: string): boolean {
  const parts = text.split(/\s+/u);
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => uncasedWord.test(p) && [...p].length <= 6);
}
