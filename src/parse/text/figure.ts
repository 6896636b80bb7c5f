/**
 * Figures in plain text: a caption and its credit on one line or on two adjacent lines, in
 * either order ("Photo: Jane Doe/AP" over "Protesters march …"), a lone "Credit" label over the
 * credit, and screen-reader labels glued before the caption ("Image caption, …").
 */
import { baseLanguage, lexicons, type Lexicon } from "../lexicon/index.js";
import { isAgencyName, isPortraitCaption, isPrivateCredit, isBareCaptionLabel, isPictureControl, isBareCreditLabel, isDatedCaption, readCaption, readLabelledCaption, withoutReservedNote } from "./caption.js";
import { isKoreanReporterLine, readBracketedSource, readForeignLabelCredit, readForOutletCredit, readPhraseWithSource, type LoneCredit } from "./lone-credit.js";
import type { Unit } from "./units.js";
import { countWords } from "../segments.js";
import { cutDateline } from "./header.js";

export interface Figure {
  caption: string | null;
  credit: string | null;
  /** The lines as printed. */
  text: string;
  /** Index of the first unit after the figure. */
  next: number;
  /** The caption is the unit just before (already read as a paragraph): take it back. */
  takesPrevious: boolean;
  /** Which evidence made it a figure (for `galley parse --explain`). */
  why?: string;
}

