/**
 * One local image made ready for the web with sharp: resized variants in modern formats and the
 * original format (`srcset` candidates), and 1200-pixel social crops (16:9, 4:3, 1:1) for
 * og:image and structured data. Results are kept in `.galley-cache/images/<key>/`, keyed by the
 * image's bytes, the settings and sharp's version: a warm build reads a small manifest and does
 * no image work (src/images/source-index.ts finds the entry without reading the original). sharp runs on libuv's threads, so the main thread is never blocked by it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeVersions } from "../load/versions.js";
import type { ImageSettings } from "../model/site.js";

/** One `srcset` candidate: a file in the cache entry and its pixel size. */
export interface Variant {
  /** The name inside the cache entry and the suffix of the name in the site: `800w.webp`. */
  name: string;
  width: number;
  height: number;
}

/** The variants of one format: `image/webp` and its candidates, smallest first. */
export interface VariantSet {
  type: string;
  variants: Variant[];
}

export interface SocialCrop extends Variant {
  /** `16x9`, `4x3` or `1x1`. */
  ratio: string;
}

/** What a processed image has: its size, the variants by format (modern first, the fallback last), its social crops. */
export interface ProcessedImage {
  width: number;
  height: number;
  sets: VariantSet[];
  social: SocialCrop[];
}

export interface ImageJob {
  bytes: Uint8Array;
  /** `raster`: variants and (when `social`) crops; `svg`: the crops only (the SVG itself is shown as is). */
  kind: "raster" | "svg";
  social: boolean;
  settings: ImageSettings;
  /** `.galley-cache/images` (or a temporary folder when the build runs without the cache). */
  cacheDir: string;
}

/** Bumped when what this module makes changes, so old cache entries are not reused. */
const recipe = 1;
const socialWidth = 1200;
const ratios: [string, number, number][] = [["16x9", 16, 9], ["4x3", 4, 3], ["1x1", 1, 1]];
const mime: Record<string, string> = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg", png: "image/png" };

type Sharp = typeof import("sharp");
let loaded: Promise<Sharp> | null = null;
/** sharp is loaded on first use: a site without images never pays for its native library. */
const sharpModule = (): Promise<Sharp> => (loaded ??= import("sharp").then((m) => (m.default ?? m) as unknown as Sharp));

/** sharp's version as installed (its prebuilt libvips comes with it), read without loading the native library: a warm build never loads it. */
const versionOfSharp = (): string => codeVersions().match(/(?:^| )(sharp@\S+)/)?.[1] ?? "sharp@?";

/** A folder for processed images when a build runs without the cache: removed when the build is done, or at the latest when the process exits. */
export function temporaryImageDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "galley-images-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Images processed with sharp in this process (not taken from the cache), and originals read and hashed to find their cache entry: tests and the bench count them. */
export const imageWork = { processed: 0, cached: 0, hashed: 0 };

/** What, besides the bytes, decides the processed files: the recipe, the settings that apply and sharp's version. */
export function recipeOf(job: Omit<ImageJob, "cacheDir" | "bytes">): string {
  return JSON.stringify({ recipe, kind: job.kind, social: job.social, widths: job.kind === "raster" ? job.settings.widths : [], formats: job.kind === "raster" ? job.settings.formats : [], quality: job.settings.quality, sharp: versionOfSharp() });
}

/** The cache entry's folder for `job`: a hash of its bytes, settings and sharp's version. */
export async function cacheEntry(job: Omit<ImageJob, "cacheDir">): Promise<string> {
  imageWork.hashed++;
  const hash = createHash("sha256");
  hash.update(job.bytes);
  hash.update(recipeOf(job));
  return hash.digest("hex").slice(0, 32);
}

/** The processed image kept in cache entry `entry`, or null when it is missing, incomplete or damaged. */
export function cachedImage(cacheDir: string, entry: string): { image: ProcessedImage; dir: string } | null {
  const dir = join(cacheDir, entry);
  const manifest = join(dir, "image.json");
  if (!existsSync(manifest)) return null;
  try {
    const image = JSON.parse(readFileSync(manifest, "utf8")) as ProcessedImage;
    if (image.sets.every((s) => s.variants.every((v) => existsSync(join(dir, v.name)))) && image.social.every((c) => existsSync(join(dir, c.name)))) {
      imageWork.cached++;
      return { image, dir };
    }
  } catch {
    // a damaged entry is made again
  }
  return null;
}

