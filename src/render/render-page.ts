/**
 * Pages → HTML through Eta templates (`templates/*.eta`), compiled once per build to JavaScript
 * functions. Output escaping is on: every `<%= value %>` is HTML-escaped; `<%~ value %>` prints
 * raw and is used only for the sanitized `html` fields of blocks and for included templates.
 * A site's own `templates/` folder overrides the built-in templates file by file.
 */
import { Eta, EtaFileResolutionError } from "eta";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { VFile } from "vfile";
import { fail, GalleyError } from "../diagnostics.js";
import type { Page } from "../model/pages.js";
import { templateHelpers } from "./template-helpers.js";

/** The templates that ship with Galley (this repository's `templates/`). */
export const builtinTemplates = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Template files end in this. */
export const templateExtension = ".eta";

/** Loop turns one page may take before its template is stopped as a runaway. */
export const loopBudget = 10_000_000;

export interface Renderer {
  render: (page: Page) => Promise<string>;
  renderSync: (page: Page) => string;
  /** Renders a template by name with plain data (for pieces such as feed content). */
  renderTemplate: (template: string, data: object) => Promise<string>;
}

export interface RendererOptions {
  /** Template folders, searched in order: the site's own first, then the built-in ones. */
  roots: string[];
  /** Folder that template paths in messages are relative to. Default: the working folder. */
  base?: string;
}

/** An error inside a template, with the template file and where in it. */
class TemplateFault extends Error {
  constructor(
    message: string,
    readonly path: string | undefined,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** `&`, `<`, `>`, `"`, `'` as entities (the entities the pages have always had). */
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" };
export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => entities[c] as string) : text;
}

/** Creates the renderer used for a whole build (templates are compiled once and cached). */
export function createRenderer(options: RendererOptions): Renderer {
  const base = options.base ?? process.cwd();
  const budget = { left: loopBudget };
  const eta = new Eta({
    cache: true,
    // keeps the line of the tag being run, so a failure names it
    debug: true,
    autoTrim: [false, "nl"],
    defaultExtension: templateExtension,
    escapeFunction: escapeHtml,
    // the helpers every template may call, and the loop guard
    functionHeader: `const {${Object.keys(templateHelpers).join(", ")}} = this.galley.helpers; const __turn = this.galley.turn; const t = this.galley.t;`,
    plugins: [loopGuard],
  });
  const words = interfaceWords(options.roots);
  let current: Record<string, string> = {};
  Object.assign(eta, {
    galley: {
      helpers: templateHelpers,
      // an interface word in the page's language: t("more_from", { name: "Sport" })
      t: (key: string, values?: Record<string, unknown>) => (current[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole)),
      turn: () => {
        if (--budget.left < 0) throw new Error(`runaway template: more than ${loopBudget.toLocaleString("en")} loop turns for one page`);
      },
    },
  });
  const found = new Map<string, string>();
  eta.resolvePath = (name: string) => {
    let path = found.get(name);
    if (path === undefined) {
      const file = name.endsWith(templateExtension) ? name : name + templateExtension;
      path = options.roots.map((root) => join(root, file)).find((p) => existsSync(p));
      if (!path) throw new EtaFileResolutionError(`no template "${name}" in ${options.roots.map((r) => relative(base, r) || ".").join(" or ")}`);
      found.set(name, path);
    }
    return path;
  };
  eta.readFile = (path: string) => readFileSync(path, "utf8");
  const compile = eta.compile;
  eta.compile = function (text, compileOptions) {
    try {
      return compile.call(eta, text, compileOptions);
    } catch (error) {
      throw compileFault(eta, error as Error, text, compileOptions?.filepath);
    }
  };
  eta.RuntimeErr = (error: Error, text: string, line: number, path: string): never => {
    if (error instanceof TemplateFault) throw error;
    // Eta knows the line of the tag that failed; its column is that of the line's first tag
    const column = (text.split("\n")[line - 1]?.indexOf("<%") ?? -1) + 1 || 1;
    throw new TemplateFault(error.message, path, line, column);
  };
  const renderSync = (template: string, data: object, output: string) => {
    budget.left = loopBudget;
    const d = data as { page?: { lang?: string }; article?: { lang?: string }; site?: { language?: string; strings?: Record<string, Record<string, string>> } };
    // the interface is in the site's language (an article in another language is marked as such by its template)
    current = words(d.site?.language ?? d.page?.lang ?? d.article?.lang ?? "en", d.site?.strings);
    try {
      return eta.render(template, data);
    } catch (error) {
      throw templateError(error, base, template, output);
    }
  };
  return {
    render: async (page) => renderSync(page.template, page.data, page.path),
    renderSync: (page) => renderSync(page.template, page.data, page.path),
    renderTemplate: async (template, data) => renderSync(template, data, template),
  };
}

