/**
 * Reads every line of an article once, before the block loop: is it page noise, and why.
 * Noise must be proven: a whole line that is a noise phrase or a noise shape, a line with noise
 * words that the fitted model also calls noise, or a line the model is sure of on its own.
 * A real sentence that merely contains a noise word stays content.
 */
import { isCommentsLabel, isPromptLine, isSiteListLabel, isTagLabel, isTagLine } from "../lexicon/interface-words.js";
import { isNoisePhrase, noiseEvidence, type NoiseTable } from "../text/noise.js";
import { noiseWordsProof } from "../text/noise-proof.js";
import { teaserRuns } from "../text/noise-tail.js";
import { endsAsSentence, lineContext, lineFeatures, type LineLike } from "./features.js";
import { probability, reasons, type Weights } from "./model.js";

export interface LineVerdict {
  noise: boolean;
  /** Noise by a rule (a noise phrase or shape), not by the model. */
  proven: boolean;
  /** The model's probability that the line is noise. */
  p: number;
  /** The rule or the 2-3 features that decided, for `--explain`. */
  why: string[];
  words: number;
}

/**
 * Probability above which the model alone drops a line, the probability that, with noise words, proves a line noise, and the longest line
 * the model may drop.
 */
export const SURE = 0.7;
export const EVIDENCE = 0.3;
const MODEL_MAX_WORDS = 40;

/**
 * `isMeta` tells a line that reads as metadata (a byline or a date line): the model and noise words never drop
 * it, only a whole noise phrase does.
 */
