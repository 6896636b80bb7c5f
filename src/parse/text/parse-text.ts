/**
 * Plain text → article parts. Copy is read as a reader reads it: headline, metadata lines,
 * lede, then each unit becomes a block by the first rule that fits (noise, caption, related
 * box, list, quote, subhead, paragraph). Plain text is never read as Markdown.
 */
import type { Block, QuoteBlock } from "../../model/article.js";
import { namedSpeakers } from "../attribution.js";
import { textToHtml } from "../html.js";
import type { Lexicon } from "../lexicon/index.js";
import { resolveSpeaker } from "../speakers.js";
import { readCaption } from "./caption.js";
import { readFigure } from "./figure.js";
import type { LineFixes } from "./fixes.js";
import { cutDateline, isBareName, readByline, readDateLine } from "./header.js";
import { readList } from "./list.js";
import { isNoise, isVideoLabel, isVideoMarker, noiseTable } from "./noise.js";
import { continuesQuote, readContinuation, readDashQuote, readIntroducedQuote, readMarkQuote, type TextQuote } from "./quotes.js";
import { readRelated } from "./related.js";
import { normalizeText, toUnits, type Unit } from "./units.js";

export interface TextParts {
  headline: string;
  /** A section or label line printed above the headline. */
  kicker: string | null;
  lede: string;
  byline: string | null;
  /** The author's name alone, from the byline. */
  author: string | null;
  dateline: string | null;
  date: string | null;
  updated: string | null;
  blocks: Block[];
  /** The printed date lines, or null. */
  dateText: string | null;
  /** The source line each block starts on, for messages about it. */
  lines: Map<Block, number>;
  /** Which unit became what, for `galley parse --explain`. */
  trace: TraceEntry[];
}

export interface TraceEntry {
  line: number;
  text: string;
  became: string;
}

export interface ParseTextOptions {
  lex: Lexicon;
  /** A headline given by front matter: the copy then starts with its body. */
  headline?: string | null;
  /** Source line of the text's first line (after front matter). */
  firstLine?: number;
  /** Lines the article's front matter `fix:` decides (see fixes.ts). */
  fixes?: LineFixes;
}

