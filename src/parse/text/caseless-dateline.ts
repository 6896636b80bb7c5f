/**
 * Datelines in scripts without capital letters, where the wire's `PLACE —` cannot be told from a
 * sentence by its capitals: a short place name before a spaced dash (`ירושלים – `, `تهران – `,
 * `กรุงเทพฯ – `), before a Chinese double dash (`北京——`), alone in lenticular brackets
 * (`【東京】`, `【ソウル】`), or before its source in brackets, with or without a dash
 * (`اسلام آباد (مانیٹرنگ ڈیسک)`, `नई दिल्ली (एजेंसी)`, `北京（新华社）`). Shape alone decides: one or two words (at most twelve characters
 * when the script has no spaces), and a sentence of some length after them.
 */
import { dateNames, readDates } from "../dates/read-dates.js";
import { countWords, unspacedScript } from "../segments.js";
import { allBylineOpeners } from "../lexicon/byline-words.js";

const cased = /[\p{Lu}\p{Ll}\p{Lt}]/u;
/** Capitals in use: Georgian's Mkhedruli letters are lower case only, its places are not capitalised. */
const casedLetters = /(?!\p{Script=Georgian})[\p{Lu}\p{Ll}\p{Lt}]/u;

// a place, then a spaced dash; or a place glued to a double dash (the Chinese dash, ——)
const beforeDash = /^([^\s\p{P}\p{N}][^\p{P}\p{N}]{0,30}?)(?:\s+[–—-]\s+|\s*——\s*)/u;
// a place, a dash (spaced or glued to the place), the agency, a dash and a space ("تهران- ایرنا- ")
const placeDashAgency = /^([^\s\p{P}\p{N}][^\p{P}\p{N}]{0,30}?)\s*[–—-]\s*([^\s\p{P}\p{N}][^\p{P}\p{N}]{0,20}?)\s*[–—-]\s+(?=\S)/u;
const inBrackets = /^【([^【】=＝\p{N}]{1,12})】\s*/u;
// a place, then its source (a wire, a desk) in round brackets, then maybe a dash
const beforeSource = /^([^\s\p{P}\p{N}][^\p{P}\p{N}]{0,30}?)\s*[(（]([^()（）\p{N}]{1,40})[)）]\s*(?:[–—\-:：।]+\s*)?/u;

