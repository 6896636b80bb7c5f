/**
 * Checks a parsed article against a hand annotation (`*.expected.json`, the format of the
 * project's scorer): the same fields and matching rules, reported as readable mismatches.
 */
import type { Article } from "../../src/model/article.js";

export interface Annotation {
  headline: string;
  lede_start: string;
  byline?: string | null;
  dateline?: string | null;
  subheads: string[];
  quotes: { start: string; speaker: string | null; alt?: string[] }[];
  related: { box_title: string | null; links: string[] }[];
  media: { caption_start?: string; credit?: string; kind?: string }[];
  noise: string[];
}

const norm = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[“”„«»"‟″]/g, '"')
    .replace(/[‘’‚‹›'`´]/g, "'")
    .replace(/[–—―‒-]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s\-"'•*·:,.]+|[\s\-"'•*·:,.]+$/g, "")
    .trim();
export const words = (s: unknown) => norm(s).replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter(Boolean);
const same = (a: unknown, b: unknown) => norm(a) === norm(b);
const startsWith = (text: unknown, start: string) => {
  const s = words(start).join(" ");
  return s.length > 0 && words(text).join(" ").startsWith(s);
};
const overlaps = (a: string, b: string) => a === b || a.includes(b) || b.includes(a);
const person = (x: unknown) => norm(x).replace(/^(by|av|von|par|por|af|kirjoittanut)\s+/, "");

/** Every way `article` differs from `want`; empty when it matches in full. */
export function mismatches(article: Article, want: Annotation, input: string): string[] {
  const out: string[] = [];
  const blocks = article.blocks;
  if (!same(article.headline, want.headline)) out.push(`headline: got ${JSON.stringify(article.headline)}`);
  if (!startsWith(article.lede, want.lede_start)) out.push(`lede: got ${JSON.stringify(article.lede.slice(0, 60))}`);
  for (const key of ["byline", "dateline"] as const) {
    if (!(key in want)) continue;
    const e = want[key] ? (key === "byline" ? person(want[key]) : norm(want[key])) : "";
    const g = article[key] ? (key === "byline" ? person(article[key]) : norm(article[key])) : "";
    if (e ? !(g && overlaps(g, e)) : g) out.push(`${key}: got ${JSON.stringify(article[key])}, want ${JSON.stringify(want[key])}`);
  }
  const subheads = blocks.flatMap((b) => (b.type === "subhead" ? [b.text] : []));
  if (subheads.length !== want.subheads.length || !want.subheads.every((s) => subheads.some((g) => same(g, s)))) {
    out.push(`subheads: got ${JSON.stringify(subheads)}, want ${JSON.stringify(want.subheads)}`);
  }
  const quotes = blocks.flatMap((b) => (b.type === "quote" ? [b] : []));
  if (quotes.length !== want.quotes.length) out.push(`quotes: got ${quotes.length}, want ${want.quotes.length}`);
  for (const q of want.quotes) {
    const got = quotes.find((g) => startsWith(g.text, q.start));
    if (!got) out.push(`quote missed: ${q.start}`);
    else if (q.speaker === null ? norm(got.speaker) !== "" : !(norm(got.speaker) && [q.speaker, ...(q.alt ?? [])].some((w) => overlaps(norm(got.speaker), norm(w))))) {
      out.push(`speaker of “${q.start}”: got ${JSON.stringify(got.speaker)}, want ${JSON.stringify(q.speaker)}`);
    }
  }
  const links = blocks.flatMap((b) => (b.type === "related" ? b.links.map((l) => l.text) : []));
  const wantLinks = want.related.flatMap((r) => r.links);
  if (links.length !== wantLinks.length || !wantLinks.every((l) => links.some((g) => same(g, l)))) out.push(`related: got ${JSON.stringify(links)}`);
  const media = blocks.flatMap((b) => (b.type === "media" ? [b] : []));
  if (media.length !== want.media.length) out.push(`media: got ${media.length}, want ${want.media.length}`);
  for (const m of want.media) {
    const ok = media.some((g) => (m.caption_start ? startsWith(g.caption, m.caption_start) : same(g.credit, m.credit)) && (!m.credit || same(g.credit, m.credit)) && (!m.kind || g.kind === m.kind));
    if (!ok) out.push(`media missed: ${JSON.stringify(m)}`);
  }
  const fields = fieldsOf(article);
  const all = norm(fields.join(" \n "));
  for (const n of want.noise) if (fields.some((f) => same(f, n)) || (words(n).length >= 3 && all.includes(norm(n)))) out.push(`noise leaked: ${n}`);
  const lost = lostWords(input, want.noise, fields);
  if (lost.length > 0) out.push(`words lost: ${lost.join(" ")}`);
  return out;
}

/** The text fields the scorer reads, in which every input word must appear. */
export function fieldsOf(article: Article): string[] {
  const fields: (string | null | undefined)[] = [article.headline, article.lede, article.byline, article.dateline];
  for (const b of article.blocks) {
    const any = b as unknown as Record<string, unknown>;
    fields.push(any.text as string, any.attribution as string, any.title as string, any.caption as string, any.credit as string);
    if (b.type === "related") fields.push(...b.links.map((l) => l.text));
    if (b.type === "list") fields.push(...b.items);
  }
  return fields.filter((f): f is string => Boolean(f));
}

/** Input words (outside noise lines) that appear in no field. */
export function lostWords(input: string, noise: string[], fields: string[]): string[] {
  const noiseSet = new Set(noise.map(norm));
  const bag = new Map<string, number>();
  for (const w of words(fields.join(" \n "))) bag.set(w, (bag.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const w of input.split("\n").filter((l) => !noiseSet.has(norm(l))).flatMap(words)) {
    const n = bag.get(w) ?? 0;
    if (n > 0) bag.set(w, n - 1);
    else lost.push(w);
  }
  return lost;
}

/** Matched, expected and found counts for one field of one article. */
export interface Count {
  tp: number;
  exp: number;
  got: number;
}

export type FieldCounts = Record<"headline" | "lede" | "byline" | "dateline" | "subheads" | "quotes" | "speakers" | "related" | "media" | "noise", Count> & {
  retained: number;
};

/** The scorer's counts for one article: what a ratchet compares between runs. */
export function fieldCounts(article: Article, want: Annotation, input: string): FieldCounts {
  const one = (ok: boolean): Count => ({ tp: ok ? 1 : 0, exp: 1, got: 1 });
  const greedy = <E, G>(expected: E[], got: G[], eq: (e: E, g: G) => boolean): [E, G][] => {
    const used = new Set<number>();
    const pairs: [E, G][] = [];
    for (const e of expected) {
      const j = got.findIndex((g, k) => !used.has(k) && eq(e, g));
      if (j >= 0) {
        used.add(j);
        pairs.push([e, got[j] as G]);
      }
    }
    return pairs;
  };
  const meta = (key: "byline" | "dateline"): Count => {
    if (!(key in want)) return { tp: 0, exp: 0, got: 0 };
    const e = want[key] ? (key === "byline" ? person(want[key]) : norm(want[key])) : "";
    const g = article[key] ? (key === "byline" ? person(article[key]) : norm(article[key])) : "";
    return { tp: e && g && overlaps(g, e) ? 1 : 0, exp: e ? 1 : 0, got: g ? 1 : 0 };
  };
  const blocks = article.blocks;
  const subs = blocks.flatMap((b) => (b.type === "subhead" ? [b.text] : []));
  const quotes = blocks.flatMap((b) => (b.type === "quote" ? [b] : []));
  const qp = greedy(want.quotes, quotes, (e, g) => startsWith(g.text, e.start));
  const spk = qp.filter(([e, g]) => (e.speaker === null ? !norm(g.speaker) : Boolean(norm(g.speaker)) && [e.speaker, ...(e.alt ?? [])].some((w) => overlaps(norm(g.speaker), norm(w))))).length;
  const links = blocks.flatMap((b) => (b.type === "related" ? b.links.map((l) => l.text) : []));
  const wantLinks = want.related.flatMap((r) => r.links);
  const media = blocks.flatMap((b) => (b.type === "media" ? [b] : []));
  const mp = greedy(want.media, media, (e, g) => (e.caption_start ? startsWith(g.caption, e.caption_start) : same(g.credit, e.credit)) && (!e.credit || same(g.credit, e.credit)));
  const fields = fieldsOf(article);
  const all = norm(fields.join(" \n "));
  const leaked = want.noise.filter((n) => fields.some((f) => same(f, n)) || (words(n).length >= 3 && all.includes(norm(n)))).length;
  const inWords = input.split("\n").filter((l) => !new Set(want.noise.map(norm)).has(norm(l))).flatMap(words).length;
  return {
    headline: one(same(article.headline, want.headline)),
    lede: one(startsWith(article.lede, want.lede_start)),
    byline: meta("byline"),
    dateline: meta("dateline"),
    subheads: { tp: greedy(want.subheads, subs, (e, g) => same(e, g)).length, exp: want.subheads.length, got: subs.length },
    quotes: { tp: qp.length, exp: want.quotes.length, got: quotes.length },
    speakers: { tp: spk, exp: want.quotes.length, got: want.quotes.length },
    related: { tp: greedy(wantLinks, links, (e, g) => same(e, g)).length, exp: wantLinks.length, got: links.length },
    media: { tp: mp.length, exp: want.media.length, got: media.length },
    noise: { tp: want.noise.length - leaked, exp: want.noise.length, got: want.noise.length },
    retained: inWords ? (inWords - lostWords(input, want.noise, fields).length) / inWords : 1,
  };
}

/** Where `now` is worse than `before`: fewer matches, more wrong finds, or fewer words kept. */
export function regressions(now: FieldCounts, before: FieldCounts): string[] {
  const out: string[] = [];
  for (const key of Object.keys(now) as (keyof FieldCounts)[]) {
    if (key === "retained") {
      if (now.retained < before.retained - 1e-9) out.push(`retained ${now.retained.toFixed(4)} < ${before.retained.toFixed(4)}`);
      continue;
    }
    const a = now[key];
    const b = before[key];
    if (a.tp < b.tp) out.push(`${key}: ${a.tp} right, was ${b.tp}`);
    if (a.got - a.tp > b.got - b.tp) out.push(`${key}: ${a.got - a.tp} wrong, was ${b.got - b.tp}`);
  }
  return out;
}