/** Reads plain-text copy into headline, metadata, lede and blocks. */
export function parseText(source: string, options: ParseTextOptions): TextParts {
  const { lex } = options;
  const noise = noiseTable(lex);
  // noise, bylines and date lines stand alone even in hard-wrapped copy
  const standsAlone = (text: string) => isNoise(text, noise) || readByline(text, lex) !== null || readDateLine(text, lex) !== null;
  const units = toUnits(normalizeText(source), options.firstLine ?? 1, standsAlone);
  const trace: TraceEntry[] = [];
  const mark = (u: Unit, became: string) => trace.push({ line: u.line, text: u.text, became });
  const droppedUnits = new Map<Unit, boolean>();
  const dropped = (u: Unit) => {
    let value = droppedUnits.get(u);
    if (value === undefined) droppedUnits.set(u, (value = options.fixes?.dropped(u) ?? (isNoise(u.text, noise) || isVideoLabel(u.text, noise))));
    return value;
  };

  let i = 0;
  const skipNoise = () => {
    while (i < units.length && dropped(units[i] as Unit)) mark(units[i++] as Unit, "noise");
  };

  // Headline, then metadata lines under it.
  skipNoise();
  let headline = options.headline ?? null;
  let kicker: string | null = null;
  if (headline === null) {
    const first = units[i];
    let second = i + 1;
    while (second < units.length && dropped(units[second] as Unit)) second++;
    if (first && isKicker(first, units[second], lex)) {
      kicker = first.text;
      mark(first, "kicker");
      for (let k = i + 1; k < second; k++) mark(units[k] as Unit, "noise");
      i = second;
    }
    const line = units[i];
    headline = line?.text ?? "";
    if (line) mark(line, "headline");
    i++;
  }
  // Byline and date lines: under the headline, or among the first lines of the page (after a
  // standfirst or a photo). The byline keeps the printed lines (so no word is lost), `author`
  // the name alone, `date`/`updated` the times read from them.
  const bylineLines: string[] = [];
  const dateLines: string[] = [];
  let author: string | null = null;
  let date: string | null = null;
  let updated: string | null = null;
  let lastMeta: "byline" | "date" | null = null;
  const readMeta = (u: Unit): boolean => {
    const by = readByline(u.text, lex) ?? (isBareName(u.text) ? u.text : null);
    if (by) {
      bylineLines.push(by);
      author ??= bylineName(by, lex);
      mark(u, "byline");
      lastMeta = "byline";
      return true;
    }
    const dateLine = readDateLine(u.text, lex);
    if (dateLine) {
      date ??= dateLine.date;
      updated ??= dateLine.updated;
      if (dateLine.rest && /^\p{Lu}/u.test(dateLine.rest) && !lex.updatedWords.some((w) => dateLine.rest.toLocaleLowerCase().startsWith(w))) {
        author ??= dateLine.rest;
        bylineLines.push(u.text);
      } else {
        dateLines.push(u.text);
      }
      mark(u, "date");
      lastMeta = "date";
      return true;
    }
    // "By Harriet Quayle" / "BBC News, Devon": an affiliation or job line under a byline
    if (lastMeta === "byline" && !u.afterBlank && u.text.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(u.text) && !/[.!?:;]$/.test(u.text) && !readCaption(u.text, lex)) {
      bylineLines.push(u.text);
      mark(u, "byline");
      return true;
    }
    lastMeta = null;
    return false;
  };
  for (let seen = 0; i < units.length && seen < 6; seen++) {
    const u = units[i] as Unit;
    if (options.fixes?.has(u)) break;
    if (readMeta(u)) {
      i++;
      continue;
    }
    if (dropped(u)) {
      mark(u, "noise");
      i++;
      continue;
    }
    break;
  }
  const frontEnds = i + 10;

  // Body.
  const blocks: Block[] = [];
  const lines = new Map<Block, number>();
  const add = (block: Block, line: number) => {
    blocks.push(block);
    lines.set(block, line);
  };
  let lastSpeaker: string | null = null;
  let videoNext = false;
  const allText = units.map((u) => u.text).join("\n");
  const textBefore = (index: number) => units.slice(0, index).map((u) => u.text).join("\n");
  const isOther = (u: Unit) => dropped(u) || readCaption(u.text, lex) !== null;

  const pushQuote = (quote: TextQuote, at: number, u: Unit) => {
    const previous = blocks.at(-1);
    const lead = quote.attribution && u.text.indexOf(quote.attribution) === 0 ? quote.attribution : "";
    const speaker = resolveSpeaker(quote.subject, {
      before: textBefore(at),
      all: allText,
      recent: [...recentText(blocks), lead].join("\n"),
      previousQuote: previous?.type === "quote" ? previous.speaker : null,
      lastSpeaker,
      lex,
    });
    const block: QuoteBlock = { type: "quote", text: quote.text, speaker, attribution: quote.attribution, html: quoteHtml(quote.text), printed: u.text };
    add(block, u.line);
    if (speaker) lastSpeaker = speaker;
    mark(u, speaker ? `quote (speaker: ${speaker})` : "quote (speaker unknown)");
  };

  while (i < units.length) {
    const u = units[i] as Unit;
    const fixed = options.fixes?.decide({ units, at: i, lex, add, mark, pushQuote, blocks, trace });
    if (fixed != null) {
      i = fixed;
      continue;
    }
    const previous = blocks.at(-1);
    const list = readList(units, i, previous?.type === "paragraph" && previous.text.endsWith(":"));
    if (list) {
      add(list.block, u.line);
      for (let k = i; k < list.next; k++) mark(units[k] as Unit, "list item");
      i = list.next;
      continue;
    }
    // before noise: "Read more" is noise when nothing follows it, a box title when links do
    const related = readRelated(units, i, lex, isOther);
    if (related) {
      add(related.block, u.line);
      for (let k = i; k < related.next; k++) mark(units[k] as Unit, k === i && related.block.title ? "related (title)" : "related link");
      i = related.next;
      continue;
    }
    // metadata printed after the standfirst or a photo, near the top
    if (i < frontEnds && blocks.filter((b) => b.type === "paragraph").length <= 1 && !dropped(u) && readMeta(u)) {
      i++;
      continue;
    }
    if (dropped(u)) {
      if (isVideoMarker(u.text, noise)) videoNext = true;
      mark(u, "noise");
      i++;
      continue;
    }
    const lastUnit = units[i - 1];
    const figure = readFigure(units, i, lex, previous?.type === "paragraph" && lastUnit && previous.text === lastUnit.text ? lastUnit : null);
    if (figure) {
      if (figure.takesPrevious) blocks.pop();
      const kind = videoNext || /^video\b/iu.test(u.text) ? "video" : "image";
      add({ type: "media", kind, text: figure.text, src: null, alt: null, caption: figure.caption, credit: figure.credit }, u.line);
      videoNext = false;
      for (let k = i; k < figure.next; k++) mark(units[k] as Unit, `media (${kind})`);
      i = figure.next;
      continue;
    }
    videoNext = false;
    // an ALL CAPS crosshead in quotation marks ("‘WE WERE NOT ASKED’") is a heading, not a quote
    if (/\p{Lu}{3}/u.test(u.text) && u.text === u.text.toLocaleUpperCase() && isSubhead(units, i, true, dropped)) {
      add({ type: "subhead", text: u.text }, u.line);
      mark(u, "subhead");
      i++;
      continue;
    }
    const dash = readDashQuote(u.text, lex);
    if (dash) {
      pushQuote(dash, i, u);
      i++;
      continue;
    }
    const quote = readMarkQuote(u.text, lex) ?? readIntroducedQuote(u.text, lex);
    if (quote) {
      let merged: TextQuote & { open: boolean } = quote;
      let j = i + 1;
      while (merged.open && j < units.length && continuesQuote((units[j] as Unit).text)) {
        const more = readContinuation((units[j] as Unit).text, lex);
        mark(units[j] as Unit, "quote (continued)");
        merged = {
          text: `${merged.text}\n\n${more.text}`,
          attribution: [merged.attribution, more.attribution].filter(Boolean).join(" ") || null,
          subject: merged.subject ?? more.subject,
          open: more.open,
        };
        j++;
      }
      pushQuote(merged, i, u);
      i = j;
      continue;
    }
    if (isSubhead(units, i, blocks.length > 0 || trace.some((t) => t.became === "paragraph"), dropped)) {
      add({ type: "subhead", text: u.text }, u.line);
      mark(u, "subhead");
      i++;
      continue;
    }
    add({ type: "paragraph", text: u.text, html: textToHtml(u.text) }, u.line);
    const named = namedSpeakers(u.text, lex);
    if (named.length > 0) lastSpeaker = named.at(-1) ?? lastSpeaker;
    mark(u, "paragraph");
    i++;
  }

  // The lede is the first paragraph; a wire dateline is cut off it.
  const ledeIndex = blocks.findIndex((b) => b.type === "paragraph" && (!options.fixes?.lede || b === options.fixes.lede));
  let lede = "";
  let dateline: string | null = null;
  if (ledeIndex >= 0) {
    const [ledeBlock] = blocks.splice(ledeIndex, 1);
    const cut = cutDateline(ledeBlock?.type === "paragraph" ? ledeBlock.text : "");
    lede = cut.rest;
    dateline = cut.dateline;
    const entry = trace.find((t) => t.became === "paragraph");
    if (entry) entry.became = dateline ? `lede (dateline: ${dateline})` : "lede";
  }
  const byline = bylineLines.length > 0 ? [...bylineLines, ...dateLines].join(" · ") : null;
  return { headline, kicker, lede, byline, author, dateline, date, updated, dateText: dateLines.join(" · ") || null, blocks, lines, trace };
}

