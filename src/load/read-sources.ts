/**
 * Finds the article sources of a site (`.md`, `.markdown`, `.txt` under `content/`, nested
 * folders allowed) and reads each one into a vfile with its text decoded.
 */
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { VFile } from "vfile";
import { fail, warn, type Place } from "../diagnostics.js";

export const sourceExtensions = new Set([".md", ".markdown", ".txt"]);

/** The largest article file read (bytes). A news article is a few dozen kilobytes; past this it is not an article. */
export const maxSourceBytes = 2 * 1024 * 1024;

/** Paths of the article sources under `contentDir`, relative to it with `/` separators, sorted. */
export async function listSources(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && sourceExtensions.has(extname(entry.name).toLowerCase()))
    .map((entry) => relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !path.split("/").some((part) => part.startsWith(".") || part.startsWith("_")))
    .sort();
}

const reasons: Record<string, string> = {
  ENOENT: "it was deleted or moved while the site was read, or it is a link to a file that does not exist",
  EACCES: "no permission to read it",
  EISDIR: "it is a folder",
  ELOOP: "it is a link that points to itself",
};

/**
 * Reads one source. `displayPath` is what messages name (e.g. `content/world/a.txt`). With
 * `root` (the content folder), a file that is a link to somewhere outside it is an error.
 * The file's value is its decoded text; unreadable, empty, binary or non-UTF text gets a fatal message.
 */
export async function readSource(path: string, displayPath: string, root?: string): Promise<VFile> {
  const file = new VFile({ path: displayPath, value: "" });
  const start = { line: 1, column: 1 };
  let bytes: Buffer;
  try {
    // synchronous calls: a build reads thousands of small files, and fs/promises spent more CPU
    // on its file handles and thread pool than on reading them
    let info = lstatSync(path);
    if (info.isSymbolicLink()) {
      const real = realpathSync(path);
      const realRoot = root === undefined ? undefined : realpathSync(root);
      if (realRoot !== undefined && !real.startsWith(realRoot + sep)) {
        fail(file, `is a link to ${real}, outside content/: copy the file into content/ instead`, start, "source-outside");
        return file;
      }
      info = statSync(path);
    }
    const size = info.size;
    if (size > maxSourceBytes) {
      fail(file, `file is ${(size / 1024 / 1024).toFixed(1)} MB: an article may be at most ${maxSourceBytes / 1024 / 1024} MB (is it a data file or a whole book?)`, start, "source-too-large");
      return file;
    }
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    fail(file, `cannot read file (${code})${reasons[code] ? `: ${reasons[code]}` : ""}`, start, "source-unreadable");
    return file;
  }
  file.value = decodeText(bytes, file);
  if (!file.messages.some((m) => m.fatal) && String(file.value).trim() === "") {
    fail(file, "empty file: an article needs at least a headline and a paragraph", start, "source-empty");
  }
  return file;
}

/** 1-based line and column of `index` in `text`. */
function placeAt(text: string, index: number): Place {
  const lines = text.slice(0, Math.max(0, index)).split("\n");
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

// C0 and C1 control characters other than tab and line ends: invalid in XML, errors in HTML
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/**
 * Decodes UTF-8 (BOM dropped) or BOM-marked UTF-16; anything else is an error with its position.
 * Line ends become `\n` (CRLF and a lone CR each end one line, so positions stay the same); a NUL
 * marks a binary file; other control characters become spaces, with a warning.
 */
export function decodeText(bytes: Uint8Array, file: VFile): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // The replacement character marks the first byte sequence that is not UTF-8.
      const lossy = new TextDecoder("utf-8").decode(bytes).replace(/\r\n?/g, "\n");
      fail(file, "not UTF-8 text: save the file as UTF-8 (is it a binary file or in another encoding?)", placeAt(lossy, lossy.indexOf("\uFFFD")), "source-encoding");
      return "";
    }
  }
  text = text.replace(/\r\n?/g, "\n");
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    fail(file, "not text: the file holds a NUL character (a binary file, or UTF-16 without a byte order mark?)", placeAt(text, nul), "source-encoding");
    return "";
  }
  const first = text.search(controlCharacters);
  if (first >= 0) {
    const count = text.match(controlCharacters)?.length ?? 0;
    const code = `U+${(text.codePointAt(first) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
    warn(file, `control character ${code} replaced by a space${count > 1 ? ` (${count} in the file)` : ""}`, placeAt(text, first), "source-control-character");
    text = text.replace(controlCharacters, " ");
  }
  return text;
}