const plausibleCaption = (unit: Unit | undefined, atMost = 45): unit is Unit =>
  // (the marks first, then the length, and only then the words: counting them can take the segmenter)
  unit !== undefined && unit.bullet === null && !/^[–—―-]\s|^[“„»«"‘]/u.test(unit.text) && (unit.text.length <= atMost || countWords(unit.text, atMost + 1) <= atMost);
/**
 * A caption printed under its credit is short; a paragraph of body length under a credit is the
 * story going on, and before the body has begun (a lead photo's credit over the lede) only a
 * short line can be the caption.
 */
const captionBelow = (bodyStarted: boolean) => (bodyStarted ? 25 : 12);

const shortCredit = (text: string) => text.length <= 70 && countWords(text, 10) <= 9 && !/[.!?。！？]$/u.test(text);

/**
 * Reads a figure starting at `units[i]`. `previous` is the unit before it when that unit became
 * a paragraph (a caption printed above a credit line). `afterMeta`: a byline or date line was read
 * under the headline (a short line right under the headline, over them or over the dateline, is the
 * standfirst; under them, over the dateline, the lead picture's caption).
 */
export function readFigure(units: Unit[], i: number, lex: Lexicon, previous: Unit | null, bodyStarted = true, atEnd: () => boolean = () => false, ledeAbove: () => boolean = () => false, underHead: () => boolean = () => false): Figure | null {
  const u = units[i];
  if (!u) return null;
  const printed = [u.text];
  let caption: string | null = null;
  let credit: string | null = null;
  let weak: LoneCredit | null = null;
  let next = i + 1;
  let why: string;
  const after = units[i + 1];
  // (a label over a caption and its own credit line, "写真" over "…跡地" over "写真＝…", is a slot's: readSlotFigure)
  const creditAfter = (k: number) => units[k] !== undefined && readCaption((units[k] as Unit).text, lex)?.caption === null;
  if (isBareCreditLabel(u.text, lex) && after && !after.afterBlank && shortCredit(after.text) && !creditAfter(i + 2)) {
    credit = after.text;
    printed.push(after.text);
    next = i + 2;
    why = "a credit label over its credit";
  } else {
    const read = readCaption(u.text, lex);
    const labelled = readLabelledCaption(u.text, lex);
    // (the story's last paragraph closing on a name in brackets is signed, not captioned: sign-off.ts)
    // (and so is the story's last paragraph that its agency's name alone closes, "… noch unklar. (dpa)")
    if ((read?.byShape || (read?.caption && isAgencyName(read.credit))) && atEnd()) return null;
    // (a place and a day with the agency in brackets, "Granada, 3 dic (EFE)", is a date line, not a caption and its credit)
    // (not so with a private source: "Jeanne Lefort, en 1972. Archives de la famille")
    if (read?.caption && isPlaceAndDay(read.caption) && !isPrivateCredit(read.credit)) return null;
    if (read) {
      credit = read.credit;
      caption = read.caption === null ? null : (readLabelledCaption(read.caption, lex) ?? read.caption);
      why = read.caption === null ? "a credit line" : "a caption with its credit";
    } else if (labelled) {
      // (the story's last paragraph may close on the page's "all rights reserved")
      if (withoutReservedNote(u.text) !== null && atEnd()) return null;
      caption = labelled;
      why = "a caption label";
    } else if ((weak = besideCaption(units, i, lex, previous, bodyStarted, atEnd, ledeAbove))) {
      caption = weak.caption;
      credit = weak.credit;
      why = "a lone credit";
    } else if (isDatedCaption(u.text) && plausibleCaption(u)) {
      // (the shape first: every line of the story that is no caption comes here, and counting its words can take the segmenter)
      // a Japanese caption without a credit: the picture's day and place after "＝" where the credit goes (caption.ts)
      // (never a line by the shape of its sentence alone: a person's place in it, "Berlin (Mitte)", or a short line
      // over the dateline paragraph is as often the story's or its standfirst)
      caption = u.text;
      why = "a caption's day and place after '＝'";
    } else if (underHead() && (weak = readPhraseWithSource(u.text))) {
      // the lead picture's caption under the head, with its source in brackets: "Rossi esulta dopo il gol del 2-1 (LaPresse)" (lone-credit.ts)
      caption = weak.caption;
      credit = weak.credit;
      weak = null;
      why = "a caption's phrase and its source in brackets, under the head";
    } else if (isPortraitCaption(u.text) && underHead()) {
      // an obituary's or a profile's portrait under the head: a name and the years of a life, or of the picture (caption.ts)
      caption = u.text;
      why = "a portrait's name and years under the head";
    } else if (counted(u.text) !== null) {
      // "3 / 12 Residents fill sandbags …": a gallery's counter glued before the caption
      caption = counted(u.text);
      why = "a gallery counter before it";
    } else if (after && !after.afterBlank && isGalleryCounter(after.text) && (units[i + 2] === undefined || (units[i + 2] as Unit).afterBlank) && shortCaptionLine(u.text) && countWords(u.text, 3) >= 3) {
      // a caption over its gallery's counter ("Residents fill sandbags …" over "3 / 12"), the two set apart
      // (a counter with lines on both sides and no blank between heads the line under it: parse-text.ts)
      caption = u.text;
      printed.push(after.text);
      next = i + 2;
      why = "over a gallery counter";
    } else {
      return null;
    }
  }
  let takesPrevious = false;
  const adjacent = units[next];
  if (caption === null) {
    // a credit line's caption: the line right above it, else the line right below it, else the
    // paragraph above it across a blank line (copy that sets every line apart)
    // (a paragraph that opens with a dateline is the story's first paragraph, never a caption: the credit is a lone photo's)
    // (under a credit that describes rather than names, "عکس: نمایی از خیابان‌های شهر", only a short line above is its caption: a paragraph there is the story's)
    const describes = credit !== null && countWords(credit, 6) > 4 && !/[/©]/u.test(credit) && !namesOnly(credit);
    // (beside a credit its shape alone does not prove, only a line of one sentence: lone-credit.ts)
    // (a credit its shape alone does not prove takes only the line right above it: across a blank line, the line above is the story's)
    // (unless the copy sets its credit lines apart from their captions: another credit, one its shape proves, stands so)
    const above = previous !== null && plausibleCaption(previous, describes ? 20 : 45) && (weak === null || (shortCaptionLine(previous.text) && (!u.afterBlank || setsCreditsApart(units, lex)))) && !readCaption(previous.text, lex) && cutDateline(previous.text, lex.lang).dateline === null ? previous : null;
    // (across a blank line too, under a credit set apart from the story's first paragraph above it: a caption's phrase
    // of a few words without a sentence's stop, "Radfahrer auf der Friedrichstraße in Berlin"; the story's sentences end in one)
    // (or, in copy that sets every line apart, a line of one sentence under a credit whose line above is a paragraph of several)
    const phraseBelow = adjacent !== undefined && adjacent.afterBlank && u.afterBlank && previous !== null && plausibleCaption(adjacent, captionBelow(bodyStarted)) && countWords(adjacent.text, 3) >= 3 &&
      ((ledeAbove() && !/[.!?。！？؟।:：]["”’»)]*$/u.test(adjacent.text)) || (!shortCaptionLine(previous.text) && shortCaptionLine(adjacent.text)));
    // (or under the head, in copy that sets every line apart: a caption's phrase without a stop over the story's first sentence,
    // "图/视觉中国" / "上海陆家嘴金融区夜景" / "12月5日，A股三大指数集体收涨。"; in a script whose sentences have no stop, Thai, the story's line has none either)
    const phraseAtHead = adjacent !== undefined && adjacent.afterBlank && u.afterBlank && underHead() && !/[.!?。！？؟।:：]/u.test(adjacent.text) && shortCaptionLine(adjacent.text) && endsSentence(units[next + 1]?.text ?? "");
    const adjacentText = adjacent?.text ?? "";
    const below = adjacent && (!adjacent.afterBlank || phraseBelow || phraseAtHead) && weak === null && (plausibleCaption(adjacent, captionBelow(bodyStarted)) || (captionPhrase(adjacentText) && plausibleCaption(adjacent, 25)) || (plausibleCaption(adjacent) && readLabelledCaption(adjacentText, lex) !== null)) && !readCaption(adjacentText, lex) ? adjacent : null;
    // (with a line on each side, no blank between: the line of one sentence, not the story's paragraph of several or its first paragraph)
    // (or a credit line with the story's sentence above, closed by its stop, and a phrase below without one: the label heads
    // the caption under it, "… informó la Secretaría. / Foto: Especial / Comerciantes observan los daños")
    // (in a run of the story's lines, no blank line around them: a figure set apart, or a caption that closes its group, is a caption over its credit)
    const glued = (k: number) => units[k] !== undefined && !(units[k] as Unit).afterBlank;
    const phraseUnderSentence = below !== null && above !== null && !u.afterBlank && !above.afterBlank && glued(i - 2) && glued(next) && glued(next + 1) && endsSentence(above.text) && storyOrFigure((units[i - 2] as Unit).text, lex) && !endsSentence(below.text) && !/[:：]$/u.test(below.text) && !isPictureControl(below.text);
    // (the story's first paragraph above is the lede, unless it is a caption's phrase without a sentence's stop over the story's sentence:
    // "Euan Fraser, pictured in 2019, had climbed all 282 Munros" / "Family handout" / "The family of a hillwalker … said.")
    const phraseOverSentence = above !== null && below !== null && !endsSentence(above.text) && endsSentence(below.text);
    const belowFits = below !== null && shortCaptionLine(below.text) && (!shortCaptionLine((above as Unit | null)?.text ?? "") || (ledeAbove() && !phraseOverSentence) || phraseUnderSentence);
    // (a credit without a label, a private picture's source, "Supplied", "Family handout", closes its caption: it heads no line under it)
    const closes = credit !== null && isPrivateCredit(credit);
    if (above && (!u.afterBlank || !below) && !(below && !u.afterBlank && belowFits && !closes)) {
      caption = above.text;
      printed.unshift(above.text);
      takesPrevious = true;
      why += ", the caption above";
    } else if (below) {
      caption = readLabelledCaption(below.text, lex) ?? below.text;
      printed.push(below.text);
      next++;
      why += ", the caption below";
    } else if (weak !== null) {
      return null;
    }
  } else if (credit === null && adjacent) {
    // (a labelled caption's credit line may stand apart, across a blank line: "Bildtext: …", "Foto: NTB")
    const read = readCaption(adjacent.text, lex);
    if (read && read.caption === null) {
      credit = read.credit;
      printed.push(adjacent.text);
      next++;
    } else if (!adjacent.afterBlank && isBareCreditLabel(adjacent.text, lex) && units[next + 1] && shortCredit((units[next + 1] as Unit).text)) {
      credit = (units[next + 1] as Unit).text;
      printed.push(adjacent.text, credit);
      next += 2;
    }
  }
  return { caption, credit, text: printed.join("\n"), next, takesPrevious, why };
}

/**
 * Whether the copy prints its credit lines apart from their captions (a blank line between, as copy
 * that sets every line apart does): a credit line its shape proves ("Photo: Sam Green", "Name/Agency")
 * under a blank line, under a line of one sentence ended by its stop. Read once per article.
 */
function setsCreditsApart(units: Unit[], lex: Lexicon): boolean {
  let known = creditsApart.get(units);
  if (known === undefined) {
    known = units.some((u, k) => k > 0 && u.afterBlank && readCaption(u.text, lex)?.caption === null && /[.!?。！？؟।]$/u.test((units[k - 1] as Unit).text) && shortCaptionLine((units[k - 1] as Unit).text));
    creditsApart.set(units, known);
  }
  return known;
}
const creditsApart = new WeakMap<Unit[], boolean>();

/**
 * A credit its shape alone does not prove (lone-credit.ts): a label in a language without a lexicon,
 * an agency's one word, a short source in brackets. Only in the story's body, with more story
 * after it; alone on its line, under a caption of one sentence (not the story's first paragraph); after
 * a caption on the same line, that caption is one sentence.
 */
function besideCaption(units: Unit[], i: number, lex: Lexicon, previous: Unit | null, bodyStarted: boolean, atEnd: () => boolean, ledeAbove: () => boolean): LoneCredit | null {
  const text = (units[i] as Unit).text;
  // (the cheap shapes first: every line of the story that is no caption comes here)
  const agency = isAgencyName(text) || isKoreanReporterLine(text);
  // (a label no lexicon knows only in a language without a lexicon: in one with its own, the lexicon
  // knows its credit labels, and another word there is another label's, "Bron: Salesforce" a source's)
  const foreign = agency || lexicons[baseLanguage(lex.lang ?? "en")] !== undefined ? null : readForeignLabelCredit(text);
  // (a label in brackets, "[Photo]", is a picture's placeholder: readSlotFigure)
  const source = agency || foreign || isBareCreditLabel(text, lex) ? null : readBracketedSource(text);
  if (!agency && !foreign && source === null) return null;
  if (!bodyStarted || atEnd()) return null;
  // (a caption neither asks nor is a transcript's turn, "ნინო: როგორ ხართ?" over "გიორგი: კარგად")
  const captionLike = (line: string) => shortCaptionLine(line) && !/[?？؟]$/u.test(line) && !/^[^\s:：]{1,20}[:：՝៖]/u.test(line);
  if (foreign?.caption) return captionLike(foreign.caption) && countWords(foreign.caption, 2) >= 2 ? foreign : null;
  // (alone, under its caption: a line of one sentence of twenty words at most, not the story's first paragraph;
  // a line under such a credit is the story's as often as a caption's)
  if (previous === null || !captionLike(previous.text) || countWords(previous.text, 21) > 20 || ledeAbove()) return null;
  return foreign ?? { caption: null, credit: agency ? text.trim() : (source as string) };
}

/** The story's sentence, or a figure's line (a caption with its credit, a picture's control): a line that the story may go on under. */
const storyOrFigure = (text: string, lex: Lexicon) => endsSentence(text) || isPictureControl(text) || readCaption(text, lex) !== null;
/**
 * A caption's phrase in Chinese or Japanese, whose sentences close with "。" and whose words the segmenter counts
 * more of than a reader does: no sentence's stop, no colon, sixty characters at most ("主演映画「冬の灯り」の完成披露試写会に登場した森川あかり").
 * (Not in Thai, whose sentences have no stop: its lede has none either.)
 */
const captionPhrase = (text: string) => text.length <= 60 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) && !/[.!?。！？؟।:：]/u.test(text);
/** A line closed by a sentence's stop (a closing quotation mark or bracket may follow it). */
const endsSentence = (text: string) => /[.!?。！？؟।]["”’»)）]*$/u.test(text);

/** A line short enough to be a picture's caption across a blank line: no quotation or speech dash, one sentence at most, twenty-five words at most. */
export function shortCaptionLine(text: string): boolean {
  return text.length <= 250 && !/^[–—―-]\s|^[“„»«"‘「『]/u.test(text) && (text.match(/[.!?。！？؟।](?:\s|$)/gu)?.length ?? 0) <= 1 && !/[:：]$/u.test(text) && countWords(text, 26) <= 25;
}

/** The caption after a gallery's counter glued before it ("3 / 12 Residents fill sandbags …"), or null. */
function counted(text: string): string | null {
  const m = /^(\d{1,3})\s*\/\s*(\d{1,3})\s+(\S.*)$/u.exec(text);
  return m?.[3] && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) && shortCaptionLine(m[3]) && countWords(m[3], 3) >= 3 ? m[3] : null;
}

/** A slot's label with its gallery's counter ("Image 3 of 12", "Bild 3/12", "写真 3/12", "Foto (2/5)"). */
export function isCountedSlot(text: string, lex: Lexicon): boolean {
  if (text.length > 40 || !/\d$|\d[)）]$/u.test(text)) return false;
  const counter = /\s*[(（]?(\d{1,3}\s*(?:\/|\s\p{L}{1,3}\s)\s*\d{1,3})[)）]?$/u.exec(text);
  return counter?.[1] !== undefined && counter.index > 0 && isGalleryCounter(counter[1]) && isBareCreditLabel(text.slice(0, counter.index), lex);
}

/** "1 / 12", "3/5", "1 of 12": a gallery's counter, on a line of its own next to a picture's caption. */
export function isGalleryCounter(text: string): boolean {
  // (or a short word between, in any language: "1 of 12", "1 von 12", "1 de 12", "1 из 12")
  const m = /^(\d{1,3})\s*(?:\/|\s\p{L}{1,3}\s)\s*(\d{1,3})$/u.exec(text.trim());
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) && Number(m[2]) >= 2;
}

/** The first words of a line, compared to tell a caption printed twice or a title and its description. */
const opening = (text: string, n: number) => wordsOfLine(text).slice(0, n).join(" ").toLocaleLowerCase();
const wordsOfLine = (text: string) => Array.from(lineSegmenter.segment(text), (s) => s).filter((s) => s.isWordLike).map((s) => s.segment);
const lineSegmenter = new Intl.Segmenter("und", { granularity: "word" });

/** "| Efe", "· AFP": a short credit after a bar or a dot, on a line of its own. */
const barCredit = /^[|·]\s*(\S.{0,40})$/u;

/**
 * A figure whose caption the page prints twice (a visible caption and a screen reader's copy:
 * "Roof is escorted … Chuck Burton/AP hide caption", "toggle caption", "Chuck Burton/AP",
 * "Roof is escorted …", "Chuck Burton/AP"): a line that a line a few lines on repeats, or starts
 * with, with only short lines (credits, player labels) between. The figure is all of them; its
 * caption the line printed alone, its credit the credit line after it (or between).
 */
export function readRepeatedFigure(units: Unit[], i: number, lex: Lexicon, isNoise: (u: Unit) => boolean): Figure | null {
  const u = units[i];
  if (!u || u.bullet !== null || !plausibleCaption(u)) return null;
  const alt = readAltFigure(units, i, lex);
  if (alt || [...u.text].length < 20) return alt;
  // (a credit line is no caption: in a gallery's run the same photographer's credit comes again under the next caption)
  if (readCaption(u.text, lex)?.caption === null) return null;
  for (let j = i + 1; j < Math.min(units.length, i + 6); j++) {
    const v = units[j] as Unit;
    const repeats = [...v.text].length >= 20 && (v.text === u.text || (u.text.startsWith(v.text) && [...u.text].length - [...v.text].length <= 80 && creditTail(u, v.text, lex, isNoise)));
    if (!repeats) {
      // between the two copies: player labels and credits only
      if (!isNoise(v) && !readCaption(v.text, lex) && !shortCredit(v.text)) return null;
      continue;
    }
    let next = j + 1;
    let credit: string | null = null;
    const after = units[next];
    const read = after ? readCaption(after.text, lex) : null;
    if (after && read && read.caption === null) {
      credit = read.credit;
      next++;
    } else {
      for (let k = i + 1; k < j && credit === null; k++) {
        const between = readCaption((units[k] as Unit).text, lex);
        if (between && between.caption === null) credit = between.credit;
      }
    }
    // (the player's labels between the copies, "toggle caption", are the page's: not printed with the figure)
    const label = (x: Unit) => isNoise(x) && countWords(x.text, 5) <= 4 && !/[.!?。！？]$/u.test(x.text) && readCaption(x.text, lex) === null;
    const printed = units.slice(i, next).filter((x, k) => k === 0 || i + k === j || !label(x));
    return { caption: v.text, credit, text: printed.map((x) => x.text).join("\n"), next, takesPrevious: false, why: "a caption printed twice" };
  }
  return null;
}

/**
 * A picture's alt text over its caption, which opens with the same words and goes on ("Vista
 * aérea de la zona quemada" over "Vista aérea de la zona quemada junto a la aldea, este lunes.
 * EFE"): the figure is both lines (and a credit line under them); its caption is the longer one.
 * The alt text is a few words and no lead-in (no colon at its end), on the line right above; five
 * words or more when no credit goes with the caption.
 */
function readAltFigure(units: Unit[], i: number, lex: Lexicon): Figure | null {
  const u = units[i] as Unit;
  const j = i + 1;
  const v = units[j];
  if (!v || v.bullet !== null || !v.text.startsWith(u.text) || !plausibleCaption(v) || /[:：]$/u.test(u.text)) return null;
  const same = v.text === u.text;
  if (same ? countWords(u.text, 2) < 2 : [...u.text].length < 8 || countWords(u.text, 3) < 3) return null;
  // (the caption goes on from the alt text's last word, not inside it: "… picket line" is not "… picket lines were")
  if (/^[\p{L}\p{M}\p{N}]/u.test(v.text.slice(u.text.length)) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u.test(u.text)) return null;
  const read = readCaption(v.text, lex);
  let credit = read?.credit ?? null;
  let next = j + 1;
  const after = units[next];
  const below = credit === null && after ? readCaption(after.text, lex) : null;
  if (below && below.caption === null) {
    credit = below.credit;
    next++;
  }
  // (without a credit, only a description of five words or more: "What happens next" over "What happens next is …" is a heading)
  if (credit === null && !same && countWords(u.text, 5) < 5) return null;
  const caption = read?.caption ?? v.text;
  return { caption, credit, text: units.slice(i, next).map((x) => x.text).join("\n"), next, takesPrevious: false, why: "alt text over its caption" };
}

/**
 * Whether `whole` is a caption-sized line that its copy `start` repeats up to a credit or a
 * player's label ("… Chuck Burton/AP hide caption"): not a paragraph followed by its copy cut
 * short, whose rest is more of its sentences.
 */
function creditTail(whole: Unit, start: string, lex: Lexicon, isNoise: (u: Unit) => boolean): boolean {
  const tail = whole.text.slice(start.length).trim();
  if (countWords(whole.text, 31) > 30 || countWords(tail, 9) > 8 || /[.!?。！？؟।]["”’»)]*\s+\S/u.test(tail)) return false;
  // the rest is a credit, a player's label, or names (capitalised words and slashes)
  return tail === "" || readCaption(tail, lex) !== null || isNoise({ ...whole, text: tail }) || /^(?:[\p{Lu}\p{Lt}][\p{L}\p{M}.'’&-]*[\s/]*)+$/u.test(tail) || /(?:^|\s)\S+\s*\/\s*\S+/u.test(tail);
}

/**
 * A caption under a media label ("Video", "Fotos", "Photo" on a line of its own, dropped as
 * furniture): the line after the label, with the description that repeats its first words
 * ("Fox News Flash top entertainment headlines for Nov. 19" over "Fox News Flash top
 * entertainment and celebrity headlines … are here."), and a credit after it, past the photo's
 * own date line ("27-06-2012", "| Efe").
 */
export function readLabelledFigure(units: Unit[], i: number, lex: Lexicon, isDateLine: (text: string) => boolean): Figure | null {
  const u = units[i];
  if (!u || u.bullet !== null || !plausibleCaption(u) || readCaption(u.text, lex)) return null;
  const printed = [u.text];
  let caption = readLabelledCaption(u.text, lex) ?? u.text;
  let credit: string | null = null;
  let next = i + 1;
  const first = opening(u.text, 4);
  const description = units[next];
  if (description && wordsOfLine(u.text).length >= 4 && opening(description.text, 4) === first && plausibleCaption(description)) {
    caption = `${caption}\n${description.text}`;
    printed.push(description.text);
    next++;
  }
  for (let k = next; k < Math.min(units.length, next + 2); k++) {
    const line = (units[k] as Unit).text;
    const bar = barCredit.exec(line);
    const read = bar ? null : readCaption(line, lex);
    // (or, right under the caption, a photographer and the outlet they worked for: "Ana Ruiz for The Coastal Post", lone-credit.ts)
    const forOutlet = !bar && !read && k === next ? readForOutletCredit(line) : null;
    if (bar?.[1] || (read && read.caption === null) || forOutlet) {
      credit = bar?.[1]?.trim() ?? forOutlet ?? read?.credit ?? null;
      for (let m = next; m <= k; m++) printed.push((units[m] as Unit).text);
      next = k + 1;
      break;
    }
    if (!isDateLine(line)) break;
  }
  return { caption, credit, text: printed.join("\n"), next, takesPrevious: false };
}

/**
 * Whether the copy sets every line apart (a browser's innerText: a blank line between all its lines):
 * nine lines in ten or more, on a page of ten lines or more, come after a blank.
 */
export function setsEveryLineApart(units: Unit[]): boolean {
  if (units.length < 10) return false;
  let known = apartPages.get(units);
  if (known === undefined) {
    known = units.slice(1).filter((u) => u.afterBlank).length >= 0.9 * (units.length - 1);
    apartPages.set(units, known);
  }
  return known;
}
const apartPages = new WeakMap<Unit[], boolean>();

/** A place and a day, "Granada, 3 dic", "MOSCOW, Dec 5": three or four words at most, a comma and a figure (a date line's, not a caption's). */
const isPlaceAndDay = (text: string) => text.length <= 40 && /,/u.test(text) && /\p{N}/u.test(text) && countWords(text, 5) <= 4;
/** Every word capitalised ("Ilona Virtanen", "Mikko Laine/University of Helsinki"): a name, not a caption. */
const namesOnly = (text: string) => wordsOfLine(text).every((w) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(w) || /^(?:of|de|van|von|der|and|og|och|und|y|e|et)$/u.test(w));
/** A picture's file name or address, left in the copy where the picture was ("ferry-queue.jpg", "https://…/IMG_2041.JPG?w=800"). */
export const isImageFileName = (text: string): boolean => text.length <= 300 && /^\S+\.(?:jpe?g|png|gif|webp|avif|heic|tiff?)(?:[?#]\S*)?$/iu.test(text.trim());
/** A play sign typed before a player's label ("▶ Video", "► Watch"). */
const playSign = /^[▶►▷⏵]\uFE0F?\s*/u;
/** A video's running time on a line of its own ("2:41", "01:02:15"). */
const duration = /^\(?\d{1,2}(?::\d{2}){1,2}\)?$/u;

/**
 * A figure behind an image or video slot: a line that only names the slot ("Image", "Foto",
 * "Bild", "写真", "▶ Video") over its caption (and the caption's credit, and a video's running
 * time). The slot line is printed with the figure, never read as a heading.
 */
export function readSlotFigure(units: Unit[], i: number, lex: Lexicon, isVideoLabel: (text: string) => boolean, isDateLine: (text: string) => boolean): (Figure & { video: boolean }) | null {
  const u = units[i];
  const below = units[i + 1];
  // (copy that sets every line apart, a browser's innerText, parts the slot from its caption by a blank line too)
  if (!u || !below || (below.afterBlank && !setsEveryLineApart(units)) || u.text.length > 40) return null;
  const bare = u.text.replace(playSign, "");
  const video = isVideoLabel(bare) || (bare !== u.text && isBareCreditLabel(bare, lex));
  const slot = isCountedSlot(u.text, lex);
  if (!video && !isBareCreditLabel(u.text, lex) && !slot && !isBareCaptionLabel(u.text, lex)) return null;
  // ("Credit" over "Ilona Virtanen": a label over a name is the credit's, readFigure's)
  if (!video && !slot && shortCredit(below.text) && namesOnly(below.text)) return null;
  // (a caption with its credit under the slot, "사진" over "… 걷고 있다. /연합뉴스": the slot is printed with it)
  const read = video ? null : readCaption(below.text, lex);
  if (read?.caption && plausibleCaption(below)) return { caption: read.caption, credit: read.credit, text: `${u.text}\n${below.text}`, next: i + 2, takesPrevious: false, video, why: "a caption with its credit under a picture's slot" };
  const figure = readLabelledFigure(units, i + 1, lex, isDateLine);
  if (!figure) return null;
  const printed = [u.text, figure.text];
  let next = figure.next;
  const time = units[next];
  if (video && time && duration.test(time.text)) {
    printed.push(time.text);
    next++;
  }
  return { ...figure, text: printed.join("\n"), next, video, why: "under a picture's slot" };
}
