/**
 * Images next to an article in content/ are copied into its page folder and measured, so
 * `<img>` gets `width` and `height`. A missing image, or one outside content/, is an error.
 * With `images` (the build), every raster image also gets its resized variants and the lead
 * image its social crops (src/images/process-image.ts); an image sharp cannot read is an error
 * at the line that names it.
 */
import { imageSize } from "image-size";
import { existsSync, realpathSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import { fail } from "../diagnostics.js";
import { cachedImage, processImage, recipeOf, type ProcessedImage } from "../images/process-image.js";
import { sourceIndex } from "../images/source-index.js";
import type { Article } from "../model/article.js";
import type { ImageSettings } from "../model/site.js";
import { mediaFile } from "../model/urls.js";
import type { LocalImage } from "../model/views.js";
import type { CopiedFile } from "../write/write-site.js";
import type { LoadedArticle } from "./load-articles.js";

export interface LocalMedia {
  copies: CopiedFile[];
  /** Sizes keyed `slug/src` (and the file's length in bytes, for feeds' enclosures), with the variants and social crops made. */
  sizes: Map<string, LocalImage & { bytes: number }>;
}

/** How images are processed: the site's settings and the folder processed images are kept in. */
export interface ImageOptions {
  settings: ImageSettings;
  cacheDir: string;
}

/** Raster formats sharp resizes; GIF is left as it is (it may move), SVG too (it scales). */
const rasterFile = /\.(jpe?g|png|webp|avif|tiff?)$/i;
const svgFile = /\.svg$/i;

/** The local image an article leads with: the one front matter names, else its first image. */
function leadSource(article: Article): string | null {
  const first = article.blocks.find((b) => b.type === "media" && b.kind === "image" && b.src !== null);
  return article.image ?? (first?.type === "media" ? first.src : null);
}

/** Images and videos next to an article in content/ are copied into its page folder and measured. */
export async function localMedia(loaded: LoadedArticle[], contentDir: string, images?: ImageOptions): Promise<LocalMedia> {
  const copies: CopiedFile[] = [];
  const sizes = new Map<string, LocalImage & { bytes: number }>();
  const jobs: (() => Promise<void>)[] = [];
  // the files each image's processing makes, added to `copies` in the order of the images: the same every build
  const extra: CopiedFile[][] = [];
  const index = images ? sourceIndex(images.cacheDir) : null;
  for (const { article, file, contentPath, media } of loaded) {
    const lead = leadSource(article);
    for (const { src, place } of media) {
      const target = posix.normalize(mediaFile(src));
      const from = join(contentDir, dirname(contentPath), ...target.split("/"));
      if (target.startsWith("..") || isAbsolute(target) || !resolve(from).startsWith(resolve(contentDir) + sep)) {
        fail(file, `image \`${src}\` points outside content/: keep images next to the article`, place, "media-outside");
      } else if (!existsSync(from)) {
        fail(file, `image \`${src}\` not found (looked for ${relative(process.cwd(), from)})`, place, "media-missing");
      } else if (!statSync(from).isFile()) {
        fail(file, `image \`${src}\` is a folder, not an image file (looked at ${relative(process.cwd(), from) || "."})`, place, "media-not-file");
      } else if (!realpathSync(from).startsWith(realpathSync(contentDir) + sep)) {
        // a link to a file elsewhere would be copied into the site as a link out of it
        fail(file, `image \`${src}\` is a link to a file outside content/: copy the image next to the article`, place, "media-outside");
      } else {
        const kind = rasterFile.test(target) ? "raster" : svgFile.test(target) && src === lead ? "svg" : null;
        const key = `${article.slug}/${src}`;
        const stat = statSync(from);
        // images change only with their size or time: the write step compares those, not the bytes
        copies.push({ path: `${article.slug}/${target}`, from, stable: true });
        const recipe = images && kind ? recipeOf({ kind, social: src === lead, settings: images.settings }) : null;
        const record = (entry: string, image: ProcessedImage, dir: string, made: CopiedFile[], measured: { width: number; height: number } | null) => {
          index?.set(from, { size: stat.size, mtimeMs: stat.mtimeMs, recipe: recipe ?? "", entry, measured });
          sizes.set(key, { ...described(image, target, dir, made, article.slug), width: kind === "raster" ? image.width : (measured?.width ?? image.width), height: kind === "raster" ? image.height : (measured?.height ?? image.height), bytes: stat.size });
        };
        // a warm build: the original is known by its path, size and time, its processed files are in the cache
        const known = images && recipe ? index?.find(from, stat.size, stat.mtimeMs, recipe) : null;
        const cached = images && known ? cachedImage(images.cacheDir, known.entry) : null;
        if (known && cached) {
          const made: CopiedFile[] = [];
          extra.push(made);
          record(known.entry, cached.image, cached.dir, made, known.measured);
          continue;
        }
        const bytes = await readFile(from).catch((error: NodeJS.ErrnoException) => {
          fail(file, `cannot read image \`${src}\` (${error.code ?? error.message})`, place, "media-unreadable");
          return null;
        });
        if (!bytes) continue;
        const size = measure(bytes);
        if (size) sizes.set(key, { ...size, bytes: bytes.length });
        if (!images || !kind) continue;
        const made: CopiedFile[] = [];
        extra.push(made);
        jobs.push(async () => {
          try {
            const { image, dir, entry } = await processImage({ bytes, kind, social: src === lead, settings: images.settings, cacheDir: images.cacheDir });
            record(entry, image, dir, made, size);
          } catch (error) {
            sizes.delete(key);
            fail(file, `image \`${src}\` cannot be read as an image (${(error as Error).message.split("\n")[0]}): replace it with a JPEG, PNG, WebP, AVIF or SVG file`, place, "media-broken");
          }
        });
      }
    }
  }
  await runBounded(jobs, Math.max(1, availableParallelism()));
  index?.save();
  return { copies: [...copies, ...extra.flat()], sizes };
}

/** The processed image as the page sees it (paths from the article's folder), its files added to `copies`. */
function described(image: ProcessedImage, target: string, dir: string, copies: CopiedFile[], slug: string): LocalImage {
  const stem = target.replace(/\.[^./]+$/, "");
  const fileOf = (name: string) => {
    const path = `${stem}-${name}`;
    copies.push({ path: `${slug}/${path}`, from: join(dir, name), stable: true });
    return path;
  };
  return {
    width: image.width,
    height: image.height,
    sources: image.sets.map((set) => ({ type: set.type, srcset: set.variants.map((v) => ({ file: fileOf(v.name), width: v.width, height: v.height })) })),
    social: image.social.map((c) => ({ ratio: c.ratio, file: fileOf(c.name), width: c.width, height: c.height })),
  };
}

/** Runs `jobs` at most `limit` at a time (sharp spreads each over libvips' threads: more at once only thrashes). */
async function runBounded(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) await (jobs[next++] as () => Promise<void>)();
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, lane));
}

function measure(bytes: Uint8Array): { width: number; height: number } | null {
  try {
    const { width, height } = imageSize(bytes);
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}