/**
 * The interface words of a language: the built-in English, then the language's own file
 * (`i18n/<lang>.json`, the base language's for `pt-BR`), a site's own files over the built-in
 * ones, then `strings` of site.yaml. Made once per language and settings.
 */
function interfaceWords(roots: string[]): (lang: string, overrides?: Record<string, Record<string, string>>) => Record<string, string> {
  const files = new Map<string, Record<string, string>>();
  const file = (lang: string) => {
    let found = files.get(lang);
    if (!found) {
      found = {};
      for (const root of [...roots].reverse()) {
        const path = join(root, "i18n", `${lang}.json`);
        if (existsSync(path)) Object.assign(found, JSON.parse(readFileSync(path, "utf8")) as Record<string, string>);
      }
      files.set(lang, found);
    }
    return found;
  };
  const made = new Map<string, Record<string, string>>();
  return (lang, overrides = {}) => {
    const key = `${lang}\0${JSON.stringify(overrides)}`;
    let found = made.get(key);
    if (!found) {
      const base = lang.split("-")[0]?.toLowerCase() ?? "en";
      found = { ...file("en"), ...overrides.en, ...file(base), ...file(lang), ...overrides[base], ...overrides[lang] };
      made.set(key, found);
    }
    return found;
  };
}

/** Every tag that opens a block (`for (…) {`, `while (…) {`, `.forEach((a) => {`) counts a turn against the page's budget. */
const loopGuard = {
  processAST: (ast: ReturnType<Eta["parse"]>) => {
    for (const item of ast) if (typeof item !== "string" && item.t === "e" && /\{\s*$/.test(item.val)) item.val += " __turn();";
    return ast;
  },
};

/** A template that does not compile, with the line and column of the tag at fault. */
function compileFault(eta: Eta, error: Error, text: string, path: string | undefined): TemplateFault {
  const at = /at line (\d+) col (\d+)/.exec(error.message);
  if (at) return new TemplateFault(error.message.split(" at line ")[0] ?? error.message, path, Number(at[1]), Number(at[2]));
  if (!(error.message.startsWith("Bad template syntax"))) return new TemplateFault(error.message, path, 1, 1);
  const reason = error.message.split("\n").find((l) => l.trim() !== "" && !l.startsWith("Bad template syntax")) ?? "bad JavaScript";
  const fault = faultyTag(eta, text);
  return new TemplateFault(fault.unclosed ? "this tag opens a block ({) that is never closed" : `bad JavaScript in a tag: ${reason}`, path, fault.line, fault.column);
}

/**
 * Where a template's JavaScript goes wrong: the first tag after which the code so far no longer
 * compiles for any reason but being unfinished, else the last tag that opened a block it never closed.
 */
function faultyTag(eta: Eta, text: string): { line: number; column: number; unclosed: boolean } {
  const tags = [...text.matchAll(/<%[-_]?/g)].map((m) => m.index);
  const position = (index: number, unclosed: boolean) => {
    const before = text.slice(0, index).split("\n");
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, unclosed };
  };
  const ast = eta.parse(text);
  const code: string[] = [];
  const open: number[] = [];
  let tag = -1;
  for (const item of ast) {
    if (typeof item === "string") continue;
    tag++;
    code.push(eta.compileBody([item]));
    try {
      new Function("it", "options", code.join("") + "}".repeat(64));
    } catch (e) {
      if (!/end of input|missing \}|Unexpected token '\}'/.test((e as Error).message)) return position(tags[tag] ?? 0, false);
    }
    const braces = (item.val.match(/\{/g)?.length ?? 0) - (item.val.match(/\}/g)?.length ?? 0);
    for (let i = 0; i < braces; i++) open.push(tag);
    for (let i = 0; i < -braces; i++) open.pop();
  }
  return open.length > 0 ? position(tags[open.at(-1) as number] ?? 0, true) : position(0, false);
}

/** A template error as a message naming the template file, line and column. */
function templateError(error: unknown, base: string, template: string, output: string): Error {
  if (!(error instanceof Error)) return error as Error;
  const fault = error instanceof TemplateFault ? error : new TemplateFault(error.message, undefined, 1, 1);
  if (!(error instanceof TemplateFault) && !(error.name.startsWith("Eta"))) return error;
  const file = new VFile({ path: fault.path ? relative(base, fault.path) : `${template}${templateExtension}` });
  const reason = (fault.message.split("\n")[0] ?? fault.message).trim();
  fail(file, `template error while rendering ${output}: ${reason}`, { line: fault.line, column: fault.column }, "template-error");
  return new GalleyError(file.messages);
}
