/** Annotated articles on disk (`NAME.txt` + `NAME.expected.json`), for `npm run fit` and `npm run eval`. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Annotation } from "../tests/helpers/score.js";
import { guessLanguages, mergeLexicons } from "../src/parse/lexicon/index.js";
import { examplesOf, type Example } from "../src/parse/lines/fit.js";

/** The lead's check set (PARSER.md): scored, never fitted on. */
export const CHECK_SET = new Set([
  "42-cbc-housing-market-slowdown", "45-mashable-square-mckelvey-qa", "51-euronews-merlu-extinction",
  "54-lavanguardia-incendio-almeria", "57-dutchitchannel-salesforce-aws", "61-srf-drusen-syrien-teilhabe",
  "64-nettavisen-damli-fodestue", "67-kommersant-putin-ibrahim-trony", "71-nikkangendai-fujitv-sports",
  "74-maeil-trump-bitcoin-2025", "76-bhaskar-samastipur-chori",
]);

export interface Annotated {
  name: string;
  path: string;
  text: string;
  want: Annotation & { language?: string };
}

export function readAnnotated(dir: string): Annotated[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && existsSync(join(dir, f.replace(/\.txt$/, ".expected.json"))))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ""),
      path: join(dir, f),
      text: readFileSync(join(dir, f), "utf8"),
      want: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".expected.json")), "utf8")),
    }));
}

/** The training examples of one article. */
export function examplesOfArticle(a: Annotated): Example[] {
  const lex = mergeLexicons([...(a.want.language ? [a.want.language] : []), ...guessLanguages(a.text), "en"]);
  return examplesOf(a.text, a.want.noise ?? [], lex);
}

/** Training articles: the corpus without the check set, then the project's own fixtures (no duplicates). */
export function trainingArticles(corpusDir: string, fixtureDirs: string[]): Annotated[] {
  const out = readAnnotated(corpusDir).filter((a) => !CHECK_SET.has(a.name));
  const seen = new Set(out.map((a) => a.name));
  for (const dir of fixtureDirs) for (const a of readAnnotated(dir)) if (!seen.has(a.name)) {
    seen.add(a.name);
    out.push(a);
  }
  return out;
}