/** A place of one or two words in a script without case and with spaces, then a colon ("تهران: ", "नई दिल्ली: ", "ירושלים: "). */
const placeColon = /^((?:[^\s\p{P}\p{N}\p{S}\p{Lu}\p{Ll}][\p{L}\p{M}]+)(?:\s[^\s\p{P}\p{N}\p{S}\p{Lu}\p{Ll}][\p{L}\p{M}]+)?)\s?[:：៖]\s*(?![«"“'‘\p{Pi}])/u;
/** A byline's opener of the data ("ដោយ", "تحریر", "نویسندگان"): the label before a colon is no place. */
const isBylineLabel = (word: string): boolean => allBylineOpeners.some((o) => o.replace(/[:：៖]$/u, "") === word);

/** A place of one word in a script without case and with spaces, then a full stop ("ירושלים. ", "تهران. "). */
const placeStop = /^([^\s\p{P}\p{N}\p{S}\p{Lu}\p{Ll}][\p{L}\p{M}]{2,})\.\s+(?=\S)/u;

/** `{dateline, rest}` when `lede` opens with a caseless place dateline, else null. */
export function cutCaselessDateline(lede: string): { dateline: string; rest: string } | null {
  // (each pattern only where its marker is: a lede without one never compiles its Unicode classes)
  const bracketed = lede.startsWith("【") ? inBrackets.exec(lede) : null;
  if (bracketed?.[1] && lede.length - bracketed[0].length >= 12) return { dateline: bracketed[0].trim(), rest: lede.slice(bracketed[0].length) };
  const sourced = /[(（]/u.test(lede) ? beforeSource.exec(lede) : null;
  const sourcePlace = sourced?.[1]?.trim();
  if (sourced && sourcePlace && !cased.test(sourced[0]) && lede.length - sourced[0].length >= 12 && isShortPlace(sourcePlace) && countWords(sourced[2] ?? "", 5) <= 4) {
    return { dateline: sourced[0].replace(/[\s–—\-:：।]+$/u, ""), rest: lede.slice(sourced[0].length) };
  }
  // "اسلام آباد: ", "تهران: ", "नई दिल्ली: ": a place of one or two words and a colon, in a script without case, before a long sentence (not a quotation)
  // (in a script without spaces, "ភ្នំពេញ៖ ", "ວຽງຈັນ: ", a place of at most twelve characters; a space after the colon, or the Khmer colon)
  const coloned = /[:：៖]/u.test(lede) ? placeColon.exec(lede) : null;
  const spacedAfter = coloned !== null && (/\s$/u.test(coloned[0]) || /៖/u.test(coloned[0]));
  if (coloned?.[1] && spacedAfter && !isBylineLabel(coloned[1]) && (!unspacedScript.test(coloned[1]) || [...coloned[1]].length <= 12) && lede.length - coloned[0].length >= 40) return { dateline: coloned[1], rest: lede.slice(coloned[0].length) };
  // "ירושלים. ": one word and a full stop, then a sentence of some length (a lede does not open with a one-word sentence)
  const stopped = /^[^.]{3,30}\.\s/u.test(lede) ? placeStop.exec(lede) : null;
  if (stopped?.[1] && !unspacedScript.test(stopped[1]) && lede.length - stopped[0].length >= 40) return { dateline: stopped[1], rest: lede.slice(stopped[0].length) };
  // "تهران- ایرنا- ": a place, a dash, the agency, a dash (each of one or two words)
  const agency = /[–—-].*[–—-]/u.test(lede) ? placeDashAgency.exec(lede) : null;
  if (agency?.[1] && agency[2] && !cased.test(agency[0]) && isShortPlace(agency[1].trim()) && isShortPlace(agency[2].trim()) && lede.length - agency[0].length >= 40) {
    return { dateline: agency[0].replace(/[\s–—-]+$/u, ""), rest: lede.slice(agency[0].length) };
  }
  const dashed = /[–—-]/u.test(lede) ? beforeDash.exec(lede) : null;
  const place = dashed?.[1]?.trim();
  if (!dashed || !place || cased.test(place) || lede.length - dashed[0].length < 12) return null;
  return isShortPlace(place) ? { dateline: place, rest: lede.slice(dashed[0].length) } : null;
}

/** A place name's length: one or two words, or at most twelve characters in a script without spaces. */
const isShortPlace = (place: string): boolean => (unspacedScript.test(place) ? [...place].length <= 12 : countWords(place, 3) <= 2);

/**
 * A place and the day it was filed, then a dash, in any script: `กรุงเทพฯ 22 ธ.ค.- `,
 * `Jakarta, 22 Des - `, `ANKARA, 22 Aralık (AA) - `, `Hà Nội, 22/12 – `, or a danda (`पटना, 12 मई। `, `लखनऊ, 12 मई 2025। `). The month is a name or
 * abbreviation of `lang`'s CLDR data (through Intl, `dates/`), or a day and month in figures.
 * The place is one to three words, capitalised in a cased script; a sentence of some length follows.
 */
const placeAndDay = /^([^\s\p{P}\p{N}][^\p{N}()（）:：!?。,，၊،፣]{0,30}?)(?:[,၊،፣]\s*|\s+)(\p{Nd}{1,2}\.?\s*([\p{L}\p{M}][\p{L}\p{M}.]{0,15}?)|([\p{L}\p{M}][\p{L}\p{M}.]{0,15}?)\.?\s+\p{Nd}{1,2}|\p{Nd}{1,2}[./]\p{Nd}{1,2}(?:[./]\p{Nd}{2,4})?)(?:[,၊،፣]?\s*\p{Nd}{4})?\.?(?:(\s*[(（][^()（）]{1,30}[)）])\s*(?:\.?\s?(?:--|[-–—])|[:：፦।])?|\s*(?:\.?\s?(?:--|[-–—])|[:：፦।]))\s*(?=\S)/u;
/** "Москва. 5 декабря. ИНТЕРФАКС - ": place, day and month, and the agency in capitals, each closed by a full stop. */
/** (and "ԵՐԵՎԱՆ, 4 դեկտեմբերի. ԱՐՄԵՆՊՐԵՍ: ": a comma after the place, a colon after the agency) */
const placeDayAgency = /^([^\s\p{P}\p{N}][^\p{N}()（）:：!?。,，.]{0,30}?)[.,]\s+(\p{Nd}{1,2}\s+([\p{L}\p{M}]{3,15}))\.\s+(\p{Lu}[\p{Lu}\p{N}-]{1,20}(?:\.\p{Lu}{2,3})?)\s*(?:--|[-–—:：])\s*(?=\S)/u;
/** "თბილისი, 5 დეკემბერი. ": a place, a comma, the day and a month of CLDR, and a full stop. */
const placeDayStop = /^([^\s\p{P}\p{N}][^\p{N}()（）:：!?。,，၊،፣.]{0,30}?)[,၊،፣]\s*(\p{Nd}{1,2}\.?\s*([\p{L}\p{M}]{3,15})|([\p{L}\p{M}]{3,15})\s+\p{Nd}{1,2})\.\s+(?=[^\s\-–—])/u;

/**
 * "أبوظبي في 5 ديسمبر / وام / ", "بغداد/ واع/ ", "عمان 5 كانون الأول (بترا) - ": a place in a script without case, maybe
 * the day it was filed (a date alone by CLDR's names), then the agency between slashes, or in brackets after the day.
 */
const caselessPlaceDayAgency = /^([^\s\p{P}\p{N}\p{S}][^\p{P}\p{N}\p{S}]{0,30}?)(?:\s+([^\p{P}\p{S}]{0,30}?\p{N}[^\p{P}\p{S}]{0,20}?))?\s*(\/\s*[^/\p{N}\p{P}]{1,20}?\s*\/(?=\s)|[(（][^()（）\p{N}]{1,30}[)）])\s*(?:[-–—:：]\s*)?(?=\S)/u;

export function cutDatedDateline(lede: string, lang: string): { dateline: string; rest: string } | null {
  const slashed = /[/(（]/u.test(lede) && !cased.test(lede.slice(0, 40)) ? caselessPlaceDayAgency.exec(lede) : null;
  // (a slash then a space after the agency: "מנהל/ת", a word's other gender, is no agency)
  if (slashed?.[1] && slashed[3] && isShortPlace(slashed[1].trim()) && lede.length - slashed[0].length >= 40 && (slashed[2] ? isDateAlone(slashed[2].trim(), lang) : slashed[3].startsWith("/"))) {
    return { dateline: lede.slice(0, slashed[0].length).replace(/[\s\-–—:：]+$/u, ""), rest: lede.slice(slashed[0].length) };
  }
  const agency = /[.,]\s+\p{Nd}/u.test(lede) ? placeDayAgency.exec(lede) : null;
  if (agency?.[1] && agency[3] && dateNames(lang).months.has(agency[3].toLocaleLowerCase()) && lede.length - agency[0].length >= 20) {
    return { dateline: lede.slice(0, agency[0].length).replace(/\s*(?:--|[-–—:：])\s*$/u, "").trim(), rest: lede.slice(agency[0].length) };
  }
  const stop = /\p{Nd}/u.test(lede) && /\.\s/u.test(lede) ? placeDayStop.exec(lede) : null;
  const stopMonth = (stop?.[3] ?? stop?.[4] ?? "").toLocaleLowerCase();
  if (stop?.[1] && stopMonth && dateNames(lang).months.has(stopMonth) && lede.length - stop[0].length >= 20 && isPlaceLength(stop[1].trim()) && (!casedLetters.test(stop[1]) || stop[1].trim().split(/\s+/u).every((w) => /^[\p{Lu}\p{Lt}]/u.test(w)))) {
    return { dateline: lede.slice(0, stop[0].length).trim().replace(/\.$/u, ""), rest: lede.slice(stop[0].length) };
  }
  const m = /\p{Nd}/u.test(lede) && /[-–—:：፦(（।]/u.test(lede) ? placeAndDay.exec(lede) : null;
  if (!m?.[1] || lede.length - m[0].length < 20) return null;
  // without a dash after it, the bracket holds an agency ("नई दिल्ली, 5 दिसंबर (भाषा) …"), not a remark ("(local time)")
  const bracket = m[5]?.trim();
  if (bracket && !/(?:--|[-–—:：፦।])\s*$/u.test(m[0]) && !/^[(（]\s*[\p{Lu}\p{Lo}][^()（）]*[)）]$/u.test(bracket)) return null;
  const place = m[1].trim();
  const month = (m[3] ?? m[4] ?? "").toLocaleLowerCase().replace(/\.$/u, "");
  // (a month of the language's other calendar too: Amharic ኅዳር, the Ethiopian calendar's)
  if (month && !dateNames(lang).months.has(month) && !dateNames(lang).nativeMonths.has(month)) return null;
  if (cased.test(place) ? !/^[\p{Lu}\p{Lt}]/u.test(place) || !place.split(/\s+/u).every((w) => /^[\p{Lu}\p{Lt}]/u.test(w)) : false) return null;
  // (a place of one word has three letters or more: "On 22 March – …" is a sentence)
  if ((!/\s/u.test(place) && [...place].length < 3) || !isPlaceLength(place)) return null;
  const dateline = lede.slice(0, m[0].length).replace(/\s*(?:--|[-–—]|[:：፦।])\s*$/u, "").replace(/(?<=[)）])\.$/u, "").trim();
  return { dateline, rest: lede.slice(m[0].length) };
}

const isPlaceLength = (place: string): boolean => (unspacedScript.test(place) ? [...place].length <= 12 : countWords(place, 4) <= 3);

/**
 * A place (and its region), a comma, then the whole day it was filed, maybe an agency in
 * brackets, then a dash or a colon: `Lille, 4 mars 2025 (AFP) - `, `Lyon, France, March 4, 2025 — `,
 * `Granada, 4 de marzo (Efe).- `. The date part must read as a date and nothing else: through
 * `dates/` (CLDR via Intl) when it has a year, else a day in figures and a month name of
 * `lang`'s CLDR data, with only CLDR's joiners ("de", "of") between.
 */
/** (and "BAKU, Azerbaijan, December 5. The …": the date closed by a full stop, a sentence after it) */
const placeThenDateStop = /^([^\s\p{P}\p{N}][^\p{N}()（）:：!?。,，|]{0,30}?(?:,\s*[^\s\p{P}\p{N}][^\p{N}()（）:：!?。,，|]{0,30}?)?),\s*([^()（）—–:：!?。|.]{3,32}?)()\.\s+(?=\p{Lu}\p{Ll})/u;
const placeThenDate = /^([^\s\p{P}\p{N}][^\p{N}()（）:：!?。,，|]{0,30}?(?:,\s*[^\s\p{P}\p{N}][^\p{N}()（）:：!?。,，|]{0,30}?)?),\s*([^()（）—–:：!?。|]{3,32}?)(\s*[(（][^()（）]{1,30}[)）])?\s*\.?\s?(?:--|[-–—]|[:：])\s+(?=\S)/u;
const dateWordSegmenter = new Intl.Segmenter("und", { granularity: "word" });

/** `text` is a date alone ("4 mars 2025", "March 4, 2025", "4 de marzo", "4. März"), in `lang` or English. */
export function isDateAlone(text: string, lang: string): boolean {
  if (!/\p{N}/u.test(text)) return false;
  const read = readDates(text, lang);
  if (read.dates.length === 1 && !read.relative && read.rest.replace(/[\s\p{P}]/gu, "") === "") return true;
  const names = dateNames(lang);
  let day = false;
  let month = false;
  const words = [...dateWordSegmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLocaleLowerCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (/^\p{N}{1,2}$/u.test(w)) day = true;
    else if (names.months.has(w) || names.months.has(w.replace(/\.$/u, ""))) month = true;
    // a month of two words ("كانون الأول")
    else if (names.months.has(`${w} ${words[i + 1]}`)) (month = true), i++;
    else if (!names.joiners.has(w)) return false;
  }
  return day && month;
}

export function cutPlaceDateDateline(lede: string, lang: string): { dateline: string; rest: string } | null {
  const m = !lede.includes(",") ? null : (/[-–—:：]\s/u.test(lede) ? placeThenDate.exec(lede) : null) ?? (/\p{N}\.\s/u.test(lede) ? placeThenDateStop.exec(lede) : null);
  if (!m?.[1] || !m[2] || lede.length - m[0].length < 20) return null;
  if (!isDateAlone(m[2].trim(), lang)) return null;
  const places = m[1].split(/,\s*/u).map((p) => p.trim());
  for (const place of places) {
    if (!place || !isPlaceLength(place)) return null;
    // in a cased script every word of the place opens with a capital ("Lyon, France"; not "on the day")
    if (cased.test(place) && !place.split(/\s+/u).every((w) => /^[\p{Lu}\p{Lt}]/u.test(w))) return null;
  }
  const dateline = lede.slice(0, m[0].length).replace(/\s*(?:--|[-–—]|[:：])\s*$/u, "").trim().replace(/\.$/u, "").trim();
  return { dateline, rest: lede.slice(m[0].length) };
}
