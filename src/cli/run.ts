/**
 * Command-line dispatch: `galley build [DIR]`, `galley parse FILE`, `galley dev`. Exit codes:
 * 0 success, 1 content or config errors, 2 a wrong command line.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { GalleyError } from "../diagnostics.js";
import { buildCommand } from "./build-command.js";
import { parseCommand } from "./parse-command.js";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run: (values: Record<string, string | boolean | undefined>, positionals: string[], io: Io) => Promise<number>;
}

const commands: Record<string, Command> = {
  build: {
    summary: "build the site in DIR (default: this folder) into DIR/dist",
    usage: "galley build [DIR] [--out PATH] [--drafts] [--future] [--quiet]",
    options: { out: { type: "string" }, quiet: { type: "boolean" }, drafts: { type: "boolean" }, future: { type: "boolean" } },
    run: (values, positionals, io) =>
      buildCommand(
        { dir: positionals[0] ?? ".", out: values.out as string | undefined, quiet: values.quiet === true, drafts: values.drafts === true, future: values.future === true },
        io,
      ),
  },
  parse: {
    summary: "print the Article JSON of one article file",
    usage: "galley parse FILE [--explain] [--site DIR]",
    options: { explain: { type: "boolean" }, site: { type: "string" } },
    run: async (values, positionals, io) => {
      const file = positionals[0];
      if (!file || positionals.length > 1) return usageError(io, "galley parse takes one FILE");
      return parseCommand({ file, explain: values.explain === true, site: values.site as string | undefined }, io.out, io.err);
    },
  },
  dev: {
    summary: "preview the site with live reload (not built yet)",
    usage: "galley dev",
    options: {},
    run: async (_values, _positionals, io) => {
      io.err("galley dev: the dev server is not built yet; run `galley build` and open dist/index.html");
      return 1;
    },
  },
};

function help(): string {
  const lines = ["Usage: galley <command> [options]", "", "Commands:"];
  for (const [, command] of Object.entries(commands)) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  lines.push("", "Run `galley <command> --help` for a command's options.");
  return lines.join("\n");
}

function usageError(io: Io, message: string): number {
  io.err(`galley: ${message}`);
  io.err(help());
  return 2;
}

/** Runs the command line `args` (without `node galley`); resolves to the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) return usageError(io, `unknown command \`${name}\``);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  if (parsed.values.help) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof GalleyError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
