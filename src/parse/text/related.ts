/**
 * Related-link boxes in plain text: a short title line ("Terror attack in Moscow", "Related
 * Coverage", "Läs också") over link-like lines ("• Details: Iran warned Russia …"), or a run of
 * bulleted link lines without a title.
 */
import type { RelatedBlock, RelatedLink } from "../../model/article.js";
import { perLexicon, type Lexicon } from "../lexicon/index.js";
import { isProse, isStopword, wordsOf } from "../lines/features.js";
import { isLinksTitle, isSiteListLabel, isTagLabel } from "../lexicon/interface-words.js";
import { isBareName, readByline } from "./header.js";
import { isDataLine, isDataRun } from "./list.js";
import { signOffShape } from "./sign-off.js";
import { isBareCreditLabel } from "./caption.js";
import { isNameAndRole, smallWords } from "./name-role.js";
import type { Unit } from "./units.js";

/** A title's key: lower case, without the colon or dots after it (and without the dot over a lower-cased Turkish "İ": "İLGİNİZİ ÇEKEBİLİR" is "İlginizi çekebilir"). */
const key = (s: string) => s.toLocaleLowerCase().replace(/\u0307/gu, "").replace(/[\s:：՝፦៖.…]+$/u, "").trim();
/** Words in any script (Intl.Segmenter where words are not spaced). */
const wordCount = (s: string) => wordsOf(s).length;
/** Where a run read and refused without a known title ends, per article: no run starts before it but under a known title. */
const offTopicUntil = new WeakMap<Unit[], number>();
/** A line's words, counted once per line. */
const unitWords = perLine((unit) => wordCount(unit.text));

/**
 * `read` of line `k`, answered once per line: the run and box readers ask the same things of
 * every line under each line they start at. The answers are kept per article in an array by
 * line (a lookup by index: a table keyed by each line's object cost more than the answers).
 */
function perLine(read: (unit: Unit, units: Unit[]) => number): (units: Unit[], k: number) => number {
  const answers = new WeakMap<readonly Unit[], Float64Array>();
  // (the last article's table at hand: asked many times a line, a lookup in the weak map each time cost more than the answer)
  let lastUnits: readonly Unit[] | null = null;
  let lastTable: Float64Array | null = null;
  return (units, k) => {
    let table = units === lastUnits ? lastTable : answers.get(units);
    if (!table || table.length !== units.length) answers.set(units, (table = new Float64Array(units.length).fill(NaN)));
    lastUnits = units;
    lastTable = table;
    let answer = table[k] as number;
    if (Number.isNaN(answer)) table[k] = answer = read(units[k] as Unit, units);
    return answer;
  };
}

/**
 * Whether each unit reads as a link and is nothing else (0 not yet asked, 1 no, 2 yes), kept per
 * article (it is asked again for each line above it: an array, as a lookup per unit showed).
 */
const linkLike = new WeakMap<readonly Unit[], Uint8Array>();

/** The most links one box holds. */
const maxLinks = 40;

