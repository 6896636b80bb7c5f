/**
 * `galley parse FILE` in one file: lib/cli/parse-bundle.cjs, the compiled CLI of lib/ (from
 * lib/cli/run.js, every module and package that `galley parse` loads, yaml, vfile, remark …)
 * bundled by esbuild, so that the command compiles one script, which src/cli/parse-bundle.ts
 * loads with V8's code cache. Run by `npm run prepare` after tsc; the other commands, the build's
 * workers and the package's API use lib/ as tsc wrote it.
 *
 * lib/cli/parse-bundle.json lists the files of lib/ it was made from: the bundle is used only while
 * none of them is newer than it (a `tsc` alone makes it stale, and then lib/ is used).
 * `import.meta` has no meaning in a CommonJS bundle, so each module's `import.meta.url` becomes its
 * own file's URL under lib/ (computed from where the bundle is), and `import.meta.resolve` the
 * resolver of lib/cli/ (the same node_modules).
 */
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { asciiSource } from "./ascii-source.mjs";
import { lazyTransliterate } from "./lazy-transliterate.mjs";
import { wrapperHead } from "../lib/cli/bundle-loader.cjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lib = join(root, "lib");
const out = join(lib, "cli", "parse-bundle.cjs");
const manifest = join(lib, "cli", "parse-bundle.json");

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // without esbuild (an install without devDependencies) `galley parse` runs from lib/ as compiled
  rmSync(out, { force: true });
  rmSync(manifest, { force: true });
  console.log("bundle-cli: esbuild is not installed; galley parse runs from lib/ without a bundle");
  process.exit(0);
}

/**
 * ELD's detector code (not its data: lib/parse/lang/eld-table.js reads that from Galley's table),
 * bundled in, so that `galley parse` never starts Node's ES module loader to `require` ELD's ES
 * modules (~11 ms of CPU). Left to the `require` at run time if eld-table.js no longer reads so.
 */
const eldDetectorRequire = 'require(join(src, "languageDetector.js"))';
const eldDetectorFile = join(dirname(dirname(fileURLToPath(import.meta.resolve("eld/extrasmall")))), "languageDetector.js");
function bundledEld(text, own) {
  if (own !== "parse/lang/eld-table.js") return text;
  if (text.split(eldDetectorRequire).length !== 2) {
    console.log("bundle-cli: lib/parse/lang/eld-table.js has changed; ELD's code is required at run time");
    return text;
  }
  return text.replace(eldDetectorRequire, `require(${JSON.stringify(eldDetectorFile)})`);
}

/**
 * gray-matter (front-matter.ts uses it only to split, with an engine of its own) requires js-yaml
 * at import for its default YAML engine, which Galley never calls: in the bundle js-yaml is
 * required when that engine is first called (never), not at the first Markdown file's import
 * (~5 % of a `galley parse FILE.md`). Left as it is if the file is not the one this expects.
 */
const grayMatterYaml = "const yaml = require('js-yaml');\n";
const grayMatterEngine = "engines.yaml = {\n  parse: yaml.safeLoad.bind(yaml),\n  stringify: yaml.safeDump.bind(yaml)\n};\n";
const lazyGrayMatterEngine = "engines.yaml = {\n  parse: (...args) => require('js-yaml').safeLoad(...args),\n  stringify: (...args) => require('js-yaml').safeDump(...args)\n};\n";
function lazyGrayMatterYaml(text) {
  if (text.split(grayMatterYaml).length !== 2 || text.split(grayMatterEngine).length !== 2 || text.split("yaml.").length !== 3) {
    console.log("bundle-cli: gray-matter's engines.js has changed; js-yaml is loaded at import");
    return text;
  }
  return text.replace(grayMatterYaml, "").replace(grayMatterEngine, lazyGrayMatterEngine);
}

/** Rewrites what only an ES module has into what the bundle gives each module. */
function forBundle(text, path) {
  const own = relative(lib, path).split(sep).join("/");
  return bundledEld(text, own)
    .replaceAll(/^const require = createRequire\(import\.meta\.url\);$/gm, "")
    .replaceAll(/^(\s*)const require = createRequire\(import\.meta\.url\);$/gm, "$1")
    .replaceAll("createRequire(import.meta.url)(", "require(")
    .replaceAll("import.meta.resolve(", "__galleyResolve(")
    .replaceAll("import.meta.url", `__galleyUrl(${JSON.stringify(own)})`);
}


const result = await esbuild.build({
  entryPoints: [join(lib, "cli", "run.js")],
  outfile: out,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  metafile: true,
  minifyWhitespace: true,
  logLevel: "warning",
  // the commands that never come here stay in lib/; data read as files stays a file
  external: ["./build-command.js", "./dev-command.js", "./convert-command.js", "./scaffold-commands.js", "stopwords-iso", "stopwords-iso/*", "eld", "eld/*", "sharp", "pagefind"],
  banner: { js: 'const __galleyUrl = (own) => require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", own)).href;' },
  plugins: [
    {
      name: "import-meta",
      setup(build) {
        build.onLoad({ filter: /[\\/]gray-matter[\\/]lib[\\/]engines\.js$/ }, (args) => ({ contents: lazyGrayMatterYaml(readFileSync(args.path, "utf8")), loader: "js", resolveDir: dirname(args.path) }));
        build.onLoad({ filter: /[\\/]@sindresorhus[\\/]transliterate[\\/]index\.js$/ }, async (args) => ({ contents: await lazyTransliterate(readFileSync(args.path, "utf8"), dirname(args.path)), loader: "js", resolveDir: dirname(args.path) }));
        build.onLoad({ filter: /\.js$/ }, (args) => {
          if (!args.path.startsWith(lib + sep)) return undefined;
          const text = readFileSync(args.path, "utf8");
          return text.includes("import.meta") ? { contents: forBundle(text, args.path), loader: "js", resolveDir: dirname(args.path) } : undefined;
        });
      },
    },
  ],
});
// (a one-byte string for V8: scripts/ascii-source.mjs), in the function bundle-loader.cts compiles
// it as, so that the loader reads it as one string (Latin-1 when it is ASCII) and V8 copies it no more
writeFileSync(out, `${wrapperHead}${asciiSource(readFileSync(out, "utf8"))}\n})`);
const inputs = Object.keys(result.metafile.inputs)
  .map((input) => join(root, input))
  .filter((input) => input.startsWith(lib + sep))
  .map((input) => relative(lib, input).split(sep).join("/"))
  .sort();
// the bundle's hash names its code cache (src/cli/parse-bundle.ts), without reading it whole on every start
const hash = createHash("sha1").update(readFileSync(out)).digest("hex").slice(0, 16);
writeFileSync(manifest, `${JSON.stringify({ hash, inputs }, null, 1)}\n`);
console.log(`bundle-cli: lib/cli/parse-bundle.cjs from ${inputs.length} files of lib/`);