export function readLines(
  lines: readonly LineLike[],
  table: NoiseTable,
  weights?: Weights,
  isMeta: (text: string) => boolean = () => false,
  isDateLine: (text: string) => boolean = () => false,
): LineVerdict[] {
  const evidences = lines.map((line) => noiseEvidence(line.text, table));
  const withWords = new Set(lines.filter((_, k) => evidences[k] !== null).map((line) => line.text));
  const ctx = lineContext(lines, (text) => withWords.has(text));
  const verdicts = lines.map((line, i) => {
    const x = lineFeatures(ctx, i);
    const p = probability(x, "noise", weights);
    const words = ctx.facts[i]?.words ?? 0;
    const evidence = evidences[i];
    const why = reasons(x, "noise", weights);
    if (evidence === "phrase" || evidence === "shape") return { noise: true, proven: true, p, why: [`rule: noise ${evidence}`], words };
    if (isPromptLine(line.text, words)) return { noise: true, proven: true, p, why: ["rule: a call to click or to get the app"], words };
    const sentence = endsAsSentence(line.text) || (ctx.facts[i]?.prose ?? false);
    // noise words prove a line noise only in a whole short line or a prompt to the reader (noise-proof.ts); else the model must be sure
    const proof = evidence === "words" ? noiseWordsProof(line.text, words) : null;
    const byWords = evidence === "words" && (proof !== null || p >= SURE);
    const candidate = byWords || (!sentence && ctx.lastProse >= 0 && p >= SURE && words <= MODEL_MAX_WORDS);
    if (candidate && isMeta(line.text)) return { noise: false, proven: false, p, why: ["reads as metadata", ...why.slice(0, 2)], words };
    if (byWords) return { noise: true, proven: proof !== null, p, why: [proof ? `rule: noise words, ${proof}` : `noise words, model p=${p.toFixed(2)}`, ...why.slice(0, 2)], words };
    // alone, the model drops only labels, links and menus (no sentence), and only in an
    // article that has prose to tell them from
    if (!sentence && ctx.lastProse >= 0 && p >= SURE && words <= MODEL_MAX_WORDS) return { noise: true, proven: false, p, why: [`model p=${p.toFixed(2)}`, ...why], words };
    return { noise: false, proven: false, p, why, words };
  });
  // share menus: a line whose words are noise words by themselves ("Facebook X Pinterest
  // Reddit", "Listen · 3:14"), and a line of a few words with one such word next to another
  // menu line or to noise ("per E-Mail teilen" / "auf Pocket teilen", "Compartilhar")
  const menu = lines.map((line) => menuWords(line.text, table));
  const isMenuLine = (k: number) => {
    const m = menu[k];
    return m !== undefined && m.n >= 2 && m.n <= 16 && m.k * 2 >= m.n;
  };
  const nearMenu = (k: number) => {
    const m = menu[k];
    return m !== undefined && m.n <= 4 && m.k >= 1;
  };
  const next = (j: number) => verdicts[j]?.proven === true || (j >= 0 && j < lines.length && (isMenuLine(j) || nearMenu(j)));
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < lines.length; k++) {
      const v = verdicts[k] as LineVerdict;
      if (v.proven) continue;
      // (whether the line reads as metadata is asked last: a byline and a date parse are dear)
      if ((isMenuLine(k) || (nearMenu(k) && (next(k - 1) || next(k + 1)))) && !isMeta((lines[k] as LineLike).text)) verdicts[k] = { ...v, noise: true, proven: true, why: ["rule: share menu (noise words)", ...v.why.slice(0, 2)] };
    }
  }
  // a copyright line after the story's last sentence ("© RIPRODUZIONE RISERVATA", "© Licencja na
  // publikację"); a "© Agency" line among the story's photos stays a credit
  for (let k = ctx.lastProse + 1; ctx.lastProse >= 0 && k < lines.length; k++) {
    const v = verdicts[k] as LineVerdict;
    if (!v.proven && /^(©|\(c\)\s|copyright\b)/iu.test((lines[k] as LineLike).text) && v.words <= 10) verdicts[k] = { ...v, noise: true, proven: true, why: ["rule: copyright line after the story", ...v.why.slice(0, 2)] };
  }
  // a tags list after the story's last sentence: a tags label ("Topics", "Relaterte emner",
  // "タグ") and the short lines right under it, or "Topics: a, b, c" on one line
  for (let k = ctx.lastProse + 1; ctx.lastProse >= 0 && k < lines.length; k++) {
    const text = (lines[k] as LineLike).text;
    if (isTagLine(text)) verdicts[k] = { ...(verdicts[k] as LineVerdict), noise: true, proven: true, why: ["rule: tags line after the story"] };
    if (!isTagLabel(text)) continue;
    verdicts[k] = { ...(verdicts[k] as LineVerdict), noise: true, proven: true, why: ["rule: tags label after the story"] };
    for (let j = k + 1; j < lines.length; j++) {
      const v = verdicts[j] as LineVerdict;
      if (v.words > 4 || /[.!?。！？…]$/u.test((lines[j] as LineLike).text)) break;
      if (!v.proven) verdicts[j] = { ...v, noise: true, proven: true, why: ["rule: a tag under a tags label", ...v.why.slice(0, 2)] };
    }
  }
  // a site-wide list after the story's sentences ("Most read", "많이 본 뉴스"): its title and
  // the headlines under it (short lines that end in no sentence)
  // (sentences, not prose of fifteen words: a Korean or Turkish sentence has fewer, longer words)
  for (let k = 0, sentences = 0; k < lines.length; k++) {
    if (endsAsSentence((lines[k] as LineLike).text)) sentences++;
    if (sentences < 3 || !isSiteListLabel((lines[k] as LineLike).text)) continue;
    for (let j = k + 1; j < lines.length; j++) {
      const v = verdicts[j] as LineVerdict;
      const text = (lines[j] as LineLike).text;
      if (v.words > 24 || /[.!。…]["”’»」』]*$/u.test(text) || isTagLabel(text) || isCommentsLabel(text)) break;
      if (!v.proven) verdicts[j] = { ...v, noise: true, why: ["rule: a headline under a site-wide list's title", ...v.why.slice(0, 2)] };
    }
  }
  commentsSection(lines, verdicts, ctx.facts.map((f) => f.prose), isDateLine);
  // other stories' teasers after the story (noise-tail.ts): noise where no related box takes them first
  for (const k of teaserRuns(lines, ctx.facts, ctx.lastProse, (j) => (verdicts[j] as LineVerdict).proven || ((verdicts[j] as LineVerdict).noise && (verdicts[j] as LineVerdict).words <= 4), isMeta)) {
    verdicts[k] = { ...(verdicts[k] as LineVerdict), noise: true, why: ["rule: a run of headline-shaped lines after the story (other stories' teasers)"] };
  }
  // the sequence step: the page's tail (author boxes, sign-up and cookie prompts, comment
  // widgets) is the run of noise at the end; a line with noise words inside that run is noise too
  for (let k = lines.length - 1; k >= 0; k--) {
    const v = verdicts[k] as LineVerdict;
    if (v.noise) continue;
    // (a sentence is not the page's furniture: "Advertisement revenue fell 12 percent, the auditor said." before a cookie prompt stays)
    if (evidences[k] !== "words" || v.p < EVIDENCE || endsAsSentence((lines[k] as LineLike).text) || (ctx.facts[k]?.prose ?? false) || isMeta((lines[k] as LineLike).text)) break;
    verdicts[k] = { ...v, noise: true, why: ["noise words in the page's tail", ...v.why.slice(0, 2)] };
  }
  return verdicts;
}

/**
 * A comments section after the story: a comments label ("Comentar", "Kommentare", "18 comments")
 * after three or more prose lines, then two or more comment signatures (a short name line over a
 * date or a relative time: "Casper" / "Hace 37 minutos", "kim_2" / "12.03.2025 14:20"). From the
 * label to a few lines after the last signature, every line is the readers' and the page's, not
 * the article's: the comment form, the comments, their ratings.
 */
function commentsSection(lines: readonly LineLike[], verdicts: LineVerdict[], prose: readonly boolean[], isDateLine: (text: string) => boolean): void {
  // (the label first: without one nothing is read, and an article without comments costs one look per line)
  let label = -1;
  for (let k = 0, proseSeen = 0; k < lines.length && label < 0; k++) {
    if (proseSeen >= 3 && isCommentsLabel((lines[k] as LineLike).text)) label = k;
    if (prose[k]) proseSeen++;
  }
  if (label < 0) return;
  const signatures: number[] = [];
  for (let k = label + 1; k + 1 < lines.length; k++) {
    const name = (lines[k] as LineLike).text.trim();
    const v = verdicts[k] as LineVerdict;
    // (a name may end in an initial's stop, "Anna K.", never in a sentence's)
    if (v.words < 1 || v.words > 4 || /[!?。！？:：]$/u.test(name) || (name.endsWith(".") && !/(?:^|\s)\p{Lu}\.$/u.test(name)) || /\d{3}/u.test(name)) continue;
    if (isDateLine((lines[k + 1] as LineLike).text)) signatures.push(k);
  }
  if (signatures.length < 2) return;
  const first = signatures[0] as number;
  // (a comments label opens the section, at most 25 lines before its first signature: signatures
  // without one, a live blog's "Jane Doe" / "10:42", stay)
  let start = -1;
  for (let k = first - 1; k >= Math.max(label, first - 25); k--) if (isCommentsLabel((lines[k] as LineLike).text)) start = k;
  if (start < 0) return;
  const last = signatures.at(-1) as number;
  let end = last + 1;
  // the last comment and its rating: up to three more lines, not a box's or the tags' title
  for (let k = last + 2; k < Math.min(lines.length, last + 5); k++) {
    if (isTagLabel((lines[k] as LineLike).text)) break;
    end = k;
  }
  for (let k = start; k <= end; k++) {
    const v = verdicts[k] as LineVerdict;
    if (!v.proven) verdicts[k] = { ...v, noise: true, proven: true, why: [`rule: comments section (${signatures.length} comment signatures: a name over a date)`, ...v.why.slice(0, 1)] };
  }
}

/** The words of a line (split at spaces) and how many are noise words by themselves; none for a sentence. */
function menuWords(text: string, table: NoiseTable): { n: number; k: number } {
  if (/[.!?。！？…"”»」』:]$/u.test(text) || text.length > 200) return { n: 0, k: 0 };
  // (only words with letters: a dash, a bar or a count is no word of a menu)
  const words = text.split(" ").filter((w) => /\p{L}/u.test(w));
  // (a noise phrase of one word, "Facebook", "Teilen": not a shape, a word with a dot is no web address here)
  return { n: words.length, k: words.filter((w) => isNoisePhrase(w, table)).length };
}
