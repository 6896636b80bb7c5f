/**
 * Writes a deterministic site of synthetic news articles for benchmarks: site.yaml and
 * content/<section>/story-000001.md|.txt, with every block type (subheads, quotes with named,
 * role and pronoun speakers, related boxes, images with credits, lists, page noise) at
 * realistic lengths. The same arguments give byte-identical files.
 *
 *   node --import tsx bench/gen-corpus.ts --out DIR --count 4000 [--format md|txt|mixed] [--seed 1] [--words 600]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

export interface CorpusOptions {
  out: string;
  count: number;
  format: "md" | "txt" | "mixed";
  seed: number;
  words: number;
}

const nouns = "government minister council city harbour election budget court police report company market bank school hospital river bridge treaty summit border parliament union farmer price energy grid storm flood vaccine study museum festival club league coach player ministry agency port railway airport district village region mayor party coalition reform strike tax export factory tariff drought harvest research team ferry lighthouse".split(" ");
const verbs = "announced rejected approved delayed confirmed warned criticised defended proposed blocked signed opened closed expanded reduced raised cut launched cancelled reviewed investigated suspended restored questioned welcomed".split(" ");
const adjs = "new local national regional former senior independent public private emergency annual final early late major minor key controversial planned temporary long-awaited".split(" ");
const places = "Stockholm Oslo Kyiv Nairobi Lima Hanoi Ottawa Dublin Lisbon Accra Manila Quito Tallinn Riga Vilnius Reykjavik Tbilisi Yerevan Dakar Perth".split(" ");
const first = "Anna Erik Maria Johan Sara Lars Emma Karl Ida Nils Amira Omar Lena Jonas Eva Mikael Sofia Peter Hanna Viktor".split(" ");
const last = "Lindqvist Berg Okafor Haddad Novak Sato Moreau Costa Nilsson Jensen Kowalski Rossi Mensah Petrov Larsen Duarte Ahmed Fischer Holm Quist".split(" ");
const roles = ["mayor", "minister", "chief executive", "police spokesperson", "union representative", "head of the regional agency"];
const agencies = ["TT", "AP", "Reuters", "AFP", "NTB", "EPA", "Ritzau Scanpix", "Getty Images"];
const sections = ["world", "politics", "business", "science", "sport", "culture"];
const tagPool = "elections climate energy health transport housing education defence trade technology courts migration economy farming tourism".split(" ");
const reporters = ["Tom Haldane", "Marit Ellison", "Astrid Pennington", "Fiona Raeburn", "Karin Wester", "Jonas Berg", "Sara Okafor", "Lena Moreau"];

function generator(seed: number) {
  let state = seed >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  return { rand, pick, int };
}

type Piece =
  | { type: "paragraph" | "subhead"; text: string }
  | { type: "quote"; text: string; speaker: string; role: string; form: "name" | "role" | "pronoun" }
  | { type: "related"; links: { kicker: string; title: string; slug: string }[] }
  | { type: "image"; caption: string; credit: string; src: string }
  | { type: "list"; intro: string; items: string[] }
  | { type: "noise" };

export function* articles(options: CorpusOptions): Generator<{ path: string; text: string }> {
  const { pick, int } = generator(options.seed);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = () => {
    const n = int(8, 22);
    const ws = [`the ${pick(adjs)} ${pick(nouns)}`, pick(verbs), `the ${pick(nouns)}`];
    while (ws.length < n) ws.push(pick([pick(nouns), pick(adjs), "in", "of", "and", "after", "the", "on", pick(places), String(int(2, 2026))]));
    return `${cap(ws.join(" "))}.`;
  };
  const paragraph = (min = 2, max = 4) => Array.from({ length: int(min, max) }, sentence).join(" ");
  const headline = () => cap(`${pick(places)} ${pick(nouns)} ${pick(verbs)} ${pick(adjs)} ${pick(nouns)} plan`);
  for (let i = 1; i <= options.count; i++) {
    const format = options.format === "mixed" ? (i % 2 ? "md" : "txt") : options.format;
    const title = headline();
    const date = new Date(Date.UTC(2015, 0, 1) + int(0, 11 * 365) * 86400000 + int(0, 86399) * 1000);
    const section = pick(sections);
    const tags = [...new Set(Array.from({ length: int(1, 4) }, () => pick(tagPool)))];
    const author = pick(reporters);
    const lede = paragraph(2, 2);
    const body: Piece[] = [];
    let budget = options.words - lede.split(" ").length;
    let speaker = "";
    let role = "";
    while (budget > 0) {
      const roll = int(0, 99);
      if (roll < 8) body.push({ type: "subhead", text: cap(`${pick(adjs)} ${pick(nouns)} in ${pick(places)}`) });
      else if (roll < 26) {
        const named = !speaker || roll % 3 === 0;
        if (named) {
          speaker = `${pick(first)} ${pick(last)}`;
          role = pick(roles);
        }
        const form = named ? "name" : roll % 2 ? "role" : "pronoun";
        body.push({ type: "quote", text: sentence().slice(0, -1), speaker, role, form });
        budget -= 20;
      } else if (roll < 30) body.push({ type: "related", links: Array.from({ length: int(2, 3) }, () => ({ kicker: cap(pick(nouns)), title: headline(), slug: `story-${String(int(1, options.count)).padStart(6, "0")}` })) });
      else if (roll < 33) body.push({ type: "image", caption: `${cap(pick(adjs))} ${pick(nouns)} in ${pick(places)}.`, credit: `${pick(first)} ${pick(last)}/${pick(agencies)}`, src: `https://images.example.com/${i}-${body.length}.jpg` });
      else if (roll < 36) body.push({ type: "list", intro: `The ${pick(nouns)} set out ${int(3, 5)} steps:`, items: Array.from({ length: int(3, 5) }, () => `${cap(pick(verbs))} the ${pick(adjs)} ${pick(nouns)}`) });
      else if (roll < 38) body.push({ type: "noise" });
      else {
        const p = paragraph();
        body.push({ type: "paragraph", text: p });
        budget -= p.split(" ").length;
      }
    }
    const name = `story-${String(i).padStart(6, "0")}`;
    const text = format === "md" ? toMarkdown({ title, date, section, tags, author, lede, body }) : toText({ title, date, author, lede, body });
    yield { path: join("content", section, `${name}.${format}`), text };
  }
}

interface Parts {
  title: string;
  date: Date;
  section?: string;
  tags?: string[];
  author: string;
  lede: string;
  body: Piece[];
}

const attribution = (q: Extract<Piece, { type: "quote" }>) =>
  q.form === "name" ? `said ${q.speaker}, ${q.role}` : q.form === "role" ? `the ${q.role} said` : "she said";

function toMarkdown(a: Parts): string {
  const lines = ["---", `title: ${JSON.stringify(a.title)}`, `date: ${a.date.toISOString()}`, `section: ${a.section}`, `tags: [${(a.tags ?? []).join(", ")}]`, `author: ${JSON.stringify(a.author)}`, "---", "", a.lede, ""];
  for (const b of a.body) {
    if (b.type === "subhead") lines.push(`## ${b.text}`, "");
    else if (b.type === "paragraph") lines.push(b.text, "");
    else if (b.type === "quote") lines.push(`> “${b.text},” ${attribution(b)}.`, "");
    else if (b.type === "related") lines.push("Read more:", "", ...b.links.map((l) => `- [${l.kicker}: ${l.title}](../${l.slug}/)`), "");
    else if (b.type === "image") lines.push(`![${b.caption}](${b.src} "${b.caption} Photo: ${b.credit}")`, "");
    else if (b.type === "list") lines.push(b.intro, "", ...b.items.map((item) => `- ${item}`), "");
  }
  return lines.join("\n");
}

function toText(a: Parts): string {
  const lines = [a.title, `By ${a.author}`, `Published ${a.date.toISOString().slice(0, 16).replace("T", " ")}`, "", a.lede, ""];
  for (const b of a.body) {
    if (b.type === "subhead" || b.type === "paragraph") lines.push(b.text, "");
    else if (b.type === "quote") lines.push(`– ${b.text}, ${attribution(b)}.`, "");
    else if (b.type === "related") lines.push("Related", ...b.links.map((l) => `  • ${l.kicker}: ${l.title}`), "");
    else if (b.type === "image") lines.push(`${b.caption} Photo: ${b.credit}`, "");
    else if (b.type === "list") lines.push(b.intro, ...b.items.map((item) => `• ${item}`), "");
    else lines.push("Advertisement", "");
  }
  return lines.join("\n");
}

/** Writes the corpus as a site folder. */
export function writeCorpus(options: CorpusOptions): void {
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, "site.yaml"), "title: Bench Times\nlanguage: en\nurl: https://bench.example.org/\ndescription: A synthetic newsroom\npage_size: 20\n");
  for (const { path, text } of articles(options)) {
    mkdirSync(join(options.out, path, ".."), { recursive: true });
    writeFileSync(join(options.out, path), text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: "string" }, count: { type: "string" }, format: { type: "string" }, seed: { type: "string" }, words: { type: "string" } } });
  const options: CorpusOptions = {
    out: values.out ?? "corpus",
    count: Number(values.count ?? 1000),
    format: (values.format ?? "md") as CorpusOptions["format"],
    seed: Number(values.seed ?? 1),
    words: Number(values.words ?? 600),
  };
  writeCorpus(options);
  console.log(`wrote ${options.count} ${options.format} articles to ${options.out}`);
}
