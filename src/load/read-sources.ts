/**
 * Finds the article sources of a site (`.md`, `.markdown`, `.txt` under `content/`, nested
 * folders allowed) and reads each one into a vfile with its text decoded.
 */
import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { VFile } from "vfile";
import { fail } from "../diagnostics.js";

export const sourceExtensions = new Set([".md", ".markdown", ".txt"]);

/** Paths of the article sources under `contentDir`, relative to it with `/` separators, sorted. */
export async function listSources(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && sourceExtensions.has(extname(entry.name).toLowerCase()))
    .map((entry) => relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !path.split("/").some((part) => part.startsWith(".") || part.startsWith("_")))
    .sort();
}

/**
 * Reads one source. `displayPath` is what messages name (e.g. `content/world/a.txt`).
 * The file's value is its decoded text; unreadable, empty or non-UTF text gets a fatal message.
 */
export async function readSource(path: string, displayPath: string): Promise<VFile> {
  const file = new VFile({ path: displayPath, value: "" });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    fail(file, `cannot read file (${(error as NodeJS.ErrnoException).code ?? "error"})`, undefined, "source-unreadable");
    return file;
  }
  file.value = decodeText(bytes, file);
  if (!file.messages.some((m) => m.fatal) && String(file.value).trim() === "") {
    fail(file, "empty file: an article needs at least a headline and a paragraph", { line: 1, column: 1 }, "source-empty");
  }
  return file;
}

/** Decodes UTF-8 (BOM dropped) or BOM-marked UTF-16; anything else is an error with its position. */
export function decodeText(bytes: Uint8Array, file: VFile): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // The replacement character marks the first byte sequence that is not UTF-8.
    const text = new TextDecoder("utf-8").decode(bytes);
    const lines = text.slice(0, Math.max(0, text.indexOf("\uFFFD"))).split("\n");
    fail(
      file,
      "not UTF-8 text: save the file as UTF-8 (is it a binary file or in another encoding?)",
      { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 },
      "source-encoding",
    );
    return "";
  }
}
