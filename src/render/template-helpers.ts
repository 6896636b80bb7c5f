/**
 * Functions every template may call by name (`<%= clip(a.summary, 260) %>`). Small, pure, and
 * the same in the built-in templates and a site's own.
 */

import { segmentsOf } from "../parse/segments.js";

/** JSON for `<script type="application/ld+json">`: `<`, `>`, `&` escaped so no text can close the script. */
function jsonld(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The text on one line: line breaks and the spaces around them become one space. */
function oneLine(text: string | null | undefined): string {
  return (text ?? "").replace(/\s*[\r\n]+\s*/g, " ").trim();
}

const sentences = new Map<string, Intl.Segmenter>();
const words = new Map<string, Intl.Segmenter>();
function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: "sentence" | "word"): Intl.Segmenter {
  let found = cache.get(lang);
  if (!found) {
    try {
      found = new Intl.Segmenter(lang, { granularity });
    } catch {
      found = new Intl.Segmenter("en", { granularity });
    }
    cache.set(lang, found);
  }
  return found;
}

/**
 * `text` cut to at most `max` characters: at the end of a sentence when one ends in the last
 * third, else at the end of a word, with an ellipsis. Sentences and words come from
 * `Intl.Segmenter` in the text's language (`lang`), so text without spaces is cut too.
 */
function clip(text: string | null | undefined, max: number, lang = "en"): string {
  // a page prints its description three times and a summary is shown on many listing pages:
  // each text is cut once (segmenting is most of a page's rendering time otherwise)
  const head = (text ?? "").slice(0, max * 2 + 65);
  const key = `${max}\0${lang}\0${head}`;
  let found = clipped.get(key);
  if (found === undefined) {
    if (clipped.size >= 4096) clipped.clear();
    found = cut(head, max, lang);
    clipped.set(key, found);
  }
  return found;
}
const clipped = new Map<string, string>();

function cut(text: string | null | undefined, max: number, lang: string): string {
  // only the head of a long text is looked at: a 1 MB lede is cut as fast as a short one
  const whole = oneLine((text ?? "").slice(0, max * 2 + 64));
  if (whole.length <= max && (text ?? "").length <= max * 2 + 64) return whole;
  let sentenceEnd = 0;
  for (const s of segmenter(sentences, lang, "sentence").segment(whole)) {
    const end = s.index + s.segment.trimEnd().length;
    if (end > max) break;
    sentenceEnd = end;
  }
  if (sentenceEnd >= max * 0.6) return whole.slice(0, sentenceEnd);
  let wordEnd = 0;
  for (const w of segmenter(words, lang, "word").segment(whole)) {
    const end = w.index + w.segment.length;
    if (end > max - 1) break;
    if (w.isWordLike) wordEnd = end;
  }
  const head = whole.slice(0, wordEnd || max - 1).replace(/[\s,;:–—-]+$/u, "");
  return `${head}…`;
}

/** `&`, `<`, `>`, `"`, `'` as entities. */
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" };
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] as string);
}

/** Opening quote marks and the marks that close them, in the conventions real copy uses. */
const closers: Record<string, string> = { "“": "”", "„": "“", "‚": "‘", "«": "»", "»": "«", "「": "」", "『": "』", "‘": "’", '"': '"', "”": "”", "《": "》", "〈": "〉", "‹": "›", "›": "‹" };

