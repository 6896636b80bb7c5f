/**
 * A byline of several authors, with an opener and an affiliation, in any script:
 * `نویسندگان: مریم احمدی و علی رضایی | خبرنگاران گروه اقتصادی`, `Του Γιώργου Παπαδόπουλου και της
 * Μαρίας Νικολάου, ΑΠΕ`, `ដោយ៖ សុខ ចាន់ថា និង ម៉ៅ សុភា | AKP`, `எழுதியவர்: க. முருகன், ச. லதா`.
 * The line is an opener (data, or one word and a colon of its script), names parted by commas or
 * joiner words (data), and an affiliation after a bar, a dash, a slash or the last comma. Names
 * are told by shape: capitalised words in a cased script, one to four short words in a script
 * without case (Georgian's Mkhedruli letters are lower case only, and count as caseless here).
 */
import { countWords, unspacedScript, wordsOf } from "../segments.js";
import { allBylineOpeners, authorJoiners, creditRoles, disclaimerOpinionStems, disclaimerWriterStems, editorLabels } from "../lexicon/byline-words.js";
import type { Lexicon } from "../lexicon/index.js";
import { nameParticles } from "./header.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A script with capital letters in use: Georgian's lower-case-only Mkhedruli is not one. */
const casedLetter = /(?!\p{Script=Georgian})[\p{Lu}\p{Ll}\p{Lt}]/u;
/** The colons of many scripts after a label: Latin, full width, Khmer `៖`, Ethiopic `፦`, Armenian `՝`. */
const labelColon = /^([\p{L}\p{M}]+)\s?[:：៖፦՝]\s*(?=\S)/u;
/** A label and a spaced dash (`ဆောင်းပါးရှင် - …`). */
const labelDash = /^([\p{L}\p{M}]+)\s+[-–—]\s+(?=\S)/u;
const sentenceEnd = /[.!?…。！？؟۔।॥;።]["”’»)\]」』]*$/u;
const letters = (s: string): number => s.match(/\p{L}/gu)?.length ?? 0;

const openerList = (lex: Lexicon) => [...new Set([...lex.bylinePrefixes, ...allBylineOpeners])].sort((a, b) => b.length - a.length);

/** The opener at the start of `text` (`By`, `نویسندگان:`, `ដោយ៖`), with what follows it, or null. */
function opener(text: string, lex: Lexicon): string | null {
  for (const p of openerList(lex)) {
    if (!text.startsWith(p)) continue;
    const after = text.slice(p.length);
    // a whole word: a space or a colon after it ("โดย สม…", not "โดยเฉพาะ")
    const m = /^\s?[:：៖፦՝]?\s+|^[:：៖፦՝]\s*/u.exec(after);
    if (/[:：៖፦՝]$/u.test(p) || m) return text.slice(0, p.length + (m?.[0].length ?? 0));
  }
  const label = labelColon.exec(text) ?? labelDash.exec(text);
  return label?.[1] && letters(label[1]) <= 12 ? label[0] : null;
}

/** Joiner words between names, by themselves between spaces; commas of several scripts. */
const apart = new RegExp(`\\s*[,،፣、]\\s*|\\s+(?:${authorJoiners.map(escape).join("|")})\\s+`, "u");

const joinerWord = new RegExp(`\\s(?:${authorJoiners.map(escape).join("|")})\\s`, "u");

/** One author's name by its shape. `lenient`: an opener was read, so a one-word name (Burmese writes names unspaced) is one. */
function nameShaped(name: string, lenient: boolean, unspaced: boolean): boolean {
  const parts = name.split(/\s+/u).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return false;
  if (casedLetter.test(name)) {
    // an article before a name in the genitive ("της Μαρίας Νικολάου"), particles inside ("Ana de la Fuente")
    const words = /^\p{Ll}{1,3}$/u.test(parts[0] ?? "") && parts.length >= 2 ? parts.slice(1) : parts;
    const caps = words.filter((w) => /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*$/u.test(w)).length;
    const particles = words.filter((w) => nameParticles.has(w)).length;
    return caps + particles === words.length && (caps >= 2 || (lenient && caps === 1));
  }
  // (an initial with its full stop, "க.", is a part; a part of a script without spaces may hold a whole name)
  const short = parts.every((p) => /^[\p{L}\p{M}]+\.?$/u.test(p) && letters(p) <= (unspaced ? 12 : 9));
  return short && (parts.length >= 2 || lenient);
}

/**
 * Why `text` is a byline of authors with an opener or an affiliation, or null. Needs two pieces
 * of evidence among: an opener, two names or more, an affiliation; a line with digits or a
 * sentence's end is none.
 */
export function authorsLine(text: string, lex: Lexicon): string | null {
  return readAuthors(text, lex)?.why ?? null;
}

/** The names of an `authorsLine`, as printed, without its opener and affiliation ("مریم احمدی و علی رضایی"), or null. */
export function authorsOf(text: string, lex: Lexicon): string | null {
  return readAuthors(text, lex)?.names ?? null;
}

function readAuthors(text: string, lex: Lexicon): { why: string; names: string } | null {
  if (text.length > 140 || /\p{N}/u.test(text) || sentenceEnd.test(text)) return null;
  const open = opener(text, lex);
  let rest = open ? text.slice(open.length) : text;
  // the affiliation after a bar, a spaced dash or a slash ("| خبرنگاران گروه اقتصادی", "— ინტერპრესნიუსი")
  const sides = rest.split(/\s+[|—–-]\s+|\s+\/\s+/u);
  if (sides.length > 2) return null;
  const affiliation = sides.length === 2 ? (sides[1] ?? "") : null;
  if (affiliation !== null && (affiliation.length === 0 || countWords(affiliation, 6) > 5)) return null;
  rest = sides[0] ?? "";
  const unspaced = unspacedScript.test(rest);
  const names = rest.split(apart).map((n) => n.trim());
  if (names.some((n) => n.length === 0)) return null;
  const lenient = open !== null;
  // the last part after a comma may be the affiliation instead ("…, Αθηναϊκό Πρακτορείο Ειδήσεων", "…، نمائندگان خصوصی")
  let tail = false;
  const last = names.at(-1) ?? "";
  let printed = rest.trim();
  // (so is a last part after names joined by a joiner word: "A and B, The Courier" — a list of names puts its joiner last, "A, B and C")
  const lastComma = /[,،፣、]\s*[^,،፣、]*$/u.exec(rest);
  const joinedBefore = lastComma !== null && joinerWord.test(` ${rest.slice(0, lastComma.index)} `) && !joinerWord.test(` ${last} `);
  if (names.length >= 2 && lastComma && (joinedBefore || !nameShaped(last, lenient, unspaced)) && countWords(last, 6) <= 5) {
    names.pop();
    tail = true;
    printed = printed.replace(/\s*[,،፣、][^,،፣、]*$/u, "");
  }
  // in a script without spaces, the last name may carry its role glued ("นภา แก้วมณี ผู้สื่อข่าวประจำภาค…")
  if (unspaced && open && names.length >= 2 && !nameShaped(last, true, true)) {
    const parts = last.split(/\s+/u);
    if (parts.length >= 2 && nameShaped(parts.slice(0, -1).join(" "), true, true)) {
      names[names.length - 1] = parts.slice(0, -1).join(" ");
      tail = true;
      printed = printed.slice(0, printed.length - (parts.at(-1) ?? "").length).trim();
    }
  }
  if (names.length === 0 || names.length > 6 || !names.every((n) => nameShaped(n, lenient, unspaced))) return null;
  const evidence = [open ? "an opener" : "", names.length >= 2 ? `${names.length} names` : "", affiliation !== null || tail ? "an affiliation" : ""].filter(Boolean);
  return evidence.length >= 2 ? { why: `authors: ${evidence.join(", ")}`, names: printed } : null;
}

/** A role's one or two words and a colon of some script, then what it credits. */
const roleColon = /^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?)\s?[:：]\s?(\S.*)$/u;

