/**
 * Plain text → article parts. Copy is read as a reader reads it: headline, metadata lines,
 * lede, then each unit becomes a block by the first rule that fits (noise, caption, related
 * box, list, quote, subhead, paragraph). Plain text is never read as Markdown.
 */
import { endsAsSentence } from "../lines/features.js";
import type { Block, QuoteBlock } from "../../model/article.js";
import { namedSpeakers } from "../attribution.js";
import { textToHtml } from "../html.js";
import type { Lexicon } from "../lexicon/index.js";
import { dropPlaceSpeakers, nameIndex, resolveSpeaker, type NameIndex } from "../speakers.js";
import { readCaption } from "./caption.js";
import { isCountedSlot, isGalleryCounter, isImageFileName, readFigure, shortCaptionLine, readLabelledFigure, readRepeatedFigure, readSlotFigure } from "./figure.js";
import { isBareCreditLabel, isPictureControl, isPortraitCaption, isPrivateCredit } from "./caption.js";
import { allBylineOpeners, authorJoiners, labelOpener, reporterSuffixes } from "../lexicon/byline-words.js";
import type { LineFixes } from "./fixes.js";
import { isDurationLine, timeUnits } from "../dates/durations.js";
import { isJobLine } from "../lexicon/dateline-words.js";
import { capsOpenerByline, cutDateline, isMarkedDateline, deskSignature, isBareName, isCapsLabel, isKnownPlace, nameParticles, readByline, readDateLine, readMetaParts, onDayOf, type DateLine } from "./header.js";
import { authorBoxName, authorsOf, creditsLine, disclaimerLine, editorLine } from "./authors.js";
import { bylineByShape, bylineInDateline, findHeadline, preferNamed, unspacedName, isAgencyOrAuthor, isShareMenu, openerByline, pickLede, unnamedReporter } from "./header-zone.js";
import { findSignOff, isSignedName, signOffName, signOffShape } from "./sign-off.js";
import { isEndnote, isRuleLine, markEndnotes } from "./endnote.js";
import { readInterview, type Interview } from "./interview.js";
import { readLines } from "../lines/read-lines.js";
import { isProse, wordsOf } from "../lines/features.js";
import { countWords, spaceEndsSentences } from "../segments.js";
import type { Weights } from "../lines/model.js";
import { readList } from "./list.js";
import { isSubhead, quotedHeading } from "./subhead.js";
import { smallWords } from "./name-role.js";
import { tagsOverTail, tailFurniture } from "./noise-tail.js";
import { isNoise, isVideoLabel, isVideoMarker, noiseEvidence, noiseTable } from "./noise.js";
import { continuedQuote, readDashQuote, readEmbeddedPost, readIntroducedQuote, readMarkQuote, type TextQuote } from "./quotes.js";
import { isBoxTitle, readInlineLink, readRelated, seenBefore } from "./related.js";
import { normalizeText, toUnits, type Unit } from "./units.js";
import { isHomeCrumb } from "../lexicon/interface-words.js";

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
  /** The rule or the 2-3 features of the line model that decided it. */
  why?: string;
}

export interface ParseTextOptions {
  lex: Lexicon;
  /** A headline given by front matter: the copy then starts with its body. */
  headline?: string | null;
  /** Source line of the text's first line (after front matter). */
  firstLine?: number;
  /** Weights of the line model other than the fitted ones (for cross-validation). */
  lineWeights?: Weights;
  /** Reports a problem with the copy (a dropped line) at its place. */
  warn?: (reason: string, place: { line: number; column: number }, ruleId: string) => void;
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
  // every line read once by the line model (src/parse/lines): noise, and why
  const verdictList = readLines(units, noise, options.lineWeights, (t) => readByline(t, lex) !== null || readDateLine(t, lex) !== null || isSignedName(t), (t) => readDateLine(t, lex) !== null, isBareName);
  // (a unit's place is asked for every line, again and again: found by its line, not by a table keyed by its object)
  const indexOf = unitIndex(units);
  const verdicts = { get: (u: Unit) => verdictList[indexOf(u)] };
  const mark = (u: Unit, became: string) => {
    const verdict = verdicts.get(u);
    trace.push({ line: u.line, text: u.text, became, why: verdict?.why.join(", ") });
    // a dropped line of more than a few words is reported: the copy may have lost a sentence
    if (became === "noise" && verdict && verdict.words > 4) {
      options.warn?.(`dropped as page noise (${verdict.why[0]}): “${u.text.slice(0, 60)}${u.text.length > 60 ? "…" : ""}”`, { line: u.line, column: u.column }, "noise-dropped");
    }
  };
  // a unit of the copy by its verdict; a piece of one (a word of a share menu) by the noise table
  const dropped = (u: Unit) => options.fixes?.dropped(u) ?? verdicts.get(u)?.noise ?? (isNoise(u.text, noise) || isVideoLabel(u.text, noise));
  // the headline is looked for among all but proven noise: the model's guesses (a headline the page repeats under a video) do not hide it
  const provenNoise = (u: Unit) => {
    const v = verdicts.get(u);
    const fixed = options.fixes?.dropped(u);
    if (fixed !== undefined) return fixed;
    return v ? v.proven || (v.noise && noiseEvidence(u.text, noise) !== null) : dropped(u);
  };

  let i = 0;
  const skipNoise = (isNoiseUnit = dropped) => {
    while (i < units.length && isNoiseUnit(units[i] as Unit)) mark(units[i++] as Unit, "noise");
  };

