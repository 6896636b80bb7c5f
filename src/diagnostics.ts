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
  const message = file.message(reason, { place, ruleId, source: "galley" });
  message.fatal = true;
  return message;
}

/** Add a warning to `file`. */
export function warn(file: VFile, reason: string, place: Place | undefined, ruleId: string): VFileMessage {
  return file.message(reason, { place, ruleId, source: "galley" });
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
