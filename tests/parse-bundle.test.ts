/**
 * `galley parse` from the bundled script (src/cli/parse-bundle.ts): used only while it is newer than
 * every file it was made from, and a code cache that is missing, foreign or damaged costs time only.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { resolveImport } from "../src/cli/bundle-loader.cjs";
import { loadParseBundle } from "../src/cli/parse-bundle.js";

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A lib/ with a bundle made from one file, `parse/a.js`, dated `inputAge` seconds before the bundle; in a clone, src/ beside it. */
function fakeLib(inputAge: number, clone = true): { cli: string; cache: string; input: string } {
  const dir = mkdtempSync(join(tmpdir(), "galley-bundle-"));
  dirs.push(dir);
  if (clone) mkdirSync(join(dir, "src"));
  const cli = join(dir, "lib", "cli");
  mkdirSync(cli, { recursive: true });
  mkdirSync(join(dir, "lib", "parse"));
  const input = join(dir, "lib", "parse", "a.js");
  writeFileSync(input, "export const a = 1;\n");
  writeFileSync(join(cli, "parse-bundle.cjs"), 'exports.run = async (args) => args.length; exports.invocation = () => "galley"; exports.where = __dirname;\n');
  writeFileSync(join(cli, "parse-bundle.json"), JSON.stringify({ inputs: ["parse/a.js"] }));
  const now = Date.now() / 1000;
  utimesSync(join(cli, "parse-bundle.cjs"), now, now);
  utimesSync(input, now - inputAge, now - inputAge);
  return { cli, cache: join(dir, "cache"), input };
}