/**
 * The story's credits on one line: "Tekst: Anna Kowalska | Zdjęcia: Piotr Nowak | Redakcja: Marek
 * Zieliński", "Haber: Ayşe Yılmaz | Fotoğraf: Mehmet Kaya". Two to five parts between bars or
 * dots, each a role (one or two words) and a colon, then names by their shape; one role at least
 * a credit's (data: `creditRoles`, or a byline opener). A player's fields ("Source: PM | Duration:
 * 3min 13sec") or a page's ("Category: World News | Tags: Climate Change") are none.
 */
export function creditsLine(text: string): boolean {
  if (text.length > 200 || /\p{N}/u.test(text) || sentenceEnd.test(text)) return false;
  const parts = text.split(/\s+[|·•]\s+/u);
  if (parts.length < 2 || parts.length > 5) return false;
  let known = false;
  const named = parts.every((part) => {
    const m = roleColon.exec(part);
    if (!m?.[1] || !m[2] || letters(m[1]) > 14) return false;
    known ||= creditRoles.has(m[1].toLocaleLowerCase()) || allBylineOpeners.some((o) => o.replace(/[:：]$/u, "") === m[1]);
    const names = m[2].split(apart).map((n) => n.trim());
    const unspaced = unspacedScript.test(m[2]);
    return names.length <= 4 && names.every((n) => n.length > 0 && nameShaped(n, false, unspaced));
  });
  return named && known;
}

