/**
 * The language an article is written in: first what its script alone tells (`languageOfScript`:
 * Hangul, Thai, Hebrew, kana, Persian letters …), then ELD (the `eld` package,
 * its extra-small n-gram data: 60 languages, the most accurate of the detectors compared in
 * bench/lang-detect.ts on short news text, and the fastest). Detected once per article, on a
 * bounded sample of its prose (`languageSample`), so the cost does not grow with the article;
 * then the languages ELD cannot name (Indonesian, Swahili …: `correctForUncovered`).
 */
import { eldDetector } from "./eld-table.js";
import { languageSample } from "./sample.js";
import { languageOfScript } from "./script.js";
import { correctForUncovered } from "./uncovered.js";

/** Fewer letters than this say too little to tell a language. */
const minLetters = 12;

/** The primary language subtag of `text` (`en`, `no`, `ja` …), or null when it cannot be told. */
export function detectLanguage(text: string): string | null {
  const byScript = languageOfScript(text);
  if (byScript) return byScript;
  const sample = languageSample(text);
  let letters = 0;
  for (const _ of sample.matchAll(/\p{L}/gu)) if (++letters >= minLetters) break;
  if (letters < minLetters) return null;
  const result = eldDetector().detect(sample);
  return correctForUncovered(sample, result.language && result.isReliable() ? result.language : null);
}

/**
 * The article's `lang`: front matter's tag, else the detected language, else the site's. Where
 * the detected language is the site's (`no` on an `nb-NO` site, `en` on `en-GB`), the site's
 * fuller tag is kept. Norwegian Bokmål and Nynorsk are one for the detector (`no`).
 */
export function articleLanguage(front: string | null, detected: string | null, site: string): string {
  if (front) return front;
  if (!detected) return site;
  const sitePrimary = site.toLowerCase().split("-")[0] ?? site;
  const same = (a: string, b: string) => a === b || (["no", "nb", "nn"].includes(a) && ["no", "nb", "nn"].includes(b));
  return same(detected, sitePrimary) ? site : detected;
}
