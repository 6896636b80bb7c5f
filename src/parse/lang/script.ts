/**
 * The language that an article's script alone tells. Many scripts are written by one language
 * (Hangul → Korean, Thai → Thai, Hebrew → Hebrew, Greek → Greek …), and some letters belong to one
 * language of a shared script (kana → Japanese among the Han texts; پ چ ژ گ without Urdu's ٹ ڈ ڑ ں ے
 * → Persian among the Arabic-script ones). That evidence is sharper than an n-gram detector on
 * short copy (a Chinese brief between Latin share buttons reads as English to n-grams), so it is
 * asked first; a script shared by many languages (Latin, Cyrillic, Arabic, Devanagari) says null
 * and the detector decides.
 */
import { charLength, isLetter, isTableLetter, tableEnd } from "./letters.js";

/** Scripts written by one language (Unicode script name → BCP 47 primary tag). */
const singleLanguage: [RegExp, string][] = [
  [/\p{Script=Hangul}/u, "ko"],
  [/\p{Script=Thai}/u, "th"],
  [/\p{Script=Lao}/u, "lo"],
  [/\p{Script=Khmer}/u, "km"],
  [/\p{Script=Myanmar}/u, "my"],
  [/\p{Script=Hebrew}/u, "he"],
  [/\p{Script=Greek}/u, "el"],
  [/\p{Script=Georgian}/u, "ka"],
  [/\p{Script=Armenian}/u, "hy"],
  [/\p{Script=Ethiopic}/u, "am"],
  [/\p{Script=Sinhala}/u, "si"],
  [/\p{Script=Tamil}/u, "ta"],
  [/\p{Script=Telugu}/u, "te"],
  [/\p{Script=Kannada}/u, "kn"],
  [/\p{Script=Malayalam}/u, "ml"],
  [/\p{Script=Gujarati}/u, "gu"],
  [/\p{Script=Gurmukhi}/u, "pa"],
  [/\p{Script=Oriya}/u, "or"],
  [/\p{Script=Tibetan}/u, "bo"],
  [/\p{Script=Thaana}/u, "dv"],
  [/\p{Script=Mongolian}/u, "mn"],
];

/**
 * Letters that one language of a shared script writes and its neighbours do not: the first
 * language whose letters are found often enough is the text's (before the n-gram detector, which
 * does not know these languages and names the script's largest one: Nepali and Kazakh are not in
 * ELD's 60). In order: a language whose letters another's text may borrow comes later.
 */
const ownLetters: OwnLetters[] = [
  // Cyrillic: Bashkir ҙ ҫ ҡ; Tatar җ ә һ without the letters of Kazakh; Tajik ҷ ӣ ӯ; Uzbek ў ҳ қ ғ with its ў and
  // without Belarusian's і (after Tajik's own); Kazakh ә ғ қ ң ө ұ ү һ with one of ұ қ ғ, which Kyrgyz, Mongolian
  // and Tatar do not write (its і is Ukrainian's and Belarusian's too: not counted); Macedonian ѓ ќ ѕ (no other
  // language writes them: two are enough, or one beside ј љ њ; not in Serbian copy, with its ћ ђ, naming a Macedonian); Kyrgyz ң beside the ө ү of
  // Mongolian (which has no ң); Mongolian ө ү
  { letters: /[ҙҘҫҪҡҠ]/u, lang: "ba" },
  { letters: /[җҖәӘһҺ]/u, lang: "tt", without: /[ұҰқҚғҒ]/u },
  { letters: /[ҷҶӣӢӯӮ]/u, lang: "tg" },
  { letters: /[ўЎҳҲқҚғҒ]/u, lang: "uz", with: /[ўЎ]/u, without: /[іІ]/u },
  { letters: /[әӘғҒқҚңҢөӨұҰүҮһҺ]/u, lang: "kk", with: /[ұҰқҚғҒ]/u },
  { letters: /[ѓЃќЌѕЅ]/u, lang: "mk", least: 2, without: /[ћЋђЂ]/u },
  { letters: /[ѓЃќЌѕЅ]/u, lang: "mk", least: 1, with: /[јЈљЉњЊ]/u, without: /[ћЋђЂ]/u },
  { letters: /[ңҢ]/u, lang: "ky", least: 1, beside: "mn" },
  { letters: /[өӨүҮ]/u, lang: "mn" },
  // Hebrew script: Yiddish's double letters ײ װ ױ and the rafe of its פֿ (unpointed Hebrew copy has neither)
  { letters: /[\u05F0-\u05F2\u05BF]/u, lang: "yi" },
  // Bengali script: Assamese ৰ ৱ
  { letters: /[\u09F0\u09F1]/u, lang: "as" },
  // Ethiopic: Tigrinya's ቐ and its ኣ (Amharic writes አ)
  { letters: /[\u1250-\u125D\u12A3]/u, lang: "ti" },
  // Arabic script: Uyghur ۈ ۋ (its ې is Pashto's too); Sindhi ڪ ٻ ڏ ٺ ٽ ٿ ڦ ڄ ڃ
  { letters: /[ۈۋ]/u, lang: "ug" },
  { letters: /[ڪٻڏٺٽٿڦڄڃ]/u, lang: "sd" },
];
interface OwnLetters {
  letters: RegExp;
  lang: string;
  /** Found at least this often (else three times, and once in a hundred letters). */
  least?: number;
  /** Counts only where the letters of this other language are found often too. */
  beside?: string;
  /** Counts only where one of these letters is found too. */
  with?: RegExp;
  /** Counts only where these letters (another language's) are not found, or one time in five at most. */
  without?: RegExp;
}
/** What a letter counts for: the entries above whose letters, `with` and `without` it is (one slot each: 3 × entry + role). */
const ownRoles = new Map<string, number[]>();
const rolesOf = (c: string): number[] => {
  let roles = ownRoles.get(c);
  if (roles === undefined) {
    roles = [];
    ownLetters.forEach((o, i) => [o.letters, o.with, o.without].forEach((set, role) => set?.test(c) && roles?.push(3 * i + role)));
    ownRoles.set(c, roles);
  }
  return roles;
};

