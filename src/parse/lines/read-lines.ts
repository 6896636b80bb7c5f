/**
 * Reads every line of an article once, before the block loop: is it page noise, and why.
 * Noise must be proven: a whole line that is a noise phrase or a noise shape, a line with noise
 * words that the fitted model also calls noise, or a line the model is sure of on its own.
 * A real sentence that merely contains a noise word stays content.
 */
import { isAdLabel, isAuthorBoxLabel, isBoxTitleLine, isLinksTitle, isNetworkName, isReaderWord, isCommentsLabel, isPromptLine, isSiteListLabel, isTagLabel, isTagLine } from "../lexicon/interface-words.js";
import { isNoisePhrase, noiseEvidence, type NoiseTable } from "../text/noise.js";
import { noiseWordsProof } from "../text/noise-proof.js";
import { callsToAction } from "../text/noise-promo.js";
import { pageVoiceLines } from "../text/noise-voice.js";
import { matchSheets } from "../text/noise-sheet.js";
import { teaserRuns } from "../text/noise-tail.js";
import { endsAsSentence, isStatement, lineContext, wordsOf, lineFeatures, type LineFacts, type LineLike } from "./features.js";
import { probability, reasons, type Weights } from "./model.js";

export interface LineVerdict {
  noise: boolean;
  /** Noise by a rule (a noise phrase or shape), not by the model. */
  proven: boolean;
  /** The model's probability that the line is noise. */
  p: number;
  /** The rule or the 2-3 features that decided, for `--explain`. */
  why: string[];
  /** A line a rule read as the story's own (the reporter's address signed under it): no reader of the tail drops it. */
  kept?: boolean;
  /** A row of a fact box, a timetable or a table inside the story (`storyRows`): copy, never a date line of the page's. */
  row?: boolean;
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
 * it, only a whole noise phrase does. `isName` tells a line that is only a person's name (a byline
 * without its "By"): printed again under the story it is the reporter's sign-off, not a repeated label.
 */
