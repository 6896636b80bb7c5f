/**
 * Picture and video captions: a line that ends in a credit ("… Photo: SVT/EPA",
 * "… (AP Photo/Evan Vucci)", "… REUTERS/Mike Blake", "… © AFP").
 */
import { perLexicon, type Lexicon } from "../lexicon/index.js";

export interface Caption {
  caption: string | null;
  credit: string;
}

const agencies = "REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|TT|NTB|SCANPIX|Scanpix|Ritzau Scanpix|GETTY IMAGES|Getty Images|ANP|DPA|dpa|ANSA|Lehtikuva|XINHUA|Xinhua";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isShortCredit = (credit: string) => credit.length <= 70 && credit.split(/\s+/).length <= 9;
const clean = (s: string) => s.trim().replace(/^[–—-]\s*/, "") || null;

/** A caption behind a screen-reader label ("Image caption, Protesters …"): the caption, or null. */
const captionLabel = perLexicon((lex) => new RegExp(`^(?:${lex.captionLabels.map(escape).join("|")})\\s*[,:.]?\\s*(\\S.*)$`, "iu"));

export function readLabelledCaption(text: string, lex: Lexicon): string | null {
  const match = captionLabel(lex).exec(text);
  return match ? (match[1] ?? null) : null;
}

/** A lone credit label ("Credit", "Photo") whose credit is on the next line. */
export function isBareCreditLabel(text: string, lex: Lexicon): boolean {
  const bare = text.replace(/[\s:.…]+$/u, "").toLowerCase();
  return lowerCreditLabels(lex).has(bare);
}
const lowerCreditLabels = perLexicon((lex) => new Set(lex.creditLabels.map((label) => label.toLowerCase())));

/** Reads a caption line, or returns null when `text` does not end in a credit. */
const captionPatterns = perLexicon((lex) => {
  const labels = lex.creditLabels.map(escape).join("|");
  return {
    // a credit line of its own: "Image source, Getty Images", "Credit...Doug Mills/The New York Times"
    creditLine: new RegExp(`^(?:${labels})\\s*(?:,|\\.{2,3}|…)\\s*(\\S.*)$`, "u"),
    // "… (AP Photo/Evan Vucci)", "… (Photo Prakash Mathema. AFP)"
    parens: new RegExp(`^(.*?)\\s*\\(((?:(?:${agencies})\\s+)?(?:${labels})\\b[\\s/:]*([^()]+))\\)\\.?$`, "u"),
    startsWithLabel: new RegExp(`^(?:${labels})\\b`, "u"),
    // "… Photo: SVT/EPA", "Foto: TT", "Photograph: Name/Agency"
    labelled: new RegExp(`^(.*?)[\\s|]*(?<![\\p{L}])(?:${labels}|${labels.toUpperCase()})\\s*:\\s*(\\S.*?)\\.?$`, "u"),
    // "… REUTERS/Mike Blake"
    slash: new RegExp(`^(.*?)\\s*\\b((?:${agencies})\\s*/\\s*[\\p{L}\\p{M} .'-]+?)\\.?$`, "u"),
    // "… le 28 janvier 2025. JULIEN MORVAN / AFP": photographer and agency after the caption's last sentence
    trailing: new RegExp(`^(.*?[.!?)])\\s+(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}\\s*/\\s*(?:${agencies}|\\p{Lu}[\\p{L}\\p{M}-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}-]+)?))$`, "u"),
  };
});

/** Reads a caption line, or returns null when `text` does not end in a credit. */
export function readCaption(text: string, lex: Lexicon): Caption | null {
  const p = captionPatterns(lex);
  const creditLine = p.creditLine.exec(text);
  if (creditLine && isShortCredit(creditLine[1] ?? "")) return { caption: null, credit: (creditLine[1] ?? "").trim() };
  const parens = /\)\.?$/.test(text) ? p.parens.exec(text) : null;
  if (parens && isShortCredit(parens[2] ?? "")) {
    const whole = (parens[2] ?? "").trim();
    const credit = p.startsWithLabel.test(whole) ? (parens[3] ?? "").trim() : whole;
    return { caption: clean(parens[1] ?? ""), credit };
  }
  const labelled = text.includes(":") ? p.labelled.exec(text) : null;
  if (labelled && isShortCredit(labelled[2] ?? "") && !/[.!?]\s+\p{Lu}/u.test(labelled[2] ?? "")) {
    return { caption: clean(labelled[1] ?? ""), credit: (labelled[2] ?? "").trim() };
  }
  if (text.includes("/")) {
    const slash = p.slash.exec(text);
    if (slash && isShortCredit(slash[2] ?? "")) return { caption: clean(slash[1] ?? ""), credit: (slash[2] ?? "").trim() };
    const trailing = p.trailing.exec(text);
    if (trailing && isShortCredit(trailing[2] ?? "")) return { caption: clean(trailing[1] ?? ""), credit: (trailing[2] ?? "").trim() };
  }
  // "… © Agency"
  const copyright = text.includes("©") ? /^(.*?)\s*©\s*([^©]+?)\.?$/u.exec(text) : null;
  if (copyright && isShortCredit(copyright[2] ?? "")) return { caption: clean(copyright[1] ?? ""), credit: (copyright[2] ?? "").trim() };
  return null;
}
