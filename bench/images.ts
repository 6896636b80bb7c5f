/**
 * `npm run bench:images`: what responsive images cost and save. A corpus of articles (bench/gen-corpus.ts),
 * each with a photo next to it, is built cold and warm, and so is the same corpus without the
 * photos: the difference is the time images add. Bytes: the originals against what a phone
 * (the 800-pixel WebP) and a wide screen (the largest WebP) load.
 *
 *   npm run bench:images [-- --count 200 --width 2400]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { writeCorpus } from "./gen-corpus.js";
import { measureBuild, type BuildMeasure } from "./measure-build.js";

const { values } = parseArgs({ options: { count: { type: "string" }, width: { type: "string" } } });
const count = Number(values.count ?? 200);
const width = Number(values.width ?? 2400);
const height = Math.round((width * 2) / 3);
const cache = join(import.meta.dirname, "..", "node_modules", ".cache", "galley-bench");

/** A photo-like JPEG (gradients and grain, different for each `seed`), as a camera or a wire service sends it. */
async function photo(seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const grain = ((x * 7919 + y * 104729 + seed * 31) % 17) - 8;
      raw[i] = (255 * ((x + seed * 97) % width)) / width + grain;
      raw[i + 1] = (255 * y) / height + grain;
      raw[i + 2] = ((seed * 53) % 200) + grain;
    }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 }).toBuffer();
}

/** The corpus with a photo next to every Markdown article (`photos`), or the same corpus without them. */
async function corpus(photos: boolean): Promise<string> {
  const dir = join(cache, `images-${photos ? "with" : "without"}-${count}-${width}`);
  if (existsSync(join(dir, "site.yaml"))) return dir;
  writeCorpus({ out: dir, count, format: "md", seed: 1, words: 600 });
  if (!photos) return dir;
  const files = readdirSync(join(dir, "content"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort();
  for (const [i, file] of files.entries()) {
    const path = join(dir, "content", file);
    const name = `photo-${i}.jpg`;
    writeFileSync(join(path, "..", name), await photo(i));
    writeFileSync(path, `${readFileSync(path, "utf8").trimEnd()}\n\n![A photo for the story](./${name} "What the photo shows. Photo: Bench Desk")\n`);
  }
  return dir;
}

function cold(site: string): BuildMeasure {
  rmSync(join(site, ".galley-cache"), { recursive: true, force: true });
  rmSync(join(site, "dist"), { recursive: true, force: true });
  return measureBuild(site);
}

const bytesOf = (dir: string, test: (name: string) => boolean) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(test).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

mkdirSync(cache, { recursive: true });
const without = await corpus(false);
const withPhotos = await corpus(true);
const base = { cold: cold(without), warm: measureBuild(without) };
const images = { cold: cold(withPhotos), warm: measureBuild(withPhotos) };
const dist = join(withPhotos, "dist");
const originals = bytesOf(join(withPhotos, "content"), (f) => /photo-\d+\.jpg$/.test(f));
const phone = bytesOf(dist, (f) => /photo-\d+-800w\.webp$/.test(f));
const largest = Math.min(width, 1600);
const wide = bytesOf(dist, (f) => new RegExp(`photo-\\d+-${largest}w\\.webp$`).test(f));
const lines = [
  `images: ${count} articles with a ${width}×${height} JPEG each (default settings: WebP and JPEG at 480/800/1200/1600, three social crops)`,
  `  cold build: ${seconds(images.cold.ms)} wall, ${seconds(images.cold.cpuMs)} CPU; without the photos ${seconds(base.cold.ms)} wall, ${seconds(base.cold.cpuMs)} CPU: images add ${seconds(images.cold.ms - base.cold.ms)} wall (${((images.cold.ms - base.cold.ms) / count).toFixed(0)} ms per image)`,
  `  warm build: ${seconds(images.warm.ms)} wall; without the photos ${seconds(base.warm.ms)}: images add ${seconds(images.warm.ms - base.warm.ms)} (no image work: the cache)`,
  `  bytes: originals ${mb(originals)}; a phone loads the 800w WebP, ${mb(phone)} (${((1 - phone / originals) * 100).toFixed(0)}% less); a wide screen the ${largest}w WebP, ${mb(wide)} (${((1 - wide / originals) * 100).toFixed(0)}% less)`,
];
console.log(lines.join("\n"));