/**
 * "Editor: Rina Sari" (under "Penulis: Andi Wijaya"), "संपादक: सुनीता वर्मा", "责任编辑：王小明": an
 * editor's label (data: `editorLabels`) and a colon, then one to three names by their shape. The
 * editor checked the story; the writer is its byline, and this line is the page's.
 */
export function editorLine(text: string): boolean {
  if (text.length > 80 || /\p{N}/u.test(text) || sentenceEnd.test(text)) return false;
  const m = roleColon.exec(text);
  if (!m?.[1] || !m[2] || !editorLabels.has(m[1].toLocaleLowerCase())) return false;
  const names = m[2].split(apart).map((n) => n.trim());
  return names.length <= 3 && names.every((n) => n.length > 0 && nameShaped(n, true, unspacedScript.test(n)));
}

/**
 * The disclaimer an opinion column closes with ("The views expressed in this article are the
 * author's own.", "Le opinioni espresse sono quelle dell'autrice.", "※ 외부 필진의 칼럼은 본지의 편집
 * 방향과 다를 수 있습니다."): one sentence of thirty words at most, with a word for its writer and a
 * word for an opinion (data: the starts of such words). The caller asks it of the story's last
 * paragraphs only, where a page prints its note.
 */
export function disclaimerLine(text: string, lex: Lexicon): boolean {
  if (text.length > 260 || countWords(text, 31) > 30 || /[.!?。！？]\s+\p{Lu}/u.test(text.trim().slice(0, -1))) return false;
  // (a word after an elided article is read alone: "dell'autrice", "l'auteur")
  const lower = [...wordsOf(text.toLocaleLowerCase())].flatMap((w) => w.split(/['’]/u));
  const has = (stems: readonly string[]) => lower.some((w) => stems.some((s) => w.startsWith(s)));
  // (a story's last sentence reports someone: "The report's author said the views of patients were ignored.")
  return has(disclaimerWriterStems) && has(disclaimerOpinionStems) && !lower.some((w) => lex.speechVerbs.includes(w));
}

/**
 * The reporter's name in the author's box after the story (its lines, as the line reader proved
 * them: "Über die Autorin" / "Sabine Krüger ist Redakteurin im Ressort Wirtschaft …", "About the
 * author" / "Jane Porter" / "Jane covers …"): a line that is a name alone over the bio's sentence,
 * or the two to four capitalised words a bio's sentence opens with before its first word in small
 * letters. Null in a script without case, or when no line has that shape.
 */
export function authorBoxName(lines: readonly string[], isName: (text: string) => boolean): string | null {
  const bio = (text: string | undefined) => text !== undefined && sentenceEnd.test(text.trim());
  for (let k = 0; k < lines.length; k++) {
    const text = (lines[k] as string).trim();
    // a name alone over the bio ("Jane Porter" / "Jane covers …"), not a link's words over nothing ("Mehr Artikel der Autorin")
    if (isName(text) && bio(lines[k + 1])) return text;
    const opening = bio(text) ? /^(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:\p{Lu}[\p{L}\p{M}'’.-]+|\p{Ll}{1,3})){1,4}?)\s+\p{Ll}/u.exec(text)?.[1] : undefined;
    if (opening && isName(opening)) return opening;
  }
  return null;
}
