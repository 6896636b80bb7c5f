/**
 * Command-line dispatch from a table of commands. Exit codes: 0 success, 1 content, config or
 * template errors, 2 a wrong command line. Each command's module is imported only when that command
 * runs, so `galley --help` or `galley parse FILE` never load the renderer, the dev server or the
 * build's workers (start-up time is the cost of what a command uses, see bench/startup.ts).
 */
import { basename, relative } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { CommandError, describeSystemError, GalleyError } from "../diagnostics.js";
import { closest } from "../did-you-mean.js";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** How the user ran Galley (`galley`, `npx galley`, `node lib/cli/main.js`), to print next commands the same way. Default `galley`. */
  command?: string;
}

/**
 * How the user ran Galley, from the script's path and npm's environment: `npx galley` (npx or
 * npm exec), `galley` (the command on the PATH or in node_modules/.bin), else `node SCRIPT`.
 */
export function invocation(script: string, env: Record<string, string | undefined>, cwd: string): string {
  if (env.npm_command === "exec") return "npx galley";
  if (/^galley(\.cmd|\.ps1)?$/i.test(basename(script))) return "galley";
  const path = relative(cwd, script) || script;
  return `node ${/\s/.test(path) ? JSON.stringify(path) : path}`;
}

type Values = Record<string, string | boolean | undefined>;

interface Command {
  summary: string;
  usage: string;
  /** Each option with its help line. */
  options: Record<string, NonNullable<ParseArgsConfig["options"]>[string] & { help: string }>;
  examples: string[];
  run: (values: Values, positionals: string[], io: Io) => Promise<number>;
}

const text = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);

const commands: Record<string, Command> = {
  build: {
    summary: "build the site in DIR (default: this folder) into DIR/dist",
    usage: "galley build [DIR] [--out PATH] [--drafts] [--future] [--jobs N] [--no-cache] [--strict] [--quiet]",
    options: {
      out: { type: "string", help: "write the site here instead of DIR/dist" },
      jobs: { type: "string", help: "worker threads for parsing (default: one per core)" },
      "no-cache": { type: "boolean", help: "parse every article again instead of reusing .galley-cache/" },
      drafts: { type: "boolean", help: "include articles with draft: true" },
      future: { type: "boolean", help: "include articles dated later than now" },
      strict: { type: "boolean", help: "treat warnings as errors: fail (exit 1) on any, leaving the output as it was" },
      quiet: { type: "boolean", help: "print only warnings and errors" },
    },
    examples: ["galley build", "galley build my-site --out public", "galley build --drafts --future", "galley build --strict    # in CI: no warnings allowed"],
    run: async (values, positionals, io) => {
      const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
      if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) return usageError(io, `--jobs takes a whole number, not \`${text(values.jobs)}\``);
      const { buildCommand } = await import("./build-command.js");
      return buildCommand(
        { dir: positionals[0] ?? ".", out: text(values.out), quiet: values.quiet === true, drafts: values.drafts === true, future: values.future === true, jobs, cache: values["no-cache"] !== true, strict: values.strict === true },
        io,
      );
    },
  },
  dev: {
    summary: "preview the site: serve it, rebuild on every save and reload the browser",
    usage: "galley dev [DIR] [--port N] [--host ADDRESS]",
    options: {
      port: { type: "string", help: "port to serve on (default 4000; a busy one moves to the next)" },
      host: { type: "string", help: "address to serve on (default 127.0.0.1, this machine only)" },
    },
    examples: ["galley dev", "galley dev my-site --port 8080"],
    run: async (values, positionals, io) => {
      const port = Number(text(values.port) ?? 4000);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return usageError(io, `--port takes a port number, not \`${text(values.port)}\``);
      const { devCommand } = await import("./dev-command.js");
      return devCommand({ dir: positionals[0] ?? ".", port, host: text(values.host) ?? "127.0.0.1" }, io);
    },
  },
  parse: {
    summary: "print the Article JSON of one article file",
    usage: "galley parse FILE [--explain] [--site DIR]",
    options: {
      explain: { type: "boolean", help: "show each line of the file with the block it became" },
      site: { type: "string", help: "the site whose site.yaml gives language and words (default: found above FILE)" },
    },
    examples: ["galley parse content/world/story.txt", "galley parse --explain pasted.txt"],
    run: async (values, positionals, io) => {
      const file = positionals[0];
      if (!file || positionals.length > 1) return usageError(io, "galley parse takes one FILE");
      const { parseCommand } = await import("./parse-command.js");
      return parseCommand({ file, explain: values.explain === true, site: text(values.site) }, io.out, io.err);
    },
  },
  convert: {
    summary: "write a plain-text article as Markdown with its structure explicit (stdout, or -o FILE)",
    usage: "galley convert FILE.txt [-o FILE.md] [--force] [--site DIR]",
    options: {
      out: { type: "string", short: "o", help: "write the Markdown to this file (default: print it)" },
      force: { type: "boolean", help: "replace the -o file when it exists" },
      site: { type: "string", help: "the site whose site.yaml gives language and words (default: found above FILE)" },
    },
    examples: ["galley convert content/world/wire.txt", "galley convert content/world/wire.txt -o content/world/wire.md   # then delete wire.txt"],
    run: async (values, positionals, io) => {
      const file = positionals[0];
      if (!file || positionals.length > 1) return usageError(io, "galley convert takes one FILE");
      const { convertCommand } = await import("./convert-command.js");
      return convertCommand({ file, out: text(values.out), force: values.force === true, site: text(values.site) }, io);
    },
  },
  init: {
    summary: "make a new site in FOLDER (default: this folder) that builds at once",
    usage: "galley init [FOLDER]",
    options: {},
    examples: ["galley init my-paper", "cd my-paper && galley dev"],
    run: async (_values, positionals, io) => (await import("./scaffold-commands.js")).initCommand(positionals[0] ?? ".", io),
  },
  new: {
    summary: "add an article (Markdown, dated now, a draft) to the site here and print its path",
    usage: 'galley new "HEADLINE" [--section NAME]',
    options: { section: { type: "string", help: "put it in content/NAME/ (its section)" } },
    examples: ['galley new "Council approves harbour budget" --section local'],
    run: async (values, positionals, io) => {
      const headline = positionals.join(" ").trim();
      if (!headline) return usageError(io, 'galley new takes a headline: galley new "Council approves budget"');
      const { newCommand } = await import("./scaffold-commands.js");
      return newCommand(headline, text(values.section), io);
    },
  },
};

