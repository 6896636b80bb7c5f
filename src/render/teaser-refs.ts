/**
 * Teasers sent to a render thread once: the stories a page shows (its articles' summaries) go to
 * a worker the first time one of its pages shows them, and after that as a reference by slug.
 * A listing page shows 20 teasers and an article page the stories under it, so a build of 4,000
 * articles would copy some 40,000 summaries across threads; this way each goes to each worker
 * once. Both sides keep at most `tableSize` of them (a larger archive sends the rest whole), so a
 * worker's memory stays bounded. The page a worker renders is the same data either way.
 */
import type { ArticleSummary } from "../model/views.js";

/** What stands for a summary the worker already has. */
export interface TeaserRef {
  $teaser: string;
}

/** Summaries a worker keeps, at most. */
export const tableSize = 20_000;

const isSummary = (value: object): value is ArticleSummary => "slug" in value && "canonical" in value && "headline" in value && !("blocks" in value);
const isRef = (value: object): value is TeaserRef => "$teaser" in value;
/** Only plain objects and arrays are walked (page data is plain data; anything else goes as it is). */
const isPlain = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * `data` with every summary the worker knows (`known`, the slugs sent to it) as a reference; the
 * summaries it is sent now for the first time are added to `known` and to `fresh`.
 */
export function withRefs<T>(data: T, known: Set<string>, fresh: ArticleSummary[]): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object" || !isPlain(value)) return value;
    if (isSummary(value)) {
      if (known.has(value.slug)) return { $teaser: value.slug } satisfies TeaserRef;
      if (known.size >= tableSize) return value;
      known.add(value.slug);
      fresh.push(value);
      return { $teaser: value.slug } satisfies TeaserRef;
    }
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) copy[key] = walk(field);
    return copy;
  };
  return walk(data) as T;
}

/** `data` with its references replaced by the summaries of `table` (which first takes in `fresh`). */
export function resolveRefs<T>(data: T, table: Map<string, ArticleSummary>, fresh: readonly ArticleSummary[]): T {
  for (const summary of fresh) table.set(summary.slug, summary);
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object" || !isPlain(value)) return value;
    if (isRef(value)) {
      const summary = table.get(value.$teaser);
      if (!summary) throw new Error(`a page names the teaser of ${value.$teaser}, which this thread was never sent`);
      return summary;
    }
    if (isSummary(value)) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) copy[key] = walk(field);
    return copy;
  };
  return walk(data) as T;
}
