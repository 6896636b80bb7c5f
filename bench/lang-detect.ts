/**
 * Compares language detectors from npm on short news text, the way Galley uses them: once per
 * article on a bounded sample of its prose (src/parse/lang/sample.ts), and on headline-length
 * and paragraph-length texts written for this (bench/lang-samples.ts).
 *
 *   npm i --no-save franc@6 franc-min@6 franc-all@7 tinyld@1 eld@2 lande@1 cld3-asm@4
 *   node --import tsx bench/lang-detect.ts [CORPUS_DIR ...]
 *
 * CORPUS_DIR holds NAME.txt + NAME.expected.json pairs (`language` is the answer); default:
 * tests/fixtures. Candidates that are not installed are skipped. Prints accuracy per set, the
 * installed size of each package and the time per detection.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { languageSample } from "../src/parse/lang/sample.js";
import { langSamples } from "./lang-samples.js";

type Detect = (text: string) => string | Promise<string>;
const primary = (tag: string) => {
  if (!tag || tag === "und") return "und";
  let lang: string;
  try {
    lang = new Intl.Locale(tag).language;
  } catch {
    lang = tag;
  }
  return lang.replace(/^(nb|nn)$/, "no").replace(/^(cmn)$/, "zh");
};

const candidates: Record<string, () => Promise<Detect>> = {
  "franc-min": async () => {
    const { franc } = await import("franc-min" as string);
    return (t) => franc(t, { minLength: 3 });
  },
  franc: async () => {
    const { franc } = await import("franc" as string);
    return (t) => franc(t, { minLength: 3 });
  },
  "franc-all": async () => {
    const { franc } = await import("franc-all" as string);
    return (t) => franc(t, { minLength: 3 });
  },
  "tinyld (normal)": async () => {
    const { detect } = await import("tinyld" as string);
    return (t) => detect(t);
  },
  "tinyld (light)": async () => {
    const { detect } = await import("tinyld/light" as string);
    return (t) => detect(t);
  },
  "eld (small)": async () => {
    const { eld } = await import("eld/small" as string);
    return (t) => eld.detect(t).language;
  },
  "eld (extrasmall)": async () => {
    const { eld } = await import("eld/extrasmall" as string);
    return (t) => eld.detect(t).language;
  },
  "eld (medium)": async () => {
    const { eld } = await import("eld/medium" as string);
    return (t) => eld.detect(t).language;
  },
  "eld (large)": async () => {
    const { eld } = await import("eld/large" as string);
    return (t) => eld.detect(t).language;
  },
  lande: async () => {
    const { default: lande } = await import("lande" as string);
    return (t) => lande(t)[0]?.[0] ?? "und";
  },
  "cld3-asm": async () => {
    const { loadModule } = await import("cld3-asm" as string);
    const cld = await loadModule();
    const finder = cld.create(0, 2000);
    return (t) => {
      const r = finder.findLanguage(t);
      return r.is_reliable || r.probability > 0.5 ? r.language : "und";
    };
  },
};

interface Item {
  set: string;
  lang: string;
  text: string;
}

function corpusItems(dir: string): Item[] {
  const items: Item[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".expected.json")).sort()) {
    const want = JSON.parse(readFileSync(join(dir, f), "utf8")) as { language?: string; headline?: string };
    if (!want.language) continue;
    const text = readFileSync(join(dir, f.replace(/\.expected\.json$/, ".txt")), "utf8");
    items.push({ set: `${dir} (article sample)`, lang: primary(want.language), text: languageSample(text) });
    if (want.headline) items.push({ set: `${dir} (headline)`, lang: primary(want.language), text: want.headline });
  }
  return items;
}

/** Installed size of a package (eld counts only the data file it loads). */
function packageSize(name: string): string {
  const dir = name.startsWith("eld (") ? join("node_modules/eld/src/ngrams", `${/\((\w+)\)/.exec(name)?.[1]}.js`) : join("node_modules", name.split(" ")[0] as string);
  if (!existsSync(dir)) return "?";
  if (statSync(dir).isFile()) return `${(statSync(dir).size / 1024).toFixed(0)} KiB (data)`;
  let total = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else total += statSync(p).size;
    }
  };
  walk(dir);
  return `${(total / 1024).toFixed(0)} KiB`;
}

const dirs = process.argv.slice(2);
const items: Item[] = [
  ...(dirs.length > 0 ? dirs : ["tests/fixtures"]).flatMap(corpusItems),
  ...langSamples.map((s) => ({ set: "written samples (headline)", lang: s.lang, text: s.headline })),
  ...langSamples.map((s) => ({ set: "written samples (paragraph)", lang: s.lang, text: s.paragraph })),
];
const sets = [...new Set(items.map((i) => i.set))];

console.log(`| detector | ${sets.map((s) => `${s} (n=${items.filter((i) => i.set === s).length})`).join(" | ")} | size | µs/text |`);
console.log(`| --- | ${sets.map(() => "---").join(" | ")} | --- | --- |`);
for (const [name, load] of Object.entries(candidates)) {
  let detect: Detect;
  try {
    detect = await load();
  } catch {
    console.log(`| ${name} | ${sets.map(() => "not installed").join(" | ")} | | |`);
    continue;
  }
  const wrong: string[] = [];
  const right = new Map<string, number>();
  await detect("warm up the detector once before timing it");
  const start = performance.now();
  for (const item of items) {
    const got = primary(await detect(item.text));
    if (got === item.lang) right.set(item.set, (right.get(item.set) ?? 0) + 1);
    else wrong.push(`${item.lang}→${got}`);
  }
  const us = ((performance.now() - start) * 1000) / items.length;
  console.log(`| ${name} | ${sets.map((s) => `${right.get(s) ?? 0}/${items.filter((i) => i.set === s).length}`).join(" | ")} | ${packageSize(name)} | ${us.toFixed(0)} |`);
  if (process.env.VERBOSE) console.log(`  wrong: ${wrong.join(" ")}`);
}
