/**
 * The output folder is Galley's alone: a build replaces what is in it. So a build refuses an
 * output that is the site folder, one of its source folders (`content/`, `templates/`,
 * `static/`, `pages/`), a folder inside one of them or a parent of one (a link is followed), and
 * a folder that holds files Galley did not write. What a build wrote is listed in the output's
 * manifest (`.galley-manifest.json`); a rebuild removes only files listed there.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { VFile } from "vfile";
import { fail, GalleyError } from "../diagnostics.js";

/** The manifest's name inside the output folder. */
export const manifestFile = ".galley-manifest.json";

export interface Manifest {
  generator: "galley";
  /** Every file of the output Galley wrote, paths with `/`, the manifest itself left out. */
  files: string[];
}

/** The folders of a site that hold what the user owns. */
const sourceFolders = ["content", "templates", "static", "pages"];

/** `path` with every existing part's links resolved (a path that does not exist yet keeps its missing tail). */
function realOf(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  while (!existsSync(head)) {
    const up = dirname(head);
    if (up === head) break;
    tail.unshift(head.slice(up.length + (up.endsWith(sep) ? 0 : 1)));
    head = up;
  }
  try {
    return join(realpathSync(head), ...tail);
  } catch {
    return join(head, ...tail);
  }
}

const inside = (path: string, folder: string) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * Throws a GalleyError when `outDir` may not be built into: it is, holds or lies inside the site's
 * own folders, or it is a folder with files and no manifest of an earlier build.
 */
export function guardOutput(siteDir: string, outDir: string, show: (path: string) => string): void {
  const out = realOf(outDir);
  const site = realOf(siteDir);
  const refuse = (reason: string, rule: string) => {
    const file = new VFile({ path: show(outDir) });
    fail(file, reason, { line: 1, column: 1 }, rule);
    throw new GalleyError(file.messages);
  };
  const link = out !== resolve(outDir) ? ` (a link to ${out})` : "";
  const replaced = "a build replaces everything in its output folder: choose a folder of its own, such as `--out dist`";
  if (out === site) refuse(`the output${link} is the site folder itself: ${replaced}`, "output-unsafe");
  if (inside(site, out)) refuse(`the output${link} holds the site folder ${show(siteDir)}/: ${replaced}`, "output-unsafe");
  for (const name of sourceFolders) {
    const folder = realOf(join(siteDir, name));
    if (out === folder || inside(out, folder)) refuse(`the output${link} is the site's ${name}/ folder${out === folder ? "" : " or inside it"}: ${replaced}`, "output-unsafe");
  }
  if (!existsSync(out) || !statSync(out).isDirectory() || readManifest(outDir) !== null) return;
  const names = readdirSync(out).sort();
  if (names.length === 0) return;
  const some = names.slice(0, 3).join(", ") + (names.length > 3 ? `, … (${names.length} entries)` : "");
  refuse(
    `${show(outDir)}/${link} already holds files Galley did not write (${some}) and a build replaces what is in its output folder: empty or remove that folder, or choose another with \`--out\``,
    "output-not-galley",
  );
}

/** The manifest of an earlier build into `outDir`, or null when there is none (or it is not one). */
export function readManifest(outDir: string): Manifest | null {
  try {
    const data = JSON.parse(readFileSync(join(outDir, manifestFile), "utf8")) as Partial<Manifest>;
    if (data.generator !== "galley" || !Array.isArray(data.files)) return null;
    // only paths inside the output: a manifest edited by hand cannot make a build delete elsewhere
    const files = data.files.filter((f): f is string => typeof f === "string" && f !== "" && !f.startsWith("/") && !f.split(/[\\/]/).includes("..") && f !== manifestFile);
    return { generator: "galley", files };
  } catch {
    return null;
  }
}

/** The manifest's bytes for the files of a build. */
export const manifestBytes = (files: Iterable<string>): string => `${JSON.stringify({ generator: "galley", files: [...files].sort() } satisfies Manifest, null, 0)}\n`;

