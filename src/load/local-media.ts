/**
 * Images next to an article in content/ are copied into its page folder and measured, so
 * `<img>` gets `width` and `height`. A missing image, or one outside content/, is an error.
 */
import { imageSize } from "image-size";
import { existsSync, realpathSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import { fail } from "../diagnostics.js";
import { mediaFile } from "../model/urls.js";
import type { CopiedFile } from "../write/write-site.js";
import type { LoadedArticle } from "./load-articles.js";

export interface LocalMedia {
  copies: CopiedFile[];
  /** Sizes keyed `slug/src` (and the file's length in bytes, for feeds' enclosures). */
  sizes: Map<string, { width: number; height: number; bytes: number }>;
}

/** Images and videos next to an article in content/ are copied into its page folder and measured. */
export async function localMedia(loaded: LoadedArticle[], contentDir: string): Promise<LocalMedia> {
  const copies: CopiedFile[] = [];
  const sizes = new Map<string, { width: number; height: number; bytes: number }>();
  for (const { article, file, contentPath, media } of loaded) {
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
        const bytes = await readFile(from).catch((error: NodeJS.ErrnoException) => {
          fail(file, `cannot read image \`${src}\` (${error.code ?? error.message})`, place, "media-unreadable");
          return null;
        });
        if (!bytes) continue;
        copies.push({ path: `${article.slug}/${target}`, from });
        const size = measure(bytes);
        if (size) sizes.set(`${article.slug}/${src}`, { ...size, bytes: bytes.length });
      }
    }
  }
  return { copies, sizes };
}

function measure(bytes: Uint8Array): { width: number; height: number } | null {
  try {
    const { width, height } = imageSize(bytes);
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}