/** The processed image for `job`, from the cache or made now, and its cache entry. Throws when sharp cannot read the bytes as an image. */
export async function processImage(job: ImageJob): Promise<{ image: ProcessedImage; dir: string; entry: string }> {
  const entry = await cacheEntry(job);
  const dir = join(job.cacheDir, entry);
  const cached = cachedImage(job.cacheDir, entry);
  if (cached) return { ...cached, entry };
  imageWork.processed++;
  // made in a folder of its own and renamed into place: a build that dies never leaves half an entry
  const temp = `${dir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(temp, { recursive: true });
  try {
    const image = job.kind === "raster" ? await raster(job, temp) : await vector(job, temp);
    writeFileSync(join(temp, "image.json"), JSON.stringify(image));
    rmSync(dir, { recursive: true, force: true });
    renameSync(temp, dir);
    return { image, dir, entry };
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Widths to make for an image `width` pixels wide: the settings' widths below it, and its own width when it is smaller than the largest (never upscaled). */
export function widthsFor(width: number, widths: readonly number[]): number[] {
  const largest = Math.max(...widths);
  const below = widths.filter((w) => w < width);
  return [...new Set([...below, Math.min(width, largest)])].sort((a, b) => a - b);
}

async function raster(job: ImageJob, dir: string): Promise<ProcessedImage> {
  const sharp = await sharpModule();
  // orientation from EXIF applied first, so width and height are as the picture is seen
  const meta = await sharp(job.bytes).metadata();
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = (rotated ? meta.height : meta.width) ?? 0;
  const height = (rotated ? meta.width : meta.height) ?? 0;
  if (!width || !height) throw new Error("no width or height");
  const fallback = meta.format === "png" || meta.hasAlpha ? "png" : "jpeg";
  const formats: string[] = [...job.settings.formats, fallback];
  const widths = widthsFor(width, job.settings.widths);
  // decoded (and turned upright) once; every variant and crop is made from these pixels
  const { data, info } = await sharp(job.bytes).rotate().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
  const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const sets: VariantSet[] = [];
  for (const format of formats) {
    const variants: Variant[] = [];
    for (const w of widths) {
      const h = Math.max(1, Math.round((height * w) / width));
      const name = `${w}w.${format === "jpeg" ? "jpg" : format}`;
      await encode(pixels().resize({ width: w, height: h, fit: "fill" }), format, job.settings.quality).toFile(join(dir, name));
      variants.push({ name, width: w, height: h });
    }
    sets.push({ type: mime[format] as string, variants });
  }
  const social = job.social ? await crops(pixels(), dir, "cover") : [];
  return { width, height, sets, social };
}

async function vector(job: ImageJob, dir: string): Promise<ProcessedImage> {
  const sharp = await sharpModule();
  const meta = await sharp(job.bytes).metadata();
  if (!meta.width || !meta.height) throw new Error("no width or height");
  // drawn at the density that makes it at least 1200 pixels across, then fitted whole on white: a map or chart is never cut
  const density = Math.min(2400, Math.max(72, Math.ceil((72 * socialWidth) / Math.min(meta.width, meta.height))));
  const drawn = await sharp(job.bytes, { density }).flatten({ background: "#ffffff" }).png().toBuffer();
  const social = job.social ? await crops(sharp(drawn), dir, "contain") : [];
  return { width: meta.width, height: meta.height, sets: [], social };
}

/** The 1200-pixel-wide JPEG crops at 16:9, 4:3 and 1:1 (the picture's most interesting part kept, or the whole drawing fitted). */
async function crops(source: import("sharp").Sharp, dir: string, fit: "cover" | "contain"): Promise<SocialCrop[]> {
  const sharp = await sharpModule();
  const out: SocialCrop[] = [];
  for (const [ratio, w, h] of ratios) {
    const height = Math.round((socialWidth * h) / w);
    const name = `social-${ratio}.jpg`;
    await source
      .clone()
      .resize({ width: socialWidth, height, fit, position: fit === "cover" ? sharp.strategy.attention : "centre", background: "#ffffff" })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, progressive: true })
      .toFile(join(dir, name));
    out.push({ name, width: socialWidth, height, ratio });
  }
  return out;
}

function encode(pipeline: import("sharp").Sharp, format: string, quality: number): import("sharp").Sharp {
  switch (format) {
    case "avif":
      return pipeline.avif({ quality: Math.max(1, quality - 20), effort: 2 });
    case "webp":
      return pipeline.webp({ quality, effort: 4 });
    case "png":
      return pipeline.png({ compressionLevel: 9, palette: false });
    default:
      // the fallback, for the few browsers without WebP: libjpeg's speed over mozjpeg's last bytes
      return pipeline.jpeg({ quality, progressive: true });
  }
}