/** A line that reads like a link to another story: short, no full stop, not a quote. */
export function isLinkLike(unit: Unit): boolean {
  const { text } = unit;
  // (the length first: a long paragraph is not segmented into words to be told it is no link)
  if (text.length > 160) return false;
  // (a sentence's or a clause's end of a script without spaces, "…的乘客。", ends no story's title either)
  if (/[.;,。．，；]$/u.test(text) || /^[–—―-]\s/u.test(text) || (/^[“„»«"‘]/u.test(text) && !quotedHeadline(text))) return false;
  // (a line without two letters in a row, a date "2012年12月6日" or a time, names no story; a vowel sign between
  // two letters, "कि", "की", keeps them in a row)
  if (!/\p{L}\p{M}*\p{L}/u.test(text)) return false;
  const n = wordCount(text);
  return n >= 2 && n <= 24;
}

/**
 * A headline that opens with a quotation and goes on after it, joined by an ellipsis:
 * "“早高峰不再挤”…市民试乘新线", "\"집값 더 오른다\"…집주인들 매물 거둬들여" (the form a headline takes in
 * Korean, Chinese and Japanese copy). Someone's words in the story close their paragraph with a
 * sentence's end or a speech verb, never with a clause after an ellipsis.
 */
export function quotedHeadline(text: string): boolean {
  const m = /^[“„»«"‘「『]([^“”„«»"「」『』]{1,80})[”“»«"’」』]\s*(?:…|\.{2,3})\s*(\S.*)$/u.exec(text);
  return m !== null && !endsClause(m[2] ?? "") && /\p{L}\p{M}*\p{L}/u.test(m[2] ?? "");
}

/** A box title's end: a colon or dots in any script ("Lesen Sie auch:", "ये भी पढ़ें...", "延伸阅读：", "Read more…"). */
const titleEnd = /\s*(?:[:：՝፦៖]|\.{2,}|…)$|\s+[›»→▶>]+$/u;
/** A box title as printed, without the colon or the dots after it. */
// (a line that does not end in one of the marks keeps its text: a cheap test before the pattern, asked of long lines too)
const titleText = (text: string) => (/[:：՝፦៖.…›»→▶>]$/u.test(text) ? text.replace(titleEnd, "") : text);
/** A line that can be a box title: short, no end punctuation but a colon or dots. */
function isTitleLike(unit: Unit): boolean {
  // (a fact box's row, "Finish: waterfront", is no title)
  return unit.bullet === null && unit.text.length <= 60 && !/[.!?,;”"»]$/.test(titleText(unit.text)) && wordCount(unit.text) <= 8 && !isDataLine(unit.text);
}

/** A box title: one of the lexicon's titles, or a short line that starts with one ("More on Hallvik"). */
export function isBoxTitle(text: string, lex: Lexicon): boolean {
  const titles = titleKeys(lex);
  // (a line whose first letter, in lower case, opens no title is none: told before the whole line is
  // lower-cased; its first characters are lower-cased together, as a letter's case may hang on the marks after it)
  const start = text.trimStart();
  if (start !== "" && !titles.firstChars.has("") && !titles.firstChars.has(start.slice(0, 16).toLocaleLowerCase().charAt(0))) return false;
  const k = key(text);
  // the title itself, or a title and a space before more words (each prefix of `k` that ends before a space)
  let known = titles.has(k);
  // (no prefix longer than the longest title is one)
  for (let at = k.indexOf(" "); !known && at >= 0 && at <= titles.longest; at = k.indexOf(" ", at + 1)) known = titles.has(k.slice(0, at));
  return known && wordCount(text) <= 6;
}
const titleKeys = perLexicon((lex) => {
  const keys = lex.relatedTitles.map(key);
  // (the first character of every title's key; "" stands for an empty key, which any line may have)
  const firstChars = new Set(keys.map((k) => k.charAt(0)));
  return Object.assign(new Set(keys), { longest: Math.max(0, ...keys.map((k) => k.length)), firstChars });
});
/** `isBoxTitle` of line `k`, read once per line (a run's reader asks it of every line under each start; an article has one lexicon). */
const boxTitleLines = new WeakMap<Lexicon, (units: Unit[], k: number) => number>();
function boxTitleLine(units: Unit[], k: number, lex: Lexicon): boolean {
  let read = boxTitleLines.get(lex);
  if (!read) boxTitleLines.set(lex, (read = perLine((u) => (isBoxTitle(u.text, lex) ? 1 : 0))));
  return read(units, k) === 1;
}

/** " - Farevarsel: Mye regn …": a hyphen used as a bullet under a box title (no full stop, so not a dash quote). */
const hyphenBullet = /^[-–]\s+/u;
const isHyphenLink = (unit: Unit) => hyphenBullet.test(unit.text) && isLinkLike({ ...unit, text: unit.text.replace(hyphenBullet, "") });

/** One word or two of a topic list under a box title ("Tiverton", "Water supply"). */
const isTag = (unit: Unit) => unit.text.length <= 40 && wordCount(unit.text) <= 3 && !/[.!?,;:]$/.test(unit.text);

/**
 * Where the topic tags right under a box title end ("Mehr zum Thema" / "Ludwigshafen" /
 * "Starkregen" / "Stadtrat", "Sur le même sujet" / "Nantes" / "Éducation"): two lines or more of
 * one to three words each (half of them one or two), no sentence, no topic before a colon, none a
 * box's title. Tags name the story's topics for the page; they are its furniture, not links: a
 * link is another story's title, a clause of several words. `from` when no tags stand there.
 */
function tagsEnd(units: Unit[], from: number, lex: Lexicon, fewest = 2): number {
  let j = from;
  let short = 0;
  while (j < units.length && j - from < maxLinks) {
    const u = units[j] as Unit;
    if (u.bullet !== null || !isTag(u) || u.text.length > 30 || /[:：|]/u.test(u.text) || !/\p{L}/u.test(u.text) || boxTitleLine(units, j, lex) || isLinksTitle(u.text)) break;
    if (unitWords(units, j) <= 2) short++;
    j++;
  }
  return j - from >= fewest && short * 2 >= j - from ? j : from;
}

/**
 * A tags label ("Tags:", "Temas:", "Argomenti", "태그", "関連キーワード") and its tags, in the body or
 * after it: the page's furniture (one tag is a list too). Headline-shaped lines right under the
 * tags, two or more, are the page's box of other stories (untitled: the label is the tags'), split
 * from the tags by their shape: a story's title is a clause, four words or more (a footer's "Privacy
 * Policy" or "Media Guidelines" under the tags is no story).
 */
function readTagList(units: Unit[], start: number, lex: Lexicon, isOther: (u: Unit) => boolean): RelatedRead | null {
  const end = tagsEnd(units, start + 1, lex, 1);
  // (over the story's sentences a label and one short line may be the story's: two tags or more there)
  if (end === start + 1 || (end === start + 2 && (proseFrom(units, end) || /[.!?。！？]["”’»」』)]*$/u.test(units[end]?.text ?? "")))) return null;
  const furniture = new Set(Array.from({ length: end - start }, (_, k) => start + k));
  const tagsOnly: RelatedRead = { block: null, next: end, furniture, why: `a tags label and ${end - start - 1} tags` };
  // (a box with its own title under the tags is read from its title: "Outras notícias da região" over its teasers)
  if (readBox(units, end, lex, isOther)?.block?.title) return tagsOnly;
  let j = end;
  while (j < units.length && j - end < maxLinks && isHeadlineShaped(units[j] as Unit) && unitWords(units, j) >= 4 && !isOther(units[j] as Unit) && !notALink(units, units[j] as Unit) && !boxTitleLine(units, j, lex) && !isLinksTitle((units[j] as Unit).text)) j++;
  if (j - end >= 2 && !isFactBox(units, end, j) && alike(units, end, j)) {
    if (proseFrom(units, j) && headsProse(units, end, j - 1)) j--;
    return { block: { type: "related", title: null, text: printed(units, end, j), links: units.slice(end, j).map((u) => toLink(u.text)) }, next: j, furniture, why: `${j - end} headlines under a tags label and its tags` };
  }
  return tagsOnly;
}

/**
 * A box of one line: "Related: Thousands still living …", "READ ALSO: Pier car park …" (a
 * kicker-style link: the label before a colon is the teaser's kicker and stays in the link's text,
 * the line as printed), or "Lire aussi | Entretien : « … »" (the box's title, a bar, the link).
 */
function readOneLineBox(unit: Unit, lex: Lexicon): RelatedBlock | null {
  // (a colon of any script: "あわせて読みたい：…", "ተጨማሪ ያንብቡ፦ …"; a bar is printed between spaces)
  const match = /[|:：፦៖՝]/u.test(unit.text) ? /^(.{2,40}?)\s*(\||[:：፦៖՝])\s*(\S.{4,200})$/u.exec(unit.text) : null;
  if (!match || !isBoxTitle(match[1] ?? "", lex) || wordCount(match[3] ?? "") < 2) return null;
  // (before a colon the label stays in the link as printed, its kicker: "READ ALSO: …" is one teaser's line,
  // as the seed's "Details: …"; before a bar it is the box's title)
  const titled = match[2] === "|";
  return { type: "related", title: titled ? (match[1] ?? null) : null, text: unit.text, links: [toLink(titled ? (match[3] ?? "") : unit.text)] };
}

/** "Label: headline", "Label፦ headline", "Label՝ headline", "【Label】headline", "[Label] headline": the label and the rest. */
const labelledLine = /^(?:【([^【】]{1,20})】\s*|\[([^[\]]{1,30})\]\s*|([^:：፦៖՝|【[]{2,40}?)\s*[:：፦៖՝|]\s*)(\S.*)$/u;

/**
 * A one-line teaser whose label no list knows ("Ayrıca okuyun: Uzmanlar uyardı, …", "ასევე
 * წაიკითხეთ: …", "【関連記事】…"): a label of one to three words, a colon of any script or
 * brackets, then a headline (four words or more, no sentence's end, not a quotation), alone
 * between a paragraph and the story's next paragraph or heading. The label is the page's, not the story's: the story's prose uses at
 * most one of its words, and not all of them (a heading's topic before a colon, "Putin: Will find
 * the guilty", "Il caso Cecilia Sala: «…»", is named in the prose). Never a subhead: a link.
 */
function readLabelledTeaser(units: Unit[], at: number, isOther: (u: Unit) => boolean): RelatedBlock | null {
  const unit = units[at] as Unit;
  if (unit.bullet !== null || unit.text.length > 200 || !standsAlone(units, at) || isOther(unit)) return null;
  // (prose above it, and the story under it: a paragraph or a heading, not another labelled line of a run, a list's or a fact box's)
  const next = units[at + 1];
  if (!isProse(units[at - 1]?.text ?? "") || next === undefined || !proseFrom(units, at + 1) || (!isProse(next.text) && labelledLine.test(next.text))) return null;
  const match = labelledLine.exec(unit.text);
  if (!match) return null;
  const label = match[1] ?? match[2] ?? match[3] ?? "";
  const rest = match[4] ?? "";
  if (wordCount(label) > 3 || /\p{N}/u.test(label) || endsClause(label)) return null;
  const restWords = wordCount(rest);
  // (a headline opens with a capital or an uncased letter: "Editor's note: this story was updated …" runs a sentence on after its label)
  if (restWords < 4 || restWords > 20 || endsClause(rest) || /^[“„»«"‘'「『–—―-]/u.test(rest) || /^\p{Ll}/u.test(rest)) return null;
  if (!pageLabel(units, at, label)) return null;
  return { type: "related", title: null, text: unit.text, links: [toLink(unit.text)] };
}

/**
 * Whether the label at line `at` (its text, or `label`) is the page's, not the story's: it has a
 * content word, and the story's prose uses at most one of its words and not all of them.
 */
export function pageLabel(units: Unit[], at: number, label = (units[at] as Unit).text): boolean {
  const words = contentWords(label);
  if (words.length === 0) return false;
  const firstUse = storyWords(units);
  const used = words.filter((w) => (firstUse.get(w) ?? at) !== at).length;
  return used <= 1 && used < words.length;
}

/**
 * "À lire aussi La natalité russe menacée d’effondrement": a known box title run into the linked
 * headline with no separator, on a line of its own. The rest must read as a headline (starts
 * with a capital or an uncased letter, no end punctuation), so "Lire aussi le rapport …" in a
 * sentence stays a paragraph.
 */
function readRunOnBox(units: Unit[], at: number, lex: Lexicon): RelatedBlock | null {
  const unit = units[at] as Unit;
  if (unit.bullet !== null || !standsAlone(units, at)) return null;
  const text = unit.text.trim();
  // (a title runs into its headline before a space: a line without one is none, told before it is lower-cased)
  if (!text.includes(" ")) return null;
  const lower = text.toLocaleLowerCase();
  // (only the titles that open with the line's first character can open it)
  for (const title of runOnTitles(lex).get(lower.charAt(0)) ?? []) {
    if (text.length <= title.length + 1 || !lower.startsWith(title) || lower.charCodeAt(title.length) !== 32) continue;
    const rest = text.slice(title.length + 1).trim();
    if (!/^[\p{Lu}\p{Lo}\p{N}«“„"‘]/u.test(rest) || !isLinkLike({ ...unit, text: rest }) || wordCount(rest) < 3) continue;
    return { type: "related", title: text.slice(0, title.length), text: unit.text, links: [toLink(rest)] };
  }
  return null;
}
// (longest first: "À lire aussi" before "Lire aussi"; titles of two words or more, a one-word title run into a line is too common a word)
const runOnTitles = perLexicon((lex) => {
  const byFirst = new Map<string, string[]>();
  for (const t of lex.relatedTitles.map(key).filter((t) => wordCount(t) >= 2).sort((a, b) => b.length - a.length)) byFirst.set(t.charAt(0), [...(byFirst.get(t.charAt(0)) ?? []), t]);
  return byFirst;
});

/** A headline-shaped link line: three words or more, no end punctuation (not even a colon). */
const isHeadlineShaped = (unit: Unit) => unit.bullet === null && wordCount(unit.text) >= 3 && !/[:\p{Po}]$/u.test(unit.text.replace(/[»”"’」』)]+$/u, "")) && isLinkLike(unit);

/**
 * A box whose title no list knows ("Sommaire", "Mehr aus dem Ressort"), or a known title over
 * links of no one form: a short title line over three or more headline-shaped lines of about the
 * same length. Where the article sets its paragraphs apart by blank lines and the run is printed
 * together, the layout shows the box. Where the layout does not tell (every line packed, or every
 * line set apart, as pasted copy often is) the lines must: the run stands in the body (prose
 * before it), its lines are alike, and its last line is no heading of the prose under it.
 */
function readPackedBox(units: Unit[], start: number, lex: Lexicon, isOther: (u: Unit) => boolean, spaced: boolean, known: boolean): RelatedRead | null {
  const first = units[start] as Unit;
  const head = units[start + 1];
  if (!head || !isTitleLike(first) || first.text.endsWith(":") && wordCount(first.text) > 4 || isSiteListLabel(first.text)) return null;
  // (the links start right under the title: no headline-shaped line there, no box; told before the run's tests)
  if (!isHeadlineShaped(head)) return null;
  // (a person's name alone after the story's last sentence is its sign-off, not the title of the links under it)
  if (!known && isSignOff(units, start, lex)) return null;
  // (a title no list knows is a label: a line shaped like the lines under it is the first of
  // them, a list's item ("New pontoons for 120 boats" over "A flood wall along the quay"), unless much shorter)
  if (!known && isRunTitle(units, start) && !(wordCount(first.text) <= 5 && wordCount(head.text) >= 2 * wordCount(first.text))) return null;
  // the layout tells: a packed run in an article of spaced paragraphs, its title opening it
  // (a line printed right under another short line, not the page's proven furniture, is inside a run: the page's list of teasers)
  const above = units[start - 1];
  if (spaced && !known && !first.afterBlank && above !== undefined && !isProse(above.text) && !isOther(above)) return null;
  const shown = spaced && !head.afterBlank;
  if (!shown && !proseBefore(units, start)) return null;
  let j = start + 1;
  // (a line the run printed already is a heading it lists: the story under the contents list)
  const texts = new Set<string>();
  while (j < units.length && j - start <= maxLinks) {
    const u = units[j] as Unit;
    // (another box's title starts another box)
    if (u.afterBlank !== head.afterBlank || isOther(u) || !isHeadlineShaped(u) || u.column !== first.column || notALink(units, u) || texts.has(u.text) || boxTitleLine(units, j, lex)) break;
    texts.add(u.text);
    j++;
  }
  // (where the layout does not tell, the last line right over prose that shares its words is that prose's heading)
  // (printed together with the box, a heading may still end the run, set apart from the prose it heads: two links or more stay above it)
  if (j - start - 1 > (known ? (shown ? 2 : 1) : 3) && headsProse(units, start + 1, j - 1)) j--;
  if (j - start - 1 < (known ? 2 : 3)) return null;
  if (!shown && !alike(units, start + 1, j)) return null;
  // (rows of a fact box or a timetable under their title are no links: "Pegel: 5,12 Meter", "8:00 Start")
  if (!known && isFactBox(units, start + 1, j)) return null;
  // a run of headlines under a title no list knows, after the story's last sentence, is the
  // page's furniture ("Most viewed", "On our radar", "Trending") unless most of its headlines
  // share a word with the story (then it is the story's box of related links)
  if (!known && !proseFrom(units, j) && (!onTopic(units, start + 1, j) || afterSiteList(units, start))) return null;
  // where the layout does not tell, a title no list knows between paragraphs must read as the page's label, not as a heading of the story over its list
  if (!known && !shown && proseFrom(units, j) && !pageTitle(units, start, j)) return null;
  const title = titleText(first.text);
  const why = `${j - start - 1} headline-shaped lines under a ${known ? "box title" : "title line"}${shown ? ", printed together" : ""}`;
  return { block: { type: "related", title, text: printed(units, start, j), links: units.slice(start + 1, j).map((u) => toLink(u.text)) }, next: j, why };
}

/**
 * Whether lines `from`..`to` are a fact box, a table or a timetable inside the story: most of them
 * data lines (list.ts), with the story's prose after them. After the story's last sentence the
 * same shapes are more often a box of dated or numbered teasers ("12.03.2026 Hochwasser in
 * Gießen: …", "5 Tipps für Hausbesitzer …"), which the box readers' other tests judge.
 */
function isFactBox(units: Unit[], from: number, to: number): boolean {
  const texts = units.slice(from, to).map((u) => u.text);
  if (!isDataRun(texts)) return false;
  // (rows of a label and a figure, "Caña: 2 euros", "Homes flooded: 412", are a fact box's wherever they stand: a teaser's
  // date or number opens its line, and a short kickered teaser, "Feuerwehr: Neues Fahrzeug", has words after its colon)
  return proseFrom(units, to) || texts.filter((t) => isDataLine(t) && !/^\p{N}/u.test(t) && /[:：՝፦៖][^:：՝፦៖]*\p{N}/u.test(t)).length * 2 > texts.length;
}

/**
 * Whether the title line at `at`, over the run of lines up to `to` between paragraphs, reads as
 * the page's label of a box ("Sommaire", "Tin liên quan", "Mehr aus dem Ressort") rather than a
 * heading of the story over its own list ("Какие дома отключат", "مطالب المعلمين"): a heading names
 * what the story's prose names, so none of the title's content words (or their stems) may be the
 * prose's, and it must have one. Lines printed again further on (a contents list over its
 * headings) need no label. (After the story's last sentence a box's title may name the story's
 * topic, "More on the storm", "Más sobre el puerto": there its links must share the story's words.)
 */
function pageTitle(units: Unit[], at: number, to: number): boolean {
  let again = 0;
  const seen = occurrences(units);
  for (let k = at + 1; k < to; k++) if ((seen.get((units[k] as Unit).text)?.last ?? k) > k) again++;
  if (again * 2 > to - at - 1) return true;
  const words = contentWords((units[at] as Unit).text);
  const firstUse = storyWords(units);
  const used = words.filter((w) => firstUse.has(w) || stemKeys(w).some((key) => firstUse.has(key))).length;
  return words.length > 0 && used === 0;
}

/** Lines `from`..`to` of about the same length: the longest at most four times the shortest, in words. */
function alike(units: Unit[], from: number, to: number): boolean {
  const lengths: number[] = [];
  for (let k = from; k < to; k++) lengths.push(unitWords(units, k));
  return Math.max(...lengths) <= 4 * Math.min(...lengths);
}

/**
 * Whether line `k`, the last of a run of alike lines from `from`, heads the prose right under it
 * rather than ending the run. Shorter than every other line of the run, with the prose right under
 * it using one of its content words (or a form of one); or, a heading's length (six words at most,
 * no topic before a colon as a teaser's), no longer than any link and taken up by the section under
 * it (its first three paragraphs) where two links or more stay above it, or half as long as the
 * shortest link ("Getting there" under two headlines of eight words): in a page printed without
 * blank lines the box ends over it.
 */
function headsProse(units: Unit[], from: number, k: number): boolean {
  const next = units[k + 1];
  if (!next || !storySentence(next.text) || k - from < 1) return false;
  // (a numbered line, "1. 4日以降の見通し", "2) Was jetzt kommt", under links that no number opens and over the story's
  // prose is the first of the story's numbered headings: a box numbers all its teasers or none)
  if (numbered.test((units[k] as Unit).text) && !units.slice(from, k).some((u) => numbered.test(u.text))) return true;
  const words = unitWords(units, k);
  let shortest = Infinity;
  for (let m = from; m < k; m++) shortest = Math.min(shortest, unitWords(units, m));
  const own = contentWords((units[k] as Unit).text).map((w) => [...w]);
  // (the same word, or a form of it: a word of two letters of a script without spaces, "説明会", has no stem to share)
  const takesUp = (m: number) => contentWords((units[m] as Unit).text).some((b) => own.some((w) => w.join("") === b || sameStem(w, [...b])));
  // (where one link would stay above it, a line about as long as that link, "Livorno, scuole chiuse lunedì …" under "Pisa,
  // chiusa per lavori …", is the box's second however much the prose under it takes up: a heading is much shorter, two thirds of it at most)
  if (shortest > words && (k - from >= 2 || words * 3 <= shortest * 2) && takesUp(k + 1)) return true;
  if (words > HEADING_MAX_WORDS || shortest < words || toLink((units[k] as Unit).text).kicker !== null) return false;
  if (words <= 4 && words * 2 <= shortest) return true;
  // (a heading of five or six words under links twice as long, in letters too: "Catania, la rabbia dei tifosi" under teasers of twelve)
  if (words * 2 <= shortest && letterCount(units, k) * 2 <= shortestLetters(units, from, k)) return true;
  // (two thirds of the shortest link at most, over a paragraph that goes on with the story above the box: it names
  // what the story's prose before the box names, "Bygget var ikke i bruk" over "Ifølge eieren …" after "Eieren av bygget …")
  // (and as much shorter in letters: words of a script without spaces, "武汉今年新建口袋公园一百个", are counted by a dictionary)
  if (words * 3 <= shortest * 2 && letterCount(units, k) * 3 <= shortestLetters(units, from, k) * 2 && (earliestStoryUse(units, k + 1) < from || earliestStemUse(units, k + 1) < from)) return true;
  // (read so, a box keeps two links or more: one link over a line that the prose takes up is as often a box of two)
  if (k - from < 2) return false;
  for (let m = k + 1; m <= k + 3 && storySentence(units[m]?.text ?? ""); m++) if (takesUp(m)) return true;
  return false;
}
/** A line opened by a heading's number: "1. ", "2) ", "３．". */
const numbered = /^\p{N}{1,2}(?:[.)]\s+|[．）]\s*)\S/u;
/** The most words of a heading told from a box's last link by its length and the section under it. */
const HEADING_MAX_WORDS = 6;
/** A line's letters (a letter and its marks count once), read once per line. */
const letterCount = perLine((unit) => unit.text.match(/\p{L}/gu)?.length ?? 0);
/** The fewest letters of the lines `from`..`to`. */
function shortestLetters(units: Unit[], from: number, to: number): number {
  let fewest = Infinity;
  for (let m = from; m < to; m++) fewest = Math.min(fewest, letterCount(units, m));
  return fewest;
}
/**
 * A paragraph of the story under a line: prose, or a sentence of six words or more that ends as
 * one ("Le jugement a été mis en délibéré au 15 janvier.", "Ifølge eieren har lagerbygningen
 * stått tom siden september, …"): no box's link or title ends so.
 */
function storySentence(text: string): boolean {
  return isProse(text) || (/[.!?。．！？।؟]["”’»」』)]*$/u.test(text) && !/^[“„»«"‘「『–—―-]/u.test(text) && wordCount(text) >= 6);
}
/**
 * Two words of one stem, in a language that inflects them ("storm" and "storms", "लोग" and
 * "लोगों", "мэрия" and "мэрии"): they share all their letters but the last two of the shorter, three at least;
 * or the longer is the shorter (four letters or more) with a clitic of one or two letters before it ("التمويل" and "تمويل").
 */
function sameStem(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.length - short.length <= 2 && long.slice(long.length - short.length).join("") === short.join("")) return true;
  const need = Math.max(3, Math.min(a.length, b.length) - 2);
  if (a.length < need || b.length < need) return false;
  for (let k = 0; k < need; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Whether a prose line (a sentence of 15 words or more) stands before each unit, kept per article. */
const proseBehind = new WeakMap<Unit[], Uint8Array>();
export function proseBefore(units: Unit[], at: number): boolean {
  let behind = proseBehind.get(units);
  if (!behind || behind.length !== units.length + 1) {
    behind = new Uint8Array(units.length + 1);
    for (let k = 0; k < units.length; k++) behind[k + 1] = behind[k] || (isProse((units[k] as Unit).text) ? 1 : 0);
    proseBehind.set(units, behind);
  }
  return behind[Math.max(0, Math.min(at, units.length))] === 1;
}

/** Whether a prose line (a sentence of 15 words or more) stands at or after each unit, kept per article. */
const proseAhead = new WeakMap<Unit[], Uint8Array>();
export function proseFrom(units: Unit[], at: number): boolean {
  let ahead = proseAhead.get(units);
  if (!ahead || ahead.length !== units.length + 1) {
    ahead = new Uint8Array(units.length + 1);
    for (let k = units.length - 1; k >= 0; k--) ahead[k] = ahead[k + 1] || (isProse((units[k] as Unit).text) ? 1 : 0);
    proseAhead.set(units, ahead);
  }
  return ahead[Math.min(at, units.length)] === 1;
}

/**
 * Whether a site-wide list's title ("Most read", "Mest lest", "많이 본 뉴스") stands above each
 * unit with no prose between (kept per article): what follows such a list in the page's tail is
 * the site's furniture too, not the story's box.
 */
/** A site-wide list's title, or one with a word or two more ("Most viewed photos", "Mest lest i dag"). */
export function isSiteListTitle(text: string): boolean {
  if (text.length > 60) return false;
  let t = text.trim();
  for (let cut = 0; cut <= 2; cut++) {
    if (isSiteListLabel(t)) return true;
    const at = t.lastIndexOf(" ");
    if (at <= 0) return false;
    t = t.slice(0, at);
  }
  return false;
}
const underSiteList = new WeakMap<Unit[], Uint8Array>();
function afterSiteList(units: Unit[], at: number): boolean {
  let under = underSiteList.get(units);
  if (!under || under.length !== units.length) {
    under = new Uint8Array(units.length);
    let inList = false;
    for (let k = 0; k < units.length; k++) {
      const text = (units[k] as Unit).text;
      if (isProse(text)) inList = false;
      under[k] = inList ? 1 : 0;
      if (isSiteListTitle(text)) inList = true;
    }
    underSiteList.set(units, under);
  }
  return under[at] === 1;
}

/**
 * Whether line `k` is the story's sign-off: right after a paragraph of prose, a person's name alone
 * ("Anna Sokolova") or a sign-off's shape ("김철수 기자 kim@example.com", "(dpa)"). It titles no box.
 */
function isSignOff(units: Unit[], k: number, lex: Lexicon): boolean {
  const text = (units[k] as Unit).text;
  const above = units[k - 1]?.text ?? "";
  // (a paragraph above: a long sentence, or in a language of short words, a line ending as a sentence does)
  if (!isProse(above) && !/[.!?。！？।؟]["”’»」』)]*$/u.test(above)) return false;
  // (a title in capitalised words, "Weitere Meldungen", "More Stories", has words the prose prints in small letters: a name has none)
  // (and a name set apart from the lines under it: a title in capitalised words is printed with its links, "Weitere Meldungen")
  if (isBareName(text)) return units[k + 1]?.afterBlank === true && !wordsOf(text).some((w) => smallWords(units).has(w.toLocaleLowerCase()));
  return signOffShape(text, lex) !== null;
}

/** A line that is no link to another story: a site-wide list's title, a person's name with a role. */
const notALink = (units: Unit[], unit: Unit) => isSiteListLabel(unit.text) || isNameAndRole(unit.text, units);

/** A line's end without the closing marks after it. */
const bare = (text: string) => text.replace(/[\s»«”“"’‘'」』)\]]+$/u, "");
/** Ends as a sentence or a clause, in any script (. ! ? : ; , … 。 ！ ？ ， । ॥ ؟ ۔ ። ။). */
export const endsClause = (text: string) => /[.!?:;,…。．！？：；，、।॥؟۔։።፧។៕။།]$/u.test(bare(text));

/** Where each line's text first and last occurs in the article, kept per article. */
const seenAt = new WeakMap<Unit[], Map<string, { first: number; last: number }>>();
function occurrences(units: Unit[]): Map<string, { first: number; last: number }> {
  let seen = seenAt.get(units);
  if (!seen) {
    seen = new Map();
    for (const [k, u] of units.entries()) {
      const at = seen.get(u.text);
      if (at) at.last = k;
      else seen.set(u.text, { first: k, last: k });
    }
    seenAt.set(units, seen);
  }
  return seen;
}
/**
 * Whether the same text stands earlier in the article in a list (a table of contents, a box of
 * teasers above): printed together with the line before or after it, or next to a line that is
 * printed again further on too (a contents list whose lines are all set apart).
 */
export function seenBefore(units: Unit[], at: number): boolean {
  const seen = occurrences(units);
  const k = seen.get((units[at] as Unit).text)?.first ?? at;
  if (k >= at) return false;
  if (!(units[k] as Unit).afterBlank || units[k + 1]?.afterBlank === false) return true;
  const again = (j: number) => j >= 0 && j < units.length && (seen.get((units[j] as Unit).text)?.last ?? j) > j;
  return again(k - 1) || again(k + 1);
}

/**
 * A link to another story printed on its own between two paragraphs of the story (a bold
 * headline in the body: "Internal memo: Federal prison guards falsified records …", "SEAN
 * SPICER ELIMINATED FROM …"), told from a subhead by what a subhead cannot be: longer than a
 * heading, a line of capitals too long for a crosshead, or a headline right over a subhead.
 * A headline that a table of contents above lists is a heading, not a link.
 */
export function readInlineLink(units: Unit[], at: number, isHeading: (j: number) => boolean, isOther: (u: Unit) => boolean): RelatedBlock | null {
  const u = units[at] as Unit;
  const next = units[at + 1];
  const previous = units[at - 1];
  if (!standsAlone(units, at) || u.bullet !== null || !previous || endsClause(u.text)) return null;
  // (a quotation and a clause after an ellipsis, "\"전세 사기 무섭다\"…빌라 대신 아파트로 몰려", is a headline's form, not a heading's:
  // between two sentences of the story, in a language of long words or short paragraphs alike)
  const quoted = quotedHeadline(u.text) && storySentence(previous.text) && storySentence(next?.text ?? "") && wordCount(u.text) <= 24;
  if (!quoted && !isProse(previous.text)) return null;
  if (!proseFrom(units, at + 1) || seenBefore(units, at) || isOther(u)) return null;
  if (quoted) return { type: "related", title: null, text: u.text, links: [toLink(u.text)] };
  const words = wordCount(u.text);
  if (words < 5 || words > 30) return null;
  const caps = /\p{Lu}{3}/u.test(u.text) && u.text === u.text.toLocaleUpperCase();
  // (a line that opens with a quotation mark or a dash is someone's words, unless it is all capitals)
  if (!caps && /^[“„»«"‘'–—―-]/u.test(u.text)) return null;
  // "Internal memo: Federal prison guards …": a topic before a colon, the way a teaser is printed
  // (a topic, then a headline that opens with a capital or an uncased letter: "Update: the unions say …" runs a sentence on after its label)
  const kickered = /^[^:：]{2,40}[:：]\s+(?!\p{Ll})/u.test(u.text) && wordCount(u.text.slice(0, u.text.search(/[:：]/u))) <= 4;
  const long = words > 14 || u.text.length > 90;
  // (a line of capitals is a link where the page prints its links so: another such line stands between
  // paragraphs of the same article; one alone is a crosshead or a sentence set in capitals)
  if (!((caps && words >= 6 && capsLines(units) >= 2) || (kickered && (long || (next !== undefined && isHeading(at + 1)))))) return null;
  return { type: "related", title: null, text: u.text, links: [toLink(u.text)] };
}

/** How many lines of six words or more in capitals stand alone between two paragraphs of an article (read once per article). */
const capsLinesOf = new WeakMap<Unit[], number>();
function capsLines(units: Unit[]): number {
  let count = capsLinesOf.get(units);
  if (count === undefined) {
    count = 0;
    for (let k = 1; k < units.length - 1; k++) {
      const text = (units[k] as Unit).text;
      if (text.length <= 200 && /\p{Lu}{3}/u.test(text) && text === text.toLocaleUpperCase() && wordCount(text) >= 6 && isProse((units[k - 1] as Unit).text) && standsAlone(units, k)) count++;
    }
    capsLinesOf.set(units, count);
  }
  return count;
}

/** A word that carries meaning: not a stopword, three letters or more (two in a script without spaces). */
const contentWords = (text: string) => wordsOf(text).map((w) => w.toLocaleLowerCase()).filter((w) => !isStopword(w) && !/^\p{N}+$/u.test(w) && [...w].length >= (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u.test(w) ? 2 : 3));
/**
 * Whether most of the lines `from`..`to` share a content word with the prose before them: half of
 * them a word as printed, or more than half a word or its stem (an inflected form: "теплотрассы"
 * and "теплотрассе"; a stem joins more words by chance, so it must make a clear majority).
 */
function onTopic(units: Unit[], from: number, to: number): boolean {
  let shared = 0;
  let stemmed = 0;
  for (let k = from; k < to; k++) {
    if (earliestStoryUse(units, k) < from) shared++;
    else if (earliestStemUse(units, k) < from) stemmed++;
  }
  return shared * 2 >= to - from || (shared + stemmed) * 2 > to - from;
}

/** The first prose line that uses a content word of line `k` (Infinity when none does), read once per line. */
const earliestStoryUse = perLine((unit, units) => earliestUse(unit, units, () => []));
/** The first prose line that uses a content word of line `k` or a word of its stem, read once per line. */
const earliestStemUse = perLine((unit, units) => earliestUse(unit, units, stemKeys));
function earliestUse(unit: Unit, units: Unit[], keysOf: (w: string) => string[]): number {
  const firstUse = storyWords(units);
  // (a story without prose uses no word: the line need not be split)
  if (firstUse.size === 0) return Infinity;
  let earliest = Infinity;
  for (const w of contentWords(unit.text)) {
    earliest = Math.min(earliest, firstUse.get(w) ?? Infinity);
    for (const k of keysOf(w)) earliest = Math.min(earliest, firstUse.get(k) ?? Infinity);
  }
  return earliest;
}

/**
 * The stems of a long word for the on-topic test, in a language that inflects its words
 * ("теплотрассы" and "теплотрассе", "kaupunginvaltuustot" and "kaupunginvaltuusto", "remontów"
 * and "remontu"): its beginnings of three quarters of its letters or more, five at least, for a
 * word of six letters or more. Two words share a stem when a beginning of each is the same: most
 * of both words ("parenting" and "parent’s" share too little). Keys apart from whole words (a tab first).
 */
function stemKeys(w: string): string[] {
  const letters = [...w];
  if (letters.length < 6) return [];
  const keys: string[] = [];
  for (let n = letters.length; n >= Math.max(5, Math.ceil(letters.length * 0.75)); n--) keys.push(`\t${letters.slice(0, n).join("")}`);
  return keys;
}

/** Each content word of the article's prose and the first line it is used in, read once per article (a story before any line is then a lookup). */
const storyWordsOf = new WeakMap<Unit[], Map<string, number>>();
function storyWords(units: Unit[]): Map<string, number> {
  let firstUse = storyWordsOf.get(units);
  if (!firstUse) {
    firstUse = new Map();
    for (let k = 0; k < units.length; k++) {
      const text = (units[k] as Unit).text;
      if (isProse(text))
        for (const w of contentWords(text)) {
          if (!firstUse.has(w)) firstUse.set(w, k);
          for (const stem of stemKeys(w)) if (!firstUse.has(stem)) firstUse.set(stem, k);
        }
    }
    storyWordsOf.set(units, firstUse);
  }
  return firstUse;
}

/** Whether most of an article's units stand after a blank line (paragraphs set apart). */
const spacedArticles = new WeakMap<Unit[], boolean>();
export function isSpaced(units: Unit[]): boolean {
  let value = spacedArticles.get(units);
  if (value === undefined) spacedArticles.set(units, (value = units.filter((u) => u.afterBlank).length >= units.length * 0.4));
  return value;
}

/**
 * Whether line `at` stands on its own as paragraphs do: blank lines around it in an article of
 * spaced paragraphs; in an article printed without blank lines (packed copy) every line does,
 * and the line's own shape and its neighbours' must tell what it is.
 */
export function standsAlone(units: Unit[], at: number): boolean {
  if (!isSpaced(units)) return true;
  const next = units[at + 1];
  return (units[at] as Unit).afterBlank && (!next || next.afterBlank);
}

const printed = (units: Unit[], from: number, to: number) => units.slice(from, to).map((u) => u.text).join("\n");

/** A label line over a teaser's title ("Reportage", "Analysis"): one to three words, no punctuation. */
export const isKickerLine = (unit: Unit) => unit.bullet === null && unit.text.length <= 30 && wordCount(unit.text) <= 3 && !/[\p{P}]$/u.test(unit.text);

/**
 * Teasers printed as several lines each: an optional kicker line, the title line, an optional
 * byline of the linked story ("Reportage" / "A Katmandou, exode sous pression" / "Par Sébastien
 * Farcis"). Every teaser must have a kicker or a byline line, or this is not such a box.
 */
function readTeasers(units: Unit[], from: number, lex: Lexicon, linkish: (j: number) => boolean, isOther: (u: Unit) => boolean): { links: RelatedLink[]; next: number; furniture: Set<number> } | null {
  // (a teaser's title is one of the first three lines, under a kicker and a glued copy at most: none reads as a link, no teasers)
  let titleNear = false;
  for (let k = from; k < Math.min(from + 3, units.length) && !titleNear; k++) titleNear = linkish(k);
  if (!titleNear) return null;
  const links: RelatedLink[] = [];
  const furniture = new Set<number>();
  let j = from;
  while (j < units.length) {
    let kicker: string | null = null;
    let kickerShown = false;
    const head = units[j] as Unit;
    const after = units[j + 1];
    // (a title is longer than its kicker: "Tiverton" over "Water supply" are two topic tags)
    // (a site-wide list's title, "많이 본 뉴스", is no teaser's kicker: the list is the page's)
    // (the title under a glued copy of it is the link: the glued copy may have been read as noise)
    const title = gluedCopy(units, j + 1) ? j + 2 : j + 1;
    if (isKickerLine(head) && !isSiteListLabel(head.text) && after && linkish(title) && wordCount(after.text) >= 4) {
      // (a kicker proven the page's, the section label over the story printed again, is the box's furniture)
      if (isOther(head)) furniture.add(j);
      kicker = head.text;
      kickerShown = !isOther(head);
      j++;
      // "Share Title" over "Title": a share button's word glued to the title printed again
      if (gluedCopy(units, j)) furniture.add(j++);
    }
    const line = units[j];
    if (!line || !linkish(j)) break;
    const byline = units[j + 1] ? readByline((units[j + 1] as Unit).text, lex) : null;
    if (kicker === null && byline === null) break;
    links.push({ ...toLink(line.text), ...(kicker && kickerShown ? { kicker } : {}), ...(byline ? { byline } : {}) });
    j += byline ? 2 : 1;
  }
  return links.length > 0 ? { links, next: j, furniture } : null;
}

/** Whether line `j` is the next line with a word or two glued before it (a share or tag button's: "Compartilhar Title" over "Title"). */
function gluedCopy(units: Unit[], j: number): boolean {
  const u = units[j];
  const next = units[j + 1];
  if (!u || !next || next.text.length < 12 || !u.text.endsWith(` ${next.text}`)) return false;
  const glued = wordCount(u.text.slice(0, u.text.length - next.text.length));
  return glued >= 1 && glued <= 2;
}

/** "Details: Iran warned …" → kicker "Details", title "Iran warned …"; a URL in the line is the link's target. */
export function toLink(text: string): RelatedLink {
  // (a URL and a kicker both need a colon or a bar: a line with neither is its own title)
  if (!text.includes(":") && !text.includes("|")) return { text, kicker: null, title: text, url: null };
  const url = /\bhttps?:\/\/\S+/u.exec(text)?.[0] ?? null;
  const label = url ? text.replace(url, "").replace(/[\s(<[\]>)–—-]+$/u, "").trim() : text;
  // (a topic before a colon, or before a bar printed between spaces: "Transport | Bus company to scrap …")
  const kicker = /^(\p{Lu}[\p{L}\p{M}\p{N}'’ -]{0,30}?)(?::| \|)\s+(\S.*)$/u.exec(label);
  if (kicker && wordCount(kicker[1] ?? "") <= 3) return { text: label, kicker: kicker[1] ?? null, title: kicker[2] ?? label, url };
  return { text: label, kicker: null, title: label, url };
}

/**
 * Reads a related box starting at `units[start]`, or null. `isOther` says whether a unit is
 * something else (a caption, noise) that ends the box.
 */
export function readRelated(
  units: Unit[],
  start: number,
  lex: Lexicon,
  isOther: (u: Unit) => boolean,
  isDate: (text: string) => boolean = () => false,
  dropped: (u: Unit) => boolean = isOther,
  siteList: (u: Unit) => boolean = () => false,
): RelatedRead | null {
  const first = units[start];
  // (a line proven to be the page's, a share menu's item, opens no box, unless a list knows it as a box's title)
  // (a tags label, "Tags:", "Temas:", "태그", is read with its tags wherever it stands, dropped already or not)
  if (!first || (isOther(first) && !boxTitleLine(units, start, lex) && !isTagLabel(first.text))) return null;
  const box = readBox(units, start, lex, isOther);
  // a run of teaser titles (with their dates or sections between them, blank lines or not) may read longer
  const run = readLinkRun(units, start, lex, isOther, isDate, dropped, siteList);
  // between paragraphs a box read by its title and its links' form stands; after the story the
  // longer reading wins (and the one that reads the teasers' dates as dates)
  const read = run && (!box || ((run.next > box.next || (run.next === box.next && (run.furniture?.size ?? 0) > 0)) && !proseFrom(units, run.next))) ? run : box;
  return read && withoutBorder(units, read);
}

/**
 * A box after the story's last sentence without its border: its last line, unlike the links above
 * it, a few words without a kicker, half as long as the shortest of them at most ("See all
 * obituaries", "Mehr aus Koblenz", "Ver mais notícias de Cidades" under teasers of nine words and
 * more), is the page's link to the section, the box's furniture. Teasers of one box look alike.
 */
function withoutBorder(units: Unit[], read: RelatedRead): RelatedRead {
  const block = read.block;
  const last = units[read.next - 1];
  const link = block?.links.at(-1);
  if (!block || !last || !link || block.links.length < 2 || link.text !== last.text || link.kicker !== null || proseFrom(units, read.next)) return read;
  const words = unitWords(units, read.next - 1);
  const text = block.text ?? "";
  if (words > 5 || !text.endsWith(`\n${last.text}`)) return read;
  const shortest = Math.min(...block.links.slice(0, -1).map((l) => wordCount(l.text)));
  if (words * 2 > shortest) return read;
  return {
    block: { ...block, text: text.slice(0, text.length - last.text.length - 1), links: block.links.slice(0, -1) },
    next: read.next,
    furniture: new Set([...(read.furniture ?? []), read.next - 1]),
    why: `${read.why ?? "a box"}, and a line unlike its links at its end: the box's border`,
  };
}

/** A box read at a line: the block, the unit after it, and the units between its links that are the teasers' furniture (dates, sections). */
export interface RelatedRead {
  /** The box, or null where the lines read are a title over topic tags only: the page's furniture, all of them. */
  block: RelatedBlock | null;
  next: number;
  furniture?: ReadonlySet<number>;
  why?: string;
}

function readBox(units: Unit[], start: number, lex: Lexicon, isOther: (u: Unit) => boolean): RelatedRead | null {
  const first = units[start];
  if (!first) return null;
  const teaser = readSectionTeaser(units, start, lex, isOther);
  if (teaser) return teaser;
  // (the run-on reading first: "À lire aussi Retraites : …" is the title and a kickered link)
  const runOn = readRunOnBox(units, start, lex);
  if (runOn) return { block: runOn, next: start + 1, why: "a box title run into a headline" };
  const oneLine = readOneLineBox(first, lex);
  if (oneLine) return { block: oneLine, next: start + 1, why: "a box title and its link on one line" };
  const labelled = readLabelledTeaser(units, start, isOther);
  if (labelled) return { block: labelled, next: start + 1, why: "a page's label and a headline, alone between paragraphs" };
  // (a line neither bulleted nor title-like opens no box: told before the helpers below are made;
  // a site-wide list's title, "Most read", opens the page's list, which is noise, not the story's box)
  if (first.bullet === null && (!isTitleLike(first) || isSiteListLabel(first.text))) return null;
  // Links keep the form of the first one: all bulleted, or all with a kicker, or all plain lines.
  let cached = linkLike.get(units);
  if (!cached || cached.length !== units.length) linkLike.set(units, (cached = new Uint8Array(units.length)));
  const seen = cached;
  const linkish = (j: number) => {
    if (seen[j] === 0) seen[j] = isLinkLike(units[j] as Unit) && !isOther(units[j] as Unit) && !notALink(units, units[j] as Unit) ? 2 : 1;
    return seen[j] === 2;
  };
  // (`anyForm`: plain and kickered links mix, as under a known title and its topic tags)
  const collect = (from: number, oneWord = false, anyForm = false) => {
    const head = units[from];
    const bulleted = head?.bullet !== null;
    const kickered = head ? toLink(head.text).kicker !== null : false;
    let j = from;
    // a box holds a bounded number of links: a long run of short lines (results, dates) is
    // then looked at once per line, not once per line and every line after it (linear time)
    while (j < units.length && j - from < maxLinks) {
      const u = units[j];
      if (!u || !(linkish(j) || (oneWord && (isTag(u) || isHyphenLink(u)) && !isOther(u) && !isSiteListLabel(u.text))) || (u.bullet !== null) !== bulleted) break;
      // another box's title starts another box
      if (u.bullet === null && boxTitleLine(units, j, lex)) break;
      // (under a known title a topic too long for a kicker, before a colon, is a kicker's place too)
      if (!bulleted && kickered && !anyForm && toLink(u.text).kicker === null && !(oneWord && /^[^:：]{2,60}[:：]\s/u.test(u.text))) break;
      // plain links share their indentation ("Lue myös" links indented, the next subhead not)
      if (!bulleted && head && u.column !== head.column) break;
      // plain links printed together end where a blank line sets the next line apart (the story
      // goes on under the box: its short lines are not the box's)
      if (!bulleted && head && !head.afterBlank && j > from && u.afterBlank) break;
      j++;
    }
    return j;
  };
  const block = (title: string | null, from: number, to: number): RelatedBlock => ({
    type: "related",
    title,
    text: printed(units, title === null ? from : from - 1, to),
    links: units.slice(from, to).map((u) => toLink(u.text.replace(hyphenBullet, ""))),
  });
  if (first.bullet !== null) {
    const end = collect(start);
    // bullets are often the copy's artifacts: a bulleted list in the story is no box. Untitled bulleted
    // lines are links when half of them or more name a topic before a colon (a teaser's kicker: "• Analys: Därför …")
    // or when they stand after the story's last sentence and share its words; a run is read from its first bullet
    const kickered = units.slice(start, end).filter((u) => toLink(u.text).kicker !== null).length;
    const evidence = units[start - 1]?.bullet == null && (kickered * 2 >= end - start || (!proseFrom(units, end) && onTopic(units, start, end)));
    return end - start >= 2 && evidence && !isFactBox(units, start, end) ? { block: block(null, start, end), next: end, why: `${end - start} bulleted links` } : null;
  }
  if (!isTitleLike(first)) return null;
  if (isTagLabel(first.text)) return readTagList(units, start, lex, isOther);
  // (a title of the word for links, "External links", "BBC以外链接", is a box's over the names of the sites it links to, short as they are)
  const linksTitled = isLinksTitle(first.text);
  const known = linksTitled || boxTitleLine(units, start, lex);
  // a known title over topic tags: the tags are the page's furniture, and a box of links printed under them is the title's box
  const tags = known && !linksTitled ? tagsEnd(units, start + 1, lex) : start + 1;
  if (tags > start + 1) {
    const furniture = new Set(Array.from({ length: tags - start - 1 }, (_, k) => start + 1 + k));
    let end = collect(tags, false, true);
    if (end - tags > 1 && headsProse(units, tags, end - 1)) end--;
    if (end === tags) return { block: null, next: tags, furniture, why: `${tags - start - 1} topic tags under a box title, no link` };
    const box = block(titleText(first.text), tags, end);
    return { block: { ...box, text: [first.text, ...units.slice(tags, end).map((u) => u.text)].join("\n") }, next: end, furniture, why: `${end - tags} links under a box title and its topic tags` };
  }
  // "The council set out three steps:" over bullets introduces a list, not a box of links; after
  // the story's last sentence a label of one to three words ("მსგავსი სიახლეები:", "Similar news:")
  // titles a box when its lines read as one (readPackedBox: headlines that share the story's words)
  if (!known && first.text.endsWith(":") && (wordCount(first.text) > 3 || proseFrom(units, start + 1))) return null;
  const teasers = linksTitled ? null : readTeasers(units, start + 1, lex, linkish, isOther);
  // (under a title no list knows between paragraphs, the title must read as the page's: "Das Programm der ersten Woche" over
  // "Montag" / "Eröffnung des Marktes …" is the story's programme, its days over its events)
  // (over the story's first sentence, short lines under a line no list knows are the page's head, a menu over the headline, its
  // byline and its labels: "Property" / "News" / "Town library to open …" / "Jenny Marsh" is no box with a kicker and a byline)
  if (teasers && (known || (teasers.links.length >= 2 && proseBefore(units, start) && (!proseFrom(units, teasers.next) || pageTitle(units, start, teasers.next))))) {
    return { block: { type: "related", title: titleText(first.text), text: units.slice(start, teasers.next).filter((_, k) => !teasers.furniture.has(start + k)).map((u) => u.text).join("\n"), links: teasers.links }, next: teasers.next, furniture: teasers.furniture, why: `${teasers.links.length} teasers with their kickers or bylines under a ${known ? "box title" : "title line"}` };
  }
  // under an unknown title only bulleted or kickered links make a box, and the links keep the
  // form of the first: when the first is neither, the run need not be collected (linear time)
  const head = units[start + 1];
  if (!known && head && head.bullet === null && toLink(head.text).kicker === null) return readPackedBox(units, start, lex, isOther, isSpaced(units), known);
  let end = collect(start + 1, known);
  // (the last of two or more plain links, the shortest, over prose that takes up its words, is that prose's heading)
  if (head && head.bullet === null && end - start > 2 && headsProse(units, start + 1, end - 1)) end--;
  const links = units.slice(start + 1, end);
  const count = links.length;
  // (a bulleted list under a heading of the story between paragraphs is the story's list: there bullets alone tell nothing, a
  // title no list knows must read as the page's or the links must name their topics, "• Details: Iran warned …")
  const kickers = links.every((u) => toLink(u.text).kicker !== null);
  const structured = kickers || (links.every((u) => u.bullet !== null) && (known || !proseFrom(units, end) || pageTitle(units, start, end)));
  // (under a title no list knows, rows of a fact box, "Pegel Marburg: 5,12 Meter", are kickered but no links)
  const facts = !known && isFactBox(units, start + 1, end);
  const box = (known && count >= 1) || (count >= 2 && structured && !facts) ? { block: block(titleText(first.text), start + 1, end), next: end, why: `${count} ${structured ? "bulleted or kickered " : ""}links under a ${known ? "box title" : "title line"}` } : null;
  // the longer reading wins: "More from UK" over two "Prince Andrew: …" links and four more headlines without a kicker
  const packed = readPackedBox(units, start, lex, isOther, isSpaced(units), known);
  return packed && (!box || packed.next > box.next) ? packed : box;
}

/** Whether most words of four letters or more (three at least) open with a capital: a headline in title case ("Charleston Church Shooter Says …"). */
function titleCased(text: string): boolean {
  const long = wordsOf(text).filter((w) => [...w].length >= 4);
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length * 5 >= long.length * 4;
}

/**
 * One teaser between two paragraphs of the story in an article of spaced paragraphs: a section's
 * label over a headline in title case, printed together and set apart ("The Two-Way" over "In
 * Taped Confession, Charleston Church Shooter Says …"), the headline maybe printed twice, with
 * prose before and after. A credit over a caption is told by its label, a caption by its sentence's
 * end; a heading has no label over it. In a script without case nothing tells a headline from a heading: none is read.
 */
function readSectionTeaser(units: Unit[], at: number, lex: Lexicon, isOther: (u: Unit) => boolean): RelatedRead | null {
  const label = units[at] as Unit;
  const head = units[at + 1];
  if (!head || !isKickerLine(label) || !label.afterBlank || head.afterBlank || !isSpaced(units) || !isProse(units[at - 1]?.text ?? "")) return null;
  if (isOther(label) || isOther(head) || isSiteListLabel(label.text) || isBareCreditLabel(label.text, lex) || boxTitleLine(units, at, lex)) return null;
  // (the label is the page's, not the story's: "Best Documentary" over a film's title names what the prose names, "The Two-Way" does not)
  if (!pageLabel(units, at)) return null;
  const words = wordCount(head.text);
  if (words < 5 || words > 24 || head.bullet !== null || !isLinkLike(head) || endsClause(head.text) || !titleCased(head.text)) return null;
  // (the headline printed again under it is the same teaser)
  const next = units[at + 2]?.text === head.text ? at + 3 : at + 2;
  const after = units[next];
  if (!after || !(after.afterBlank || isOther(after)) || !proseFrom(units, next)) return null;
  return {
    block: { type: "related", title: null, text: printed(units, at, at + 2), links: [{ ...toLink(head.text), kicker: label.text }] },
    next,
    furniture: new Set(next === at + 3 ? [at + 2] : []),
    why: "a section's label over a headline between paragraphs",
  };
}

/** A teaser's title in a run: three words or more, no sentence's or clause's end but ? or !, not a quote or a dash line. */
/** A teaser's title line (read once per line: every start of a run reads the lines under it). */
const runTitleAt = perLine((unit) => (unit.bullet === null && /\p{L}\p{M}*\p{L}/u.test(unit.text) && isLinkLike(unit) && wordCount(unit.text) >= 3 && !/[:：;；,，、。]$/u.test(bare(unit.text)) && !isProse(unit.text) ? 1 : 0));
const isRunTitle = (units: Unit[], k: number) => runTitleAt(units, k) === 1;
/** `isDate` of line `k`, answered once per line and article (each start of a run asks it of every line under it). */
const dateLines = new WeakMap<readonly Unit[], { isDate: (text: string) => boolean; answers: Uint8Array }>();
function dateLineAt(units: Unit[], k: number, isDate: (text: string) => boolean): boolean {
  let memo = dateLines.get(units);
  if (!memo || memo.isDate !== isDate || memo.answers.length !== units.length) dateLines.set(units, (memo = { isDate, answers: new Uint8Array(units.length) }));
  if (memo.answers[k] === 0) memo.answers[k] = isDate((units[k] as Unit).text) ? 2 : 1;
  return memo.answers[k] === 2;
}
/** A teaser's furniture between titles: a date or time, a line without letters (",", "05:02"), a section of one or two words. */
const isRunFurniture = (unit: Unit, isDate: (text: string) => boolean) => !/\p{L}/u.test(unit.text) || (unit.text.length <= 24 && wordCount(unit.text) <= 2 && !/[.!?。！？]$/u.test(unit.text)) || (unit.text.length <= 40 && isDate(unit.text));

/**
 * A run of teaser titles: an optional title line, then three or more headline-shaped lines of
 * about the same length, each maybe followed by its date or section, with or without blank lines
 * between them, and no sentence among them ("More from the region" / "Title" / "12 March" /
 * "Title" / "12 March" …). Where no list knows its title it must stand after the story's last
 * sentence and share words with the story (a site's "most read" list does not); under a known
 * title it may stand anywhere.
 */
function readLinkRun(
  units: Unit[],
  start: number,
  lex: Lexicon,
  isOther: (u: Unit) => boolean,
  isDate: (text: string) => boolean,
  dropped: (u: Unit) => boolean,
  siteList: (u: Unit) => boolean,
): RelatedRead | null {
  const first = units[start] as Unit;
  if (start < (offTopicUntil.get(units) ?? -1) && !boxTitleLine(units, start, lex)) return null;
  if (isSiteListLabel(first.text)) return null;
  // a title line: short, and not a teaser's title itself (or much shorter than the teaser under it: "More from the region")
  const under = units[start + 1];
  // (a person's name alone after the story's last sentence is its sign-off: the run starts under it)
  const signOff = isSignOff(units, start, lex);
  if (signOff && !boxTitleLine(units, start, lex)) return null;
  const titled = boxTitleLine(units, start, lex) || (isTitleLike(first) && !signOff && (!isRunTitle(units, start) || (under !== undefined && isRunTitle(units, start + 1) && wordCount(first.text) <= 5 && wordCount(under.text) >= 2 * wordCount(first.text))));
  const known = titled && boxTitleLine(units, start, lex);
  if (titled && !known && first.text.endsWith(":") && wordCount(first.text) > 4) return null;
  // a title with the noise lexicon's words ("Most Viewed Photos") is a site's list, not the story's box
  if (!known && titled && dropped(first) && siteList(first)) return null;
  // (without a title, the run starts where the titles start: not in the middle of a list, not
  // under a label the noise rules dropped)
  const before = units[start - 1];
  // (a sign-off above, "김철수 기자 kim@…", is no such label: an untitled box may follow the byline at the end)
  if (!titled && before !== undefined && dropped(before) && !isSignOff(units, start - 1, lex)) return null;
  // (in an article of spaced paragraphs, a line printed right under another short line is inside a run, the page's list: no box starts there)
  if (!known && before !== undefined && isSpaced(units) && !first.afterBlank && !isProse(before.text) && !isOther(before)) return null;
  const from = titled ? start + 1 : start;
  // (a run's first title opens it: no teaser's title where it would start, no run; told before its tables are made)
  if (from >= units.length || !isRunTitle(units, from)) return null;
  const titles: number[] = [];
  const furniture = new Set<number>();
  let j = from;
  let gap = 0;
  // the spacing of the first two titles is the run's: a line set apart differently is the story's again
  let spacing: boolean | null = null;
  // so is the shape of its furniture: titles printed one under another end at the first line of
  // furniture ("Video", "2:14 min": teasers of another kind), dated titles at a line that is no date
  // (a site list's title read as a section: "Самое читаемое")
  let furnished: boolean | null = null;
  let dated: boolean | null = null;
  // (the lines of furniture under the first teaser: the pattern of the others)
  let perTeaser: number | null = null;
  while (j < units.length && titles.length < maxLinks) {
    const u = units[j] as Unit;
    const last = titles.length > 0 ? (units[titles.at(-1) as number] as Unit).text : "";
    if (titles.length >= 1 && furniture.size === 0 && spacing === null) spacing = u.afterBlank;
    const spacedAlike = spacing === null || furniture.size > 0 || u.afterBlank === spacing;
    // (a title printed again, or glued to a share button: "Share Title" over "Title", is the same teaser)
    const again = last !== "" && (last.includes(u.text) || u.text.includes(last));
    const dateLike = u.text.length <= 40 && dateLineAt(units, j, isDate);
    // (of the two copies the shorter is the title: the longer has a share button's word glued on)
    if (again && isRunTitle(units, j) && !isOther(u)) {
      const k = titles.length - 1;
      if (u.text.length < last.length) {
        furniture.add(titles[k] as number);
        titles[k] = j;
      } else furniture.add(j);
      j++;
      continue;
    }
    // (a section of three words, "音频材料", where the teasers above printed one more line of furniture under their date, is the teaser's section)
    const section = perTeaser !== null && gap > 0 && gap < perTeaser && u.text.length <= 24 && wordCount(u.text) <= 3 && !/[.!?。！？]$/u.test(u.text);
    if (!dateLike && !section && isRunTitle(units, j) && spacedAlike && !again && !isOther(u) && !boxTitleLine(units, j, lex) && !notALink(units, u)) {
      if (titles.length === 1 && furnished === null) furnished = gap > 0;
      if (titles.length === 1) perTeaser = gap;
      titles.push(j);
      gap = 0;
    // (the first line of furniture under each title is of the kind of the first teaser's, a date or not; a date may have a mark and a section under it,
    // "2012年11月27日" / "," / "香港"; a tags label ends the run)
    } else if (titles.length > 0 && gap < 3 && furnished !== false && (dated === null || gap > 0 || dated === dateLike) && (section || isRunFurniture(u, isDate)) && !boxTitleLine(units, j, lex) && !isSiteListLabel(u.text) && !isTagLabel(u.text)) {
      if (dated === null) dated = dateLike;
      furniture.add(j);
      gap++;
    } else break;
    j++;
  }
  // an untitled run right between two paragraphs (a paragraph over it, one under it) is a box of
  // teasers when its lines are alike and share words with the story before it; its last line is
  // a heading only when it is the shortest and the prose under it takes up its words
  let end = j;
  const lastTitle = titles.at(-1);
  const between = !titled && furniture.size === 0 && titles.length >= 3 && isProse(units[start - 1]?.text ?? "") && isProse(units[end]?.text ?? "");
  if (between && lastTitle !== undefined && headsProse(units, start, lastTitle)) {
    titles.pop();
    end = lastTitle;
  }
  // (a run of short lines between two paragraphs is as often the story's own list, "The Morning Star of Skerry Bay" / "The
  // Good Hope from Hallvik pier" …: the layout must show it as one thing, an article of spaced paragraphs with the run printed
  // together and set apart, or half of its lines or more must name a topic before a colon, as teasers do, "Retraites : …")
  const shownApart = isSpaced(units) && (units[start] as Unit).afterBlank && units.slice(start + 1, end).every((u) => !u.afterBlank) && units[end]?.afterBlank === true;
  const kickered = titles.filter((k) => toLink((units[k] as Unit).text).kicker !== null || /^[^:：]{2,40}\s[:：]\s/u.test((units[k] as Unit).text)).length;
  if (between && (shownApart || kickered * 2 >= titles.length) && titles.length >= 3 && alike(units, start, end) && onTopic(units, start, end) && !isFactBox(units, start, end)) {
    const links = titles.map((k) => toLink((units[k] as Unit).text));
    return { block: { type: "related", title: null, text: printed(units, start, end), links }, next: end, furniture, why: `${titles.length} alike teaser titles between paragraphs` };
  }
  // (so is the last of titles printed one under another that heads a sentence of the story, by its contrast with the titles above it: headsProse)
  if (!between && lastTitle !== undefined && ((proseFrom(units, end) && isProse(units[lastTitle + 1]?.text ?? "")) || (titles.length >= 2 && furniture.size === 0 && lastTitle === end - 1 && headsProse(units, titles[0] as number, lastTitle)))) {
    titles.pop();
    end = lastTitle;
    for (const k of furniture) if (k > end) furniture.delete(k);
  }
  if (titles.length < (known ? 2 : 3)) return null;
  // (a timetable's or a fact box's rows are no teasers)
  if (!known && isFactBox(units, titles[0] as number, end)) return null;
  // titles of about the same length: the longest at most four times the shortest
  const lengths = titles.map((k) => unitWords(units, k));
  if (Math.max(...lengths) > 4 * Math.min(...lengths)) return null;
  const tail = !proseFrom(units, end);
  if (!known && !(tail && onTopic(units, titles[0] as number, end) && !afterSiteList(units, start))) {
    // no run without a known title starts inside this one either when prose follows it or when none of
    // its lines shares a word with the story: the lines under it are not read again (a long list stays linear)
    if (!tail || titles.every((k) => earliestStoryUse(units, k) >= end)) offTopicUntil.set(units, end);
    return null;
  }
  // printed apart from each other (a blank line before each title) or with furniture between: else
  // the packed readers have read it (those read a title over its links: a run without one is read here)
  if (titled && !titles.slice(1).some((k) => (units[k] as Unit).afterBlank) && furniture.size === 0) return null;
  const block: RelatedBlock = {
    type: "related",
    title: titled ? titleText(first.text) : null,
    text: [...(titled ? [first.text] : []), ...titles.map((k) => (units[k] as Unit).text)].join("\n"),
    links: titles.map((k) => toLink((units[k] as Unit).text)),
  };
  return { block, next: end, furniture, why: `${titles.length} teaser titles${furniture.size ? ", their dates and sections" : ""}${titled ? (known ? " under a box title" : " under a title line") : ""}${tail ? " after the story" : ""}` };
}
