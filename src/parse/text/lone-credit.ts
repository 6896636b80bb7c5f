/**
 * Credits whose shape alone does not prove them, read only beside a caption (figure.ts): a short
 * label of a script no lexicon knows, a colon of its script and a name ("ছবি: রয়টার্স",
 * "ფოტო: AFP", "Լուսանկարը՝ Photolure", "រូបថត៖ AFP", "படம்: பிடிஐ"), after a caption's one
 * sentence or on a line of its own; an agency's one word alone ("REUTERS", "رويترز"); a Korean
 * photographer's name and "기자" alone ("이충우 기자", the shape of a byline); a short
 * source alone in brackets ("（视觉中国）", "(AFP)"). Each is also the shape of a byline, a
 * sign-off or a heading, so the figure reader takes it only in the story's body, with a
 * caption-sized line of one sentence beside it and more story after it.
 */
import { countWords } from "../segments.js";

export interface LoneCredit {
  /** The caption printed before the credit on the same line, or null for a credit alone. */
  caption: string | null;
  credit: string;
}

/** Colons of several scripts: Latin and full-width, the Armenian comma that follows a label ("Լուսանկարը՝"), the Khmer and Ethiopic colons. */
const colonLike = "[:：՝៖፥፦]";
/** One word of letters as the label (no figures, no spaces): "ছবি", "ფოტო", "Լուսանկարը", "រូបថត". */
const label = String.raw`[\p{L}][\p{L}\p{M}]{1,15}`;
const alone = new RegExp(String.raw`^(${label})\s*${colonLike}\s*(\S.{0,39})$`, "u");
/** The caption's one sentence, ended by a full stop of its script (Latin, Devanagari and Bengali, Khmer, Myanmar, Arabic, CJK, Armenian, Ethiopic). */
const after = new RegExp(String.raw`^(.*?[.!?。！？।॥។။؟։።])\s*(${label})\s*${colonLike}\s*(\S.{0,39})$`, "u");
/** A name: no list, no clause, no figures, no sentence's end ("Photolure", "Արմեն Սարգսյան", "பி. ஜோதி ராமலிங்கம்"). */
const notAName = /[,;،、，!?。！？।॥។။؟:：()（）"“”«»\p{N}]|\.$/u;
/** A word that opens in small letters in a script with capitals (Georgian's Mkhedruli, lower case only, has none in use). */
const smallWord = /(?:^|[\s/-])(?!\p{Script=Georgian})\p{Ll}/u;

function isName(text: string): boolean {
  return text.length <= 40 && !notAName.test(text) && !smallWord.test(text) && countWords(text, 6) <= 5;
}

/** A credit under a label of a script no lexicon knows, alone or after the caption's one sentence; null when the line has not that shape. */
export function readForeignLabelCredit(text: string): LoneCredit | null {
  // (the marks first: every line of the story beside a caption comes here)
  if (text.length > 400 || !/[:：՝៖፥፦]/u.test(text)) return null;
  const own = alone.exec(text);
  if (own?.[2] && isName(own[2].trim())) return { caption: null, credit: own[2].trim() };
  const m = after.exec(text);
  if (m?.[1] && m[3] && isName(m[3].trim())) return { caption: m[1].trim(), credit: m[3].trim() };
  return null;
}

/** A short source alone in brackets, a name or an agency of four words at most ("（视觉中国）", "(AFP)", "[Reuters]"), or null. */
export function readBracketedSource(text: string): string | null {
  const m = /^[(（[]\s*([^()（）[\]]{2,30}?)\s*[)）\]]$/u.exec(text.trim());
  return m?.[1] && isName(m[1]) && countWords(m[1], 5) <= 4 ? m[1] : null;
}

/** A Korean photographer's line under the caption: a name of two to four syllables and "기자" ("이충우 기자", "김호영 사진기자"), nothing else. */
export function isKoreanReporterLine(text: string): boolean {
  return text.length <= 12 && /^[가-힣]{2,4}\s?(?:사진|선임|객원)?기자$/u.test(text.trim());
}

/**
 * A caption's phrase and its source in brackets at its end, "Rossi esulta dopo il gol del 2-1 (LaPresse)":
 * four words or more that describe (two in small letters, in a script with case), no sentence's stop, no
 * quotation, and a name of four words at most in the brackets. The shape of a subhead naming its source too,
 * so the figure reader asks it only under the head, where the lead picture stands.
 */
export function readPhraseWithSource(text: string): LoneCredit | null {
  if (text.length > 200 || !/[)）]$/u.test(text) || /^[–—―-]\s|^[“„»«"'‘「『]/u.test(text)) return null;
  const m = /^(.*?\S)\s*([(（][^()（）]{2,30}[)）])$/u.exec(text);
  const source = m?.[2] ? readBracketedSource(m[2]) : null;
  const caption = m?.[1];
  if (!caption || !source || /[.!?。！？؟।:：()（）]/u.test(caption) || countWords(caption, 4) < 4) return null;
  const cased = /[\p{Lu}\p{Ll}]/u.test(caption);
  return !cased || (/^\p{Lu}/u.test(caption) && (caption.match(/(?:^|[^\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]{2,}/gu)?.length ?? 0) >= 2) ? { caption, credit: source } : null;
}

/** The word that sets a photographer before the outlet they worked for: "for", "für", "pour", "para", "per", "voor", "för", "dla". */
const forWords = ["for", "für", "pour", "para", "per", "voor", "för", "dla"];
/** A name of two to four capitalised words, the word "for" of its language, an outlet of one to five capitalised words (or "The …"). */
const forOutlet = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3})\s+(?:${forWords.join("|")})\s+((?:\p{Lu}|\p{N})[\p{L}\p{M}\p{N}.'’&-]*(?:\s+(?:\p{Lu}|\p{N})[\p{L}\p{M}\p{N}.'’&-]*){0,4})$`, "u");

/**
 * A photographer's line alone that names the outlet they worked for, "Ana Ruiz for The Coastal Post",
 * "Lena Hartmann für SPIEGEL", "Marc Dubois pour Libération". The shape of a Title Case heading
 * too, so the figure reader asks it only right under a caption a picture's slot or label proved.
 */
export function readForOutletCredit(text: string): string | null {
  const t = text.trim();
  if (t.length > 80 || /[,;:!?。]|\.$/u.test(t)) return null;
  return forOutlet.test(t) ? t : null;
}
