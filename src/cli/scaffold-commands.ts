/**
 * `galley init [FOLDER]` starts a site that builds at once; `galley new "Headline"` adds an
 * article to the site in this folder (or above it).
 */
import slugify from "@sindresorhus/slugify";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { VFile } from "vfile";
import { fail, GalleyError } from "../diagnostics.js";
import { readConfig } from "../load/read-config.js";
import { slug } from "../model/urls.js";
import { builtinTemplates } from "../render/render-page.js";
import { findSite } from "./parse-command.js";
import type { Io } from "./run.js";

const exampleArticle = (date: string) => `---
title: "Harbour festival draws record crowds"
date: ${date}
author: Your Name
section: local
tags: [harbour, festival]
description: "A first article to show how Galley reads Markdown; replace it with your own."
---

More than 4,000 people came to the harbour festival on Saturday, the organisers said, the most since it began in 2009.

## Boats, bands and a tug of war

The day opened with a parade of fishing boats and closed with a tug of war between the lifeboat crew and the harbour office.

> “We ran out of programmes by eleven o'clock,” said Mia Lund, who chairs the festival committee.

Read more:

- [Harbour: How the festival began](https://example.org/festival-history/)
`;

/** `galley init`: site.yaml, content/ with one article, and the default templates to change. */
export async function initCommand(folder: string, io: Io): Promise<number> {
  const dir = resolve(folder);
  if (existsSync(join(dir, "site.yaml"))) {
    const file = new VFile({ path: relative(process.cwd(), join(dir, "site.yaml")) || "site.yaml" });
    fail(file, "a site is already here: galley init makes new sites only", { line: 1, column: 1 }, "init-exists");
    throw new GalleyError(file.messages);
  }
  if (existsSync(dir) && (await readdir(dir)).some((name) => name === "content" || name === "templates")) {
    io.err(`galley init: ${folder} already has content/ or templates/; choose an empty folder`);
    return 1;
  }
  await mkdir(join(dir, "content", "local"), { recursive: true });
  await writeFile(
    join(dir, "site.yaml"),
    "# Site settings: see the README of Galley, “Site settings”.\ntitle: My News Site\nlanguage: en\nurl: https://example.org/\ndescription: News from our town\ntimezone: UTC\npublisher:\n  icon: assets/icon.svg        # square, for feeds\n",
  );
  await writeFile(join(dir, "content", "local", "harbour-festival.md"), exampleArticle(isoNow("UTC")));
  await cp(builtinTemplates, join(dir, "templates"), { recursive: true });
  // an About page for the footer (news aggregators ask for one); the favicon is templates/assets/favicon.svg
  await mkdir(join(dir, "pages"), { recursive: true });
  await writeFile(join(dir, "pages", "about.md"), "---\ntitle: About us\n---\n\nWho we are, who owns us, how to reach the newsroom, and how we correct mistakes.\n");
  await writeFile(join(dir, ".gitignore"), "dist/\n.galley-cache/\n.dist.lock\n.dist-*/\n");
  const shown = relative(process.cwd(), dir) || ".";
  io.out(`galley: made a new site in ${shown}/`);
  io.out(`  ${shown}/site.yaml, ${shown}/content/local/harbour-festival.md, ${shown}/pages/about.md, ${shown}/templates/ (yours to change)`);
  // the next commands, said the way this one was run (`galley`, `npx galley`, `node …/main.js`)
  const galley = fromSite(io.command ?? "galley", dir);
  io.out("Next:");
  if (shown !== ".") io.out(`  cd ${/\s/.test(shown) ? JSON.stringify(shown) : shown}`);
  io.out(`  ${galley} dev                                       # preview at http://127.0.0.1:4000/, reloaded on every save`);
  io.out(`  ${galley} new "Your first headline" --section local  # add an article`);
  io.out(`  ${galley} build                                     # the site in dist/, for any static host`);
  return 0;
}

/** A `node path/to/main.js` command as it reads from the new site's folder (after its `cd`). */
function fromSite(command: string, dir: string): string {
  const script = /^node (?:"(.+)"|(\S+))$/.exec(command);
  if (!script) return command;
  const path = relative(dir, resolve(script[1] ?? script[2] ?? ""));
  return `node ${/\s/.test(path) ? JSON.stringify(path) : path}`;
}

/** `galley new "Headline" [--section x]`: a Markdown article with front matter, dated now. */
export async function newCommand(headline: string, section: string | undefined, io: Io): Promise<number> {
  const dir = findSite(process.cwd());
  if (!dir) {
    io.err("galley new: no site.yaml in this folder or above it; run galley init first");
    return 1;
  }
  const { config } = await readConfig(dir);
  // a folder-sized file name (at most 100 characters) whatever the headline's length or script
  const name = slug(headline) === "x" && slugify(headline) !== "x" ? "article" : slug(headline);
  const folder = join(dir, "content", ...(section ? [slugify(section)] : []));
  const path = join(folder, `${name}.md`);
  if (existsSync(path)) {
    io.err(`galley new: ${relative(process.cwd(), path)} exists already`);
    return 1;
  }
  await mkdir(folder, { recursive: true });
  const fields = [`title: ${JSON.stringify(headline)}`, `date: ${isoNow(config.timezone)}`, ...(section ? [`section: ${slugify(section)}`] : []), "tags: []", "draft: true"];
  await writeFile(path, `---\n${fields.join("\n")}\n---\n\nThe lede: who, what, when, where.\n`);
  io.out(relative(process.cwd(), path));
  return 0;
}

/** Now as ISO 8601 with the offset of `timeZone`: 2026-11-26T09:30:00+01:00. */
function isoNow(timeZone: string): string {
  const now = new Date();
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZoneName: "longOffset" })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(parts.timeZoneName ?? "")?.[1] ?? "+00:00";
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
