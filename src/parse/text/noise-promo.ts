/**
 * The page's calls to action pasted among the story's lines: a promo line that asks the reader to
 * follow the paper on a network, join its channel, get its app or sign up ("➡️ Follow The Courier
 * on WhatsApp", "Siga o canal … no WhatsApp", "Recevez chaque matin … / Je m'inscris", "ऐप
 * डाउनलोड करें", "扫码关注…公众号"), in any language. Read by shape first: a line of a few words
 * that ends no sentence and quotes no one, opened by a symbol (an arrow, an emoji), a verb of the
 * call at its start (or, where the verb comes last, at its end), a channel's or an app's name,
 * a sign-up button right under it. Two of these together are the proof; a verb alone is a
 * subhead's ("Siga as novidades"), a network's name alone a story's ("Why Telegram matters").
 */
import { callVerbAt, namesChannel } from "../lexicon/interface-words.js";
import { endsAsSentence, wordsOf, type LineLike } from "../lines/features.js";

/** The most words of a promo line, and of the button under it. */
const PROMO_WORDS = 20;
const BUTTON_WORDS = 3;
/** A symbol opening the line: an emoji or a pictograph ("➡️", "📲", "👉"), an arrow or a pointer (not a quote mark: "»" opens German quotes). */
const leadSymbol = /^\s*(?:\p{Extended_Pictographic}|[→⇒►▶▸➔➜➤])/u;
const quoteMarks = /["“”„«»「」『』‹›]/u;
/** A line that may be a promo: a few words, no quote marks, no sentence's or question's end (a call may end in "!"). */
const promoShaped = (text: string, words: () => number): boolean =>
  text.length <= 200 && !quoteMarks.test(text) && !/[:：]$/u.test(text) && (!endsAsSentence(text) || /[!！]$/u.test(text)) && words() >= 1 && words() <= PROMO_WORDS;
/** A letter: a verb of the call and a channel's name are words. */
const letter = /\p{L}/u;

/** Why line `text` is a call to action by itself (a symbol or a verb of the call, with a channel's name), or null. */
function ownCall(text: string, words: readonly string[], verbAt: () => boolean): string | null {
  const lead = leadSymbol.test(text);
  const channel = namesChannel(text, words);
  // (the verb is looked up only where it decides: a symbol without a channel, a channel without a symbol)
  if (lead && (channel || verbAt())) return "a call to action opened by a symbol";
  if (channel && verbAt()) return "a call to follow, join or get the page's channel or app";
  return null;
}

/** A sign-up button: a verb of the call and at most three words ("Je m'inscris", "Apúntate aquí", "S'inscrire", "Entrar no canal"). */
const isButton = (text: string, words: () => number, verbAt: () => boolean): boolean => promoShaped(text, words) && words() <= BUTTON_WORDS && verbAt();

/**
 * The calls to action among `lines`: for each line, why it is one, or null. A line is one by its
 * own shape (`ownCall`), or as a pitch with its sign-up button right under it in its block (no
 * blank line between: "Recevez chaque matin l'essentiel …" / "Je m'inscris"); the button under a
 * call is one too.
 */
export function callsToAction(lines: readonly LineLike[]): (string | null)[] {
  const out = new Array<string | null>(lines.length).fill(null);
  // (a line's words and whether it opens or closes with a verb of the call: read once per line, and only when asked)
  const words = new Array<readonly string[] | undefined>(lines.length);
  const wordsAt = (k: number) => (words[k] ??= wordsOf((lines[k] as LineLike).text));
  const count = (k: number) => () => wordsAt(k).length;
  const verbs = new Array<boolean | undefined>(lines.length);
  const verbAt = (k: number) => () => (verbs[k] ??= callVerbAt((lines[k] as LineLike).text.trim()) !== null);
  for (let k = 0; k < lines.length; k++) {
    const text = (lines[k] as LineLike).text.trim();
    const below = lines[k + 1];
    const belowText = below?.text.trim() ?? "";
    // (without a letter a line has no verb and names no channel: it is a call only as a pitch over a button, which has both)
    const own = letter.test(text);
    const buttonShaped = below !== undefined && !below.afterBlank && letter.test(belowText);
    if ((!own && !buttonShaped) || !promoShaped(text, count(k))) continue;
    const call = own ? ownCall(text, wordsAt(k), verbAt(k)) : null;
    // (the button under the line decides only for a call, or for a line with a verb of the call or of more than a button's words)
    const button = buttonShaped && (call !== null || (own && verbAt(k)()) || count(k)() > BUTTON_WORDS) && isButton(belowText, count(k + 1), verbAt(k + 1));
    if (call !== null) out[k] = call;
    else if (button && verbAt(k)()) out[k] = "a call to action over its sign-up button";
    else if (button && count(k)() > BUTTON_WORDS) out[k] = "a pitch over its sign-up button";
    if (out[k] !== null && button) out[k + 1] = "a sign-up button under a call to action";
  }
  return out;
}
