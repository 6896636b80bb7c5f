/**
 * The byline printed at the end of an article, after its last paragraph: a name alone
 * ("LAURI NURMI", "Tore Bakken"), an agency in capitals ("UOL", "AFP/NTB"), or a name and an
 * agency in brackets ("(Ana Souza / Reuters)", "（记者 王小明）", "(ant/jpnn)"), alone on a
 * line or glued to the end of the last paragraph. Read by shape and position, in any script:
 * the line comes right after the last paragraph of prose, nothing of prose after it.
 */
import type { Block } from "../../model/article.js";
import type { Lexicon } from "../lexicon/index.js";
import { countWords } from "../segments.js";
import { readCaption } from "./caption.js";
import { isBareName, readByline } from "./header.js";
import { bylineByShape, openerByline } from "./header-zone.js";
import { labelOpener, reporterSuffixes } from "../lexicon/byline-words.js";

const sentenceEnd = /[.!?…。！？؟۔।॥;]["”’»)\]」』]*$/u;
/** "(Name)", "(Name / Agency)", "（记者 王小明）", "[Name]": a short text in brackets. */
const bracketed = /^[(（[]\s*([^()（）[\]]{2,60}?)\s*[)）\]]$/u;
/** The same, closing a paragraph after its last sentence ("… said. (Ana Souza / Reuters)"). */
const gluedBracket = /(?<=[.!?…。！？؟۔।॥"”’»])\s*([(（[]\s*[^()（）[\]]{2,60}?\s*[)）\]])$/u;
/** An agency's name in capitals, alone or joined by slashes: "UOL", "AFP", "NTB/ANP", "EFE". */
const agencyCaps = /^\p{Lu}[\p{Lu}\p{N}&-]{1,5}(?:\s?\/\s?\p{Lu}[\p{L}\p{N}&-]{1,8}){0,2}$/u;
/** `agencyCaps` of a line no longer than it can match (30 code points, 60 UTF-16 units): the cheap test first. */
const isAgencyCaps = (text: string): boolean => text.length <= 60 && agencyCaps.test(text);
/** A name and agencies in brackets, parted by slashes: "Ana Souza / Reuters", "ant/jpnn", "dpa/AFP". */
const slashParts = /^[\p{L}\p{M}][\p{L}\p{M}.'’ -]{0,40}(?:\s?\/\s?[\p{L}\p{M}][\p{L}\p{M}.'’ -]{0,30}){1,3}$/u;

/** A dash opening a line: "— Ana Souza". */
const leadDash = /^[—–―-]\s*(\S.*)$/u;
/** A name, a slash and an agency: "Ana Souza / Folhapress". */
const nameSlash = /^([^/]{3,40}?)\s?\/\s?([^/]{2,30})$/u;

/** A name and one word in brackets: "Anna Müller (dpa)". */
const agencyAfter = /^(.+?)\s[(（]([\p{L}\p{M}]{2,8})[)）]$/u;

/** Why `text`, printed after the last paragraph, is the article's byline; or null. */
export function signOffShape(printed: string, lex: Lexicon): string | null {
  // the author's e-mail address after the name ("김철수 기자 kim@example.com") is the byline's
  const text = withoutEmail(printed);
  // "— Ana Souza", "– Ana Souza / Folhapress": a dash, then a sign-off's shape (not a speech dash: no sentence follows it)
  const dashed = leadDash.exec(text);
  if (dashed?.[1]) return dashed[1].length < text.length && signOffShape(dashed[1], lex) ? "a dash and a name after the last paragraph" : null;
  if (text.length > 80 || /\d|@|https?:|www\./u.test(text)) return null;
  // "Anna Müller (dpa)", "Claire Dubois (AFP)": a name and its agency's one word in brackets (a portrait's caption and credit by shape)
  const named = agencyAfter.exec(text);
  if (named?.[1] && isBareName(named[1])) return "a name and its agency in brackets after the last paragraph";
  // "Ana Souza / Folhapress", "Jan Novák / ČTK": a name alone, a slash, an agency (a credit's shape too: the brackets' shape without brackets)
  if (nameSlash.test(text) && isSignedName(text)) return "name and agency after the last paragraph";
  if (readCaption(text, lex)) return null;
  const inner = bracketed.exec(text)?.[1];
  if (inner !== undefined) {
    if (sentenceEnd.test(inner) || countWords(inner, 9) > 8) return null;
    if (slashParts.test(inner)) return "name and agency in brackets after the last paragraph";
    if (isBareName(inner) || isAgencyCaps(inner) || readByline(inner, lex) || openerByline(inner) || bylineByShape(inner, lex)) return "a name in brackets after the last paragraph";
    // "（山田太郎）", "(김철수)": two to five letters of a script without spaces or case, in brackets
    if (/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{2,5}$/u.test(inner)) return "a name in brackets after the last paragraph";
    return null;
  }
  // "Das Gespräch führte Jonas Becker.", "Propos recueillis par Claire Dubois.": an opener of the data and a name, closed by a full stop
  if (/[^.]\.$/u.test(text) && openerByline(text.slice(0, -1)) && !/[.!?]/u.test(text.slice(0, -1))) return "byline opener after the last paragraph";
  if (sentenceEnd.test(text)) return null;
  if (isAgencyCaps(text)) return "an agency in capitals after the last paragraph";
  if (readByline(text, lex) || openerByline(text)) return "byline opener after the last paragraph";
  // "김철수 기자", "山田太郎記者": a name and a reporter's title (data), in a script without case
  if (reporterSuffixes.some((t) => text.endsWith(t) && text.length > t.length) && countWords(text, 5) <= 4 && !/[\p{Lu}\p{Ll}]/u.test(text)) return "a name and a reporter's title after the last paragraph";
  // a name alone: every word capitalised (not a heading in title case of the lexicon's box titles)
  if (isBareName(text) && !lex.relatedTitles.some((t) => t.toLocaleLowerCase() === text.toLocaleLowerCase())) return "a name alone after the last paragraph";
  // a byline's other shapes in a cased script: "Jean Dupont avec AFP", "Anna Berg och Per Dahl"
  if (/[\p{Lu}\p{Ll}]/u.test(text) && !lex.relatedTitles.some((t) => t.toLocaleLowerCase() === text.toLocaleLowerCase()) && bylineByShape(text, lex)) return "a byline's shape after the last paragraph";
  return null;
}

/**
 * A name signing the story, by shape alone: "— Ana Souza", "Ana Souza / Folhapress",
 * "– Jan Novák / ČTK", "Anna Berger (Text)". The line model never drops it as a page's label.
 */
export function isSignedName(text: string): boolean {
  const bare = text.replace(leadDash, "$1");
  if (bare.length > 80 || /\d|@/u.test(bare)) return false;
  const slash = nameSlash.exec(bare);
  if (slash?.[1] && slash[2]) return isBareName(slash[1]) && /^\p{Lu}/u.test(slash[2]) && countWords(slash[2], 4) <= 3;
  // "Anna Berger (Text)", "María Gómez (EFE)": a name and one word in brackets
  const named = agencyAfter.exec(bare);
  if (named?.[1] && isBareName(named[1])) return true;
  return bare.length < text.length && isBareName(bare);
}

/** A sign-off glued to the end of the last paragraph: the paragraph without it, and the byline. */
export function cutGluedSignOff(text: string, lex: Lexicon): { rest: string; signOff: string; why: string } | null {
  const m = gluedBracket.exec(text);
  if (!m?.[1]) return null;
  const why = signOffShape(m[1], lex);
  return why ? { rest: text.slice(0, m.index).trimEnd(), signOff: m[1], why: `${why} (end of the paragraph)` } : null;
}

/**
 * Finds the sign-off among the body's blocks: a paragraph or heading right after a paragraph of
 * prose and not followed by one (or followed by page noise: the page's tail, a comments box), with most
 * of the article's prose before it; or brackets closing the last paragraph of prose. Returns the
 * block to remove (or the paragraph to shorten, with its new text) and the byline.
 */
export function findSignOff(blocks: readonly Block[], lex: Lexicon, noiseAfter: (b: Block) => boolean = () => false, refused: (b: Block) => boolean = () => false): { block: Block; rest: string | null; signOff: string; why: string; more: Block[] } | null {
  const found = findFirst(blocks, lex, noiseAfter, refused);
  if (!found) return null;
  // the credit lines under it ("Theo TTXVN", "Editor: Budi Santoso"): a sign-off's shape, or a short label and a name
  const more: Block[] = [];
  for (let j = blocks.indexOf(found.block) + 1; j < blocks.length; j++) {
    const b = blocks[j] as Block;
    if ((b.type !== "paragraph" && b.type !== "subhead") || isProse(b.text) || !(signOffShape(b.text, lex) ?? (labelOpener.test(b.text) ? bylineByShape(b.text, lex) : null))) break;
    more.push(b);
  }
  return { ...found, more };
}

function findFirst(blocks: readonly Block[], lex: Lexicon, noiseAfter: (b: Block) => boolean, refused: (b: Block) => boolean): { block: Block; rest: string | null; signOff: string; why: string } | null {
  const prose = blocks.map((b) => (b.type === "paragraph" || b.type === "quote") && isProse(b.text));
  const total = prose.filter(Boolean).length;
  let before = total;
  for (let k = blocks.length - 1; k > 0; k--) {
    if (prose[k]) before--;
    const b = blocks[k] as Block;
    // (the figure reader takes "Anna Müller (dpa)" for a portrait's caption and credit: as the last block, it is the sign-off)
    const lastFigure = b.type === "media" && k === blocks.length - 1 && b.kind === "image" && agencyAfter.test(b.text ?? "");
    // (a dash before a name alone reads as a speech dash: a "quote" of no sentence, "— Ana Souza / Folhapress")
    const dashName = b.type === "quote" && leadDash.test(b.printed) && !sentenceEnd.test(b.printed);
    if (!prose[k - 1] || (b.type !== "paragraph" && b.type !== "subhead" && !lastFigure && !dashName)) continue;
    // most of the article's prose comes before it
    if ((total - before) * 2 > before) break;
    const why = signOffShape(dashName ? b.printed : (b.text ?? ""), lex);
    if (why && (!prose[k + 1] || noiseAfter(b) || (openerShaped(b.text ?? "", why) && editorsNote(blocks, prose, k + 1))) && !namedBefore(blocks, k, b.text ?? "") && !refused(b)) return { block: b, rest: null, signOff: (b.text ?? "").replace(leadDash, "$1"), why };
  }
  const last = prose.lastIndexOf(true);
  const lastBlock = blocks[last];
  if (lastBlock?.type === "paragraph") {
    const cut = cutGluedSignOff(lastBlock.text, lex);
    if (cut && isProse(cut.rest)) return { block: lastBlock, rest: cut.rest, signOff: cut.signOff, why: cut.why };
  }
  return null;
}

/**
 * The name of a sign-off's shape that the story's paragraphs or quotes printed before it: the
 * person the story is about, under a quote that closes it ("“We thought about giving up.”" /
 * "Linda Grey"), not its author, whose name the copy does not print.
 */
function namedBefore(blocks: readonly Block[], k: number, text: string): boolean {
  const name = signOffName(text);
  if (!name.includes(" ")) return false;
  for (let j = 0; j < k; j++) {
    const b = blocks[j] as Block;
    if ((b.type === "paragraph" || b.type === "quote") && b.text.includes(name)) return true;
  }
  return false;
}

/** A sign-off that an opener or a label opens ("Interview: Mark Hill", "Entrevista de Lucía Romero"): its shape holds wherever it stands. */
const openerShaped = (text: string, why: string): boolean => why.startsWith("byline opener") || labelOpener.test(text);

/**
 * The editor's note under a sign-off ("This interview has been edited for length and clarity."):
 * the last paragraph of prose, one sentence of fifteen words at most.
 */
function editorsNote(blocks: readonly Block[], prose: readonly boolean[], k: number): boolean {
  const b = blocks[k];
  if (b?.type !== "paragraph" || prose.slice(k + 1).some(Boolean) || countWords(b.text, 16) > 15) return false;
  return sentenceEnd.test(b.text) && !/[.!?。！？]\s/u.test(b.text.slice(0, -1));
}

/** A paragraph of prose: eight words or more, or four and a sentence's end. */
const isProse = (text: string): boolean => {
  // (four words need four characters at least: a short line is not segmented to be told so)
  if (text.length < 4) return false;
  const n = countWords(text, 8);
  return n >= 8 || (n >= 4 && sentenceEnd.test(text));
};

const withoutEmail = (text: string) => text.replace(/\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u, "");

/** The name's part of a sign-off: without its brackets and the e-mail address after it. */
export const signOffName = (text: string): string => {
  const bare = withoutEmail(text);
  // "Anna Müller (dpa)": the name without its agency
  const named = agencyAfter.exec(bare);
  return named?.[1] && isBareName(named[1]) ? named[1] : bare.replace(/^[(（[]\s*|\s*[)）\]]$/gu, "");
};
