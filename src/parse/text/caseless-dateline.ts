/**
 * Datelines in scripts without capital letters, where the wire's `PLACE —` cannot be told from a
 * sentence by its capitals: a short place name before a spaced dash (`ירושלים – `, `تهران – `,
 * `กรุงเทพฯ – `), before a Chinese double dash (`北京——`), or alone in lenticular brackets
 * (`【東京】`, `【ソウル】`). Shape alone decides: one or two words (at most twelve characters
 * when the script has no spaces), and a sentence of some length after them.
 */
import { countWords, unspacedScript } from "../segments.js";

const cased = /[\p{Lu}\p{Ll}\p{Lt}]/u;

// a place, then a spaced dash; or a place glued to a double dash (the Chinese dash, ——)
const beforeDash = /^([^\s\p{P}\p{N}][^\p{P}\p{N}]{0,30}?)(?:\s+[–—-]\s+|\s*——\s*)/u;
const inBrackets = /^【([^【】=＝\p{N}]{1,12})】\s*/u;

/** `{dateline, rest}` when `lede` opens with a caseless place dateline, else null. */
export function cutCaselessDateline(lede: string): { dateline: string; rest: string } | null {
  const bracketed = inBrackets.exec(lede);
  if (bracketed?.[1] && lede.length - bracketed[0].length >= 12) return { dateline: bracketed[0].trim(), rest: lede.slice(bracketed[0].length) };
  const dashed = beforeDash.exec(lede);
  const place = dashed?.[1]?.trim();
  if (!dashed || !place || cased.test(place) || lede.length - dashed[0].length < 12) return null;
  const short = unspacedScript.test(place) ? [...place].length <= 12 : countWords(place, 3) <= 2;
  return short ? { dateline: place, rest: lede.slice(dashed[0].length) } : null;
}