describe("galley parse from its bundle", () => {
  it("runs the bundle when every file it was made from is older", async () => {
    const { cli, cache } = fakeLib(60);
    const bundled = loadParseBundle(".txt", cli, cache) as unknown as { run: (args: string[]) => Promise<number>; where: string };
    assert.ok(bundled, "the bundle is used");
    assert.equal(await bundled.run(["parse", "x.txt"]), 2);
    assert.equal(bundled.where, cli, "__dirname is the bundle's folder");
  });

  it("is not used once a file it was made from is newer (a tsc after the bundle), nor without its list", () => {
    const { cli, cache, input } = fakeLib(-60);
    assert.equal(loadParseBundle(".txt", cli, cache), null);
    const later = fakeLib(60);
    rmSync(later.input);
    assert.equal(loadParseBundle(".txt", later.cli, later.cache), null, "a file it lists is gone");
    const unlisted = fakeLib(60);
    rmSync(join(unlisted.cli, "parse-bundle.json"));
    assert.equal(loadParseBundle(".txt", unlisted.cli, unlisted.cache), null);
    assert.ok(input);
  });

  it("in an installed package (no src/), is used whatever dates npm gave the files", () => {
    const { cli, cache } = fakeLib(-60, false);
    assert.ok(loadParseBundle(".txt", cli, cache));
  });

  it("the galley command finds what the bundle imports where import.meta.resolve finds it", () => {
    for (const specifier of ["eld/extrasmall", "vfile", "@sindresorhus/slugify"]) assert.equal(resolveImport(specifier, import.meta.dirname), import.meta.resolve(specifier), specifier);
    assert.throws(() => resolveImport("eld/no-such-entry", import.meta.dirname), /cannot resolve eld\/no-such-entry/);
    assert.throws(() => resolveImport("no-such-package-galley-needs", import.meta.dirname), /cannot resolve/);
  });

  it("is not looked for when Galley runs from its TypeScript sources", () => {
    assert.equal(loadParseBundle(), null);
  });

  it("keeps a code cache after a run that succeeded, and runs with a damaged one", () => {
    const { cli, cache } = fakeLib(60);
    const module = pathToFileURL(join(import.meta.dirname, "..", "src", "cli", "parse-bundle.ts")).href;
    const script = `const { loadParseBundle } = await import(${JSON.stringify(module)}); const b = loadParseBundle(".md", ${JSON.stringify(cli)}, ${JSON.stringify(cache)}); console.log(await b.run(["a", "b", "c"]));`;
    const run = () => spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    const first = run();
    assert.equal(first.stdout.trim(), "3", first.stderr);
    const caches = readdirSync(cache).filter((name) => name.endsWith(".v8"));
    assert.equal(caches.length, 1, "one cache, named by the bundle's text, Node and the kind of file");
    assert.match(caches[0] as string, /\.md\.v8$/);
    writeFileSync(join(cache, caches[0] as string), "not V8's code cache");
    const damaged = run();
    assert.equal(damaged.stdout.trim(), "3", damaged.stderr);
    assert.equal(damaged.status, 0);
  });

  it("makes the code cache again after a run over a thin one (left by a run that used few functions), and keeps a full one", () => {
    const { cli, cache } = fakeLib(60);
    // 300 functions, run only when the command has more than one argument
    const functions = Array.from({ length: 300 }, (_, i) => `function f${i}(x) { const y = [x, ${i}, "${"w".repeat(i % 7)}"]; return y.length + (x > ${i} ? x % ${i + 1} : ${i}); }`);
    const calls = Array.from({ length: 300 }, (_, i) => `n += f${i}(args.length);`).join(" ");
    // (and a long comment: a bundle's text is larger than its functions' code)
    writeFileSync(join(cli, "parse-bundle.cjs"), `/*${" ".repeat(200_000)}*/\n${functions.join("\n")}\nexports.run = async (args) => { let n = 0; if (args.length > 1) { ${calls} } return args.length; }; exports.invocation = () => "galley";\n`);
    const now = Date.now() / 1000;
    utimesSync(join(cli, "parse-bundle.cjs"), now, now);
    const module = pathToFileURL(join(import.meta.dirname, "..", "src", "cli", "parse-bundle.ts")).href;
    const run = (...args: string[]) => {
      const script = `const { loadParseBundle } = await import(${JSON.stringify(module)}); const b = loadParseBundle(".txt", ${JSON.stringify(cli)}, ${JSON.stringify(cache)}); console.log(await b.run(${JSON.stringify(args)}));`;
      const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
      assert.equal(result.stdout.trim(), String(args.length), result.stderr);
      const [name] = readdirSync(cache).filter((n) => n.endsWith(".txt.v8"));
      return statSync(join(cache, name as string));
    };
    const thin = run("a");
    const full = run("a", "b", "c");
    assert.ok(full.size > thin.size * 1.1, `the cache of a run that used every function replaces the thin one (${thin.size} → ${full.size} bytes)`);
    assert.notEqual(full.ino, thin.ino);
    const again = run("a", "b", "c");
    assert.equal(again.ino, full.ino, "a full cache is kept as it is");
  });

  it("transliterates slugs as @sindresorhus/transliterate does, though it builds its tables and expressions only when first needed", async () => {
    // the package as the bundle has it (scripts/lazy-transliterate.mjs), beside the package's own
    const index = fileURLToPath(import.meta.resolve("@sindresorhus/transliterate"));
    const { lazyTransliterate } = (await import(pathToFileURL(join(import.meta.dirname, "..", "scripts", "lazy-transliterate.mjs")).href)) as { lazyTransliterate: (text: string, dir: string) => Promise<string> };
    const lazy = await lazyTransliterate(readFileSync(index, "utf8"), dirname(index));
    assert.match(lazy, /defaultPatternOf/u, "the default expression is built when first needed");
    assert.match(lazy, /get pattern\(\)/u, "and each locale's when first asked for");
    const dir = mkdtempSync(join(tmpdir(), "galley-transliterate-"));
    dirs.push(dir);
    const file = join(dir, "index.mjs");
    writeFileSync(file, lazy.replaceAll(/from '\.\/([\w-]+\.js)'/gu, (_, name: string) => `from ${JSON.stringify(pathToFileURL(join(dirname(index), name)).href)}`));
    type Transliterate = (text: string, options?: { locale?: string; customReplacements?: [string, string][] }) => string;
    const own = ((await import(pathToFileURL(index).href)) as { default: Transliterate }).default;
    const bundled = ((await import(pathToFileURL(file).href)) as { default: Transliterate }).default;
    const strings = ["plain-name", "Council approves harbour budget", "a & b", "x", "", "Straße der Einheit", "Ærø øst", "café–bar", "Łódź — nowe", "ŞİŞLİ ığ", "Ελληνικά νέα", "Tiếng Việt", "Привет, мир", "Ўзбек Қозоқ", "Հայերեն", "ქართული", "العربية ٣", "فارسی ۴", "עברית", "経済ニュース", "한국어 기사", "हिन्दी", "ﬁle ligature", "ǅ ǈ", "𝐀𝐁𝐂 maths", "Ọjọ́ àìkú", "£3.1 million €"];
    for (const text of strings) {
      for (const options of [undefined, { locale: "de" }, { locale: "sv" }, { locale: "tr" }, { locale: "nb" }, { customReplacements: [["&", " and "], ["♥", " love "]] as [string, string][] }]) {
        assert.equal(bundled(text, options), own(text, options), `${text} ${JSON.stringify(options)}`);
      }
    }
  });

  it("holds the source in ASCII alone, its expressions and templates reading as before", async () => {
    const { asciiSource } = (await import(pathToFileURL(join(import.meta.dirname, "..", "scripts", "ascii-source.mjs")).href)) as { asciiSource: (source: string) => string };
    // (string literals as esbuild writes them, escaped; expressions, templates and comments with their letters)
    const cases = [
      String.raw`[/^[\p{L}’-]+$/u.test("l\u2019\u00e9t\u00e9"), new RegExp(/^[’]$/u.source, "u").test("\u2019")]`,
      "String.raw`^(?:«[^»]+»|“[^”]+”)$` + `plain ’ ${1} «x»`",
      String.raw`[/^[🅰-🅿]$/u.test("\ud83c\udd71"), /^.$/u.test("\ud83c\udd71"), /\’/.test("\u2019"), /\\’/.test("\\\u2019")]`,
      "/* l’été */ `a${String.raw`।`}b`",
    ];
    for (const source of cases) {
      const ascii = asciiSource(source);
      assert.doesNotMatch(ascii, /[^\x00-\x7f]/u, ascii);
      assert.deepEqual((0, eval)(ascii), (0, eval)(source), source);
    }
    // a backslash before a letter in a raw template keeps the template as it was (its raw text would change)
    assert.equal(asciiSource("String.raw`\\’`"), "String.raw`\\’`");
  });
  it("the galley command parses copy of many scripts from the built bundle as the sources do, first making its code cache and then with it", async (t) => {
    // (the run that found it: V8's regexp tier-up turned off at run time crashed Node on such copy; bundle-loader.cts's v8Flags)
    const root = join(import.meta.dirname, "..");
    if (!existsSync(join(root, "lib", "cli", "parse-bundle.cjs"))) return t.skip("no bundle in lib/ (npm run prepare makes it)");
    const { parseCommand } = await import("../src/cli/parse-command.js");
    const dir = mkdtempSync(join(tmpdir(), "galley-scripts-"));
    dirs.push(dir);
    const copy: Record<string, string> = {
      "ko.txt": "정치\n\n국회, 내년도 예산안 처리…여야 막판 합의\n\n입력 2025.03.06 10:15 수정 2025.03.06 11:40\n\n김철수 기자\n\n국회는 6일 본회의를 열어 내년도 예산안을 재석 의원 250명 중 찬성 180명으로 통과시켰다.\n\n여야는 전날 밤늦게까지 협상을 이어간 끝에 지역 예산 일부를 조정하는 선에서 합의했다.\n\n국회의장은 \"어려운 여건 속에서도 합의를 이뤄낸 것을 높이 평가한다\"고 말했다.\n\n정부는 다음 주 국무회의에서 예산 배정 계획을 의결할 예정이다.\n\n김철수 기자 kimcs@example.co.kr\n\n저작권자 © 예시일보 무단전재 및 재배포 금지\n",
      "zh.txt": "政府公布青年住房支持计划\n\n2025-03-06 10:15 来源：新华网 作者：王小明 责任编辑：李四\n\n政府6日公布针对30岁以下青年的住房支持计划，核心内容是每月发放2000元租房补贴。\n\nSecond paragraph of the story follows here, with more detail about it.",
      "fa.txt": "سیاسی\n\nمجلس بودجه سال آینده را تصویب کرد\n\n۱۶ اسفند ۱۴۰۳ - ۱۰:۱۵\n\nتهران - نمایندگان مجلس روز چهارشنبه پس از سه روز بحث، لایحه بودجه سال آینده را با ۱۸۰ رأی موافق تصویب کردند.\n\nرئیس کمیسیون برنامه و بودجه گفت: «این بودجه با توجه به شرایط اقتصادی کشور تنظیم شده است.»\n\nاین لایحه اکنون برای تأیید به شورای نگهبان فرستاده می‌شود.\n\nانتهای پیام\n",
    };
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    for (const [name, text] of Object.entries(copy)) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const out: string[] = [];
      await parseCommand({ file, explain: false }, (s) => out.push(`${s}\n`), () => undefined);
      for (const run of ["first", "second"]) {
        const result = spawnSync(process.execPath, [join(root, "lib", "cli", "galley.cjs"), "parse", file], { encoding: "utf8", env, stdio: ["ignore", "pipe", "pipe"] });
        assert.equal(result.status, 0, `${name}, ${run} run: ${result.signal ?? ""} ${result.stderr}`);
        assert.equal(result.stdout, out.join(""), `${name}, ${run} run`);
      }
    }
  });
});
