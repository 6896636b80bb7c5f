/**
 * Line fixes for plain-text articles: front matter `fix:` names lines (by number, as
 * `galley parse --explain` prints them, or by their text) and what each one is. The text parser
 * takes these as decisions made for it and reads the rest of the article around them:
 *
 *   fix: { 12: noise, 14: subhead, 20: "quote: Vladimir Putin", "Read the full report": noise }
 *
 * Header kinds (headline, kicker, byline, dateline) take their line out of the copy before it is
 * read and set the field; the others are decided where the parser decides each line's block.
 */
import type { Block, MediaBlock, RelatedBlock } from "../../model/article.js";
import type { Place } from "../../diagnostics.js";
import { textToHtml as paragraphHtml } from "../html.js";
import type { Lexicon } from "../lexicon/index.js";
import { readCaption, readLabelledCaption } from "./caption.js";
import { readDashQuote, readIntroducedQuote, readMarkQuote, type TextQuote } from "./quotes.js";
import { toLink } from "./related.js";
import { parseText, type ParseTextOptions, type TextParts, type TraceEntry } from "./parse-text.js";
import type { Unit } from "./units.js";

export const fixKinds = [
  "headline", "kicker", "byline", "dateline", "lede", "paragraph", "subhead", "quote", "related", "caption", "credit", "endnote", "noise",
] as const;
export type FixKind = (typeof fixKinds)[number];
const headerKinds = new Set<FixKind>(["headline", "kicker", "byline", "dateline"]);

export interface Fix {
  /** A source line number, or the text of the line. */
  target: number | string;
  kind: FixKind;
  /** `quote: NAME`: the speaker. */
  speaker?: string;
  /** Where the fix is written, for a message when it names no line. */
  place?: Place;
}

/** What the parser hands a fix to decide a line. */
export interface FixContext {
  units: Unit[];
  at: number;
  lex: Lexicon;
  add: (block: Block, line: number) => void;
  mark: (u: Unit, became: string) => void;
  pushQuote: (quote: TextQuote, at: number, u: Unit) => void;
  blocks: Block[];
  trace: TraceEntry[];
}

/** The fixes of one article, as the text parser sees them. */
export interface LineFixes {
  /** Whether a fix names this unit (the header reader then leaves it alone). */
  has: (u: Unit) => boolean;
  /** `true` for a unit fixed as noise, `false` for one fixed as anything else, `undefined` when none. */
  dropped: (u: Unit) => boolean | undefined;
  /** Decides the unit at `context.at` when a fix names it: adds its block, returns the next index. */
  decide: (context: FixContext) => number | null;
  /** The paragraph a `lede` fix made, once read. */
  lede: Block | null;
}

/**
 * Reads front matter `fix:` (a mapping of line number or line text to kind). Problems are
 * reported through `report` at the entry's place and the entry is left out.
 */
export function readFixes(value: unknown, placeOf: (key: string) => Place | undefined, report: (reason: string, place: Place | undefined) => void): Fix[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== "object" || Array.isArray(value)) {
    report("`fix` must be a mapping of line numbers or line texts to what the line is, such as `fix: { 12: noise, 14: subhead }`", placeOf("fix"));
    return [];
  }
  const fixes: Fix[] = [];
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const place = placeOf(key) ?? placeOf("fix");
    const target = /^\d+$/u.test(key) ? Number(key) : key.replace(/\s+/gu, " ").trim();
    let kind: string | undefined;
    let speaker: string | undefined;
    if (typeof raw === "string") {
      const match = /^\s*([a-z]+)\s*(?::\s*(.+))?$/iu.exec(raw);
      kind = match?.[1]?.toLowerCase();
      speaker = match?.[2]?.trim();
    } else if (raw && typeof raw === "object" && !Array.isArray(raw) && Object.keys(raw).length === 1 && Object.hasOwn(raw, "quote")) {
      kind = "quote";
      speaker = String((raw as { quote: unknown }).quote ?? "").trim() || undefined;
    }
    if (!kind || !(fixKinds as readonly string[]).includes(kind) || (speaker !== undefined && kind !== "quote")) {
      report(`fix \`${key}\`: \`${typeof raw === "string" ? raw : JSON.stringify(raw)}\` is not one of ${fixKinds.join(", ")} (or \`quote: NAME\`)`, place);
      continue;
    }
    fixes.push({ target, kind: kind as FixKind, ...(speaker ? { speaker } : {}), ...(place ? { place } : {}) });
  }
  return fixes;
}

/**
 * Where each entry of `fix:` is written: the line of the front matter holding its key (found
 * from the `fix` field's own place), so a message points at the entry.
 */
