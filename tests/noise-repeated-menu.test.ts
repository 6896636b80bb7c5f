/**
 * The site's menu printed over the headline and again in the footer: the second print is the
 * page's, even in a story of short sentences that has no prose line of fifteen words (Turkish,
 * Indonesian: fewer, longer words), in a page pasted with a blank line between every line.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";

function verdicts(text: string, language: string): Map<string, string> {
  const { trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  const out = new Map<string, string>();
  for (const t of trace) out.set(t.text.trim(), t.became);
  return out;
}
const isNoise = (v: Map<string, string>, line: string) => (v.get(line) ?? "").startsWith("noise");

describe("a menu printed again under a story of short sentences is the page's", () => {
  const pages = [
    {
      language: "tr",
      menu: ["Gündem", "Ekonomi", "Spor", "Dünya"],
      head: ["Bursa'da yeni köprü trafiğe açıldı", "Mehmet Kaya", "04.03.2026 - 10:20"],
      body: ["Bursa'da nehir üzerindeki yeni köprü törenle açıldı.", "Köprü iki mahalleyi birbirine bağlıyor.", "Yapımı iki yıl sürdü."],
    },
    {
      language: "id",
      menu: ["Berita", "Ekonomi", "Olahraga", "Hiburan"],
      head: ["Pasar tradisional di Bandung direnovasi", "Dewi Lestari", "4 Maret 2026 10:20 WIB"],
      body: ["Pemerintah kota merenovasi pasar tradisional terbesar di Bandung.", "Para pedagang dipindahkan sementara ke lapangan parkir.", "Renovasi selesai akhir tahun."],
    },
  ];
  for (const p of pages) {
    it(`${p.language}: the footer's items are noise, the story's sentences are kept`, () => {
      const text = [...p.menu, ...p.head, ...p.body, ...p.menu].join("\n\n");
      const v = verdicts(text, p.language);
      for (const item of p.menu) assert.ok(isNoise(v, item), `${item} → ${v.get(item)}`);
      for (const line of p.body) assert.ok(!isNoise(v, line), line);
    });
  }
});