  // Headline, then metadata lines under it.
  let headline = options.headline ?? null;
  skipNoise(headline === null ? provenNoise : dropped);
  let kicker: string | null = null;
  // the headline among the furniture printed before it (header-zone.ts); date lines before it are read below
  const earlyDates: Unit[] = [];
  const earlyCaptions: Unit[] = [];
  // the site's own name over the menu (header-zone.ts siteNameLines): printed again after the story, it is the page's too
  const siteNames: string[] = [];
  if (headline === null && i < units.length) {
    const pick = findHeadline(units, i, lex, provenNoise);
    for (const b of pick.before) {
      if (b.why.startsWith("the site's name")) siteNames.push((units[b.index] as Unit).text.toLocaleLowerCase());
      // date lines and a byline printed above the headline are read as the header's, below
      if (b.role === "date" || b.why === "byline opener") earlyDates.push(units[b.index] as Unit);
      // a photo's caption printed above the headline is the lead picture's, not page noise
      else if (b.why === "credit or caption label") earlyCaptions.push(units[b.index] as Unit);
      else mark(units[b.index] as Unit, `noise (${b.why})`);
    }
    if (pick.kicker) {
      kicker = (units[pick.kicker.index] as Unit).text;
      mark(units[pick.kicker.index] as Unit, pick.kicker.why);
    }
    let line = units[pick.headline];
    // the page's title ("Headline - Site name") over the headline itself: the title is furniture
    const bare = line ? bareHeadline(line.text, units.slice(pick.headline + 1, pick.headline + 5)) : -1;
    const between = units.slice(pick.headline + 1, pick.headline + 1 + Math.max(0, bare));
    if (line && bare >= 0 && between.every(dropped)) {
      mark(line, "noise (the page's title: the headline and the site's name)");
      for (const u of between) mark(u, "noise");
      pick.headline += 1 + bare;
      line = units[pick.headline];
    }
    headline = line?.text ?? "";
    if (line) mark(line, pick.why);
    i = pick.headline + 1;
  }
  // Byline and date lines: under the headline, or among the first lines of the page (after a
  // standfirst or a photo). The byline keeps the printed lines (so no word is lost), `author`
  // the name alone, `date`/`updated` the times read from them.
  const bylineLines: string[] = [];
  const dateLines: string[] = [];
  let author: string | null = null;
  let date: string | null = null;
  let updated: string | null = null;
  // (`date` holds a date marked as an update while no other date is read: a published date after it moves it to `updated`)
  let dateIsUpdate = false;
  /** The dates of a date line: a line of an update alone ("Actualizado …", "Güncelleme: …") under the published one is `updated`. */
  const takeDates = (d: Pick<DateLine, "date" | "updated" | "updatedOnly" | "time" | "day">) => {
    // "5. 12. 2026 12:40" / "Aktualizováno 13:05": an update's time alone, on the day of the date above
    // (or on the month and day it prints, in that date's year: "（最終更新 6月2日 19時40分）")
    if (d.date === null && d.updatedOnly && (d.time || d.day) && date !== null && !dateIsUpdate) updated ??= onDayOf(date, d);
    if (d.date === null) return;
    if (d.updatedOnly) {
      if (date === null) (date = d.date), (dateIsUpdate = true);
      else updated ??= d.date;
      return;
    }
    if (dateIsUpdate) (updated ??= date), (date = d.date), (dateIsUpdate = false);
    else date ??= d.date;
    updated ??= d.updated;
  };
  let lastMeta: "byline" | "date" | null = null;
  /** The author was read from a line of capitalised words alone, no opener. */
  let authorByNameShape = false;
  // a place printed in the header ("Name | Palma de Mallorca | 08/01/2014"): the dateline when the lede has none
  let headerPlace: string | null = null;
  // a line right under the headline, a date or a byline (only noise between) may be a byline by its shape alone
  let anchor = i - 1;
  const nextToAnchor = (u: Unit) => {
    const at = units.indexOf(u, Math.max(0, anchor));
    for (let k = anchor + 1; k < at; k++) if (!dropped(units[k] as Unit)) return false;
    return at > anchor;
  };
  // a byline by its shape alone follows the byline found before it, or is the first: a label after
  // the dates ("글자 크기 설정", "FONT SIZE") is the page's, not a second byline
  const bylineDone = () => bylineLines.length > 0 && lastMeta !== "byline";
  // a line right over a date line near the top ("דנה לוי" over "05.12.2026 | 10:42"): where a byline sits, in any script
  const overDateLine = (u: Unit) => {
    let k = units.indexOf(u, Math.max(0, anchor)) + 1;
    while (k < units.length && dropped(units[k] as Unit)) k++;
    const next = units[k];
    const date = next === undefined ? null : readDateLine(next.text, lex);
    return date !== null && !date.relative;
  };
  // a line right over a place printed alone ("ANA LÓPEZ" over "Almería"): the signature's place, under the name
  const overPlace = (u: Unit) => {
    const next = units[units.indexOf(u, Math.max(0, anchor)) + 1];
    return next !== undefined && (isKnownPlace(next.text, lex.lang ?? "en") || (placeShaped(next.text) && !isBareName(next.text) && overDateLine(next)));
  };
  // one to three capitalised words, no digits, no end stop, not in capitals ("Almería", "San Sebastián")
  const placeShaped = (text: string) => /^\p{Lu}\p{Ll}/u.test(text) && !/[\p{N}.!?:;,]/u.test(text) && countWords(text, 4) <= 3 && wordsOf(text).every((w) => /^\p{Lu}/u.test(w) || nameParticles.has(w));
  const readMeta = (u: Unit): boolean => {
    // a row of a timetable or a fact box the story keeps under its sentences ("Viernes: 23.00 a 6.00", read-lines.ts storyRows) is copy, no date of the article's
    if (verdicts.get(u)?.row === true) return false;
    // the site's name printed again in the footer is no sign-off
    if (siteNames.includes(u.text.toLocaleLowerCase())) return false;
    // "Editor: Rina Sari" next to the byline or over the date line: who checked the story, not who wrote it (authors.ts editorLine)
    if (editorLine(u.text) && (nextToAnchor(u) || overDateLine(u))) {
      mark(u, "noise (the editor's line: an editor's label and a name)");
      anchor = units.indexOf(u, Math.max(0, anchor));
      return true;
    }
    // a whole noise phrase ("Partager", "Share") is never part of a byline; a line of pieces between bars is,
    // right under the headline or a date, when its pieces are a name and an outlet or place ("Jane Doe | The Courier")
    // (so is a line of credits, "Tekst: Anna Kowalska | Zdjęcia: Piotr Nowak", which has the shape of a player's fields)
    if (verdicts.get(u)?.proven && !((noiseEvidence(u.text, noise) === "words" || (noiseEvidence(u.text, noise) === "shape" && creditsLine(u.text))) && (nextToAnchor(u) || overDateLine(u) || (metaInBody && standfirstAbove(u))) && bylineByShape(u.text, lex) !== null)) return false;
    // the page's trail under the headline ("Главная / Общество / Город", "Home > News"): furniture, not a credit's or a byline's parts
    if (isHomeCrumb(u.text) && nextToAnchor(u)) {
      mark(u, "noise (breadcrumb: the home page's name, a separator, a section)");
      return true;
    }
    // "(부산=뉴스1) 박지영 기자 | 2025-12-05 10:30 송고": a wire's dateline glued before the byline's parts is the dateline
    const wire = headerPlace === null && /^[(（[【]/u.test(u.text) && /\s[|·—–]\s/u.test(u.text) ? cutDateline(u.text, lex.lang) : null;
    const glued = wire?.dateline && isMarkedDateline(wire.dateline) ? { dateline: wire.dateline, rest: wire.rest } : null;
    const parts = /\s[|·—–]\s/u.test(u.text) ? readMetaParts(glued?.rest ?? u.text, lex, (p) => readByline(p, lex) !== null || openerByline(p) || isBareName(p) || (glued !== null && bylineByShape(p, lex) !== null)) : null;
    if (parts && glued) headerPlace = glued.dateline;
    // "São Paulo | 21.12.2018": a known place and a date, not a name
    if (parts && !parts.place && headerPlace === null && isKnownPlace(parts.name, lex.lang ?? "en")) {
      headerPlace = parts.name;
      takeDates(parts.date);
      dateLines.push(u.text);
      mark(u, "date (place | date: IANA time zone city or CLDR region name)");
      lastMeta = "date";
      anchor = units.indexOf(u, Math.max(0, anchor));
      return true;
    }
    if (parts) {
      bylineLines.push(u.text);
      author = preferNamed(author, bylineName(parts.name, lex), siteNames);
      takeDates(parts.date);
      headerPlace ??= parts.place;
      mark(u, `byline (name${parts.place ? " | place" : ""} | date)`);
      lastMeta = "byline";
      anchor = units.indexOf(u, Math.max(0, anchor));
      return true;
    }
    // a place printed alone in the header ("São Paulo"): where the story was filed, not who wrote it
    // (between two paragraphs, with no byline or date line next to it, a place is a subhead: "Berlin";
    // or, under a name in capitals and over a date line, a place's shape: "ANA LÓPEZ" / "Almería" / "12/08/2025 10:00"; under a
    // name in small letters that line is as often the author's job, "Journalist", read below)
    if (headerPlace === null && ((isKnownPlace(u.text, lex.lang ?? "en") && !(metaInBody && lastBlockType() === "paragraph" && lastMeta === null && !overDateLine(u))) || (lastMeta === "byline" && isCapsLabel(bylineLines.at(-1) ?? "") && placeShaped(u.text) && !isBareName(u.text) && overDateLine(u)))) {
      headerPlace = u.text;
      mark(u, isKnownPlace(u.text, lex.lang ?? "en") ? "dateline (a place alone: IANA time zone city or CLDR region name)" : "dateline (a place's shape alone, under the byline, over a date line)");
      return true;
    }
    // "Ana López" / "Sevilla" / "05 dic 2025": a place's name between the byline and the date line, after a blank line
    if (headerPlace === null && lastMeta === "byline" && u.afterBlank && placeBetween(u.text, lex) && overDateLine(u)) {
      headerPlace = u.text;
      mark(u, "dateline (a place's name between the byline and the date line)");
      return true;
    }
    // "Landtag beschließt …" / "Potsdam" / "05.12.2025, 15:48 Uhr", "Ana Gil Fernández" / "Almería" / "12/05/2025 08:15": a place's
    // name alone right under the headline or the byline, over the date line (not a second name, an agency or an outlet the
    // page names as a source, a reporter's title, a topic the prose prints in small letters)
    // (in a cased script only, where a place's shape is its capitals; under the headline, a place the headline or a sentence of the
    // page prints too: a section's name stands there as often, "Verkehr", "Общество")
    if (headerPlace === null && (lastMeta === "byline" || (lastMeta === null && bylineLines.length === 0 && dateLines.length === 0 && nextToAnchor(u))) && /^\p{Lu}\p{Ll}/u.test(u.text) && placeBetween(u.text, lex) && !isBareName(u.text) && !isJobLine(u.text) && overDateLine(u) && !isAgencyOrAuthor(u.text, lex) && !topicWords(u.text) && !namedAsSource(u.text, units) && (lastMeta === "byline" || printedElsewhere(u, headline ?? "", units))) {
      headerPlace = u.text;
      mark(u, `dateline (a place's name alone, under the ${lastMeta === "byline" ? "byline" : "headline"}, over the date line)`);
      return true;
    }
    // a name over a credit line ("Friedrich Merz" over "Foto: REUTERS/…") is a photo's caption, not a byline
    const overCredit = creditFollows(units, units.indexOf(u, Math.max(0, anchor)), lex);
    // (between two paragraphs, a name-shaped line that opens a section of prose is a heading: "Public Reaction")
    // (right under the standfirst, the one paragraph under the headline, a name whose words the prose never prints in small
    // letters is the byline: "The repairs will cost …" / "Jane Porter"; a heading's words are the prose's, "Rising costs")
    // (not once the head printed its byline: "Av Lars Holm" / date / lede / "Anna Berg och Per Dahl" over a caption names the picture's people)
    const underStandfirst = metaInBody && bylineLines.length === 0 && standfirstAbove(u);
    // (between body paragraphs, a few capitalised words over rows of figures are a table's head row, "Parti Stemmer Prosent", not a name)
    const tableHeadInBody = (x: Unit) => {
      if (!metaInBody || lastBlockType() !== "paragraph" || /\p{Nd}/u.test(x.text) || nextToAnchor(x) || overDateLine(x)) return false;
      const at = units.indexOf(x, Math.max(0, anchor));
      const rows = units.slice(at + 1, at + 3);
      return rows.length === 2 && rows.every((r) => !r.afterBlank && /\p{Nd}/u.test(r.text) && readDateLine(r.text, lex) === null && !endsAsSentence(r.text));
    };
    const heading = metaInBody && lastBlockType() === "paragraph" && !(underStandfirst && !nameOfProseWords(u.text)) && isSubhead(units, units.indexOf(u, Math.max(0, anchor)), true, dropped);
    // "Ahmet Yılmaz / AA" over a date line, under the headline: a name and an agency, not a photo's credit
    // (so is "Claire Dubois (AFP)": a name and an agency's capitals in brackets, which reads as a portrait's caption and credit)
    const asCaption = nextToAnchor(u) ? readCaption(u.text, lex) : null;
    // (or "Carlos Ruiz (Europa Press)": an agency's one or two capitalised words; over a date line, or the place over it)
    const overDate = asCaption !== null && (asCaption.caption === null || (isBareName(asCaption.caption) && /\s[(（]\p{Lu}[\p{L}\p{M}]{1,12}(?:\s\p{Lu}[\p{L}\p{M}]{1,12})?[)）]$/u.test(u.text))) && (readDateLine(units[units.indexOf(u, Math.max(0, anchor)) + 1]?.text ?? "", lex) !== null || overPlace(u));
    const agencyShape = overDate ? bylineByShape(u.text, lex, true) : null;
    if (agencyShape) {
      bylineLines.push(u.text);
      author = preferNamed(author, bylineName(u.text, lex), siteNames);
      mark(u, `byline (${agencyShape}, over a date line)`);
      lastMeta = "byline";
      anchor = units.indexOf(u, Math.max(0, anchor));
      return true;
    }
    const byShape = nextToAnchor(u) || overDateLine(u) ? bylineByShape(u.text, lex) ?? (nextToAnchor(u) && overDateLine(u) && unspacedName(u.text) ? "a name of Han letters alone, under the headline, over the date line" : null) : underStandfirst ? bylineByShape(u.text, lex) : null;
    // (under two paragraphs of the story or more that print it, a name alone is the person the story is about, the one a quote closes with, "Linda Grey", not the author)
    const deepInBody = (x: Unit) => metaInBody && !nextToAnchor(x) && !overDateLine(x) && storyPrints(x.text) >= 2;
    // (a name whose sentence goes on in small letters on the next line, "Margaret Ellis" / "crossed the line in Valencia …", opens the lede)
    const goesOn = (x: Unit) => {
      const next = units[units.indexOf(x, Math.max(0, anchor)) + 1];
      return next !== undefined && !next.afterBlank && /^\p{Ll}/u.test(next.text) && endsAsSentence(next.text) && readDateLine(next.text, lex) === null;
    };
    const shape = readByline(u.text, lex) || openerByline(u.text) ? "byline opener" : overCredit ? null : isBareName(u.text) && !tableHeadInBody(u) && !goesOn(u) && !deepInBody(u) && !topicWords(u.text) ? (heading || (isCapsLabel(u.text) && !overPlace(u)) ? null : isCapsLabel(u.text) ? "a name in capitals over the place it was filed from" : "two to four capitalised words")
      // (under the standfirst, a shape that needs no neighbour's help: an opener, a reporter's title, names and their outlet — not any few short words)
      : underStandfirst && !nextToAnchor(u) && !overDateLine(u) ? (byShape && (!/short words/u.test(byShape) || reporterSuffixes.some((x) => u.text.endsWith(x))) ? byShape : null) : byShape;
    // in a script without case, "two to four short words" after the byline and the dates is the
    // page's label ("글자 크기 설정", a font-size control), not a second byline
    if (shape && shape !== "byline opener" && bylineDone() && !/[\p{Lu}\p{Ll}]/u.test(u.text)) {
      mark(u, `noise (${shape}, after the byline and the dates: the page's label)`);
      return true;
    }
    if (shape) {
      bylineLines.push(u.text);
      // ("From our correspondent in Vienna" names no one: the author is the name under it, if any)
      if (!unnamedReporter(u.text, lex)) {
        // (a name by its shape alone, "Councillor Ruth Adeyemi" under a quoted headline, gives way to a later line with a byline's opener, "By Daniel Okafor")
        const name = bylineName(u.text, lex);
        author = shape === "byline opener" && authorByNameShape ? name : preferNamed(author, name, siteNames);
        authorByNameShape = author === name && shape === "two to four capitalised words";
      }
      // "Por Ana Souza | 03/05/2022 20:36": the date printed in the byline line
      const inByline = readDateLine(u.text, lex);
      if (inByline) takeDates(inByline);
      mark(u, `byline (${shape})`);
      lastMeta = "byline";
      anchor = units.indexOf(u, Math.max(0, anchor));
      return true;
    }
    const dateLine = readDateLine(u.text, lex);
    if (dateLine?.relative) {
      mark(u, "noise (relative time, CLDR)");
      return true;
    }
    // "4 min read", "3 min de lecture", "3 دقائق للقراءة": a reading or listening time
    if (isDurationLine(u.text, () => timeUnits(lex.lang ?? "en"))) {
      mark(u, "noise (a duration: reading or listening time, CLDR units)");
      return true;
    }
    if (dateLine) {
      takeDates(dateLine);
      // "Almería, 12/08/2025 10:00", "São Paulo | 21.12.2018": a place glued to the date is the dateline
      const place = dateLine.rest.replace(/^[,|·\s]+|[,|·\s]+$/gu, "");
      if (headerPlace === null && place && isKnownPlace(place, lex.lang ?? "en")) {
        headerPlace = place;
        dateLines.push(u.text);
      } else if (isAgencyOrAuthor(dateLine.rest, lex)) {
        author ??= dateLine.rest;
        bylineLines.push(u.text);
      } else {
        dateLines.push(u.text);
      }
      mark(u, dateLine.date ? `date (${dateLine.date})` : "date");
      lastMeta = "date";
      anchor = units.indexOf(u, Math.max(0, anchor));
      return true;
    }
    // "By Harriet Quayle" / "BBC News, Devon": an affiliation or job line under a byline
    if (lastMeta === "byline" && !u.afterBlank && countWords(u.text, 5) <= 5 && /^\p{Lu}/u.test(u.text) && !/[.!?:;]$/.test(u.text) && !/[:：]\s/u.test(u.text) && !readCaption(u.text, lex)) {
      bylineLines.push(u.text);
      mark(u, "byline");
      return true;
    }
    lastMeta = null;
    return false;
  };
  let metaInBody = false;
  let lastBlockType = (): string | undefined => undefined;
  /** How many of the story's paragraphs and quotes so far, two at most, the story printed before a name (0 in the head). */
  let storyPrints = (_name: string): number => 0;
  let standfirstAbove = (_u: Unit): boolean => false;
  // the lines read as metadata under the first paragraph (a date line between the standfirst and the byline)
  const metaUnder = new Set<Unit>();
  const nameOfProseWords = (text: string) => wordsOf(text).some((w) => smallWords(units).has(w.toLocaleLowerCase()));
  // a topic's label in title case ("Climate Crisis" over the date line) is no name: the prose prints each of its words in small letters, as they are
  // (a name's first name it never prints so: "Jane Porter", "Anna Berg")
  let printedSmall: Set<string> | null = null;
  const topicWords = (text: string): boolean => {
    printedSmall ??= new Set(units.filter((x) => endsAsSentence(x.text)).flatMap((x) => wordsOf(x.text).filter((w) => /^\p{Ll}/u.test(w))));
    const small = printedSmall;
    return wordsOf(text).every((w) => small.has(w.toLocaleLowerCase()));
  };
  for (const u of earlyDates) readMeta(u);
  // (date lines over the headline leave the anchor at the headline: the line right under it is next to it, "김철수 기자 kim@…")
  anchor = Math.max(anchor, i - 1);
  // a figure's line under the head that only the line model calls noise: a labelled credit line ("사진=연합뉴스", "图/视觉中国")
  // or a portrait's caption ("Margaret Ellis in 1994", "Gianni Ferraris (1931-2025)"), read with the body (figure.ts)
  const headFigureLine = (u: Unit) => {
    const proven = verdicts.get(u)?.proven === true || options.fixes?.dropped(u) === true;
    return labelledCreditLine(u, proven, lex) || (!proven && isPortraitCaption(u.text));
  };
  // (byline or date lines right under the headline: a line without a full stop under them is no standfirst by that shape alone)
  let metaUnderHeadline = false;
  for (let seen = 0; i < units.length && seen < 6; seen++) {
    const u = units[i] as Unit;
    if (options.fixes?.has(u)) break;
    const read = bylineLines.length + dateLines.length;
    if (readMeta(u)) {
      // (a breadcrumb or a reading time read here is no byline or date line)
      metaUnderHeadline ||= bylineLines.length + dateLines.length > read;
      i++;
      continue;
    }
    // (a figure's line under the head, a credit line with its label or a portrait's caption, is read with the body: figure.ts)
    if (dropped(u) && !headFigureLine(u)) {
      mark(u, "noise");
      i++;
      continue;
    }
    break;
  }
  const frontEnds = i + 10;

  // Body.
  const blocks: Block[] = [];
  /** A paragraph of the story is read: two paragraphs or quotes that end as sentences (the standfirst may be one). */
  const storyBegun = () => blocks.filter((b) => (b.type === "paragraph" || b.type === "quote") && endsAsSentence(b.text)).length >= 2;
  const lines = new Map<Block, number>();
  const add = (block: Block, line: number) => {
    blocks.push(block);
    lines.set(block, line);
  };
  for (const u of earlyCaptions) {
    const caption = readCaption(u.text, lex);
    add({ type: "media", kind: "image", text: u.text, src: null, alt: null, caption: caption?.caption ?? null, credit: caption?.credit ?? null }, u.line);
    mark(u, "media (image; caption above the headline)");
  }
  metaInBody = true;
  lastBlockType = () => blocks.at(-1)?.type;
  storyPrints = (name) => {
    let prose = 0;
    let named = false;
    for (const b of blocks) {
      if (b.type !== "paragraph" && b.type !== "quote") continue;
      prose++;
      named ||= b.text.includes(name);
    }
    return named ? Math.min(prose, 2) : 0;
  };
  // the one paragraph read under the headline, right over this line: the standfirst's place
  standfirstAbove = (x: Unit) => {
    const only = blocks.length === 1 ? blocks[0] : undefined;
    let at = units.indexOf(x, Math.max(0, anchor)) - 1;
    // (page noise between them, a share button, or a date line read under it does not part them)
    while (at > 0 && (dropped(units[at] as Unit) || metaUnder.has(units[at] as Unit))) at--;
    return only?.type === "paragraph" && at >= 0 && lines.get(only) === (units[at] as Unit).line && !readCaption(only.text, lex);
  };
  let standfirst: Block | null = null;
  // (under the head: no block of the story read yet but the standfirst and figures)
  const atHead = () => blocks.every((b) => b.type === "media" || b === standfirst);
  let lastSpeaker: string | null = null;
  let interview: Interview | null = null;
  let videoNext = false;
  // (a picture's control or counter has headed the caption under it: this page prints them over their captions)
  let controlsHead = false;
  // the names of the text before a quote and of the whole text, each unit read once
  const namesBefore = nameIndex(lex, { names: false, roles: true });
  let namesRead = 0;
  let allNames: NameIndex | null = null;
  // a related box ends at proven noise; the line model's guesses do not cut it short
  // (asked of the same lines again and again as each box reader looks ahead: read once per line)
  const isOther = memoizedUnit(indexOf, units.length, (u: Unit) => verdicts.get(u)?.proven === true || readCaption(u.text, lex) !== null);
  const isDateText = memoized((text: string) => readDateLine(text, lex) !== null);

  // (the two name indexes' readers are made once: `quoteAt` is the unit of the quote being resolved)
  let quoteAt = 0;
  const before = () => {
    while (namesRead < quoteAt) namesBefore.add((units[namesRead++] as Unit).text);
    return namesBefore;
  };
  const all = () => {
    // (the whole text's units read only as far as a name asks)
    allNames ??= nameIndex(lex, { names: true, roles: false }, units.map((unit) => unit.text).values());
    return allNames;
  };
  const pushQuote = (quote: TextQuote, at: number, u: Unit, printed = u.text) => {
    const previous = blocks.at(-1);
    const lead = quote.attribution && u.text.indexOf(quote.attribution) === 0 ? quote.attribution : "";
    quoteAt = at;
    const speaker = resolveSpeaker(quote.subject, {
      before,
      all,
      recent: [...recentText(blocks), lead],
      previousQuote: previous?.type === "quote" ? previous.speaker : null,
      lastSpeaker,
      after: quote.attribution && !lead ? quote.attribution : null,
      next: units[at + 1]?.text ?? null,
      lex,
    });
    const block: QuoteBlock = { type: "quote", text: quote.text, speaker, attribution: quote.attribution, html: quoteHtml(quote.text), printed };
    add(block, u.line);
    if (speaker) lastSpeaker = speaker;
    mark(u, speaker ? `quote (speaker: ${speaker})` : "quote (speaker unknown)");
  };

  // (made once, not once per unit)
  // (a box of links read above ends an element: a heading may stand under its last link)
  const boxed = new Set<Unit>();
  const isOtherThanLink = (x: Unit) => dropped(x) || boxed.has(x) || readCaption(x.text, lex) !== null;
  const isHeadingAt = (j: number) => isSubhead(units, j, true, dropped, isOtherThanLink);
  const isProven = (x: Unit) => verdicts.get(x)?.proven === true;
  const hasNoiseEvidence = (x: Unit) => noiseEvidence(x.text, noise) !== null;
  const isVideoLabelText = (t: string) => isVideoLabel(t, noise);
  const isDateLineText = (t: string) => readDateLine(t, lex) !== null;
  // (the block above is the story's first paragraph: asked only beside a credit figure.ts cannot prove by its shape)
  const ledeAbove = () => blocks.at(-1)?.type === "paragraph" && blocks.findIndex((b) => b.type === "paragraph") === blocks.length - 1;
  // a short line of one sentence right under a picture's control dropped as furniture ("Bild vergrössern", "拡大する", "사진 확대"): the picture's caption
  // (a control glued under the story's line, in a run of the story's sentences, "… in Nairobi." / "Enlarge" / "Port officials said …", is
  // a picture's without a caption: under it, only a caption's phrase without a sentence's stop)
  const underPictureControl = (above: Unit | undefined, x: Unit) => above !== undefined && !x.afterBlank && dropped(above) && isPictureControl(above.text) && shortCaptionLine(x.text) && (above.afterBlank || !/[.!?。！？؟।]["”’»)）]*$/u.test(x.text) || !storyLineOver(above));
  // (the line over a control and the dropped lines glued over it, "Bild 1 von 5", is the story's: a sentence closed by its stop, no figure's)
  const storyLineOver = (x: Unit): boolean => {
    let k = units.indexOf(x);
    while (k > 0 && !(units[k] as Unit).afterBlank && dropped(units[k - 1] as Unit) && units.indexOf(x) - k < 3) k--;
    const over = k > 0 && !(units[k] as Unit).afterBlank ? (units[k - 1] as Unit) : undefined;
    return over !== undefined && !dropped(over) && /[.!?。！？؟।]["”’»)）]*$/u.test(over.text) && readCaption(over.text, lex) === null;
  };
  // the line over a run of dropped lines ending at `i - 1` ("… (archivo)" over "Bild 1 von 5" over "Vergrößern"), within three lines
  const lineOverControls = (k: number): Unit | undefined => {
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (!dropped(units[j] as Unit)) return j < k - 1 ? units[j] : undefined;
    return undefined;
  };
  const restDropped = () => {
    for (let k = i + 1; k < units.length; k++) if (!dropped(units[k] as Unit)) return false;
    return true;
  };
  while (i < units.length) {
    const u = units[i] as Unit;
    const fixed = options.fixes?.decide({ units, at: i, lex, add, mark, pushQuote, blocks, trace });
    if (fixed != null) {
      i = fixed;
      continue;
    }
    const previous = blocks.at(-1);
    // an embedded post over its signature (`— Name (@handle) date`): a quote of the account holder
    const post = readEmbeddedPost(u, units[i + 1]);
    if (post) {
      pushQuote(post, i, u, `${u.text}\n\n${(units[i + 1] as Unit).text}`);
      mark(units[i + 1] as Unit, "quote (signature)");
      i += 2;
      continue;
    }
    const list = readList(units, i, previous?.type === "paragraph" && previous.text.endsWith(":"), isProven);
    if (list) {
      add(list.block, u.line);
      for (let k = i; k < list.next; k++) mark(units[k] as Unit, "list item");
      i = list.next;
      continue;
    }
    // before noise: "Read more" is noise when nothing follows it, a box title when links do
    const related = readRelated(units, i, lex, isOther, isDateText, dropped, hasNoiseEvidence);
    if (related) {
      // (a box title over topic tags only is the page's furniture: no block)
      if (related.block) add(related.block, u.line);
      for (let k = i; k < related.next; k++) boxed.add(units[k] as Unit);
      for (let k = i; k < related.next; k++) mark(units[k] as Unit, !related.block ? `noise (${k === i ? "a box title over topic tags" : "a topic tag"}; ${related.why ?? ""})` : related.furniture?.has(k) ? "noise (a teaser's date, section or topic tag, in a related box)" : k === i && related.block.title ? `related (title${related.why ? `; ${related.why}` : ""})` : k === i && related.why ? `related link (${related.why})` : "related link");
      i = related.next;
      continue;
    }
    // metadata printed after the standfirst or a photo, near the top
    // (a credit line under a caption is the figure's, not a byline)
    // (a short line right under a picture's control, "拡大する", is its caption: figure.ts)
    if (i < frontEnds && blocks.filter((b) => b.type === "paragraph").length <= 3 && !(readCaption(u.text, lex) && !readByline(u.text, lex)) && !underPictureControl(units[i - 1], u) && readMeta(u)) {
      metaUnder.add(u);
      // one paragraph right between the headline and the byline or date lines is the standfirst
      const only = blocks.length === 1 ? blocks[0] : undefined;
      // (never a caption by its shape alone, over a story that opens with its dateline: a picture needs its mark or its credit)
      if (only?.type === "paragraph" && lines.get(only) === units[i - 1]?.line && !readCaption(only.text, lex)) standfirst ??= only;
      i++;
      continue;
    }
    // the headline printed again (a breadcrumb's last item, the page's h1 under its title)
    if (u.text === headline && i < frontEnds) {
      mark(u, "noise (the headline printed again)");
      i++;
      continue;
    }
    // a labelled credit line ("FOTO: Nils Ek", "사진=연합뉴스") that only the line model calls noise is a figure's
    // (and a short line under a picture's slot, file name or gallery counter is its caption unless proven noise: figure.ts)
    if (dropped(u) && !labelledCreditLine(u, verdicts.get(u)?.proven === true || options.fixes?.dropped(u) === true, lex) && !(verdicts.get(u)?.proven !== true && options.fixes?.dropped(u) !== true && (underSlot(units[i - 1], u, lex) || (atHead() && isPortraitCaption(u.text)) || privateCreditUnder(units[i - 1], u, lex) || privateCreditUnder(u, units[i + 1], lex)))) {
      if (isVideoMarker(u.text, noise)) videoNext = true;
      mark(u, "noise");
      i++;
      continue;
    }
    // a relative time or a date line alone in the body ("2 hours ago", "5 March 2025 (updated 6 March)")
    // is the page's metadata (a comment's time, a teaser's date), never copy; a row of a timetable
    // or timeline the story keeps ("Viernes: 23.00 a 6.00" under "Horarios", read-lines.ts storyRows) is copy
    const bodyDate = verdicts.get(u)?.row === true ? null : readDateLine(u.text, lex);
    // (the page's own date where the header printed none, under the standfirst and the picture, over the story: "Publicado: lunes, 12 mayo 2025 10:42")
    if (bodyDate?.date && !bodyDate.relative && bodyDate.rest === "" && date === null && !storyBegun()) {
      takeDates(bodyDate);
      dateLines.push(u.text);
      mark(u, `date (${bodyDate.date}; the page's date line under the head, over the story)`);
      i++;
      continue;
    }
    if (bodyDate && (bodyDate.relative || bodyDate.rest === "")) {
      mark(u, bodyDate.relative ? "noise (relative time, CLDR)" : "noise (date line in the body)");
      i++;
      continue;
    }
    // a headline of another story printed between two paragraphs (related.ts)
    const inline = readInlineLink(units, i, isHeadingAt, isOtherThanLink);
    if (inline) {
      add(inline, u.line);
      mark(u, "related link (a headline between paragraphs, not a heading)");
      i++;
      continue;
    }
    const lastUnit = units[i - 1];
    // (a picture's control or gallery counter right under a figure, "… (archivo)" over "Ampliar" or "3/7", is that picture's:
    // the line under it is not a caption by it, unless the page has printed such a line over a caption before)
    const controlOfFigureAbove = !controlsHead && lastUnit !== undefined && previous?.type === "media" && dropped(lastUnit) && !u.afterBlank && (previous.text ?? "").endsWith(lineOverControls(i)?.text ?? "\u0000");
    // a caption under a media label ("Video", "Fotos"), a caption printed twice, or a line with its credit (figure.ts)
    const afterLabel = lastUnit !== undefined && !(controlOfFigureAbove && !isVideoMarker(lastUnit.text, noise)) && (isVideoMarker(lastUnit.text, noise) || isBareCreditLabel(lastUnit.text, lex) || isCountedSlot(lastUnit.text, lex) || (underPictureControl(lastUnit, u) && readRepeatedFigure(units, i, lex, dropped) === null));
    // a line right under a picture's file name ("ferry-queue.jpg", dropped as furniture) is its caption, unless a caption printed twice starts there
    // (or under a gallery's counter, "1 / 12"; across a blank line only a short line of one sentence)
    // (a file name glued under a line and set apart from the line under it is printed under its caption: the line under it is the story's)
    const fileUnderLine = lastUnit !== undefined && !lastUnit.afterBlank && u.afterBlank && i >= 2;
    const afterFile = !afterLabel && !controlOfFigureAbove && lastUnit !== undefined && dropped(lastUnit) && (isImageFileName(lastUnit.text) || isGalleryCounter(lastUnit.text)) && (!u.afterBlank || (!fileUnderLine && shortCaptionLine(u.text))) && !(previous?.type === "media" && (previous.text ?? "").endsWith(lastUnit.text));
    // the short line right over such a file name is that picture's caption (not the story's first paragraph)
    if (fileUnderLine && dropped(lastUnit) && isImageFileName(lastUnit.text) && previous?.type === "paragraph" && previous.text === (units[i - 2] as Unit).text && !ledeAbove() && shortCaptionLine(previous.text) && !readCaption(previous.text, lex)) {
      const line = lines.get(previous) ?? 0;
      blocks.pop();
      add({ type: "media", kind: "image", text: previous.text, src: null, alt: null, caption: previous.text, credit: null }, line);
      const entry = trace.find((t) => t.line === line);
      if (entry) entry.became = "media (image: over its file name)";
    }
    const slot = readSlotFigure(units, i, lex, isVideoLabelText, isDateLineText);
    if (slot) videoNext ||= slot.video;
    const figure =
      slot ??
      (afterLabel ? readLabelledFigure(units, i, lex, isDateLineText) : null) ??
      readRepeatedFigure(units, i, lex, dropped) ??
      (afterFile ? readLabelledFigure(units, i, lex, isDateLineText) : null) ??
      readFigure(units, i, lex, previous?.type === "paragraph" && lastUnit && previous.text === lastUnit.text ? lastUnit : null, blocks.some((b) => b.type === "paragraph" || b.type === "quote"), restDropped, ledeAbove, atHead);
    if (figure) {
      if (figure.takesPrevious) blocks.pop();
      const kind = videoNext || /^video\b/iu.test(u.text) || (afterLabel && lastUnit !== undefined && isVideoMarker(lastUnit.text, noise)) ? "video" : "image";
      add({ type: "media", kind, text: figure.text, src: null, alt: null, caption: figure.caption, credit: figure.credit }, u.line);
      videoNext = false;
      if (!slot && figure.why === undefined && lastUnit !== undefined && (isPictureControl(lastUnit.text) || isGalleryCounter(lastUnit.text) || isCountedSlot(lastUnit.text, lex))) controlsHead = true;
      // (a line of the figure's range that it does not print, a player's label, is noise)
      const shown = new Set(figure.text.split("\n"));
      const why = figure.why ?? (afterLabel ? "under a media label" : afterFile ? "under a file name or gallery counter" : "");
      for (let k = i; k < figure.next; k++) mark(units[k] as Unit, shown.has((units[k] as Unit).text) ? `media (${kind}${why ? `: ${why}` : ""})` : "noise (a player's label between a figure's lines)");
      i = figure.next;
      continue;
    }
    videoNext = false;
    // an ALL CAPS crosshead in quotation marks ("‘WE WERE NOT ASKED’") is a heading, not a quote
    if (((/\p{Lu}{3}/u.test(u.text) && u.text === u.text.toLocaleUpperCase()) || quotedHeading(u.text)) && isSubhead(units, i, true, dropped, isOtherThanLink)) {
      add({ type: "subhead", text: u.text }, u.line);
      mark(u, "subhead");
      i++;
      continue;
    }
    // an interviewee's answer (interview.ts): a quote of that speaker
    interview ??= readInterview(units, i, lex, author);
    const answer = interview.answers.get(i);
    if (answer) {
      pushQuote(answer, i, u);
      i++;
      continue;
    }
    // (and the interviewer's credit, "Interview by …", "Das Gespräch führte …": a paragraph, no heading)
    if (interview.questions.has(i) || interview.credits?.has(i)) {
      add({ type: "paragraph", text: u.text, html: textToHtml(u.text) }, u.line);
      mark(u, "paragraph");
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
      // a quote left open runs on into the paragraphs that open with a mark again: each is a
      // quote block of the same speaker, named by the first attribution among them
      const parts = continuedQuote(quote, units, i, lex);
      parts.forEach((part, k) => pushQuote(part, i + k, units[i + k] as Unit));
      i += parts.length;
      continue;
    }
    // (a box's title, "Mehr zum Thema bei Tagesspiegel Plus", whose links did not read as links, is no heading)
    // (under the headline and a section's label or two, "LOCAL", "사회", the story has not begun: that line is the standfirst, no heading)
    const labelsOnly = blocks.length > 0 && blocks.length <= 3 && blocks.every((b) => b.type === "paragraph" && countWords(b.text, 4) <= 3);
    if (!labelsOnly && isSubhead(units, i, blocks.length > 0 || trace.some((t) => t.became === "paragraph"), dropped, isOtherThanLink) && !isBoxTitle(u.text, lex)) {
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

  // the desk's credit lines in the tail ("Reporting by …; Editing by …", "责任编辑：…"): endnote.ts
  const endnotes = markEndnotes(blocks, isProse);
  for (const { from, to } of endnotes) {
    lines.set(to, lines.get(from) ?? 0);
    const entry = trace.find((t) => t.line === lines.get(from));
    if (entry) entry.became = "endnote (a desk's credit line after the last paragraph)";
  }
  // the desk's rule right over its first credit line ("___" over "X contributed to this report") is printed with them
  const firstEndnote = endnotes.at(-1)?.to;
  const noteAt = firstEndnote ? units.findIndex((x) => x.line === lines.get(firstEndnote)) : -1;
  const ruleUnit = noteAt > 0 ? units[noteAt - 1] : undefined;
  const ruleEntry = ruleUnit && isRuleLine(ruleUnit.text) ? trace.find((t) => t.line === ruleUnit.line && t.became === "noise") : undefined;
  if (ruleUnit && ruleEntry && firstEndnote && blocks[blocks.indexOf(firstEndnote) - 1] !== undefined) {
    const rule: Block = { type: "endnote", text: ruleUnit.text };
    blocks.splice(blocks.indexOf(firstEndnote), 0, rule);
    lines.set(rule, ruleUnit.line);
    ruleEntry.became = "endnote (the desk's rule over its credit lines)";
  }
  // the site's name printed again after the story's last sentence, alone or in a short prompt ("Follow The Courier on Facebook"): the page's
  for (let k = blocks.length - 1; k >= 0 && siteNames.length > 0; k--) {
    const b = blocks[k] as Block;
    if (b.type === "quote" || (b.type === "paragraph" && endsAsSentence(b.text))) break;
    if (b.type !== "paragraph" || countWords(b.text, 9) > 8 || !siteNames.some((n) => b.text.toLocaleLowerCase().includes(n))) continue;
    blocks.splice(k, 1);
    const entry = trace.find((t) => t.line === lines.get(b));
    if (entry) entry.became = "noise (the site's name, printed over the menu, again after the story)";
  }
  // the page's furniture left as short paragraphs after the story's last sentence (noise-tail.ts)
  const printed = new Map<string, number>();
  for (const u of units) printed.set(u.text, (printed.get(u.text) ?? 0) + 1);
  const unitOf = new Map(units.map((u, k) => [u.text, k]));
  const byDate = (t: string) => [-1, 1].some((d) => isDateText(units[(unitOf.get(t) ?? -2) + d]?.text ?? ""));
  // (the signers' role glued under a sign-off's names, "föräldrar i Vilhelmina kommun", is the sign-off's)
  const underByline = (t: string) => {
    const at = unitOf.get(t) ?? -1;
    return at > 0 && !(units[at] as Unit).afterBlank && readByline((units[at - 1] as Unit).text, lex) !== null;
  };
  for (const b of tailFurniture(blocks, { repeated: (t) => (printed.get(t) ?? 0) > 1, keeps: (t) => verdictList[unitOf.get(t) ?? -1]?.kept === true || isEndnote(t) || readByline(t, lex) !== null || signOffShape(t, lex) !== null || readCaption(t, lex) !== null || underByline(t), byDate })) {
    blocks.splice(blocks.indexOf(b), 1);
    const entry = trace.find((t) => t.line === lines.get(b));
    if (entry) entry.became = "noise (a short line in the page's tail, after the story's last sentence)";
    const unit = units.find((x) => x.line === lines.get(b));
    if (unit && countWords(unit.text, 5) > 4) options.warn?.(`dropped as page noise (a short line in the page's tail): “${unit.text.slice(0, 60)}${unit.text.length > 60 ? "…" : ""}”`, { line: unit.line, column: unit.column }, "noise-dropped");
  }
  // a byline printed after the last paragraph ("LAURI NURMI", "UOL", "(Ana Souza / Reuters)"): sign-off.ts
  // (a few capitalised words over two rows of figures, kept or dropped by the line model, are a table's head row, "Country Pledged Delivered", not a name)
  const overFigureRows = (line: number | undefined) => {
    const at = units.findIndex((x) => x.line === line);
    const rows = at < 0 ? [] : units.slice(at + 1, at + 3);
    return rows.length === 2 && rows.every((r) => /\p{Nd}/u.test(r.text) && readDateLine(r.text, lex) === null && !endsAsSentence(r.text));
  };
  // the disclaimer an opinion column closes with, under the story or the author's box ("The views expressed are the author's own."): the page's (authors.ts disclaimerLine)
  for (let k = blocks.length - 1; k >= Math.max(2, blocks.length - 3); k--) {
    const b = blocks[k] as Block;
    if (b.type !== "paragraph") continue;
    if (!disclaimerLine(b.text, lex)) break;
    for (const entry of trace) if (entry.line === lines.get(b)) entry.became = "noise (a disclaimer after the story: its writer's and an opinion's words, one sentence)";
    blocks.splice(k, 1);
    break;
  }
  // (the rows kept as copy or dropped: a table's head row is no sign-off either way)
  const signOff = findSignOff(blocks, lex, (b) => {
    const at = trace.findLastIndex((t) => t.line === lines.get(b));
    return trace[at + 1]?.became.startsWith("noise") ?? true;
  }, (b) => overFigureRows(lines.get(b)));
  if (signOff) {
    const entry = trace.find((t) => t.line === lines.get(signOff.block));
    if (signOff.rest === null) blocks.splice(blocks.indexOf(signOff.block), 1);
    else Object.assign(signOff.block, { text: signOff.rest, html: textToHtml(signOff.rest) });
    if (entry) entry.became = signOff.rest === null ? `byline (${signOff.why})` : `${entry.became}; byline at its end (${signOff.why})`;
    // (the name the header printed, printed again at the end, is one byline: with its address when the end adds one,
    // "김민수 기자" over the story and "김민수 기자 minsu.kim@…" under it)
    const printed = bylineLines.findIndex((l) => l === signOff.signOff || signOff.signOff.startsWith(`${l} `));
    if (printed < 0) bylineLines.push(signOff.signOff);
    else bylineLines[printed] = signOff.signOff;
    author = preferNamed(author, bylineName(signOffName(signOff.signOff), lex), siteNames);
    for (const b of signOff.more) {
      const line = trace.find((t) => t.line === lines.get(b));
      if (line) line.became = "byline (a credit line under the sign-off)";
      blocks.splice(blocks.indexOf(b), 1);
      if (b.type === "paragraph" || b.type === "subhead") bylineLines.push(b.text);
    }
  }
  // an interviewer's credit the figure reader took for a caption over the credit line at the end ("Entrevista de Lucía
  // Romero" / "Fotografía: Pablo Sanz"): an opener of the data and a name is the byline, the credit alone stays the pictures'
  const lastFigure = blocks.at(-1);
  if (!signOff && lastFigure?.type === "media" && lastFigure.caption && !lastFigure.caption.includes("\n") && openerByline(lastFigure.caption) && signOffShape(lastFigure.caption, lex)) {
    const credit = lastFigure.caption;
    bylineLines.push(credit);
    author = preferNamed(author, bylineName(credit, lex), siteNames);
    const entry = trace.find((t) => t.line === lines.get(lastFigure));
    if (entry) entry.became = "byline (an opener and a name over the last credit line: the interviewer's credit, not a caption)";
    Object.assign(lastFigure, { caption: null, text: (lastFigure.text ?? "").split("\n").slice(1).join("\n") || null });
  }
  // an author's box after the story: its last paragraphs open with the name of the byline's author
  // ("Jane Porter is the Courier's city hall reporter.", "Jonas Becker ist Redakteur …"): the page's
  // (a name the byline prints in capitals, "VON ANNA KLEIN", opens the bio in small letters: "Anna Klein ist …")
  const authors = author ? author.split(authorsApart).filter((name) => name.includes(" ")).map((name) => name.toLocaleLowerCase()) : [];
  let boxRemoved = false;
  for (let k = blocks.length - 1; authors.length > 0 && k >= Math.max(2, blocks.length - 3); k--) {
    const b = blocks[k] as Block;
    if (b.type !== "paragraph") continue;
    if (!authors.some((name) => b.text.toLocaleLowerCase().startsWith(`${name} `))) break;
    for (const entry of trace) if (entry.line === lines.get(b)) entry.became = "noise (an author's box after the story: it opens with the byline's name)";
    const unit = units.find((x) => x.line === lines.get(b));
    options.warn?.(`dropped as page noise (an author's box after the story): “${b.text.slice(0, 60)}${b.text.length > 60 ? "…" : ""}”`, { line: unit?.line ?? 1, column: unit?.column ?? 1 }, "noise-dropped");
    blocks.splice(k, 1);
    boxRemoved = true;
  }
  // a tags list right over the author's box ("Tags" / "Libraries" / "Council" over the bio): the
  // page's tail too, once the box is gone (read up from the end: a tags label, then its tags)
  if (boxRemoved) for (const b of tagsOverTail(blocks)) {
    blocks.splice(blocks.indexOf(b), 1);
    const entry = trace.find((t) => t.line === lines.get(b));
    if (entry) entry.became = "noise (a tags list over the author's box, after the story)";
  }
  // The lede is the first paragraph that reads as prose; a dateline is cut off it, or off the
  // first body paragraph when the lede is a standfirst.
  // A first paragraph that quotes someone is still the lede (spec: the first paragraph after the
  // headline), printed as written; quotes further down stay quote blocks.
  // (not a dash-led one: a dash opens speech in Nordic copy and a list of highlights in many others)
  const firstProse = blocks.findIndex((b) => (b.type === "paragraph" || (b.type === "quote" && !/^\p{Pd}|^[•·*]/u.test(b.printed))) && b.text !== headline);
  const paragraphs = blocks.filter((b, k): b is Block & { type: "paragraph" | "quote" } => b.type === "paragraph" || (k === firstProse && b.type === "quote"));
  const proseText = (b: Block & { type: "paragraph" | "quote" }): string => (b.type === "quote" ? b.printed : b.text);
  // a `lede` fix chooses it; else the first paragraph that reads as prose
  const fixedLede = options.fixes?.lede ? paragraphs.findIndex((b) => b === options.fixes?.lede) : -1;
  const ledePick = fixedLede >= 0 ? { index: fixedLede, why: "fix" } : pickLede(
    paragraphs.map(proseText),
    headline ?? "",
    (text) => isShareMenu(text, (word) => isNoise(word, noise)),
    standfirst ? paragraphs.indexOf(standfirst as Block & { type: "paragraph" }) : -1,
    !metaUnderHeadline,
  );
  let lede = "";
  let dateline: string | null = null;
  const turns = units.filter((x) => speakerLabel.test(x.text)).length >= 2;
  /**
   * A dateline printed on its own line right over the paragraph it opens ("ALMERÍA, 12 (EUROPA PRESS)",
   * "MADRID, 12 de mayo (Servimedia) -", "पटना, 12 मई।"): the line, set before that paragraph, is exactly what
   * `cutDateline` cuts off it. A line with a bracket, a figure or a closing dash only (a word alone is a
   * kicker or a subhead, "Berlin"). The line's block (a paragraph, or a heading by its capitals) goes; returns the dateline, or null.
   */
  const datelineLineOver = (under: Block & { type: "paragraph" | "quote" }, at0 = blocks.indexOf(under)): string | null => {
    const above = blocks[at0 - 1];
    const at = lines.get(under);
    // (a line in capitals over the paragraph reads as a heading: "SEVILLA, 3 (EUROPA PRESS)")
    if ((above?.type !== "paragraph" && above?.type !== "subhead") || at === undefined || countWords(above.text, 10) > 10 || above.text.includes("\n")) return null;
    if (!/[(（\p{N}]|(?:--|[-–—।])$/u.test(above.text)) return null;
    // (the line right over it, blank lines only between)
    const aboveLine = lines.get(above);
    if (aboveLine === undefined || units.some((x) => x.line > aboveLine && x.line < at)) return null;
    const text = proseText(under);
    const cut = cutDateline(`${above.text} ${text}`, lex.lang, turns);
    if (!cut.dateline || cut.rest !== text) return null;
    blocks.splice(blocks.indexOf(above), 1);
    const entry = trace.find((t) => t.line === aboveLine);
    if (entry) entry.became = `dateline (a line of its own over the paragraph it opens: ${cut.dateline})`;
    return cut.dateline;
  };
  if (paragraphs.length > 0) {
    const ledeBlock = paragraphs[ledePick.index] as Block & { type: "paragraph" | "quote" };
    const ledeLine = lines.get(ledeBlock);
    const ledeAt = blocks.indexOf(ledeBlock);
    blocks.splice(ledeAt, 1);
    // (a transcript's turns open with a name in capitals and a colon, like "NEW DELHI: ": `turns`)
    const cut = cutDateline(proseText(ledeBlock), lex.lang, turns);
    lede = cut.rest;
    dateline = cut.dateline;
    // "MADRID, 12 de mayo (Servimedia) -" / "ALMERÍA, 12 (EUROPA PRESS)": the dateline on a line of its own over the lede
    const alone = dateline === null ? datelineLineOver(ledeBlock, ledeAt) : null;
    if (alone) dateline = alone;
    const entry = trace.find((t) => t.line === ledeLine && (t.became === "paragraph" || t.became.startsWith("quote")));
    if (entry) entry.became = `lede (${ledePick.why}${dateline ? `; dateline: ${dateline}` : ""})`;
    // (past a line in capitals over it, the dateline's formula: "DALLA NOSTRA CORRISPONDENTE" over "NEW YORK - …")
    // (or past a byline the header did not read, a fragment of a few words without a sentence's end: "নিজস্ব প্রতিবেদক, ঢাকা")
    const formula = paragraphs[ledePick.index + 1];
    const fragment = (text: string) => countWords(text, 12) <= 12 && !/[.!?。！？।።؟]["”’»」)]*$/u.test(text) && cutDateline(text, lex.lang, turns).dateline === null;
    const skip = formula?.type === "paragraph" && (isCapsLabel(formula.text) || fragment(formula.text)) ? 1 : 0;
    const next = paragraphs[ledePick.index + 1 + skip];
    if (!dateline && next?.type === "paragraph" && blocks.indexOf(next) <= 2 + skip) {
      const over = datelineLineOver(next);
      const body = over ? { dateline: over, rest: next.text } : cutDateline(next.text, lex.lang, turns);
      if (body.dateline) {
        dateline = body.dateline;
        next.text = body.rest;
        next.html = textToHtml(body.rest);
        const nextEntry = trace.find((t) => t.became === "paragraph" && t.line === lines.get(next));
        if (nextEntry) nextEntry.became = `paragraph (dateline: ${dateline}, the lede is a standfirst)`;
      }
    }
    // a wire's dateline that names its agency or its day ("CHARLESTON, S.C. (AP) —", "ALMERÍA, 12 (EUROPA PRESS)" on a line
    // of its own) on the story's first sentence, under lines the head did not read (a byline, a standfirst, a caption):
    // the dateline, whatever was taken for the lede; never past the story's first sentence without one
    if (!dateline) {
      for (const b of blocks.slice(0, 8)) {
        if (b.type !== "paragraph") continue;
        const over = datelineLineOver(b);
        const body = over ? { dateline: over, rest: b.text } : cutDateline(b.text, lex.lang, turns);
        if (body.dateline && isMarkedDateline(body.dateline)) {
          dateline = body.dateline;
          b.text = body.rest;
          b.html = textToHtml(body.rest);
          const entry = trace.find((t) => t.became === "paragraph" && t.line === lines.get(b));
          if (entry) entry.became = `paragraph (dateline: ${dateline}, the story's first sentence under lines the head did not read)`;
          break;
        }
        if (endsAsSentence(b.text) && countWords(b.text, 12) >= 12) break;
      }
    }
  }
  // a byline the dateline holds ("新华社北京12月5日电（记者 王小明）", "(부산=연합뉴스) 김민수 기자") when the head printed none:
  // the byline too (the dateline keeps it, as the wire prints it)
  const signed = dateline && bylineLines.length === 0 ? bylineInDateline(dateline, lex) : null;
  if (signed) {
    bylineLines.push(signed);
    author ??= bylineName(signed.replace(/^[（(]|[）)]$/gu, ""), lex);
  }
  dateline ??= headerPlace;
  // (a quote's speaker read as the dateline's place is no speaker: speakers.ts)
  if (dateline) dropPlaceSpeakers(blocks, dateline);
  // the author's box after the story (read-lines.ts proves its lines): its reporter is the byline where the head printed none
  // (not a portrait of the story's subject, "Zur Person" / "Olaf Berger", whose family name the story's paragraphs print)
  if (bylineLines.length === 0) {
    const boxed = authorBoxName(units.filter((u) => verdicts.get(u)?.why.some((w) => w.includes("under the author's box title") || w.includes("an author's box:")) === true).map((u) => u.text), (t) => isBareName(t) && !blocks.some((b) => b.type === "paragraph" && b.text.includes(t.split(" ").at(-1) ?? t)));
    if (boxed) bylineLines.push(boxed), (author = boxed);
  }
  const byline = bylineLines.length > 0 ? bylineLines.join(" · ") : null;
  return { headline: headline ?? "", kicker, lede, byline, author, dateline, date, updated, dateText: dateLines.join(" · ") || null, blocks, lines, trace };
}

/** The headline or a sentence of the page prints the words of `u` as a whole ("Bologna" in "Bologna, chiude il ponte …"). */
function printedElsewhere(u: Unit, headline: string, units: readonly Unit[]): boolean {
  const whole = new RegExp(`(?<![\\p{L}\\p{M}])${u.text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{M}])`, "u");
  return whole.test(headline) || units.some((x) => x !== u && x.text.includes(u.text) && endsAsSentence(x.text) && whole.test(x.text));
}

/** The page names `text` as a source: in brackets ("(Reuters)"), after a copyright sign ("© Reuters") or a credit's slash. */
function namedAsSource(text: string, units: readonly Unit[]): boolean {
  return units.some((x) => x.text.includes(text) && (x.text.includes(`(${text})`) || x.text.includes(`© ${text}`) || x.text.includes(`/${text}`) || x.text.includes(`©${text}`)));
}

/**
 * The shape of a place's name printed alone: one or two words, each capitalised in a cased script
 * (no name particle or article first: "El País" is an outlet), no digits, no sentence's end, no
 * reporter's title ("Corresponsal").
 */
function placeBetween(text: string, lex: Lexicon): boolean {
  if (text.length > 30 || /[\p{N}.!?:;,|·]/u.test(text) || countWords(text, 3) > 2) return false;
  const words = text.split(/[\s-]+/u);
  if (nameParticles.has((words[0] ?? "").toLocaleLowerCase())) return false;
  if (lex.reporterWords.some((w) => text.toLocaleLowerCase() === w)) return false;
  return /[\p{Lu}\p{Ll}]/u.test(text) ? words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) : true;
}

/**
 * Where the headline follows the page's title that holds it ("Headline - Site" then "Headline"),
 * the offset of the headline among the lines after the title (noise lines may come between), or -1.
 */
function bareHeadline(title: string, after: Unit[]): number {
  return after.findIndex((u) => u.text.length >= 8 && title.startsWith(u.text) && /^\s+[-–—|·:»]\s+\S/u.test(title.slice(u.text.length)) && countWords(title.slice(u.text.length), 6) <= 5);
}

/** A credit line alone behind a label ("FOTO: Nils Ek", "写真＝共同"), not proven noise. */
function labelledCreditLine(u: Unit, proven: boolean, lex: Lexicon): boolean {
  if (proven || !/^[^:：=＝/／]{1,24}[:：=＝/／]/u.test(u.text)) return false;
  const label = u.text.split(/[:：=＝/／]/u)[0] ?? "";
  return isBareCreditLabel(label, lex) && readCaption(u.text, lex)?.caption === null;
}

/** A private picture's source alone ("Handout", "Family handout"), right under a caption's line (across a blank line, under a phrase without a stop): the figure's credit, and that line its caption, not page noise. */
function privateCreditUnder(above: Unit | undefined, u: Unit | undefined, lex: Lexicon): boolean {
  // (across a blank line, under a caption's phrase without a sentence's stop: copy that sets every line apart)
  if (!above || !u || u.text.length > 50 || (u.afterBlank && /[.!?。！？؟।]["”’»)）]*$/u.test(above.text))) return false;
  const read = readCaption(u.text, lex);
  return read !== null && read.caption === null && isPrivateCredit(read.credit) && shortCaptionLine(above.text) && readCaption(above.text, lex) === null;
}

/** A short line right under a picture's slot ("Image", "Bild 3/12"), file name or gallery counter ("1 / 12"). */
function underSlot(above: Unit | undefined, u: Unit, lex: Lexicon): boolean {
  if (!above || u.afterBlank) return false;
  return (isBareCreditLabel(above.text, lex) || isCountedSlot(above.text, lex) || isImageFileName(above.text) || isGalleryCounter(above.text)) && shortCaptionLine(u.text);
}

/** Whether the unit after `k` is a credit line alone ("Foto: REUTERS/Nadja Wohlleben", "Sam Lee/AP"). */
function creditFollows(units: Unit[], k: number, lex: Lexicon): boolean {
  const next = k >= 0 ? units[k + 1] : undefined;
  const read = next !== undefined ? readCaption(next.text, lex) : null;
  // (a source line with more labels, "Source: PM | Duration: 3min", is a player's, not a photo's)
  return read !== null && read.caption === null && !/\d|\s[|·]\s/u.test(read.credit);
}

/** The name in a byline line: "By Jane Doe" → "Jane Doe", "Jane Doe, Reuters" → "Jane Doe". */
function bylineName(line: string, lex: Lexicon): string {
  // several authors with an opener or an affiliation, in any script ("ដោយ៖ សុខ ចាន់ថា និង ម៉ៅ សុភា | AKP")
  const authors = authorsOf(line, lex);
  if (authors) return authors;
  // the newsroom's or the title's part of "নিজস্ব প্রতিবেদক, ঢাকা", "Redacción / EFE"
  if (deskSignature(line)) return line.split(/\s*(?:,|\s[/|]|\/)\s*/u)[0] ?? line;
  // the name after a title and its outlet in quotation marks ("Корреспондент «Вестника» Ольга Белова")
  const quoted = /^\p{Lu}\S*\s[«„“"][^«»„“”"]{1,30}[»“”"]\s(\p{Lu}.*)$/u.exec(line);
  if (quoted?.[1] && isBareName(quoted[1])) return quoted[1];
  // the name after an agency's capitals and a bar, or before its agency in brackets ("EFE | Ana García", "Carlos Ruiz (Europa Press)")
  const agencyBar = /^\p{Lu}[\p{Lu}\p{M}]{1,5}\s\|\s(\p{Lu}[^|]*)$/u.exec(line)?.[1] ?? /^(\p{Lu}[^()（）]*?)\s[(（][^()（）]{2,30}[)）]$/u.exec(line)?.[1];
  if (agencyBar && isBareName(agencyBar)) return agencyBar;
  // the name before a slash and its role or agency ("Anna Weber / Redakteurin", "Ahmet Yılmaz / AA")
  const slashed = /^([^/]+?)\s\/\s[^/\d]+$/u.exec(line)?.[1];
  if (slashed && isBareName(slashed)) return slashed;
  // the name's part of "Name | place | date"
  let name = (line.split(/\s[|·]\s/u)[0] ?? line).trim();
  // (an opener in capitals too: "VON ANNA KLEIN", "AF SØREN MØLLER")
  const caps = capsOpenerByline(name, lex);
  const prefix = [...lex.bylinePrefixes, ...allBylineOpeners].find((p) => caps ? name.toLocaleLowerCase().startsWith(`${p.toLocaleLowerCase()} `) : name.startsWith(/[:：・／]$/u.test(p) ? p : `${p} `));
  // (and the role between opener and name: "Door onze redacteur Sanne de Vries", "Von unserem Korrespondenten Jonas Becker")
  if (prefix) name = withoutRole(name.slice(prefix.length).trim(), lex);
  else {
    // any language's opener by its shape: one short word and a colon ("Oleh:", "记者：")
    const label = labelOpener.exec(name);
    if (label) name = name.slice(label[0].length).trim();
  }
  // a reporter's title after the name in scripts without case ("김철수 기자"), the address after both ("김철수 기자 kim@example.co.kr")
  name = name.replace(/\s+[^\s@]+@[^\s@]+\.[^\s@]+$/u, "");
  const suffix = reporterSuffixes.find((t) => name.endsWith(t) && name.length > t.length);
  if (suffix) name = name.slice(0, -suffix.length).trim();
  // (the full stop of a sign-off's sentence, "Das Gespräch führte Jonas Becker.", is no part of the name)
  if (prefix && /\p{L}{2}\.$/u.test(name)) name = name.slice(0, -1);
  return name || line.trim();
}

/** A name without the words of a role before it: lower-case words, then a reporter's title in any inflection ("Korrespondenten"). */
function withoutRole(name: string, lex: Lexicon): string {
  let rest = name.replace(/^(?:\p{Ll}[\p{L}\p{M}'’-]*\s){1,3}(?=\p{Lu}[\p{L}\p{M}'’.-]+\s\S)/u, "");
  if (rest === name) return name;
  const [first = "", ...others] = rest.split(" ");
  const title = first.toLocaleLowerCase();
  if (others.length >= 2 && lex.reporterWords.some((w) => title.startsWith(w))) rest = others.join(" ");
  return rest;
}

/** Between the names of several authors: a comma, "&", "、" or a joiner word ("and", "und", "и"). */
const authorsApart = new RegExp(`\\s*(?:[,&、]|\\s(?:${authorJoiners.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s)\\s*`, "u");

/** A transcript's turn: a name in capitals and a colon ("MARK BANNERMAN: …"). */
const speakerLabel = /^\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,3}:\s/u;

/**
 * Where a unit stands among `units`, by the line it starts on (one unit starts on each line), or
 * -1 for a unit that is not one of them (a copy of one with other text).
 */
function unitIndex(units: readonly Unit[]): (u: Unit) => number {
  const first = units[0]?.line ?? 0;
  const byLine = new Int32Array(Math.max(0, (units.at(-1)?.line ?? 0) - first + 1)).fill(-1);
  for (let k = 0; k < units.length; k++) {
    const slot = (units[k] as Unit).line - first;
    // (lines out of order: a table keyed by each unit)
    if (!(slot >= 0 && slot < byLine.length) || byLine[slot] !== -1) {
      const places = new Map(units.map((u, at) => [u, at]));
      return (u) => places.get(u) ?? -1;
    }
    byLine[slot] = k;
  }
  return (u) => {
    const k = byLine[u.line - first] ?? -1;
    return k >= 0 && units[k] === u ? k : -1;
  };
}

/** `test` of a unit, answered once per unit of `units` (by its place `indexOf` gives); a unit not of them is tested each time. */
function memoizedUnit(indexOf: (u: Unit) => number, count: number, test: (u: Unit) => boolean): (u: Unit) => boolean {
  const seen = new Uint8Array(count);
  return (u) => {
    const k = indexOf(u);
    if (k < 0) return test(u);
    if (seen[k] === 0) seen[k] = test(u) ? 2 : 1;
    return seen[k] === 2;
  };
}

/** `test`, answering each argument once (for one article's lines: the table lives as long as the parse). */
function memoized<T>(test: (x: T) => boolean): (x: T) => boolean {
  const seen = new Map<T, boolean>();
  return (x) => {
    let value = seen.get(x);
    if (value === undefined) seen.set(x, (value = test(x)));
    return value;
  };
}

/** The text of the last two blocks before a quote, where a pronoun finds its person. */
function recentText(blocks: Block[]): string[] {
  return blocks.slice(-2).map((b) => (b.type === "paragraph" ? b.text : b.type === "quote" ? (b.attribution ?? "") : ""));
}

/** A quote's paragraphs (separated by blank lines in `text`) as inline HTML. */
export const quoteHtml = (text: string) => text.split("\n\n").map(textToHtml).join("<br><br>");
