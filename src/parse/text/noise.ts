/**
 * Page noise: lines a browser copy brings along that are not the article (share buttons,
 * "Advertisement", video placeholders, reading times). Dropped, never a content line.
 */
import type { Lexicon } from "../lexicon/index.js";

const key = (s: string) =>
  s
    .toLocaleLowerCase()
    .replace(/[\s:.…!]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();

/** Noise by shape rather than by phrase. */
const noisePatterns: RegExp[] = [
  /^\d+\s*(min|mins|minute|minutes|minuter|minutter|minuten|minuutin)\.?\s+(read|läsning|lesetid|læsetid|lesezeit|lecture)$/iu,
  /^(read|läsning|lesetid|lesezeit)\s*:?\s*\d+\s*min/iu,
  /^(slideshow|gallery|galleri|bildspel)\s*\(\s*\d+\s*(images?|photos?|bilder)\s*\)$/iu,
  /^(facebook|twitter|x|linkedin|whatsapp|messenger|e-?mail|mail|google\+|pinterest|reddit|print|imprimer|envoyer|partager|telegram|copy link)\s*:\s*\S*$/iu,
];

export interface NoiseTable {
  phrases: Set<string>;
  videoMarkers: Set<string>;
}

export function noiseTable(lex: Lexicon): NoiseTable {
  return { phrases: new Set(lex.noise.map(key)), videoMarkers: new Set(lex.videoMarkers.map(key)) };
}

/** Whether a whole line is page noise. */
export function isNoise(text: string, table: NoiseTable): boolean {
  const k = key(text);
  return table.phrases.has(k) || noisePatterns.some((p) => p.test(text.trim()));
}

/** Whether a noise line stands for an embedded video (so the next caption is a video's). */
export function isVideoMarker(text: string, table: NoiseTable): boolean {
  return table.videoMarkers.has(key(text));
}
