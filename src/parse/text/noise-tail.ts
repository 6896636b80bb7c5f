/**
 * Other stories' teasers after the article: a run of three or more headline-shaped lines (a few
 * words to a headline's length, no sentence end, no colon) after the story's last sentence
 * ("More from Sports" lists, "Latest news", most-read boxes whose title is missing or not on any
 * list). They are not the article's copy. Under a box title that a word list knows, the run is left
 * to the related reader. The run is noise for the block loop only where the
 * related-box reader does not take it first (a box under a title it knows stays a `related` block):
 * the verdict is the run rule's, not a proof that cuts a box short.
 */
import type { Block } from "../../model/article.js";
import { endsAsSentence, wordsOf, type LineFacts, type LineLike } from "../lines/features.js";
import { isBoxTitleLine, isTagLabel } from "../lexicon/interface-words.js";
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
 * neither breaks a run nor counts in it; `isMeta` a byline or date line, and `kept` a line a rule
 * read as the story's (a fact box's row), which break it.
 */
export function teaserRuns(lines: readonly LineLike[], facts: readonly LineFacts[], lastProse: number, skip: (k: number) => boolean, isMeta: (text: string) => boolean, kept: (k: number) => boolean = () => false): number[] {
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
    if (teaserShaped(text, facts[k]) && !story.has(text) && !isMeta(text) && !kept(k)) run.push(k);
    else close();
  }
  close();
  const words = (ks: number[]) => ks.reduce((a, k) => a + (facts[k]?.words ?? 0), 0);
  const prose = words(facts.flatMap((f, k) => (f.prose ? [k] : [])));
  return words(out) <= prose * MAX_SHARE ? out : [];
}

/** The most words of a line of the page's furniture in its tail. */
export const TAIL_LINE_WORDS = 14;
/** The most words of a label ("Topics:", "Read more:"). */
const LABEL_WORDS = 4;
/** The fewest sentences of a story before its tail is read. */
const STORY_SENTENCES = 3;
/** Quote marks of any language: a line with them reports someone's words. */
const quoteMark = /["“”„«»「」『』‹›]/u;

/** What the tail reader asks of the article beyond its blocks. */
export interface TailContext {
  /** Whether a line's text is printed more than once in the copy (a player's or a pager's title). */
  repeated: (text: string) => boolean;
  /** A line the story's end keeps: a byline or sign-off, an endnote, a caption or its credit. */
  keeps: (text: string) => boolean;
  /** Whether a date line stands right over or under the line (a teaser's date: the line is its title). */
  byDate: (text: string) => boolean;
}

/**
 * The page's furniture at the end of the story: read from the last block up, the paragraphs and
 * subheads that are no sentence (no end mark in any script, not a Thai or Lao line whose spaces
 * end sentences), of a few words, without quote marks and printed once, with no sentence of the
 * story after them. Every other reader has had its turn (related boxes, captions, lists, endnotes
 * are blocks of their own and are passed over), so what is left there is the page's: a prompt
 * ("Follow us on Google News", "Подписывайтесь на наш канал в Telegram", "Siga a gente no Google
 * Notícias"), an agency's end marker ("انتهای پیام"), a tags list under a label no word list knows.
 * A subhead has the story's sentences under it, so none is read here. The run stops at a sentence
 * or a quote, at a clause that ends in a colon, at a line printed twice, at a line the story's end
 * keeps, at a teaser's title (a date line by it), at a photo's or player's title right over it and
 * at a line right under a long teaser title, in a box or alone (that teaser's standfirst). Returns the blocks that
 * are noise, last first.
 */
export function tailFurniture(blocks: readonly Block[], ctx: TailContext): Block[] {
  const out: Block[] = [];
  const sentences = blocks.filter((b) => (b.type === "paragraph" || b.type === "quote") && endsAsSentence(b.type === "quote" ? b.printed : b.text)).length;
  if (sentences < STORY_SENTENCES) return out;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k] as Block;
    if (b.type === "related" || b.type === "media" || b.type === "list" || b.type === "endnote") continue;
    if (b.type === "quote") break;
    const text = b.text.trim();
    const words = wordsOf(text).length;
    if (words < 1 || words > TAIL_LINE_WORDS || endsAsSentence(text) || spaceEndsSentences.test(text) || quoteMark.test(text)) break;
    // (a clause that opens what follows: "The variant they have not met yet:" over an embed)
    if (/[:：]$/u.test(text) && words > LABEL_WORDS) break;
    if (ctx.repeated(b.text) || ctx.keeps(text) || ctx.byDate(b.text)) break;
    // (right over a photo or a player it is their title or kicker; under a long teaser title, its standfirst)
    const over = blocks[k - 1];
    const title = over?.type === "related" ? over.links.at(-1)?.text : over?.type === "paragraph" && !endsAsSentence(over.text) ? over.text : undefined;
    if (blocks[k + 1]?.type === "media" || (title !== undefined && wordsOf(title).length > TAIL_LINE_WORDS)) break;
    out.push(b);
  }
  return out;
}

/** The most tags under a label read over the author's box. */
const TAGS_OVER_BOX = 12;
/**
 * A tags list left at the end of the blocks once the author's box after it is gone: a tags label
 * ("Tags", "Tópicos", "Etiketler") and the short paragraphs under it (a few words each, no
 * sentence), the last blocks of the article. Returns those blocks, or none.
 */
export function tagsOverTail(blocks: readonly Block[]): Block[] {
  let k = blocks.length - 1;
  const tags: Block[] = [];
  for (; k >= 0 && tags.length <= TAGS_OVER_BOX; k--) {
    const b = blocks[k] as Block;
    if (b.type !== "paragraph" && b.type !== "subhead") return [];
    if (isTagLabel(b.text)) return [b, ...tags];
    if (wordsOf(b.text).length > 4 || endsAsSentence(b.text)) return [];
    tags.unshift(b);
  }
  return [];
}