function help(): string {
  const lines = ["Usage: galley <command> [options]", "", "Commands:"];
  for (const command of Object.values(commands)) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  lines.push("", "Run `galley <command> --help` for a command's options and examples.");
  return lines.join("\n");
}

function commandHelp(command: Command): string {
  const lines = [`Usage: ${command.usage}`, "", command.summary];
  const options = Object.entries(command.options);
  if (options.length) {
    lines.push("", "Options:");
    for (const [name, option] of options) lines.push(`  ${option.short ? `-${option.short}, ` : ""}--${name}${option.type === "string" ? " VALUE" : ""}`.padEnd(22) + option.help);
  }
  lines.push("  --help".padEnd(22) + "show this help", "", "Examples:", ...command.examples.map((e) => `  ${e}`));
  return lines.join("\n");
}

function usageError(io: Io, message: string, command?: string): number {
  io.err(`galley: ${message}`);
  io.err(command ? `Run \`galley ${command} --help\` for its options and examples.` : "Run `galley --help` for the commands.");
  return 2;
}

/** The command a mistyped name most likely meant (edit distance at most 2), or null. */
export const suggest = (name: string): string | null => closest(name, Object.keys(commands), 2);

/**
 * A command line parseArgs refused, said plainly: `unknown option --jbos for galley build; did
 * you mean --jobs?` instead of Node's text about positionals.
 */
function optionError(error: Error & { code?: string }, name: string, command: Command): string {
  const options = [...Object.keys(command.options), "help"];
  const given = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const guess = closest(given.replace(/^-+/, ""), options);
    const known = Object.keys(command.options).map((o) => `--${o}`).join(", ");
    return `unknown option \`${given}\` for galley ${name}${guess ? `; did you mean \`--${guess}\`?` : ""}${known ? ` (options: ${known})` : " (it takes no options)"}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /--([\w-]+)/.exec(error.message)?.[1];
    const spec = option ? command.options[option] : undefined;
    return spec?.type === "string" ? `\`--${option}\` needs a value: \`--${option} VALUE\`` : `\`--${option}\` takes no value`;
  }
  return error.message;
}

/** Runs the command line `args` (without `node galley`); resolves to the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    const guess = suggest(name);
    return usageError(io, `unknown command \`${name}\`${guess ? `; did you mean \`galley ${guess}\`?` : ""}`);
  }
  let parsed;
  try {
    const options = Object.fromEntries(Object.entries(command.options).map(([key, { help: _help, ...option }]) => [key, option]));
    parsed = parseArgs({ args: rest, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, optionError(error as Error, name, command), name);
  }
  if (parsed.values.help) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof GalleyError) {
      io.err(error.message);
      return 1;
    }
    // not a file's mistake but the command's or the machine's: one line with its cause, exit 1
    if (error instanceof CommandError) {
      io.err(`galley: ${error.message}`);
      return 1;
    }
    const system = describeSystemError(error, (p) => relative(process.cwd(), p) || p);
    if (system) {
      io.err(system);
      return 1;
    }
    // anything else still ends in one `galley:` line with its cause (the stack only on request)
    const { message, code } = error as NodeJS.ErrnoException;
    io.err(`galley: ${code ? "" : "unexpected error: "}${message}`);
    if (process.env.GALLEY_DEBUG) io.err(String((error as Error).stack));
    else if (!code) io.err("galley: this is a bug in Galley; GALLEY_DEBUG=1 prints the stack trace for a report");
    return 1;
  }
}
