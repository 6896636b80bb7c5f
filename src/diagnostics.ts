/**
 * Diagnostics are vfile messages: each carries the file, line and column it is about,
 * the rule that raised it and whether it is fatal. This module formats them and wraps
 * fatal ones into the one error type the build throws for user mistakes.
 */
import type { VFile } from "vfile";

export type VFileMessage = VFile["messages"][number];

/** Where a message points: 1-based line and column, as unist points. */
export interface Place {
  line: number;
  column: number;
}

/** Add a fatal message to `file` without throwing (the build collects all of them first). */
export function fail(file: VFile, reason: string, place: Place | undefined, ruleId: string): VFileMessage {
  const message = messageOf(file, reason, place, ruleId);
  message.fatal = true;
  return message;
}

/** Add a warning to `file`. */
export function warn(file: VFile, reason: string, place: Place | undefined, ruleId: string): VFileMessage {
  return messageOf(file, reason, place, ruleId);
}

/**
 * `file.message` without capturing a stack: a vfile message is an Error whose `stack` vfile sets
 * to "" anyway, and capturing it made 100,000 warnings (a quote per paragraph) cost 1 s of CPU.
 */
function messageOf(file: VFile, reason: string, place: Place | undefined, ruleId: string): VFileMessage {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return file.message(reason, { place, ruleId, source: "galley" });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `content/a.md:3:7: error: reason [galley:rule-id]`, the form editors and CI logs link to. */
export function formatMessage(message: VFileMessage): string {
  const where = [message.file || "<input>", message.line ?? 1, message.column ?? 1].join(":");
  const level = message.fatal ? "error" : "warning";
  const rule = message.ruleId ? ` [${message.source ?? "galley"}:${message.ruleId}]` : "";
  return `${where}: ${level}: ${message.reason}${rule}`;
}

/** Messages of several files, fatal or not, sorted by file then position. */
export function sortMessages(messages: readonly VFileMessage[]): VFileMessage[] {
  return [...messages].sort(
    (a, b) =>
      (a.file || "").localeCompare(b.file || "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** A build or parse stopped by the user's input: carries every fatal message found. */
export class GalleyError extends Error {
  readonly messages: VFileMessage[];

  constructor(messages: readonly VFileMessage[]) {
    const sorted = sortMessages(messages);
    super(sorted.map(formatMessage).join("\n"));
    this.name = "GalleyError";
    this.messages = sorted;
  }
}

/** A problem of the command itself, not of a file (an address to serve on, a headline too long): printed as `galley: message`, exit 1. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}

const systemProblems: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EACCES: "no permission",
  EPERM: "no permission",
  EROFS: "the file system is read-only",
  ENOENT: "a file or folder is missing: was it deleted or moved while Galley used it?",
  ELOOP: "a symbolic link points back at itself (a link loop)",
  ENAMETOOLONG: "a file name is too long",
  EMFILE: "too many files open at once",
  EISDIR: "a folder where a file was expected",
  ENOTDIR: "a file where a folder was expected",
};

/** A file system error (it has a `code` and a `syscall`) as one line: `galley: the disk is full (ENOSPC, write dist/a.html)`; anything else: null. */
export function describeSystemError(error: unknown, show: (path: string) => string = (p) => p): string | null {
  const e = error as NodeJS.ErrnoException;
  if (!e || typeof e !== "object" || typeof e.code !== "string" || typeof e.syscall !== "string") return null;
  const where = e.path ? ` ${show(e.path)}` : "";
  return `galley: ${systemProblems[e.code] ?? e.message} (${e.code}, ${e.syscall}${where})`;
}

/** Throws a GalleyError when any of the files has a fatal message. */
export function throwIfFatal(files: readonly VFile[]): void {
  const fatal = files.flatMap((file) => file.messages.filter((m) => m.fatal));
  if (fatal.length > 0) throw new GalleyError(fatal);
}

/** `--strict`: throws a GalleyError when any of the files has a message at all, warnings included (as errors). */
export function failOnWarnings(files: readonly VFile[]): void {
  const messages = files.flatMap((file) => file.messages);
  if (messages.length === 0) return;
  for (const message of messages) message.fatal = true;
  throw new GalleyError(messages);
}