export function readLines(
  lines: readonly LineLike[],
  table: NoiseTable,
  weights?: Weights,
  isMeta: (text: string) => boolean = () => false,
  isDateLine: (text: string) => boolean = () => false,
  isName: (text: string) => boolean = () => false,
): LineVerdict[] {
  const evidences = lines.map((line) => noiseEvidence(line.text, table));
  const withWords = new Set(lines.filter((_, k) => evidences[k] !== null).map((line) => line.text));
  const ctx = lineContext(lines, (text) => withWords.has(text));
  const verdicts: LineVerdict[] = lines.map((line, i) => {
    const x = lineFeatures(ctx, i);
    const p = probability(x, "noise", weights);
    const words = ctx.facts[i]?.words ?? 0;
    const evidence = evidences[i];
    const why = reasons(x, "noise", weights);
    if (evidence === "phrase" || evidence === "shape") return { noise: true, proven: true, p, why: [`rule: noise ${evidence}`], words };
    if (isPromptLine(line.text, words)) return { noise: true, proven: true, p, why: ["rule: a call to click or to get the app"], words };
    if (isKeyInstruction(line.text, words)) return { noise: true, proven: true, p, why: ["rule: tells the reader which keys to press on the page"], words };
    if (isFollowPrompt(line.text, words)) return { noise: true, proven: false, p, why: ["rule: the page asks the reader to follow it on a network", ...why.slice(0, 2)], words };
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
  headingsOverStory(lines, verdicts, evidences, ctx.firstProse);
  // the page's calls to follow, join, get the app or sign up, by their shape (text/noise-promo.ts)
  callsToAction(lines).forEach((why, k) => {
    if (why !== null && !isMeta((lines[k] as LineLike).text)) prove(verdicts, k, why);
  });
  storyRows(lines, verdicts, ctx.rows);
  // a match's sheet: line-ups, scorers, referee, under their heading (text/noise-sheet.ts)
  for (const k of matchSheets(lines)) {
    const v = verdicts[k] as LineVerdict;
    if (!v.proven) verdicts[k] = { ...v, noise: true, proven: true, kept: false, row: false, why: ["rule: a match's sheet (line-ups of names parted by commas and semicolons, and the labelled lines around them)", ...v.why.slice(0, 2)] };
  }
  teaserLists(lines, verdicts, ctx.teasers, ctx.firstProse, isMeta);
  // share menus: a line whose words are noise words by themselves ("Facebook X Pinterest
  // Reddit", "Listen · 3:14"), and a line of a few words with one such word next to another
  // menu line or to noise ("per E-Mail teilen" / "auf Pocket teilen", "Compartilhar")
  const menu = lines.map((line) => menuWords(line.text, table));
  const isMenuLine = (k: number) => {
    const m = menu[k];
    // (half of two words is one: "Mehr Personal", a subhead with "Mehr" between two paragraphs, is no
    // menu by itself; it needs a menu beside it, `nearMenu`. Under a byline or a date line, "Dela
    // artikel" or "Del saken" is the share button it reads as)
    return m !== undefined && m.n >= 2 && m.n <= 16 && m.k * 2 >= m.n && (m.n > 2 || m.k === 2 || !betweenProse(k));
  };
  const betweenProse = (k: number) => k > 0 && /[.!?。！？]["”’»」』)]*$/u.test((lines[k - 1] as LineLike).text) && ((verdicts[k + 1] as LineVerdict | undefined)?.words ?? 0) >= 8;
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
  // the items of a share bar that no word list knows ("ツイート", "เฟซบุ๊ก", "LINEで送る"): in one block
  // (no blank line) with a proven item of the bar, a word or two between two of its items, or a
  // few words that name a network ("LINEで送る") next to one
  const names = (k: number) => (verdicts[k] as LineVerdict).words <= 3 && !endsAsSentence((lines[k] as LineLike).text) && wordsOf((lines[k] as LineLike).text).some(isNetworkName);
  const barItem = (k: number) => k >= 0 && k < lines.length && ((verdicts[k] as LineVerdict).noise || names(k));
  const inBlock = (a: number, b: number) => !(lines[Math.max(a, b)] as LineLike).afterBlank;
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 1; k < lines.length; k++) {
      const v = verdicts[k] as LineVerdict;
      const line = lines[k] as LineLike;
      if (v.proven || v.words < 1 || v.words > 3 || endsAsSentence(line.text)) continue;
      // (both readings below need a proven line right above or under it: told before the words are read)
      if (!(verdicts[k - 1] as LineVerdict).proven && !verdicts[k + 1]?.proven) continue;
      const proven = (j: number) => j >= 0 && j < lines.length && (verdicts[j] as LineVerdict).proven && inBlock(j, k) && (menu[j]?.k ?? 0) >= 1;
      const between = v.words <= 2 && barItem(k - 1) && barItem(k + 1) && inBlock(k - 1, k) && inBlock(k, k + 1) && (proven(k - 1) || proven(k + 1));
      const named = names(k) && (proven(k - 1) || proven(k + 1) || (barItem(k - 1) && inBlock(k - 1, k) && (verdicts[k - 1] as LineVerdict).proven));
      if ((between || named) && !isMeta(line.text)) verdicts[k] = { ...v, noise: true, proven: true, why: ["rule: an item of a share bar, by its other items", ...v.why.slice(0, 2)] };
    }
  }
  // the story's end: its last prose line that is not the page's (a trust box or a comments
  // disclaimer of fifteen words after the story is prose in shape, not the story's last line)
  let storyEnd = ctx.lastProse;
  while (storyEnd >= 0 && (!(ctx.facts[storyEnd]?.prose ?? false) || (verdicts[storyEnd] as LineVerdict).noise)) storyEnd--;
  // a copyright line after the story's last sentence ("© RIPRODUZIONE RISERVATA", "© Licencja na
  // publikację"); a "© Agency" line among the story's photos stays a credit
  for (let k = storyEnd + 1; storyEnd >= 0 && k < lines.length; k++) {
    const v = verdicts[k] as LineVerdict;
    if (!v.proven && /^(©|\(c\)\s|copyright\b)/iu.test((lines[k] as LineLike).text) && v.words <= 10) verdicts[k] = { ...v, noise: true, proven: true, why: ["rule: copyright line after the story", ...v.why.slice(0, 2)] };
  }
  serialNumbers(lines, verdicts, ctx.firstProse, storyEnd, ctx.rows);
  headerStrip(lines, verdicts, ctx.firstProse, isMeta);
  // "Topics: a, b, c" on one line, after the headline (over the story or after it)
  for (let k = 1; k < lines.length; k++) if (isTagLine((lines[k] as LineLike).text)) prove(verdicts, k, "a tags label and its tags on one line");
  // a tags list after the story's last sentence: a tags label ("Topics", "Relaterte emner",
  // "タグ") and the short lines right under it
  for (let k = storyEnd + 1; storyEnd >= 0 && k < lines.length; k++) {
    const text = (lines[k] as LineLike).text;
    if (!isTagLabel(text)) continue;
    verdicts[k] = { ...(verdicts[k] as LineVerdict), noise: true, proven: true, why: ["rule: tags label after the story"] };
    for (let j = k + 1; j < lines.length; j++) {
      const v = verdicts[j] as LineVerdict;
      // (a "Label: value" line, "Kaynak: AA", "Source: Reuters", is no tag: the list ends above it)
      // (nor is the title of the next box, "BBC以外链接", "External links")
      // (nor a line of three words or more right over a headline: the title of the teasers under it, "Outras notícias da região")
      if (v.words > 4 || /[.!?。！？…]$/u.test((lines[j] as LineLike).text) || /^[^:：]{1,30}[:：]\s*\S/u.test((lines[j] as LineLike).text) || isLinksTitle((lines[j] as LineLike).text)) break;
      if (v.words >= 3 && (verdicts[j + 1]?.words ?? 0) >= 6 && !/[.!?。！？…]$/u.test(lines[j + 1]?.text ?? "")) break;
      if (!v.proven) verdicts[j] = { ...v, noise: true, proven: true, why: ["rule: a tag under a tags label", ...v.why.slice(0, 2)] };
    }
  }
  authorBox(lines, verdicts, ctx.facts);
  linksBoxes(lines, verdicts, evidences);
  // a site-wide list after the story's sentences ("Most read", "많이 본 뉴스"): its title and
  // the headlines under it (short lines that end in no sentence)
  // (sentences, not prose of fifteen words: a Korean or Turkish sentence has fewer, longer words)
  for (let k = 0, sentences = 0; k < lines.length; k++) {
    if (endsAsSentence((lines[k] as LineLike).text)) sentences++;
    if (sentences < 3 || !isSiteListLabel((lines[k] as LineLike).text)) continue;
    for (let j = k + 1; j < lines.length; j++) {
      const v = verdicts[j] as LineVerdict;
      const text = (lines[j] as LineLike).text;
      // (nor a desk's or source's label and its name, "责任编辑：刘洋", "Source: Reuters": the story's credit, under the list or past it)
      if (v.words > 24 || /[.!。…]["”’»」』]*$/u.test(text) || isTagLabel(text) || isCommentsLabel(text) || creditLabelLine(text)) break;
      // (proven: a site-wide list is the page's, never a related box of the story's, whatever reads the lines later)
      if (!v.proven) verdicts[j] = { ...v, noise: true, proven: true, why: ["rule: a headline under a site-wide list's title", ...v.why.slice(0, 2)] };
    }
  }
  commentsSection(lines, verdicts, ctx.facts.map((f) => f.prose), isDateLine);
  commentsTail(lines, verdicts, ctx.facts);
  widgetRuns(lines, verdicts);
  sameLabelRuns(lines, verdicts);
  sectionLabelsAgain(lines, verdicts, ctx.facts, ctx.firstProse, (text) => isMeta(text) || isName(text));
  sourceStamps(lines, verdicts, storyEnd);
  signedAddress(lines, verdicts, ctx.facts);
  adCopy(lines, verdicts, ctx.facts);
  gluedButtons(lines, verdicts, table);
  gluedTags(lines, verdicts, ctx.facts, storyEnd, isMeta);
  // other stories' teasers after the story (noise-tail.ts): noise where no related box takes them first
  for (const k of teaserRuns(lines, ctx.facts, storyEnd, (j) => (verdicts[j] as LineVerdict).proven || ((verdicts[j] as LineVerdict).noise && (verdicts[j] as LineVerdict).words <= 4), isMeta, (j) => (verdicts[j] as LineVerdict).kept === true)) {
    verdicts[k] = { ...(verdicts[k] as LineVerdict), noise: true, why: ["rule: a run of headline-shaped lines after the story (other stories' teasers)"] };
  }
  teaserColumns(lines, verdicts, storyEnd, isDateLine);
  tickerBlocks(lines, verdicts);
  headTicker(lines, verdicts, ctx.firstProse);
  signedName(lines, verdicts, storyEnd, isName);
  namedBio(lines, verdicts, ctx.facts, isName);
  headBio(lines, verdicts, isName);
  // the page's furniture written in sentences: its pitches and notes, by the page's things named in its voice and their place (text/noise-voice.ts)
  pageVoiceLines(lines, (k) => ctx.facts[k]?.prose ?? false, (k) => (verdicts[k] as LineVerdict).noise, isMeta, spaced(lines, ctx.facts, verdicts)).forEach((why, k) => {
    if (why !== null && !(verdicts[k] as LineVerdict).kept) prove(verdicts, k, why);
  });
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
 * A key's name and its plus or hyphen, which every chord holds: asked before `keyChord`, whose
 * letter classes under `iu` cost V8 ~10 ms to compile, so a page without one never compiles it.
 */
const keyThenPlus = /(?:ctrl|strg|cmd|command|alt|shift|option|⌘|⌥|⇧)\s*[+\-]/iu;
/** The most links of a box titled "… links". */
const LINKS_BOX_ITEMS = 8;
/**
 * A box of links titled by the word "links" ("External links", "BBC以外链接", "与内文相关的链接"):
 * the title and the short lines under it in its block (no blank line between, none a sentence,
 * at most eight, none with the page's noise words) are the article's box, not tags or the page's
 * tail; a proven noise line (a "Copy link" button) stays noise.
 */
function linksBoxes(lines: readonly LineLike[], verdicts: LineVerdict[], evidences: readonly (string | null)[]): void {
  for (let k = 0; k < lines.length; k++) {
    const v = verdicts[k] as LineVerdict;
    if (v.proven || !isLinksTitle((lines[k] as LineLike).text)) continue;
    verdicts[k] = { ...v, noise: false, kept: true, why: ["the title of a box of links", ...v.why.slice(0, 2)] };
    for (let j = k + 1; j < lines.length && j - k <= LINKS_BOX_ITEMS && !(lines[j] as LineLike).afterBlank; j++) {
      const item = verdicts[j] as LineVerdict;
      // (the box's disclaimer, "非本网站内容BBC概不负责", has the page's words: the box ends above it)
      if (item.proven || evidences[j] !== null || item.words > 12 || endsAsSentence((lines[j] as LineLike).text.trim())) break;
      verdicts[j] = { ...item, noise: false, kept: true, why: ["a link in a box titled as links", ...item.why.slice(0, 2)] };
    }
  }
}

/**
 * The reporter's name alone right under the story's last sentence (its last prose line or the
 * short sentences right under it: "Giulia Rinaldi", as papers sign): the story's sign-off, which the model alone does not drop (a name over a bio is the
 * author's box: `namedBio` proves it after this).
 */
function signedName(lines: readonly LineLike[], verdicts: LineVerdict[], storyEnd: number, isName: (text: string) => boolean): void {
  // (the story's last sentence: its last prose line, or a short sentence of its own under it)
  let last = storyEnd;
  while (last + 1 < lines.length && !(verdicts[last + 1] as LineVerdict).noise && (verdicts[last + 1] as LineVerdict).words >= 3 && endsAsSentence((lines[last + 1] as LineLike).text.trim())) last++;
  const k = last + 1;
  const v = verdicts[k];
  if (storyEnd < 0 || v === undefined || !v.noise || v.proven || !isName((lines[k] as LineLike).text.trim())) return;
  verdicts[k] = { ...v, noise: false, why: ["a name alone under the story's last sentence: its sign-off", ...v.why.slice(0, 2)] };
}

/**
 * Other stories' headlines pasted with the page between the story's paragraphs or after them, in
 * any script (features.ts `teaserList`: a run of three or more headline-shaped lines, two or more
 * with a headline's marks — "[단독] …", "‘…’ …", "… …\"…\"", "【速報】…"): the page's, not the
 * story's. Read after the story's first prose line (over it stand the headline and its kicker);
 * a run under a title (a label of a few words, no sentence: "관련 기사", "Sommaire", "Related") is a
 * box, the related reader's; a row the story keeps and a byline or date line stay.
 */
function teaserLists(lines: readonly LineLike[], verdicts: LineVerdict[], teasers: readonly boolean[], firstProse: number, isMeta: (text: string) => boolean): void {
  if (firstProse < 0) return;
  for (let k = firstProse + 1; k < lines.length; ) {
    if (!teasers[k]) {
      k++;
      continue;
    }
    let end = k;
    while (end < lines.length && teasers[end]) end++;
    // (a run under a title is a box: "Sommaire", "관련 기사", "Related" over their links are the related reader's; "Most read" is the site list's)
    const title = (lines[k - 1] as LineLike).text.trim();
    const titled = isBoxTitleLine(title) || isLinksTitle(title) || (!isSiteListLabel(title) && (verdicts[k - 1] as LineVerdict).words <= 3 && !endsAsSentence(title) && !/[@\p{Nd}]/u.test(title) && !isMeta(title));
    if (!titled) {
      for (let j = k; j < end; j++) if (!(verdicts[j] as LineVerdict).kept && !isMeta((lines[j] as LineLike).text)) prove(verdicts, j, "a list of other stories' headlines (headline-shaped lines with a headline's marks: a tag in brackets, quoted words, an ellipsis between clauses)");
    }
    k = end;
  }
}

/**
 * A heading over a sentence of the story: a line the model alone drops (a few words, no sentence)
 * right over a statement of four words or more that is kept and holds none of the page's noise
 * words, after the story's first prose line ("Refunds" / "Season tickets will be extended."). The
 * story goes on under it: its position near the end (a short article's subhead) is no proof.
 */
function headingsOverStory(lines: readonly LineLike[], verdicts: LineVerdict[], evidences: readonly (string | null)[], firstProse: number): void {
  if (firstProse < 0) return;
  for (let k = firstProse + 1; k + 1 < lines.length; k++) {
    const v = verdicts[k] as LineVerdict;
    const next = verdicts[k + 1] as LineVerdict;
    if (!v.noise || v.proven || evidences[k] !== null || !v.why[0]?.startsWith("model p=") || next.noise || evidences[k + 1] !== null || !isStatement((lines[k + 1] as LineLike).text.trim(), next.words)) continue;
    verdicts[k] = { ...v, noise: false, why: ["a heading over a sentence of the story (the model alone drops no line the story goes on under)", ...v.why.slice(1, 3)] };
  }
}

/** A label of one or two words, its colon and a name of one to three words ("责任编辑：刘洋", "Source: Reuters", "Kaynak: AA"). */
function creditLabelLine(text: string): boolean {
  const m = /^([^:：]{1,20})[:：]\s*(\S[^:：]{0,40})$/u.exec(text.trim());
  if (!m) return false;
  const label = wordsOf(m[1] as string).length;
  const name = wordsOf(m[2] as string).length;
  return label >= 1 && label <= 2 && name >= 1 && name <= 3;
}

/** The most words of a button or prompt of the header's strip. */
const STRIP_WORDS = 7;
/** The fewest proven items of a header's strip. */
const STRIP_PROVEN = 2;
/**
 * The strip of buttons between the headline's metadata and the story (share, print, font size,
 * "close window", a follow prompt: "본문 글자 크기 조정", "字号：大 中 小", "打印本页", "A+"), in any
 * script: in one block over the story's first prose line (no blank line between), with a date or
 * byline line above and two or more proven items of the strip (a share bar's) among its lines, the
 * lines under the first proven item to the block's end that are a few words (seven at most), no
 * sentence, no quote marks, not a date or byline line, not a place's name in capitals (the dateline
 * over the story: "São Paulo"). The headline stands over the date and the
 * byline; a standfirst is a sentence or longer; the story is after the block.
 */
/** A place's shape in a cased script: three letters or more, every word capitalised ("São Paulo", "NEW YORK"): a dateline over the story, never a button of its strip. */
const placeShaped = (text: string): boolean => /\p{Lu}/u.test(text) && (text.match(/\p{L}/gu)?.length ?? 0) >= 3 && wordsOf(text).every((w) => !/^\p{Ll}/u.test(w) || nameParticle.test(w));
const nameParticle = /^(?:de|da|do|dos|das|del|la|le|van|von|al|el)$/u;
/**
 * A figure's line under the head, never a button: a year ("Margaret Ellis in 1994", "Gianni Ferraris (1931-2025)", a portrait's
 * caption), or a credit joined to its label by an equals sign or a slash between letters ("사진=연합뉴스", "图/视觉中国").
 */
const figureShaped = (text: string): boolean => /(?:^|\D)\p{Nd}{4}(?:\D|$)/u.test(text) || /\p{L}\s*[=＝/／]\s*\p{L}/u.test(text);
function headerStrip(lines: readonly LineLike[], verdicts: LineVerdict[], firstProse: number, isMeta: (text: string) => boolean): void {
  if (firstProse < 0) return;
  // (a line of a button's few letters, "A+", is no byline whatever its shape)
  const meta = (text: string) => (text.match(/\p{L}/gu)?.length ?? 0) >= 3 && isMeta(text);
  for (let start = 0; start < firstProse; ) {
    let end = start + 1;
    while (end < firstProse && !(lines[end] as LineLike).afterBlank) end++;
    let proven = 0;
    let first = -1;
    let metaAbove = false;
    for (let k = start; k < end; k++) {
      if ((verdicts[k] as LineVerdict).proven) {
        proven++;
        if (first < 0 && metaAbove) first = k;
      } else if (first < 0 && meta((lines[k] as LineLike).text)) metaAbove = true;
    }
    if (proven >= STRIP_PROVEN && first >= 0) {
      for (let k = first + 1; k < end; k++) {
        const v = verdicts[k] as LineVerdict;
        const text = (lines[k] as LineLike).text.trim();
        if (v.proven) continue;
        if (v.words < 1 || v.words > STRIP_WORDS || endsAsSentence(text) || quoteMark.test(text) || meta(text) || placeShaped(text) || figureShaped(text)) break;
        prove(verdicts, k, "a button or prompt of the strip between the headline's byline or date and the story (beside a share bar's proven items)");
      }
    }
    start = end;
  }
}

/** How far under a run of figure rows the story's next sentence may stand. */
const ROWS_THEN_SENTENCE = 4;
/**
 * A fact box, a table, a timeline or a programme inside the story: the rows of a run of figure
 * rows (features.ts `figureRows`) with a sentence of the story right under the run, within four
 * lines ("Winter timetable" / "Mon–Fri 06:40 – first sailing" … / "Fares are unchanged."). The
 * model alone drops no such row, nor does a reader of the tail (they are `kept`: no teaser run);
 * a rule's proof (a ticker, a comment's date) still does.
 */
function storyRows(lines: readonly LineLike[], verdicts: LineVerdict[], rows: readonly boolean[]): void {
  for (let k = 0; k < lines.length; ) {
    if (!rows[k]) {
      k++;
      continue;
    }
    let end = k;
    while (end < lines.length && rows[end]) end++;
    let sentence = false;
    for (let j = end; j < Math.min(lines.length, end + ROWS_THEN_SENTENCE) && !sentence; j++) {
      const v = verdicts[j] as LineVerdict;
      sentence = !v.noise && v.words >= 3 && endsAsSentence((lines[j] as LineLike).text.trim());
    }
    for (let j = k; j < end && sentence; j++) {
      const v = verdicts[j] as LineVerdict;
      if (!v.proven) verdicts[j] = { ...v, noise: false, kept: true, row: true, why: ["a row of a fact box, table or programme inside the story (a run of figure rows, the story's sentence under it)", ...v.why.slice(0, 2)] };
    }
    k = end;
  }
}

/** A label of a word or two, its colon and a bare serial number of five digits or more ("خبر: 48213", "کد خبر: 2239815", "News ID: 774512"). */
const serialShape = /^\p{L}[\p{L}\p{M}]*(?:\s\p{L}[\p{L}\p{M}]*)?\s*[:：]\s*\p{Nd}{5,12}$/u;
/**
 * A news item's serial number over the story or after it ("خبر: 48213", "Haber: 125874", "News
 * ID: 774512"), in any script: the page's own record, not a fact of the story. A fact box's row
 * between the story's lines ("Population: 214000") stands among the story or among its rows.
 */
function serialNumbers(lines: readonly LineLike[], verdicts: LineVerdict[], firstProse: number, storyEnd: number, rows: readonly boolean[]): void {
  for (let k = 0; k < lines.length; k++) {
    if ((verdicts[k] as LineVerdict).noise || rows[k] || (k > firstProse && k <= storyEnd) || (verdicts[k] as LineVerdict).words > 3) continue;
    if (serialShape.test((lines[k] as LineLike).text.trim())) prove(verdicts, k, "a news item's serial number, over the story or after it");
  }
}

/** A chord of keys ("Ctrl+Enter", "Ctrl + D", "⌘+Enter", "Cmd-Shift-R"). */
const keyChord = /(?:^|[^\p{L}])(?:ctrl|strg|cmd|command|alt|shift|option|⌘|⌥|⇧)\s*[+\-]\s*(?:(?:shift|alt)\s*[+\-]\s*)?(?:enter|return|eingabe|entrée|intro|\p{L}|\p{N})(?![\p{L}\p{N}])/iu;
/**
 * The page telling the reader which keys to press ("Нашли ошибку? Выделите текст и нажмите
 * Ctrl+Enter", "Found a mistake? Highlight it and press Ctrl+Enter"): a line of at most 30 words,
 * no quote marks, that names a chord of keys. The instruction is about the page, in any language;
 * a story about a keyboard quotes or explains the keys in sentences of its own, longer or quoted.
 */
function isKeyInstruction(text: string, words: number): boolean {
  // (a chord needs its plus or hyphen: the cheap test first)
  return words <= 30 && text.length <= 300 && (text.includes("+") || text.includes("-")) && !quoteMark.test(text) && keyThenPlus.test(text) && keyChord.test(text);
}

/** The most words of a prompt to follow the page on a network. */
const FOLLOW_WORDS = 14;
const quoteMark = /["“”„«»「」『』‹›]/u;
/**
 * A prompt to follow the paper on a network ("Follow us on Telegram for the latest news", "Receba
 * as notícias no seu celular. Entre no nosso canal do WhatsApp"): a line of a few words, no
 * sentence at its end and no quote marks, that speaks to the reader (a reader word of the table)
 * and names a social network or messenger. Both are needed: a subhead may name a network
 * ("Why Telegram matters"), and a quote speaks to someone. Not a proof (a box reader may take the line).
 */
function isFollowPrompt(text: string, words: number): boolean {
  if (words < 3 || words > FOLLOW_WORDS || /[.?。？:：]$/u.test(text.trim()) || quoteMark.test(text)) return false;
  const list = wordsOf(text);
  // (a network's name may open a compound: "Telegram-канал", "WhatsApp-Kanal")
  return list.some((w) => isNetworkName(w) || w.split(/[-‐]/u).some(isNetworkName)) && list.some(isReaderWord);
}

/** The most lines and words of an author's box under its title. */
const AUTHOR_BOX_LINES = 3;
const AUTHOR_BOX_WORDS = 120;
/**
 * The author's box after the story: its title ("About the author", "Об авторе", "기자 프로필")
 * with less than a tenth of the story's prose after the box, and the lines under it (a name, a bio, an address: at most
 * three, at most 120 words in all) up to the next box, list or tags title. The title is the proof:
 * a bio is written in sentences like the story's.
 */
function authorBox(lines: readonly LineLike[], verdicts: LineVerdict[], facts: readonly LineFacts[]): void {
  const first = facts.findIndex((f) => f.prose);
  if (first < 0) return;
  const after = storyShareAfter(verdicts, facts);
  for (let k = first + 1; k < lines.length; k++) {
    if (!isAuthorBoxLabel((lines[k] as LineLike).text)) continue;
    let end = k + 1;
    let words = 0;
    while (end < lines.length && end - k <= AUTHOR_BOX_LINES && !boxOrTags((lines[end] as LineLike).text) && !isCommentsLabel((lines[end] as LineLike).text)) words += (verdicts[end++] as LineVerdict).words;
    if (words > AUTHOR_BOX_WORDS || (after[end - 1] as number) > TAIL_SHARE) continue;
    prove(verdicts, k, "the author's box title in the page's tail");
    for (let j = k + 1; j < end; j++) prove(verdicts, j, "under the author's box title in the page's tail");
    return;
  }
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
  if (text.length > 200 || sentenceEnd.test(text)) return noWords;
  // (only words with letters: a dash, a bar or a count is no word of a menu; counted in one pass,
  // without arrays: every line of an article is read here)
  let n = 0;
  let k = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(" ", start);
    if (end < 0) end = text.length;
    const w = text.slice(start, end);
    // (a noise phrase of one word, "Facebook", "Teilen": not a shape, a word with a dot is no web address here)
    if (letter.test(w)) {
      n++;
      if (isNoisePhrase(w, table)) k++;
    }
    start = end + 1;
  }
  return n === 0 ? noWords : { n, k };
}
const sentenceEnd = /[.!?。！？…"”»」』:]$/u;
const letter = /\p{L}/u;
const noWords: { readonly n: number; readonly k: number } = { n: 0, k: 0 };

/** Mark line `k` noise by a rule (a line already proven keeps its reason). */
function prove(verdicts: LineVerdict[], k: number, why: string): void {
  const v = verdicts[k] as LineVerdict;
  if (!v.proven) verdicts[k] = { ...v, noise: true, proven: true, why: [`rule: ${why}`, ...v.why.slice(0, 2)] };
}

/** The prose words of line `k` that are the story's: a prose line not already read as the page's (a disclaimer). */
const storyProse = (verdicts: readonly LineVerdict[], facts: readonly LineFacts[], k: number): number =>
  facts[k]?.prose && !(verdicts[k] as LineVerdict).noise ? (facts[k] as LineFacts).words : 0;

/** The share of the story's prose words after each line (read from the verdicts as they are now). */
function storyShareAfter(verdicts: readonly LineVerdict[], facts: readonly LineFacts[]): number[] {
  let total = 0;
  for (let k = 0; k < facts.length; k++) total += storyProse(verdicts, facts, k);
  const after = new Array<number>(facts.length).fill(0);
  for (let k = facts.length - 2, sum = 0; k >= 0; k--) after[k] = (sum += storyProse(verdicts, facts, k + 1)) / Math.max(1, total);
  return after;
}

/** The share of the story's prose words under which a comments label is in the page's tail. */
const TAIL_SHARE = 0.1;
/** The most prose lines of a comments section's own (its disclaimer, its terms), and its most words and lines. */
const SECTION_PROSE = 2;
const SECTION_WORDS = 150;
const SECTION_LINES = 60;
/** The most of the story's prose words a comments section's own prose may hold. */
const SECTION_SHARE = 0.4;

/**
 * The comment section at the page's end, without comment signatures: a comments label
 * ("Comentários", "Kommentare", "18 comments") with less than a tenth of the story's prose after it
 * (the page's own prose, a disclaimer already read as noise, aside, and the section's own one or
 * two lines of prose: its disclaimer, its terms),
 * and the lines under it (the section's disclaimer, its terms, the form) up to the next box or
 * list title or tags label.
 */
function commentsTail(lines: readonly LineLike[], verdicts: LineVerdict[], facts: readonly LineFacts[]): void {
  const prose = (k: number) => storyProse(verdicts, facts, k);
  const after = storyShareAfter(verdicts, facts);
  // (the label is read after the story's first prose line: a comment count over the headline is the header's)
  for (let k = facts.findIndex((f) => f.prose) + 1; k > 0 && k < lines.length; k++) {
    if (!isCommentsLabel((lines[k] as LineLike).text)) continue;
    // (the section read up to its next title, never past 150 words or 60 lines: each label costs a bounded look)
    let end = k + 1;
    let words = 0;
    let own = 0;
    while (end < lines.length && end - k <= SECTION_LINES && words <= SECTION_WORDS && !boxOrTags((lines[end] as LineLike).text)) {
      words += (verdicts[end] as LineVerdict).words;
      if (prose(end) > 0) own++;
      end++;
    }
    if (words > SECTION_WORDS || (end < lines.length && end - k > SECTION_LINES)) continue;
    // (the section's own prose, its disclaimer and terms, at most two lines, is not the story's)
    // (and never two fifths of the story's prose: the story's own last paragraph under a comments button is no disclaimer)
    if ((own > SECTION_PROSE ? after[k] ?? 1 : after[end - 1] ?? 0) > TAIL_SHARE || (after[k] ?? 1) > SECTION_SHARE) continue;
    prove(verdicts, k, "comments label in the page's tail");
    for (let j = k + 1; j < end; j++) prove(verdicts, j, "under a comments label in the page's tail");
    return;
  }
}
const boxOrTags = (text: string) => isBoxTitleLine(text) || isSiteListLabel(text) || isTagLabel(text);

/** The fewest lines of a widget's run. */
const WIDGET_RUN = 3;
/** A line's shape without its numbers ("Puntualo # estrellas"), or null for a line that has none or is long. */
function numberSkeleton(text: string): { skeleton: string; n: number } | null {
  if (text.length > 80) return null;
  const m = text.match(/\p{Nd}+/gu);
  if (!m || m.length !== 1) return null;
  return { skeleton: text.replace(/\p{Nd}+/u, "#"), n: Number(m[0]) };
}

/**
 * A widget's buttons: three or more lines in a row (no blank line between) that are the same
 * words with a number counting up by one ("Rate 1 star" … "Rate 5 stars", "Slide 1", "Slide 2",
 * "Slide 3"), none a sentence; and the widget's label and status right above it, in the same
 * block ("Rate:", "Currently rated 1 star out of 5"): short lines with a number or a colon.
 */
function widgetRuns(lines: readonly LineLike[], verdicts: LineVerdict[]): void {
  for (let k = 0; k < lines.length; ) {
    const first = numberSkeleton((lines[k] as LineLike).text.trim());
    let end = k + 1;
    if (first) {
      let n = first.n;
      while (end < lines.length && !(lines[end] as LineLike).afterBlank) {
        const next = numberSkeleton((lines[end] as LineLike).text.trim());
        if (!next || next.skeleton !== first.skeleton || next.n !== n + 1) break;
        n = next.n;
        end++;
      }
    }
    if (!first || end - k < WIDGET_RUN || endsAsSentence(first.skeleton) || (verdicts[k] as LineVerdict).words > 6) {
      k = end;
      continue;
    }
    for (let j = k; j < end; j++) prove(verdicts, j, `a widget's buttons (${end - k} lines counting up)`);
    // the widget's label and status above it, in its block
    for (let j = k - 1, seen = 0; j >= 0 && seen < 2 && !(lines[j + 1] as LineLike).afterBlank; j--, seen++) {
      const text = (lines[j] as LineLike).text.trim();
      if ((verdicts[j] as LineVerdict).words > 8 || endsAsSentence(text) || !(/\p{Nd}/u.test(text) || /[:：]$/u.test(text))) break;
      prove(verdicts, j, "a widget's label, over its buttons");
    }
    k = end;
  }
}

/**
 * A widget's samples or buttons printed alike: three or more lines in a row with the same few
 * words and no sentence ("ABCDEFG" five times for a font-size picker, "Load more" thrice). Copy
 * never prints one line three times running.
 */
const SAME_LABEL_RUN = 12;
function sameLabelRuns(lines: readonly LineLike[], verdicts: LineVerdict[]): void {
  for (let k = 0; k < lines.length; ) {
    const text = (lines[k] as LineLike).text.trim();
    let end = k + 1;
    while (end < lines.length && (lines[end] as LineLike).text.trim() === text) end++;
    // (a widget has a few buttons, not a page of them: a text of one line over and over is the copy, kept)
    if (end - k >= WIDGET_RUN && end - k <= SAME_LABEL_RUN && (verdicts[k] as LineVerdict).words <= 6 && !endsAsSentence(text)) {
      for (let j = k; j < end; j++) prove(verdicts, j, `a widget's label printed ${end - k} times running`);
    }
    k = end;
  }
}

/**
 * The page's section label printed again in the body: a label of one to three words, no sentence,
 * that stands over the story (a breadcrumb's section, "POLITYKA") and comes back under it as the
 * section over a box's teaser. The first one is the header's (a kicker, or the breadcrumb's
 * noise); the later ones are the page's labels, never copy.
 */
function sectionLabelsAgain(lines: readonly LineLike[], verdicts: LineVerdict[], facts: readonly LineFacts[], proseStart: number, isByline: (text: string) => boolean): void {
  // (a story of short sentences has no prose line of fifteen words, "İzmir'de metro hattının temeli atıldı.": its first sentence of four words or more, the page's aside, opens it)
  const firstProse = proseStart >= 0 ? proseStart : lines.findIndex((line, k) => !(verdicts[k] as LineVerdict).noise && (verdicts[k] as LineVerdict).words >= 4 && endsAsSentence(line.text.trim()));
  if (firstProse < 0) return;
  const header = new Set<string>();
  // (a byline printed again at the end is the reporter's sign-off, not a label: "Ana Berg" over the story and under it)
  for (let k = 0; k < firstProse; k++) if ((facts[k] as LineFacts).short && (facts[k] as LineFacts).words <= 3 && !isByline((lines[k] as LineLike).text)) header.add((lines[k] as LineLike).text.trim());
  if (header.size === 0) return;
  for (let k = firstProse + 1; k < lines.length; k++) {
    const text = (lines[k] as LineLike).text.trim();
    if (header.has(text) && (facts[k] as LineFacts).short) prove(verdicts, k, "the section label over the story printed again");
  }
}

/**
 * The page's source stamp after the story: a label of a word or two and a web address
 * ("Źródło: rp.pl", "Source: bbc.co.uk", "Quelle: tagesschau.de"), the labelled form of an
 * address alone on its line (a noise shape).
 */
function sourceStamps(lines: readonly LineLike[], verdicts: LineVerdict[], storyEnd: number): void {
  for (let k = storyEnd + 1; storyEnd >= 0 && k < lines.length; k++) {
    if (isSourceStamp((lines[k] as LineLike).text.trim())) prove(verdicts, k, "a source stamp (a label and a web address) after the story");
  }
}
/** A label, a colon and a web address (the colon and the address's dot are tested first). */
const isSourceStamp = (text: string): boolean => (text.includes(":") || text.includes("：")) && text.includes(".") && sourceStamp.test(text);
const sourceStamp = /^\p{L}[\p{L}\p{M}]*(?:\s\p{L}[\p{L}\p{M}]*)?\s?[:：]\s*(?:https?:\/\/)?(?:www\.)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?$/u;

/** The most lines of one item of a teaser list (its title, its date, a separator, its section), and the fewest items. */
const ITEM_LINES = 5;
const ITEM_RUN = 3;
/** The most words of a teaser's label (its section, its topic). */
const LABEL_WORDS = 4;

/**
 * A list of other stories after the story, each item printed in the same lines (a title, its
 * date, a separator, its section: "梁振英定下… / 2012年12月6日 / , / 香港"; "Title / 3 hours ago /
 * World"): date lines at the same step three times or more. Every line of the list is what the
 * lines at its place in the other items are: a section label where most of its column is noise
 * (a label printed once, "中国", is a label like the "香港" printed thrice), a title where most of
 * its column is kept (a title with a duration, "…收听05:02", is a title like the others).
 * A rule proven by words or shapes is never undone; only the model's verdicts follow the column.
 */
export function teaserColumns(lines: readonly LineLike[], verdicts: LineVerdict[], storyEnd: number, isDateLine: (text: string) => boolean): void {
  if (storyEnd < 0) return;
  const dates: number[] = [];
  // (a cheap test first: a date line has a digit and a few words; the date parse is dear)
  for (let k = storyEnd + 1; k < lines.length; k++) if ((verdicts[k] as LineVerdict).words <= 8 && /\p{Nd}/u.test((lines[k] as LineLike).text) && isDateLine((lines[k] as LineLike).text)) dates.push(k);
  for (let i = 0; i + ITEM_RUN - 1 < dates.length; ) {
    const step = (dates[i + 1] as number) - (dates[i] as number);
    let j = i + 1;
    while (j + 1 < dates.length && (dates[j + 1] as number) - (dates[j] as number) === step) j++;
    if (step < 2 || step > ITEM_LINES || j - i + 1 < ITEM_RUN) {
      i = j;
      continue;
    }
    // (the lines between the first date and the last, and the first item's lines over its date:
    // every one is an item's, at its place in the item)
    for (let o = 1; o < step; o++) {
      // (a line another rule keeps, a box's title over the first item, is at no item's place: it neither votes nor follows)
      const column: number[] = [];
      if ((dates[i] as number) + o - step > storyEnd) column.push((dates[i] as number) + o - step);
      for (let m = i; m < j; m++) column.push((dates[m] as number) + o);
      for (let c = column.length - 1; c >= 0; c--) if ((verdicts[column[c] as number] as LineVerdict).kept) column.splice(c, 1);
      const noise = column.filter((k) => (verdicts[k] as LineVerdict).noise).length;
      for (const k of column) {
        const v = verdicts[k] as LineVerdict;
        if (v.proven || v.kept) continue;
        if (noise * 2 > column.length && !v.noise && v.words <= LABEL_WORDS && !endsAsSentence((lines[k] as LineLike).text)) {
          verdicts[k] = { ...v, noise: true, why: ["rule: a teaser's label, where the other items print theirs (a list's column of labels)", ...v.why.slice(0, 2)] };
        } else if (noise * 2 < column.length && v.noise) {
          verdicts[k] = { ...v, noise: false, why: ["a teaser's title, where the other items print theirs (a list's column of titles)", ...v.why.slice(0, 2)] };
        }
      }
    }
    i = j;
  }
}

/** The most words of an author's bio under the name. */
const BIO_WORDS = 60;
/**
 * The author's box without a title: the reporter's name printed again after the story and, right
 * under it in the same block (no blank line between), a bio of one or two sentences, with none of
 * the story's prose after it ("Giulia Rinaldi" / "Giornalista, scrive di trasporti … dal 2012.").
 * A name alone under the story is the reporter's sign-off, and stays; so does a name over an
 * address, the wire's signature.
 */
function namedBio(lines: readonly LineLike[], verdicts: LineVerdict[], facts: readonly LineFacts[], isName: (text: string) => boolean): void {
  const first = facts.findIndex((f) => f.prose);
  if (first < 0) return;
  let after: number[] | undefined;
  for (let k = first + 1; k + 1 < lines.length; k++) {
    const v = verdicts[k] as LineVerdict;
    const bio = lines[k + 1] as LineLike;
    if (v.proven || v.words > 4 || bio.afterBlank || !endsAsSentence(bio.text) || (verdicts[k + 1] as LineVerdict).words > BIO_WORDS || quoteMark.test(bio.text)) continue;
    if (!isName((lines[k] as LineLike).text.trim())) continue;
    // (nothing of the story after the bio, the page's noise aside)
    after ??= storyShareAfter(verdicts, facts);
    if ((after[k + 1] ?? 0) > 0) continue;
    // (nor a sentence of the story's under it, short of prose: "Greta Hoffmann" / "Greta Hoffmann leitet den Chor." / "Sie probt jeden Dienstag.", a portrait's section)
    if (storySentenceAfter(lines, verdicts, k + 2)) continue;
    prove(verdicts, k, "an author's box: the reporter's name again after the story");
    prove(verdicts, k + 1, "an author's box: the bio under the reporter's name");
    return;
  }
}

/** Whether a line from `from` on is a sentence of the story's (no noise, no quotation of a reader's): the story goes on there. */
const storySentenceAfter = (lines: readonly LineLike[], verdicts: readonly LineVerdict[], from: number): boolean => {
  for (let j = from; j < lines.length; j++) if (!(verdicts[j] as LineVerdict).noise && (verdicts[j] as LineVerdict).words >= 6 && endsAsSentence((lines[j] as LineLike).text.trim())) return true;
  return false;
};

/**
 * An author's box in the article's head: the reporter's name alone on its line, and right under it
 * a sentence that opens with that same name ("Jenna Marlowe" / "Jenna Marlowe is the city hall
 * reporter.", "Jonas Reichert" / "Jonas Reichert ist Redakteur im Ressort Wirtschaft."). The bio
 * is the page's, the name line stays the byline. In the head only: at most one sentence of the
 * page (a standfirst) stands over the name, so a subhead naming a person over the paragraph about
 * them, inside the story, stays the story's.
 */
function headBio(lines: readonly LineLike[], verdicts: LineVerdict[], isName: (text: string) => boolean): void {
  for (let k = 0, sentences = 0; k + 1 < lines.length && sentences < 2; k++) {
    const name = (lines[k] as LineLike).text.trim();
    const v = verdicts[k] as LineVerdict;
    if (!v.noise && endsAsSentence(name)) sentences++;
    if (v.noise || v.words < 2 || v.words > 4) continue;
    const bio = (lines[k + 1] as LineLike).text.trim();
    const rest = bio.slice(name.length);
    if (!bio.startsWith(name) || !/^\s+\p{L}/u.test(rest) || !endsAsSentence(bio) || (verdicts[k + 1] as LineVerdict).words > BIO_WORDS || quoteMark.test(bio)) continue;
    if (!isName(name)) continue;
    prove(verdicts, k + 1, "an author's box in the head: the bio under the reporter's name, opening with it");
    return;
  }
}

/** The most words of a ticker's line. */
const TICKER_WORDS = 6;
/** A ticker's mark: a signed change ("+0,8%", "▼ 1.2", "%1,2"), or a temperature ("8°", "14°C"). */
const tickerMark = /(?:^|\s)[+\-−▲▼]\s?\p{Nd}[\p{Nd}.,]*\s?%|(?:^|\s)%\p{Nd}|\p{Nd}\s?°[CF]?(?![\p{L}\p{Nd}])/u;
/** The most lines of a ticker's block: a table of results or standings is longer. */
const TICKER_LINES = 5;
/** A line a ticker may print: a few words with a number, no sentence and no label's colon. */
const tickerShaped = (text: string, words: number) => words >= 1 && words <= TICKER_WORDS && /\p{Nd}/u.test(text) && !/[:：]\s/u.test(text) && !endsAsSentence(text);

/**
 * A markets or weather ticker copied with the page ("FTSE MIB 34.512 +0,8%" / "Spread BTP-Bund 112"
 * / "Milano 8° Nuvoloso"): two to five lines, a block of their own (blank lines around, none
 * between), each a few words with a number, none a sentence or a label's "Name: value", some with a
 * ticker's mark (a signed change in percent, a temperature) and some without. A fact box names its
 * figures with labels; a subhead with a figure stands alone; an election's results print a
 * percentage on every line; a table of standings is longer.
 */
function tickerBlocks(lines: readonly LineLike[], verdicts: LineVerdict[]): void {
  for (let k = 0; k < lines.length; ) {
    let end = k;
    while (end < lines.length && (end === k || !(lines[end] as LineLike).afterBlank) && tickerShaped((lines[end] as LineLike).text.trim(), (verdicts[end] as LineVerdict).words)) end++;
    const block = end - k >= 2 && (k === 0 || (lines[k] as LineLike).afterBlank) && (end >= lines.length || (lines[end] as LineLike).afterBlank);
    // (a ticker mixes figures of several kinds: a list whose every line has the mark, an election's results, is the story's)
    const marks = lines.slice(k, end).filter((l) => tickerMark.test(l.text)).length;
    if (block && end - k <= TICKER_LINES && marks >= 1 && marks < end - k) for (let j = k; j < end; j++) prove(verdicts, j, "a markets or weather ticker (short lines with figures and a signed change or a temperature)");
    k = Math.max(end, k + 1);
  }
}

/** The most words of a line of the ticker over the story. */
const HEAD_TICKER_WORDS = 8;
/** A signed change: "+0,4 %", "−0.21", "+112円", "▲ 1.2". */
const signedChange = /(?:^|\s)[+\-−▲▼]\s?\p{Nd}/u;
/**
 * A markets ticker over the story ("DAX 18.412,3 +0,4 %" / "日経平均 38,450円 +112円" / "ドル/円
 * 150.12 −0.21"): in the page's head, above the story's first sentence, two or more lines in a row
 * that are each a few words with a number and a signed change. The story's own table of prices
 * stands under its sentences, not over the headline.
 */
function headTicker(lines: readonly LineLike[], verdicts: LineVerdict[], firstProse: number): void {
  // (a few words: up to eight, as an unspaced script's segmenter splits a name and its unit apart, "日経平均 38,450円 +112円")
  const ticker = (k: number) => {
    const text = (lines[k] as LineLike).text.trim();
    const words = (verdicts[k] as LineVerdict).words;
    return words <= HEAD_TICKER_WORDS && tickerShaped(text, Math.min(words, TICKER_WORDS)) && signedChange.test(text);
  };
  for (let k = 0; k < firstProse; ) {
    let end = k;
    while (end < firstProse && ticker(end)) end++;
    if (end - k >= 2) for (let j = k; j < end; j++) prove(verdicts, j, "a markets ticker over the story (short lines with figures and a signed change)");
    k = Math.max(end, k + 1);
  }
}

/** A wire's end mark: a word or two in brackets ("(END)", "(끝)", "[fin]") or dashes ("-30-", "— FIN —"). */
const endMark = /^(?:[(（[]\s*\p{L}+(?:\s\p{L}+)?\s*[)）\]]|[-–—]+\s*(?:\p{L}+|30)\s*[-–—]+)$/u;
/** An e-mail address alone on its line. */
const addressLine = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;
/**
 * The reporter's address signed between the story's last sentence and the wire's end mark ("… is
 * over." / "kokobj@yna.co.kr" / "(END)", as wires sign) is the story's sign-off, printed: not the
 * author box's contact, which stands under a name or a bio's title, or closes the page (noise by
 * its shape).
 */
function signedAddress(lines: readonly LineLike[], verdicts: LineVerdict[], facts: readonly LineFacts[]): void {
  for (let k = 1; k < lines.length; k++) {
    const text = (lines[k] as LineLike).text.trim();
    // (the cheap test first: the expression is compiled only for a page with an "@")
    if (!text.includes("@") || !addressLine.test(text)) continue;
    const above = facts[k - 1];
    if (!above?.prose || (verdicts[k - 1] as LineVerdict).noise || !endMark.test((lines[k + 1] as LineLike | undefined)?.text.trim() ?? "")) continue;
    verdicts[k] = { ...(verdicts[k] as LineVerdict), noise: false, proven: false, kept: true, why: ["the reporter's address under the story's last sentence: its sign-off"] };
  }
}

/**
 * A button glued to the line it stands by: a noise phrase ("Compartilhar", "Share") and then the
 * words of the next or the previous line ("Compartilhar Confira a tabela" over "Confira a tabela").
 */
function gluedButtons(lines: readonly LineLike[], verdicts: LineVerdict[], table: NoiseTable): void {
  for (let k = 0; k < lines.length; k++) {
    const text = (lines[k] as LineLike).text.trim();
    const space = text.indexOf(" ");
    if (space < 0 || text.length > 300 || !isNoisePhrase(text.slice(0, space), table)) continue;
    const rest = text.slice(space + 1).trim();
    if (rest === (lines[k + 1] as LineLike | undefined)?.text.trim() || rest === (lines[k - 1] as LineLike | undefined)?.text.trim()) prove(verdicts, k, "a button glued to the line it stands by");
  }
}

/**
 * Tags copied as one line after the story: eight or more words, no punctuation between them (no
 * sentence, no clause), nearly every cased word capitalised and almost no stopword (a headline in
 * title case has its "After", "In", "To") ("Politics Parties
 * Europe Germany Migration Illegal migration"). A byline or a date line is never one.
 */
function gluedTags(lines: readonly LineLike[], verdicts: LineVerdict[], facts: readonly LineFacts[], storyEnd: number, isMeta: (text: string) => boolean): void {
  if (storyEnd < 0) return;
  for (let k = storyEnd + 1; k < lines.length; k++) {
    const f = facts[k] as LineFacts;
    const text = (lines[k] as LineLike).text.trim();
    if ((verdicts[k] as LineVerdict).proven || f.words < 6 || f.words > 40 || /[^\p{L}\p{M}\p{N}\s\-‐'’]/u.test(text)) continue;
    const { cased, upper, stop } = f.stats;
    if (cased < 8 || upper < cased * 0.75 || stop > f.words * 0.15 || isMeta(text)) continue;
    prove(verdicts, k, "tags copied as one line after the story");
  }
}

/**
 * Whether the copy parts its paragraphs with blank lines: four in five of its sentence lines
 * (six words or more; not the page's noise, not an ad's copy under its label) or more come after a blank line. Only then does a line under a label, without a blank line between,
 * belong to the label's block.
 */
function spaced(lines: readonly LineLike[], facts: readonly LineFacts[], verdicts: readonly LineVerdict[]): boolean {
  let prose = 0;
  let after = 0;
  for (let k = 1; k < lines.length; k++) {
    if (!(facts[k]?.prose || ((facts[k]?.words ?? 0) >= 6 && endsAsSentence((lines[k] as LineLike).text)))) continue;
    // (the page's own sentences, a consent prompt already read as noise, and an ad's copy under its label tell nothing of the story's spacing)
    if ((verdicts[k] as LineVerdict).noise || isAdLabel((lines[k - 1] as LineLike).text)) continue;
    prose++;
    if ((lines[k] as LineLike).afterBlank) after++;
  }
  return prose >= 3 && after >= prose * 0.8;
}

/** The longest advertisement copy read under its label, in words. */
const AD_WORDS = 40;
const AD_MIN_WORDS = 6;

/**
 * An advertisement's copy under its label ("ADVERTISEMENT" / "Save 40% on spring breaks. Book
 * today."): in copy whose paragraphs are parted by blank lines, the lines right under an ad label
 * in its block (no blank line between), none with quote marks or a label's colon ("Foto: …"),
 * six to forty words in all. In copy
 * without blank lines nothing is read as the ad's: the next line may be the story's.
 */
function adCopy(lines: readonly LineLike[], verdicts: LineVerdict[], facts: readonly LineFacts[]): void {
  let isSpaced: boolean | undefined;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (!isAdLabel((lines[k] as LineLike).text) || (lines[k + 1] as LineLike).afterBlank) continue;
    if (!(isSpaced ??= spaced(lines, facts, verdicts))) return;
    let end = k + 1;
    let words = 0;
    while (end < lines.length && !(lines[end] as LineLike).afterBlank) words += (verdicts[end++] as LineVerdict).words;
    // (a photo under the label is no ad: its caption is short, its credit a "Foto:" label's line)
    if (words < AD_MIN_WORDS || words > AD_WORDS || lines.slice(k + 1, end).some((l) => /["“”„«»「」]/u.test(l.text) || /^\p{L}{2,12}\s?:/u.test(l.text.trim()))) continue;
    for (let j = k + 1; j < end; j++) prove(verdicts, j, "an advertisement's copy under its label");
  }
}