/**
 * A kicker (section or label line) above the headline: a few words without end punctuation,
 * followed by a line that reads as a headline rather than a byline, a date or a lede.
 */
function isKicker(first: Unit, next: Unit | undefined, lex: Lexicon): boolean {
  if (!next) return false;
  const words = first.text.split(/\s+/).length;
  if (words > 4 || first.text.length > 40 || /[.!?,;:]$/u.test(first.text)) return false;
  if (readByline(first.text, lex) || readDateLine(first.text, lex)) return false;
  const nextWords = next.text.split(/\s+/).length;
  return nextWords > words && nextWords <= 25 && !/[.;,]$/u.test(next.text) && !readByline(next.text, lex) && !readDateLine(next.text, lex) && !readCaption(next.text, lex);
}

/** The name in a byline line: "By Jane Doe" → "Jane Doe", "Jane Doe, Reuters" → "Jane Doe". */
function bylineName(line: string, lex: Lexicon): string {
  const prefix = lex.bylinePrefixes.find((p) => line.startsWith(`${p} `));
  return (prefix ? line.slice(prefix.length + 1) : line).trim();
}

/** The text of the last two blocks before a quote, where a pronoun finds its person. */
function recentText(blocks: Block[]): string[] {
  return blocks.slice(-2).map((b) => (b.type === "paragraph" ? b.text : b.type === "quote" ? (b.attribution ?? "") : ""));
}

/** A quote's paragraphs (separated by blank lines in `text`) as inline HTML. */
export const quoteHtml = (text: string) => text.split("\n\n").map(textToHtml).join("<br><br>");

/**
 * A subhead: a short line without end punctuation (or ending in a colon or question mark), in
 * the body, followed by more text; not a line that ends the story.
 */
function isSubhead(units: Unit[], i: number, inBody: boolean, dropped: (u: Unit) => boolean): boolean {
  const u = units[i];
  if (!u || !inBody || u.bullet !== null) return false;
  const words = u.text.split(/\s+/).length;
  if (words > 14 || u.text.length > 90) return false;
  if (/[.,;!…]$/u.test(u.text) || /^[–—―-]\s/u.test(u.text)) return false;
  // a line in quotation marks is a quote, unless it is an ALL CAPS crosshead ("‘WE WERE NOT ASKED’")
  if (/^[“„»«"‘]/u.test(u.text) && u.text !== u.text.toLocaleUpperCase()) return false;
  let j = i + 1;
  while (j < units.length && dropped(units[j] as Unit)) j++;
  const next = units[j];
  if (next === undefined || !(next.text.length >= 60 || /[.!?:”"»]$/u.test(next.text))) return false;
  // "The city will:" over a list introduces the list; it is not a heading
  return !(u.text.endsWith(":") && readList(units, j, true) !== null);
}