export function fixPlaces(source: string, placeOf: (key: string, part?: "key" | "value") => Place | undefined): (key: string) => Place | undefined {
  const start = placeOf("fix", "key");
  if (!start) return () => undefined;
  const lines = source.split("\n");
  return (key) => {
    if (key === "fix") return start;
    const pattern = /^\d+$/u.test(key) ? new RegExp(`(^|[\\s{,])${key}\\s*:`, "u") : null;
    for (let i = start.line - 1; i < lines.length && lines[i] !== "---"; i++) {
      const line = lines[i] ?? "";
      const found = pattern ? pattern.exec(line) : null;
      const column = pattern ? (found ? found.index + (found[1]?.length ?? 0) : -1) : line.indexOf(key);
      const quoted = column > 0 && /["']/u.test(line[column - 1] ?? "") ? column - 1 : column;
      if (column >= 0) return { line: i + 1, column: quoted + 1 };
    }
    return start;
  };
}

const fold = (s: string) => s.replace(/\s+/gu, " ").trim();

/**
 * The source with the lines of header fixes taken out (blank lines keep the numbering), and the
 * header fields they give. `firstLine` is the source line of the text's first line.
 */
export function takeHeaderLines(source: string, fixes: Fix[], firstLine: number): { source: string; header: Partial<Record<"headline" | "kicker" | "byline" | "dateline", string>>; used: Map<Fix, number> } {
  const lines = source.split("\n");
  const header: Partial<Record<"headline" | "kicker" | "byline" | "dateline", string>> = {};
  const used = new Map<Fix, number>();
  for (const fix of fixes.filter((f) => headerKinds.has(f.kind))) {
    const index = typeof fix.target === "number" ? fix.target - firstLine : lines.findIndex((l) => fold(l.replace(/^[•·*]\s+/u, "")) === fix.target);
    const text = index >= 0 ? fold((lines[index] ?? "").replace(/^[•·*]\s+/u, "")) : "";
    if (!text) continue;
    const kind = fix.kind as "headline" | "kicker" | "byline" | "dateline";
    header[kind] = header[kind] ? `${header[kind]} · ${text}` : text;
    lines[index] = "";
    used.set(fix, index + firstLine);
  }
  return { source: lines.join("\n"), header, used };
}

/** The parser's view of the body fixes; `used` collects the fixes that found their line. */
export function lineFixes(fixes: Fix[], used: Map<Fix, number>): LineFixes {
  const body = fixes.filter((f) => !headerKinds.has(f.kind));
  const found = new Map<Unit, Fix>();
  const fixOf = (u: Unit): Fix | undefined => {
    if (found.has(u)) return found.get(u);
    const fix = body.find((f) => (typeof f.target === "number" ? f.target === u.line : fold(u.text) === f.target || fold(u.text).startsWith(`${f.target} `)));
    if (fix && !used.has(fix)) used.set(fix, u.line);
    found.set(u, fix as Fix);
    return fix;
  };
  const state: LineFixes = {
    has: (u) => fixOf(u) !== undefined,
    dropped: (u) => {
      const fix = fixOf(u);
      return fix === undefined ? undefined : fix.kind === "noise";
    },
    decide: (context) => {
      const u = context.units[context.at];
      const fix = u ? fixOf(u) : undefined;
      if (!u || !fix) return null;
      return decide(fix, u, context, fixOf, state);
    },
    lede: null,
  };
  return state;
}

function decide(fix: Fix, u: Unit, context: FixContext, fixOf: (u: Unit) => Fix | undefined, state: LineFixes): number {
  const { units, at, lex, add, mark } = context;
  // a run of lines fixed alike makes one box or one figure
  const run = (kinds: FixKind[]) => {
    let end = at + 1;
    while (end < units.length && kinds.includes(fixOf(units[end] as Unit)?.kind as FixKind)) end++;
    return units.slice(at, end);
  };
  switch (fix.kind) {
    case "noise":
      mark(u, "noise");
      return at + 1;
    case "lede":
    case "paragraph": {
      const block: Block = { type: "paragraph", text: u.text, html: paragraphHtml(u.text) };
      add(block, u.line);
      if (fix.kind === "lede" && state.lede === null) state.lede = block;
      mark(u, "paragraph");
      return at + 1;
    }
    case "subhead":
      add({ type: "subhead", text: u.text }, u.line);
      mark(u, "subhead");
      return at + 1;
    case "endnote":
      add({ type: "endnote", text: u.text }, u.line);
      mark(u, "endnote");
      return at + 1;
    case "quote": {
      const read: TextQuote = readDashQuote(u.text, lex) ?? readMarkQuote(u.text, lex) ?? readIntroducedQuote(u.text, lex) ?? { text: u.text, attribution: null, subject: null };
      context.pushQuote(read, at, u);
      const block = context.blocks.at(-1);
      const entry = context.trace.at(-1);
      if (fix.speaker && block?.type === "quote") {
        block.speaker = fix.speaker;
        if (entry) entry.became = `quote (speaker: ${fix.speaker})`;
      }
      return at + 1;
    }
    case "related": {
      const lines = run(["related"]);
      const title = lines.length > 1 ? (lines[0] as Unit).text.replace(/:$/u, "") : null;
      const links = (title === null ? lines : lines.slice(1)).map((l) => toLink(l.text));
      const block: RelatedBlock = { type: "related", title, text: lines.map((l) => l.text).join("\n"), links };
      add(block, u.line);
      lines.forEach((l, k) => mark(l, k === 0 && title !== null ? "related (title)" : "related link"));
      return at + lines.length;
    }
    case "caption":
    case "credit": {
      const lines = run(["caption", "credit"]);
      let caption: string | null = null;
      let credit: string | null = null;
      for (const line of lines) {
        const read = readCaption(line.text, lex);
        if (fixOf(line)?.kind === "credit") credit = [credit, read && read.caption === null ? read.credit : line.text].filter(Boolean).join(" ") || null;
        else {
          const text = read ? (read.caption ?? "") : line.text;
          caption = [caption, readLabelledCaption(text, lex) ?? text].filter(Boolean).join(" ") || null;
          if (read) credit = [credit, read.credit].filter(Boolean).join(" ") || null;
        }
      }
      const block: MediaBlock = { type: "media", kind: /^video\b/iu.test(u.text) ? "video" : "image", text: lines.map((l) => l.text).join("\n"), src: null, alt: null, caption, credit };
      add(block, u.line);
      for (const line of lines) mark(line, `media (${block.kind})`);
      return at + lines.length;
    }
    default:
      return null as never;
  }
}

/** Header fields of fixes, set over what the parser found (joined, so no printed word is lost). */
export function applyHeader(parts: TextParts, header: ReturnType<typeof takeHeaderLines>["header"], bylinePrefixes: readonly string[]): TextParts {
  const join = (fixed: string | undefined, found: string | null) => (fixed === undefined ? found : found && found !== fixed ? `${fixed} · ${found}` : fixed);
  const author = header.byline ? bylinePrefixes.reduce((name, p) => (name.startsWith(`${p} `) ? name.slice(p.length + 1) : name), header.byline.split(" · ")[0] ?? "").trim() : null;
  return {
    ...parts,
    headline: header.headline ?? parts.headline,
    kicker: join(header.kicker, parts.kicker),
    byline: join(header.byline, parts.byline),
    author: parts.author ?? author,
    dateline: join(header.dateline, parts.dateline),
  };
}

/** What a line fixed as `kind` shows in the trace. */
const traceLabel: Record<FixKind, string> = {
  headline: "headline", kicker: "kicker", byline: "byline", dateline: "dateline", lede: "lede", paragraph: "paragraph", subhead: "subhead",
  quote: "quote", related: "related", caption: "media", credit: "media", endnote: "endnote", noise: "noise",
};

/**
 * Reads plain text with `fixes` applied: header lines taken out and set, the others decided where
 * the parser decides each line. `problem` is told about each fix that named no line, or whose line
 * was read as part of a block that started above it.
 */
export function parseTextWithFixes(source: string, options: ParseTextOptions, fixes: Fix[], problem: (fix: Fix, reason: string) => void): TextParts {
  if (fixes.length === 0) return parseText(source, options);
  const firstLine = options.firstLine ?? 1;
  const taken = takeHeaderLines(source, fixes, firstLine);
  const used = taken.used;
  const hooks = lineFixes(fixes, used);
  const parts = parseText(taken.source, { ...options, headline: options.headline ?? taken.header.headline ?? null, fixes: hooks });
  const result = applyHeader(parts, taken.header, options.lex.bylinePrefixes);
  // the trace shows the header lines where they are, and the lede a fix chose
  const lines = source.split("\n");
  const trace = [...result.trace];
  for (const [fix, line] of used) {
    if (headerKinds.has(fix.kind)) trace.push({ line, text: fold((lines[line - firstLine] ?? "").replace(/^[•·*]\s+/u, "")), became: fix.kind });
  }
  if (hooks.lede) {
    const line = parts.lines.get(hooks.lede);
    for (const entry of trace) {
      if (entry.became.startsWith("lede")) entry.became = "paragraph";
      if (entry.line === line) entry.became = parts.dateline ? `lede (dateline: ${parts.dateline})` : "lede";
    }
  }
  trace.sort((a, b) => a.line - b.line);
  for (const fix of fixes) {
    const line = used.get(fix);
    if (line === undefined) {
      problem(fix, `fix \`${fix.target}\` names no line of the article`);
      continue;
    }
    const became = trace.find((t) => t.line === line)?.became ?? "";
    if (!became.startsWith(traceLabel[fix.kind]) && !(fix.kind === "paragraph" && became.startsWith("lede"))) {
      problem(fix, `fix \`${fix.target}\`: line ${line} was read as ${became || "part of the block above it"}, not ${fix.kind}: fix the line where that block starts too`);
    }
  }
  return { ...result, trace };
}
