/**
 * Pages → HTML through LiquidJS. Output escaping is on: every `{{ value }}` is HTML-escaped
 * unless a template says `| raw` (used only for the sanitized `html` fields of blocks).
 * A site's own `templates/` folder overrides the built-in templates file by file.
 */
import { Liquid, LiquidError } from "liquidjs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { VFile } from "vfile";
import { fail, GalleyError } from "../diagnostics.js";
import { memoizePartials } from "./memo-partials.js";
import type { Page } from "../model/pages.js";

/** The templates that ship with Galley (this repository's `templates/`). */
export const builtinTemplates = fileURLToPath(new URL("../../templates/", import.meta.url));

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

/** Creates the renderer used for a whole build (templates are parsed once and cached). */
export function createRenderer(options: RendererOptions): Renderer {
  const engine = new Liquid({
    root: options.roots,
    partials: options.roots,
    layouts: options.roots,
    extname: ".liquid",
    outputEscape: "escape",
    strictFilters: true,
    cache: true,
  });
  memoizePartials(engine);
  // JSON for <script type="application/ld+json">: "<" escaped so no text can close the script
  engine.registerFilter("jsonld", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029"));
  const renderSync = (template: string, data: object, path: string) => {
    try {
      return engine.renderFileSync(template, data);
    } catch (error) {
      throw templateError(error, options.base ?? process.cwd(), template, path);
    }
  };
  return {
    render: async (page) => renderSync(page.template, page.data, page.path),
    renderSync: (page) => renderSync(page.template, page.data, page.path),
    renderTemplate: async (template, data) => renderSync(template, data, template),
  };
}

/** A LiquidJS error as a message naming the template file, line and column. */
function templateError(error: unknown, base: string, template: string, output: string): Error {
  if (!(error instanceof LiquidError)) return error as Error;
  const inner = error.originalError instanceof LiquidError ? error.originalError : error;
  const token = inner.token;
  const path = token?.file ? relative(base, token.file) : `${template}.liquid`;
  const [line, column] = token ? token.getPosition() : [1, 1];
  const file = new VFile({ path });
  const reason = (inner.message.split("\n")[0] ?? inner.message).replace(/(, (line:\d+|col:\d+|file:\S+))+$/, "");
  fail(file, `template error while rendering ${output}: ${reason}`, { line: line ?? 1, column: column ?? 1 }, "template-error");
  return new GalleyError(file.messages);
}
