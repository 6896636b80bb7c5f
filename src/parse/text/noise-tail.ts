/**
 * Other stories' teasers after the article: a run of three or more headline-shaped lines (a few
 * words to a headline's length, no sentence end, no colon) after the story's last sentence
 * ("More from Sports" lists, "Latest news", most-read boxes whose title is missing or not on any
 * list). They are not the article's copy. Under a box title that a word list knows, the run is left
 * to the related reader. The run is noise for the block loop only where the
 * related-box reader does not take it first (a box under a title it knows stays a `related` block):
 * the verdict is the run rule's, not a proof that cuts a box short.
 */
import { endsAsSentence, type LineFacts, type LineLike } from "../lines/features.js";
import { isBoxTitleLine } from "../lexicon/interface-words.js";
import { spaceEndsSentences } from "../segments.js";

/** The fewest lines of a teaser run. */
export const TEASER_RUN = 3;
const MIN_WORDS = 3;
const MAX_WORDS = 25;

/** Whether a line has a teaser's (another story's headline's) shape. */
function teaserShaped(text: string, facts: LineFacts | undefined): boolean {
  if (!facts || facts.prose || facts.words < MIN_WORDS || facts.words > MAX_WORDS) return false;
  // (in Thai and Lao a sentence ends with a space, not a mark: no line there is shaped by its end)
  // (a line that opens in lower case goes on from the line before: copy wrapped by hand)
  return !endsAsSentence(text) && !/[:：;,，、]$/u.test(text) && !spaceEndsSentences.test(text) && !/^[^\p{L}\p{N}]*\p{Ll}/u.test(text);
}

/** Teasers are the page's furniture around the story, never most of the text: runs that hold more words than half the story's prose are the story itself (copy whose sentences the shapes do not read). */
const MAX_SHARE = 0.5;

/**
 * The indexes of the lines that make teaser runs after the story's last prose line `lastProse`.
 * `skip` tells a line already dropped (noise between teasers: a date, a share button), which
 * neither breaks a run nor counts in it; `isMeta` a byline or date line, which breaks it.
 */
export function teaserRuns(lines: readonly LineLike[], facts: readonly LineFacts[], lastProse: number, skip: (k: number) => boolean, isMeta: (text: string) => boolean): number[] {
  const out: number[] = [];
  if (lastProse < 0) return out;
  let run: number[] = [];
  const close = () => {
    if (run.length >= TEASER_RUN) out.push(...run);
    run = [];
  };
  // (the article's own headline printed again, on a previous/next pager, is no other story's teaser)
  const story = new Set(lines.slice(0, lastProse + 1).map((l) => l.text.trim()));
  for (let k = lastProse + 1; k < lines.length; k++) {
    const text = (lines[k] as LineLike).text.trim();
    // under a box title ("Related", "Veja também") the links are the related reader's: no teaser run from there on
    if (isBoxTitleLine(text)) break;
    if (skip(k)) continue;
    if (teaserShaped(text, facts[k]) && !story.has(text) && !isMeta(text)) run.push(k);
    else close();
  }
  close();
  const words = (ks: number[]) => ks.reduce((a, k) => a + (facts[k]?.words ?? 0), 0);
  const prose = words(facts.flatMap((f, k) => (f.prose ? [k] : [])));
  return words(out) <= prose * MAX_SHARE ? out : [];
}
