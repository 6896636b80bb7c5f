/**
 * `npm run bench:images`: what responsive images cost and save. A corpus of articles (bench/gen-corpus.ts),
 * each with a photo next to it, is built cold and warm, and so is the same corpus without the
 * photos, `--runs` times in alternation: the difference of the medians is the time images add
 * (wall, and CPU = user + system of the build's process, all threads). Bytes: the originals
 * against what a phone (the 800-pixel WebP) and a wide screen (the largest WebP) load; and on
 * the sample site, what headless Chromium actually downloads for each page's images at 390 and
 * 1280 CSS pixels against the originals the same images were before (`--sample-only` for that alone).
 *
 *   npm run bench:images [-- --count 200 --width 2400 --runs 3]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { writeCorpus } from "./gen-corpus.js";
import { measureBuild, type BuildMeasure } from "./measure-build.js";

const { values } = parseArgs({ options: { count: { type: "string" }, width: { type: "string" }, runs: { type: "string" }, "sample-only": { type: "boolean" } } });
const count = Number(values.count ?? 200);
const runs = Number(values.runs ?? 3);
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

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const ms = (list: BuildMeasure[]) => ({ wall: median(list.map((m) => m.ms)), cpu: median(list.map((m) => m.cpuMs)) });
const both = (m: { wall: number; cpu: number }) => `${seconds(m.wall)} wall, ${seconds(m.cpu)} CPU`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/**
 * The sample site (this repository) built, each page with a local raster image opened in headless
 * Chromium at a phone's and a wide screen's width, scrolled to the end so lazy images load: the
 * bytes of the images it downloads against the originals those images are made from.
 */
async function sampleBytes(): Promise<string[]> {
  const { sampleSite } = await import("../tests/helpers/sample-site.js");
  const { launchChromium, noChromium, staticHost } = await import("../tests/helpers/browser.js");
  if (noChromium) return [`sample site: skipped, ${noChromium}`];
  const { out, files } = await sampleSite();
  const pagesWithVariants = files.filter((f) => f.endsWith(".html") && /\ssrcset="/.test(readFileSync(f, "utf8"))).map((f) => f.slice(out.length + 1).split("\\").join("/"));
  const { server, origin } = await staticHost(out);
  const browser = await launchChromium();
  const lines = [`sample site: ${pagesWithVariants.length} page(s) with resized images (${pagesWithVariants.join(", ")}); images a page downloads in Chromium against the originals it would show without them`];
  try {
    for (const [label, viewport, scale] of [["390 px, 1×", { width: 390, height: 844 }, 1], ["390 px, 3× (a phone)", { width: 390, height: 844 }, 3], ["1280 px, 1×", { width: 1280, height: 900 }, 1], ["1280 px, 2×", { width: 1280, height: 900 }, 2]] as const) {
      let served = 0;
      let originals = 0;
      const detail: string[] = [];
      for (const path of pagesWithVariants) {
        const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
        const page = await context.newPage();
        const loaded: { url: string; bytes: number }[] = [];
        page.on("response", async (response) => {
          if (response.request().resourceType() !== "image") return;
          const body = await response.body().catch(() => Buffer.alloc(0));
          loaded.push({ url: decodeURIComponent(new URL(response.url()).pathname), bytes: body.length });
        });
        await page.goto(`${origin}/${path}`, { waitUntil: "load" });
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((done) => setTimeout(done, 50));
          }
        });
        await page.waitForLoadState("networkidle");
        // the original of each downloaded variant, next to it in dist/: name-800w.webp → name.jpg (or .png …)
        for (const { url, bytes } of loaded) {
          const variant = /^(.*)-\d+w\.(?:webp|avif|jpg|png)$/.exec(url);
          if (!variant) continue;
          const original = readdirSync(join(out, variant[1] as string, "..")).find((f) => f.startsWith(`${(variant[1] as string).split("/").at(-1)}.`) && !/-\d+w\./.test(f));
          if (!original) continue;
          served += bytes;
          originals += statSync(join(out, variant[1] as string, "..", original)).size;
          detail.push(`${url.split("/").at(-1)} ${kb(bytes)}`);
        }
        await context.close();
      }
      lines.push(`  at ${label}: ${kb(served)} of images served against ${kb(originals)} of originals (${((1 - served / originals) * 100).toFixed(1)}% less): ${detail.join(", ")}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return lines;
}

if (values["sample-only"]) {
  console.log((await sampleBytes()).join("\n"));
  process.exit(0);
}

mkdirSync(cache, { recursive: true });
const without = await corpus(false);
const withPhotos = await corpus(true);
const measured = { baseCold: [] as BuildMeasure[], baseWarm: [] as BuildMeasure[], cold: [] as BuildMeasure[], warm: [] as BuildMeasure[] };
const loads: number[] = [loadavg()[0] as number];
for (let run = 1; run <= runs; run++) {
  measured.baseCold.push(cold(without));
  measured.baseWarm.push(measureBuild(without));
  measured.cold.push(cold(withPhotos));
  const warm = measureBuild(withPhotos);
  measured.warm.push(warm);
  loads.push(loadavg()[0] as number);
  console.error(`run ${run}: without photos cold ${both({ wall: measured.baseCold.at(-1)!.ms, cpu: measured.baseCold.at(-1)!.cpuMs })}, warm ${both({ wall: measured.baseWarm.at(-1)!.ms, cpu: measured.baseWarm.at(-1)!.cpuMs })}; with photos cold ${both({ wall: measured.cold.at(-1)!.ms, cpu: measured.cold.at(-1)!.cpuMs })}, warm ${both({ wall: warm.ms, cpu: warm.cpuMs })} (${warm.changed} files changed); load ${(loadavg()[0] as number).toFixed(1)}`);
}
const base = { cold: ms(measured.baseCold), warm: ms(measured.baseWarm) };
const images = { cold: ms(measured.cold), warm: ms(measured.warm) };
const dist = join(withPhotos, "dist");
const originals = bytesOf(join(withPhotos, "content"), (f) => /photo-\d+\.jpg$/.test(f));
const phone = bytesOf(dist, (f) => /photo-\d+-800w\.webp$/.test(f));
const largest = Math.min(width, 1600);
const wide = bytesOf(dist, (f) => new RegExp(`photo-\\d+-${largest}w\\.webp$`).test(f));
const lines = [
  `images: ${count} articles with a ${width}×${height} JPEG each (default settings: WebP and JPEG at 480/800/1200/1600, three social crops); medians of ${runs} runs, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
  `  cold build: ${both(images.cold)}; without the photos ${both(base.cold)}: images add ${both({ wall: images.cold.wall - base.cold.wall, cpu: images.cold.cpu - base.cold.cpu })} (${((images.cold.cpu - base.cold.cpu) / count).toFixed(0)} ms CPU per image)`,
  `  warm build: ${both(images.warm)}; without the photos ${both(base.warm)}: images add ${both({ wall: images.warm.wall - base.warm.wall, cpu: images.warm.cpu - base.warm.cpu })} (no image work: the cache; files changed ${measured.warm.map((m) => m.changed).join("/")})`,
  `  bytes: originals ${mb(originals)}; a phone loads the 800w WebP, ${mb(phone)} (${((1 - phone / originals) * 100).toFixed(0)}% less); a wide screen the ${largest}w WebP, ${mb(wide)} (${((1 - wide / originals) * 100).toFixed(0)}% less)`,
  ...(await sampleBytes()),
];
console.log(lines.join("\n"));
