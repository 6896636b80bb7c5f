/**
 * Page noise: lines a browser copy brings along that are not the article (share buttons,
 * "Advertisement", video placeholders, reading times). Dropped, never a content line.
 */
import type { Lexicon } from "../lexicon/index.js";
import { isPlayerControl, isReadingTime, isRightsNotice } from "../lexicon/interface-words.js";
import { countWords } from "../segments.js";
import { patternSet, type PatternSet } from "./pattern-set.js";

const key = (s: string) => lowerKey(s.toLocaleLowerCase());
/** `key` of a line already in lower case (each replacement only where it changes something). */
const lowerKey = (lower: string) => {
  // (a label's colon in any width: "Share:", "分享到：")
  const stripped = /[\s:：.…!]/u.test(lower.charAt(lower.length - 1)) ? lower.replace(/[\s:：.…!]+$/u, "") : lower;
  return (/[^\S ]| {2}/u.test(stripped) ? stripped.replace(/\s+/g, " ") : stripped).trim();
};

/** Noise by shape, whatever the language: counters, bare numbers, rules, menus, reading times. */
/** A shape tested only on a line holding `mark`, which it cannot match without: the cheap test first, and an expression compiled only for a page that has such a line. */
const withMark = (mark: string, shape: RegExp) => ({ test: (line: string) => line.includes(mark) && shape.test(line) });

const shapes: { test(line: string): boolean }[] = [
  /^\d+\s*(min|mins|minute|minutes|minuter|minutter|minuten|minuutin)\.?\s+(read|läsning|lesetid|læsetid|lesezeit|lecture)$/iu,
  /^(slideshow|gallery|galleri|bildspel)\s*\(\s*\d+\s*(images?|photos?|bilder)\s*\)$/iu,
  /^(facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|mail|google\+|pinterest|reddit|print|imprimer|envoyer|partager|telegram|copy link)\s*:\s*\S*$/iu,
  // photo counters "1 of 2", "3/12"
  /^\d+\s*(of|av|af|von|de|sur|\/)\s*\d+$/iu,
  // a player's elapsed and total time ("0:00 / 2:31", "00:00 / 01:45")
  withMark("/", /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u),
  // an audio player's speed ("1.0x", "1,5×")
  /^\d(?:[.,]\d{1,2})?\s?[x×]$/u,
  // a bare number (share counts) or a line of only punctuation and symbols ("___", "* * *")
  /^[\d\s.,]+$/u,
  // (an emoji line is someone's words, not a rule)
  // (the whole line is tested for marks first: a line of words fails at its first letter, before the look for an emoji)
  /^(?=[\p{P}\p{S}\s]+$)(?!.*\p{Extended_Pictographic})[\p{P}\p{S}\s]+$/u,
  // a web address alone on its line
  /^(https?:\/\/)?([\w-]+\.)+[a-z]{2,}(\/\S*)?\.?$/iu,
  // an e-mail address alone on its line (the author box's contact; the spec: author boxes are noise)
  withMark("@", /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u),
  // a social handle alone on its line ("@newsdesk"): the author box's or the share bar's
  withMark("@", /^@[\p{L}\p{N}_.]{2,30}$/u),
  // a view counter ("Visto 314 veces", "1.204 views", "Gelesen 80 Mal")
  /^(visto|vista|leído|lido|gelesen|läst|lest|læst|lu|letto|viewed|read)\s+[\d.,\s]+\s+(veces|vezes|times|mal|gånger|ganger|gange|fois|volte)$/iu,
  /^[\d.,\s]+\s*(views|visualizaciones|visualizações|visualizzazioni|aufrufe|visningar|visninger|vues|lecturas|leituras|wyświetleń|просмотров|просмотра)$/iu,
  // a view counter with its label before the count, in scripts without a case ("阅读量：3251",
  // "อ่าน 2,104 ครั้ง", "조회수 1,024", "بازدید: 512"): the label, the number, at most a counter's word
  /^(?:阅读|閱讀|阅读量|閱讀量|阅读数|閱讀數|浏览|瀏覽|浏览量|瀏覽量|点击量|點擊量|閲覧数|閲覧|조회수|조회|อ่าน|ยอดวิว|ผู้เข้าชม|بازدید|تعداد بازدید|مشاهدات|عدد المشاهدات|צפיות|Lượt xem|Dilihat|Просмотров|Просмотры|Переглядів|Перегляди|Görüntülenme|Okunma)\s*[:：]?\s*[\d.,\s]+\s*(?:次|回|회|ครั้ง|بار|kez|kali|lần|раз)?$/iu,
  // an embed code pasted with the page ("Embed <iframe src=…>")
  /^(\p{L}+\s*)?<iframe\b[^>]*>(\s*<\/iframe>)?$/iu,
  // a player's metadata: "Label: value" fields between bars ("Source: PM | Duration: 3min 13sec")
  withMark("|", /^[\p{L} ]{2,24}:\s*[^|:]{1,40}(\s\|\s[\p{L} ]{2,24}:\s*[^|:]{1,40})+$/u),
];

