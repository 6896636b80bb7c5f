/**
 * Picture and video captions: a line that ends in a credit ("… Photo: SVT/EPA",
 * "… (AP Photo/Evan Vucci)", "… REUTERS/Mike Blake", "… © AFP").
 */
import type { Lexicon } from "../lexicon/index.js";

export interface Caption {
  caption: string | null;
  credit: string;
}

const agencies = "REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|TT|NTB|SCANPIX|Scanpix|Ritzau Scanpix|GETTY IMAGES|Getty Images|ANP|DPA|dpa|ANSA|Lehtikuva|XINHUA|Xinhua";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isShortCredit = (credit: string) => credit.length <= 70 && credit.split(/\s+/).length <= 9;
const clean = (s: string) => s.trim().replace(/^[–—-]\s*/, "") || null;

/** A caption behind a screen-reader label ("Image caption, Protesters …"): the caption, or null. */
export function readLabelledCaption(text: string, lex: Lexicon): string | null {
  const labels = lex.captionLabels.map(escape).join("|");
  const match = new RegExp(`^(?:${labels})\\s*[,:.]?\\s*(\\S.*)$`, "iu").exec(text);
  return match ? (match[1] ?? null) : null;
}

/** A lone credit label ("Credit", "Photo") whose credit is on the next line. */
export function isBareCreditLabel(text: string, lex: Lexicon): boolean {
  const bare = text.replace(/[\s:.…]+$/u, "");
  return lex.creditLabels.some((label) => label.toLowerCase() === bare.toLowerCase());
}

/** Reads a caption line, or returns null when `text` does not end in a credit. */
export function readCaption(text: string, lex: Lexicon): Caption | null {
  const labels = lex.creditLabels.map(escape).join("|");
  // a credit line of its own: "Image source, Getty Images", "Credit...Doug Mills/The New York Times"
  const creditLine = new RegExp(`^(?:${labels})\\s*(?:,|\\.{2,3}|…)\\s*(\\S.*)$`, "u").exec(text);
  if (creditLine && isShortCredit(creditLine[1] ?? "")) return { caption: null, credit: (creditLine[1] ?? "").trim() };
  // "… (AP Photo/Evan Vucci)", "… (Photo Prakash Mathema. AFP)"
  const parens = new RegExp(`^(.*?)\\s*\\(((?:(?:${agencies})\\s+)?(?:${labels})\\b[\\s/:]*([^()]+))\\)\\.?$`, "u").exec(text);
  if (parens && isShortCredit(parens[2] ?? "")) {
    const whole = (parens[2] ?? "").trim();
    const credit = new RegExp(`^(?:${labels})\\b`, "u").test(whole) ? (parens[3] ?? "").trim() : whole;
    return { caption: clean(parens[1] ?? ""), credit };
  }
  // "… Photo: SVT/EPA", "Foto: TT", "Photograph: Name/Agency"
  const labelled = new RegExp(`^(.*?)[\\s|]*(?<![\\p{L}])(?:${labels}|${labels.toUpperCase()})\\s*:\\s*(\\S.*?)\\.?$`, "u").exec(text);
  if (labelled && isShortCredit(labelled[2] ?? "") && !/[.!?]\s+\p{Lu}/u.test(labelled[2] ?? "")) {
    return { caption: clean(labelled[1] ?? ""), credit: (labelled[2] ?? "").trim() };
  }
  // "… REUTERS/Mike Blake"
  const slash = new RegExp(`^(.*?)\\s*\\b((?:${agencies})\\s*/\\s*[\\p{L}\\p{M} .'-]+?)\\.?$`, "u").exec(text);
  if (slash && isShortCredit(slash[2] ?? "")) return { caption: clean(slash[1] ?? ""), credit: (slash[2] ?? "").trim() };
  // "… le 28 janvier 2025. JULIEN MORVAN / AFP": a photographer and agency after the caption's last sentence
  const trailing = new RegExp(`^(.*?[.!?)])\\s+(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}\\s*/\\s*(?:${agencies}|\\p{Lu}[\\p{L}\\p{M}-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}-]+)?))$`, "u").exec(text);
  if (trailing && isShortCredit(trailing[2] ?? "")) return { caption: clean(trailing[1] ?? ""), credit: (trailing[2] ?? "").trim() };
  // "… © Agency"
  const copyright = /^(.*?)\s*©\s*([^©]+?)\.?$/u.exec(text);
  if (copyright && isShortCredit(copyright[2] ?? "")) return { caption: clean(copyright[1] ?? ""), credit: (copyright[2] ?? "").trim() };
  return null;
}
