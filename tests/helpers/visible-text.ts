/**
 * The words a reader sees of an article page, and the words of a source text, as comparable
 * tokens: words and punctuation from Intl.Segmenter. Whitespace, bullets and dashes standing
 * alone (copy artifacts, or the separator the page puts after a dateline) are left aside.
 */

/** The visible text of the page's story (`<article class="story">`): hidden and interface-only elements left out. */
export function storyText(html: string, part: "story" | "story-body" = "story"): string {
  const start = html.indexOf(part === "story" ? '<article class="story"' : '<div class="story-body"');
  const end = html.indexOf(part === "story" ? "</article>" : '<footer class="story-footer"', start) >= 0 ? html.indexOf(part === "story" ? "</article>" : '<footer class="story-footer"', start) : html.indexOf("</article>", start);
  const story = html.slice(start, end);
  let text = "";
  let hidden = 0;
  const stack: boolean[] = [];
  const voids = new Set(["img", "br", "hr", "meta", "link", "input", "source", "wbr"]);
  for (const m of story.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      if (hidden === 0) text += m[4];
      continue;
    }
    const [, closing, name = "", attributes = ""] = m;
    if (voids.has(name.toLowerCase())) continue;
    if (closing) {
      if (stack.pop()) hidden--;
      text += " ";
      continue;
    }
    const hides = /class="[^"]*\bvisually-hidden\b|aria-hidden="true"|class="section-label"|\shidden\b|class="story-footer"/.test(attributes) || name === "script";
    stack.push(hides);
    if (hides) hidden++;
    text += " ";
  }
  return decode(text);
}

function decode(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) =>
    code[0] === "#" ? String.fromCodePoint(code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)) : (named[code] ?? whole),
  );
}

const segmenter = new Intl.Segmenter("und", { granularity: "word" });
const ignored = /^[\s•·*▪◦‣\-‐‒–—―]+$/u;

/** Words and punctuation marks of `text`, in order. */
export function tokens(text: string): string[] {
  return [...segmenter.segment(text.normalize("NFC"))].map((s) => s.segment.replace(/[\s\u2060\ufeff]/gu, "")).filter((t) => t !== "" && !ignored.test(t));
}

/** The first place two token lists differ, with some context, or null when they are the same. */
export function firstDifference(want: string[], got: string[]): string | null {
  const n = Math.min(want.length, got.length);
  let i = 0;
  while (i < n && want[i] === got[i]) i++;
  if (i === want.length && i === got.length) return null;
  const around = (list: string[]) => list.slice(Math.max(0, i - 8), i + 8).join(" ");
  return `token ${i}:\n  source: …${around(want)}…\n  page:   …${around(got)}…`;
}

/** Tokens the page lacks and tokens it adds, as counted multisets (a few of each). */
export function missingAndAdded(source: string[], page: string[]): string {
  const count = new Map<string, number>();
  for (const t of source) count.set(t, (count.get(t) ?? 0) + 1);
  for (const t of page) count.set(t, (count.get(t) ?? 0) - 1);
  const missing = [...count].filter(([, n]) => n > 0).map(([t, n]) => (n > 1 ? `${t}×${n}` : t));
  const added = [...count].filter(([, n]) => n < 0).map(([t, n]) => (n < -1 ? `${t}×${-n}` : t));
  return `missing [${missing.slice(0, 15).join(" ")}${missing.length > 15 ? " …" : ""}], added [${added.slice(0, 15).join(" ")}${added.length > 15 ? " …" : ""}]`;
}

/** Null when `part` is a subsequence of `whole` (in order, gaps allowed); else where it stops being one. */
export function notInOrder(part: string[], whole: string[]): string | null {
  let j = 0;
  for (let i = 0; i < part.length; i++) {
    while (j < whole.length && whole[j] !== part[i]) j++;
    if (j === whole.length) return `after …${part.slice(Math.max(0, i - 8), i).join(" ")}… comes ${part.slice(i, i + 8).join(" ")}`;
    j++;
  }
  return null;
}