/** A reading time or a rights notice, in any language of the interface table (a whole short line). */
const isPageMeta = (line: string) => (line.length <= 200 && isRightsNotice(line, (text) => countWords(text, 21))) || isReadingTime(line) || isCounter(line);

const counter = /^(?:[\p{L}\p{M}]{1,12}\s*)?(\d{1,3})\s*(?:\/|\p{Ll}{1,3})\s*(\d{1,3})$/u;
/**
 * A gallery's counter with its one-word label ("Photo 1 of 4", "Фото 3 из 10", "写真 2/5", "Bild
 * 2 von 9"): a word, a number, a short word or a slash, a number no smaller; the connective is any
 * short word, so no language's list is needed.
 */
export function isCounter(line: string): boolean {
  if (line.length > 30) return false;
  const m = counter.exec(line);
  if (!m) return false;
  const at = Number(m[1]);
  const of = Number(m[2]);
  return at >= 1 && at <= of;
}

/**
 * A menu or masthead line: short pieces between pipes ("Unsubscribe | Update your preferences").
 * A row with figures (`Labour | 412 votes | 34 percent`) is a table, not a menu.
 */
const isMenu = (text: string) => {
  if (!text.includes(" | ")) return false;
  const pieces = text.split(" | ");
  return pieces.length >= 2 && !/\p{Nd}/u.test(text) && pieces.every((p) => p.trim() !== "" && countWords(p, 6) <= 6 && !/[.!?]$/.test(p.trim()));
};

export interface NoiseTable {
  phrases: Set<string>;
  /** Every noise pattern of the lexicon, asked as one (each compiled when a line could match it). */
  patterns: PatternSet;
  videoMarkers: Set<string>;
}

const tables = new WeakMap<Lexicon, NoiseTable>();

/** The noise table of a lexicon, built once. */
export function noiseTable(lex: Lexicon): NoiseTable {
  let table = tables.get(lex);
  if (!table) {
    table = {
      phrases: new Set(lex.noise.map(key)),
      patterns: patternSet(lex.noisePatterns, "u"),
      videoMarkers: new Set(lex.videoMarkers.map(key)),
    };
    tables.set(lex, table);
  }
  return table;
}

/** Whether a whole line is page noise. */
export function isNoise(text: string, table: NoiseTable): boolean {
  const line = text.trim();
  // patterns are written in lower case and tried on the lower-cased line (much faster than /i);
  // a line of more than 400 characters is body text, not a prompt
  return table.phrases.has(key(line)) || shapes.some((p) => p.test(line)) || isPageMeta(line) || (line.length <= 400 && table.patterns.test(line.toLocaleLowerCase())) || isMenu(line);
}

/**
 * Why a line looks like noise, strongest first: `phrase` (the whole line is a noise phrase) and
 * `shape` (counters, rules, addresses) are proof; `words` (a noise pattern such as a cookie or
 * newsletter prompt, or a menu) is evidence that the line model weighs with the line's shape.
 */
/** Whether a whole line (or one word of a menu) is a noise phrase or a video marker: `noiseEvidence(text) === "phrase"`, without the shapes and patterns. */
export function isNoisePhrase(text: string, table: NoiseTable): boolean {
  const lineKey = lowerKey(text.trim().toLocaleLowerCase());
  return table.phrases.has(lineKey) || table.videoMarkers.has(lineKey);
}

export function noiseEvidence(text: string, table: NoiseTable): NoiseEvidence {
  // (a line printed again and again, a result or a date line, is read once while it is recent)
  let recent = recentEvidence.get(table);
  if (!recent) recentEvidence.set(table, (recent = new Map()));
  let evidence = recent.get(text);
  if (evidence === undefined) {
    if (recent.size >= 1024) recent.clear();
    recent.set(text, (evidence = readEvidence(text, table)));
  }
  return evidence;
}
type NoiseEvidence = "phrase" | "shape" | "words" | null;
const recentEvidence = new WeakMap<NoiseTable, Map<string, NoiseEvidence>>();

function readEvidence(text: string, table: NoiseTable): NoiseEvidence {
  const line = text.trim();
  // (lower-cased once, for the key and the patterns)
  const lower = line.toLocaleLowerCase();
  const lineKey = lowerKey(lower);
  if (table.phrases.has(lineKey) || table.videoMarkers.has(lineKey)) return "phrase";
  if (shapes.some((p) => p.test(line)) || isPageMeta(line)) return "shape";
  if ((line.length <= 400 && table.patterns.test(lower)) || isMenu(line)) return "words";
  return null;
}

/** A line that only marks a video ("Video", "Play video"): dropped, like noise. */
export function isVideoLabel(text: string, table: NoiseTable): boolean {
  return table.videoMarkers.has(key(text));
}

/** Whether a dropped line stands for an embedded video (so the next caption is a video's): a video's label, or a player's control or time under it ("Lire la vidéo" / "0:00 / 1:47" / "Sous-titres"). */
export function isVideoMarker(text: string, table: NoiseTable): boolean {
  return isVideoLabel(text, table) || isPlayerControl(text.trim()) || (/video|vidéo|vídeo|javascript/iu.test(text) && isNoise(text, table));
}