/** Where each quoted passage of `printed` is (between marks), as [start, end) ranges of the words inside the marks. */
function markedRanges(printed: string): [number, number][] {
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < printed.length) {
    const close = closers[printed[i] as string];
    // an opening mark starts a word: at the start, or after a space or an opening bracket/dash
    if (close && (i === 0 || /[\s([{\u2013\u2014:;-]/u.test(printed[i - 1] as string))) {
      const end = printed.indexOf(close, i + 1);
      if (end > i + 1) {
        ranges.push([i + 1, end]);
        i = end + 1;
        continue;
      }
      // a quote that runs on into the next paragraph opens with a mark and is closed there
      if (end < 0 && printed.slice(i + 1).trim() !== "") {
        ranges.push([i + 1, printed.trimEnd().length]);
        break;
      }
    }
    i++;
  }
  return ranges;
}

/** Words of a text, for finding which passages hold a quote's words. */
function wordsOf(text: string): string[] {
  return [...segmentsOf(segmenter(words, "und", "word"), text)].filter((w) => w.isWordLike).map((w) => w.segment.toLocaleLowerCase());
}

/**
 * Where the clauses of `text` stand in `printed`, in order and apart from one another (the
 * punctuation that joins them in `text` may differ from the copy's), merged where only spaces or
 * punctuation part them; null unless every clause is found and they make two runs or more.
 */
function resumedSpeech(printed: string, text: string): [number, number][] | null {
  const clauses = text.split(/(?<=[.!?…,;:])\s+/u).map((c) => c.replace(/[.,;:]$/u, "")).filter((c) => c !== "");
  if (clauses.length < 2) return null;
  const ranges: [number, number][] = [];
  let from = 0;
  for (const clause of clauses) {
    const at = printed.indexOf(clause, from);
    if (at < 0) return null;
    const last = ranges.at(-1);
    if (last && !/[\p{L}\p{N}]/u.test(printed.slice(last[1], at))) last[1] = at + clause.length;
    else ranges.push([at, at + clause.length]);
    from = at + clause.length;
  }
  return ranges.length >= 2 ? ranges : null;
}

/**
 * A quote block's paragraph exactly as printed, as safe HTML, with the quoted words marked up:
 * `<q data-speaker="…">` around each passage of `printed` that holds the quote's words (the
 * quote marks stay as printed, outside the element). Found from the block's `text`: the whole
 * text where `printed` has it as is, else the passages between quote marks whose words are the
 * quote's, else (a dash quote) the part after the speech dash. Nothing is added or left out.
 */
function printedQuote(block: { text: string; printed?: string | null; html?: string; speaker: string | null }): string {
  const printed = block.printed ?? block.text;
  const open = `<q${block.speaker ? ` data-speaker="${escape(block.speaker)}"` : ""}>`;
  const wrap = (ranges: [number, number][]) => {
    let html = "";
    let at = 0;
    for (const [start, end] of ranges) {
      html += `${escape(printed.slice(at, start))}${open}${escape(printed.slice(start, end))}</q>`;
      at = end;
    }
    return html + escape(printed.slice(at));
  };
  const text = block.text.trim();
  const whole = text === "" ? -1 : printed.indexOf(text);
  if (whole >= 0) return wrap([[whole, whole + text.length]]);
  const quoteWords = new Set(wordsOf(text));
  const passages = markedRanges(printed).filter(([start, end]) => {
    const inside = wordsOf(printed.slice(start, end));
    // the passage opens with the quote's words (a quote's text may stop before the passage does)
    return inside.length > 0 && inside.slice(0, 3).every((w) => quoteWords.has(w));
  });
  if (passages.length > 0) return wrap(passages);
  // speech resumed after an attribution set into it ("—Todos a salvo —dijo X—. Ahora toca …"):
  // each run of the text where `printed` has it, in order
  const pieces = resumedSpeech(printed, text);
  if (pieces) return wrap(pieces);
  const dash = /^\s*[\u2013\u2014-]\s*/u.exec(printed);
  if (dash) {
    const start = dash[0].length;
    // up to the end of the quoted words: the last of them, as a whole word, in the paragraph
    const last = wordsOf(text).at(-1);
    const end = last ? lastWordEnd(printed, last, start) : -1;
    if (end > start) return wrap([[start, end]]);
  }
  return escape(printed);
}

/** The end of the last whole-word occurrence of `word` (lower case) in `text` at or after `from`, or -1. */
function lastWordEnd(text: string, word: string, from: number): number {
  let end = -1;
  for (const w of segmentsOf(segmenter(words, "und", "word"), text)) {
    if (w.index >= from && w.isWordLike && w.segment.toLocaleLowerCase() === word) end = w.index + w.segment.length;
  }
  return end;
}

/**
 * The direction `lang` is written in, from CLDR through `Intl.Locale` ("ar", "he", "fa", "ur" are
 * right to left): templates set `dir` where an article's direction differs from the page's.
 */
export function dir(lang: string): "rtl" | "ltr" {
  // asked for each teaser on a page: each language is looked up once (Intl.Locale is slow to make)
  let found = directions.get(lang);
  if (found === undefined) directions.set(lang, (found = direction(lang)));
  return found;
}
const directions = new Map<string, "rtl" | "ltr">();

function direction(lang: string): "rtl" | "ltr" {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === "rtl" ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

export const templateHelpers = { jsonld, oneLine, clip, escape, printedQuote, dir };