/**
 * Letters of the Arabic script that Arabic does not use: Persian shares the first with Urdu,
 * Kurdish and Pashto, which each have letters of their own (the others).
 */
const persianOrUrdu = /[پچژگکی]/u;
const urduOnly = /[ٹڈڑںےۓ]/u;
const kurdishOnly = /[ڕڵۆێ]/u;
const pashtoOnly = /[ټډړښږځڅ]/u;

/** What a letter beyond Latin counts for: Han, kana, Arabic (with the letters of one language), or a script of one language. */
const HAN = 1;
const KANA = 2;
const ARABIC = 4;
const PERSIAN_OR_URDU = 8;
const URDU = 16;
const KURDISH = 32;
const PASHTO = 64;
/** `SINGLE + i`: the script of `singleLanguage[i]` (no Arabic bits: told apart first). */
const SINGLE = 128;
const kinds = new Map<string, number>();

/** The kind of the letter `c` (0: Latin, or a script that tells no language), tested once per letter. */
function kindOf(c: string): number {
  let kind = kinds.get(c);
  if (kind !== undefined) return kind;
  kind = 0;
  if (/\p{Script=Han}/u.test(c)) kind = HAN;
  else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c)) kind = KANA;
  else if (/\p{Script=Arabic}/u.test(c)) {
    kind = ARABIC;
    if (persianOrUrdu.test(c)) kind |= PERSIAN_OR_URDU;
    if (urduOnly.test(c)) kind |= URDU;
    if (kurdishOnly.test(c)) kind |= KURDISH;
    if (pashtoOnly.test(c)) kind |= PASHTO;
  } else if (!/\p{Script=Latin}/u.test(c)) {
    const i = singleLanguage.findIndex(([script]) => script.test(c));
    if (i >= 0) kind = SINGLE + i;
  }
  kinds.set(c, kind);
  return kind;
}

/** How much text is looked at: the script of an article shows in its first pages. */
const maxChars = 20_000;

/**
 * The language `text`'s dominant script tells, or null when the script is shared by many
 * languages (or the text has too few letters to say).
 */
export function languageOfScript(text: string): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  let han = 0;
  let kana = 0;
  let arabic = 0;
  let persian = 0;
  let urdu = 0;
  let kurdish = 0;
  let pashto = 0;
  const owned = new Array<number>(3 * ownLetters.length).fill(0);
  const sample = text.slice(0, maxChars);
  for (let k = 0; k < sample.length; k++) {
    const code = sample.charCodeAt(k);
    // (a letter of ASCII or of Latin-1 and Latin Extended-A/B is Latin: no script to test)
    if (code < tableEnd) {
      if (isTableLetter(code)) letters++;
      continue;
    }
    const length = charLength(sample, k);
    const c = length === 1 ? (sample[k] as string) : sample.slice(k, k + 2);
    k += length - 1;
    // (a language's own marks count too: the rafe of Yiddish פֿ)
    for (const slot of rolesOf(c)) owned[slot] = (owned[slot] as number) + 1;
    if (!isLetter(c)) continue;
    letters++;
    const kind = kindOf(c);
    if (kind >= SINGLE) {
      const lang = (singleLanguage[kind - SINGLE] as [RegExp, string])[1];
      counts.set(lang, (counts.get(lang) ?? 0) + 1);
    } else if (kind === HAN) han++;
    else if (kind === KANA) kana++;
    else if (kind & ARABIC) {
      arabic++;
      if (kind & PERSIAN_OR_URDU) persian++;
      if (kind & URDU) urdu++;
      if (kind & KURDISH) kurdish++;
      if (kind & PASHTO) pashto++;
    }
  }
  if (letters < 4) return null;
  // a language's own letters, often enough that they are not a borrowed name's (one in a hundred letters)
  const often = Math.max(3, letters * 0.01);
  const found = (i: number): boolean => {
    const entry = ownLetters[i] as OwnLetters;
    const beside = entry.beside === undefined ? -1 : ownLetters.findIndex((o) => o.lang === entry.beside);
    const count = owned[3 * i] as number;
    if (entry.with && (owned[3 * i + 1] as number) === 0) return false;
    if (entry.without && (owned[3 * i + 2] as number) * 5 > count) return false;
    return count >= (entry.least ?? often) && (beside < 0 || (owned[3 * beside] as number) >= often);
  };
  const own = ownLetters.findIndex((_, i) => found(i));
  if (own >= 0) return (ownLetters[own] as OwnLetters).lang;
  // the script that writes most of the letters (a Korean text quoting Han, a Thai one naming brands in Latin)
  let best: [string, number] = ["", 0];
  for (const [lang, n] of counts) if (n > best[1]) best = [lang, n];
  const cjk = han + kana;
  const dominant = Math.max(best[1], cjk, arabic);
  if (dominant < letters * 0.3) return null;
  if (dominant === cjk) {
    // Japanese writes its grammar in kana; Chinese has none (a few katakana names at most)
    if (kana >= Math.max(2, cjk * 0.05)) return "ja";
    return best[1] > cjk * 0.3 ? best[0] : "zh";
  }
  if (dominant === arabic) {
    const some = Math.max(2, arabic * 0.01);
    if (kurdish >= some) return "ku";
    if (pashto >= some) return "ps";
    if (urdu >= some) return "ur";
    if (persian >= some) return "fa";
    return null;
  }
  return best[0] || null;
}
