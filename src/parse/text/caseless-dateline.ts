/**
 * Datelines in scripts without capital letters, where the wire's `PLACE —` cannot be told from a
 * sentence by its capitals: a short place name before a spaced dash (`ירושלים – `, `تهران – `,
 * `กรุงเทพฯ – `), before a Chinese double dash (`北京——`), alone in lenticular brackets
 * (`【東京】`, `【ソウル】`), or before its source in brackets, with or without a dash
 * (`اسلام آباد (مانیٹرنگ ڈیسک)`, `नई दिल्ली (एजेंसी)`, `北京（新华社）`). Shape alone decides: one or two words (at most twelve characters
 * when the script has no spaces), and a sentence of some length after them.
 */
import { countWords, unspacedScript } from "../segments.js";

const cased = /[\p{Lu}\p{Ll}\p{Lt}]/u;

// a place, then a spaced dash; or a place glued to a double dash (the Chinese dash, ——)
const beforeDash = /^([^\s\p{P}\p{N}][^\p{P}\p{N}]{0,30}?)(?:\s+[–—-]\s+|\s*——\s*)/u;
const inBrackets = /^【([^【】=＝\p{N}]{1,12})】\s*/u;
// a place, then its source (a wire, a desk) in round brackets, then maybe a dash
const beforeSource = /^([^\s\p{P}\p{N}][^\p{P}\p{N}]{0,30}?)\s*[(（]([^()（）\p{N}]{1,40})[)）]\s*(?:[–—\-:：।]+\s*)?/u;

/** `{dateline, rest}` when `lede` opens with a caseless place dateline, else null. */
export function cutCaselessDateline(lede: string): { dateline: string; rest: string } | null {
  const bracketed = inBrackets.exec(lede);
  if (bracketed?.[1] && lede.length - bracketed[0].length >= 12) return { dateline: bracketed[0].trim(), rest: lede.slice(bracketed[0].length) };
  const sourced = beforeSource.exec(lede);
  const sourcePlace = sourced?.[1]?.trim();
  if (sourced && sourcePlace && !cased.test(sourced[0]) && lede.length - sourced[0].length >= 12 && isShortPlace(sourcePlace) && countWords(sourced[2] ?? "", 5) <= 4) {
    return { dateline: sourced[0].replace(/[\s–—\-:：।]+$/u, ""), rest: lede.slice(sourced[0].length) };
  }
  const dashed = beforeDash.exec(lede);
  const place = dashed?.[1]?.trim();
  if (!dashed || !place || cased.test(place) || lede.length - dashed[0].length < 12) return null;
  return isShortPlace(place) ? { dateline: place, rest: lede.slice(dashed[0].length) } : null;
}

/** A place name's length: one or two words, or at most twelve characters in a script without spaces. */
const isShortPlace = (place: string): boolean => (unspacedScript.test(place) ? [...place].length <= 12 : countWords(place, 3) <= 2);
