/**
 * The desk's page: a paste box, the lines with what each became (coloured, with the parser's
 * reasons), the article page beside them, and a small script without a framework that asks the
 * dev server to read the copy (debounced as you type), to apply a correction, or to save. The
 * page holds no parser: every answer comes from the same code as `galley build`.
 */
import { eventsPath } from "./client.js";

export interface DeskPageOptions {
  /** The site's base path (`/` or `/news/`). */
  base: string;
  /** What a line can be made (front matter `fix:` kinds). */
  kinds: string[];
}

const style = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #d0d0d0; --accent: #0b5394; font: 16px/1.45 system-ui, sans-serif; color: var(--ink); background: #fff; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; }
header { padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.25rem; }
header p { margin: .25rem 0 0; color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; padding: 1rem; }
.work { display: flex; flex-direction: column; gap: 1rem; min-width: 0; }
h2 { font-size: 1rem; margin: 0 0 .5rem; }
.tools { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin-bottom: .5rem; }
.tools label, .copy > label { display: flex; flex-direction: column; font-size: .875rem; color: var(--muted); gap: .125rem; }
select, input, textarea, button { font: inherit; color: inherit; }
select, input { padding: .375rem .5rem; border: 1px solid #767676; border-radius: 4px; background: #fff; min-height: 2.5rem; }
textarea { width: 100%; min-height: 12rem; padding: .5rem; border: 1px solid #767676; border-radius: 4px; font: 14px/1.4 ui-monospace, monospace; resize: vertical; }
button { min-height: 2.5rem; padding: .375rem .875rem; border: 1px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
button.plain { background: #fff; color: var(--accent); }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
#keep pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: .5rem; border-radius: 4px; font-size: .875rem; }
#keep summary { cursor: pointer; color: var(--accent); }
#status { min-height: 1.5rem; margin: .25rem 0 0; }
#status.error { color: #a40000; font-weight: 600; }
#lines { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--line); }
#lines li { border-bottom: 1px solid var(--line); border-left: 6px solid #999; }
#lines .pick { display: grid; grid-template-columns: 2.5rem 7.5rem minmax(0, 1fr); gap: .5rem; width: 100%; text-align: left; background: none; color: var(--ink); border: 0; border-radius: 0; padding: .375rem .5rem; }
#lines .pick:hover { background: #f3f3f3; }
#lines .no { color: var(--muted); font-variant-numeric: tabular-nums; text-align: right; }
#lines .kind { font-weight: 600; }
#lines .text { overflow-wrap: anywhere; }
#lines .why { display: block; padding: 0 .5rem .375rem 11.5rem; font-size: .875rem; color: var(--muted); }
#lines li.fixed .kind::after { content: " ✎"; }
.fix { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; padding: .5rem; background: #f6f8fa; }
.fix label { display: flex; flex-direction: column; font-size: .875rem; gap: .125rem; }
.k-headline, .k-kicker { border-left-color: #5b2c83 !important; }
.k-byline, .k-date, .k-dateline { border-left-color: #6b6b6b !important; }
.k-lede { border-left-color: #0b5394 !important; }
.k-paragraph { border-left-color: #b7c7d9 !important; }
.k-subhead { border-left-color: #1d7a3a !important; }
.k-quote { border-left-color: #b35900 !important; background: #fff8f0; }
.k-related { border-left-color: #8a1538 !important; background: #fbf1f4; }
.k-media { border-left-color: #00707a !important; background: #eef8f9; }
.k-list { border-left-color: #4f6b00 !important; }
.k-endnote { border-left-color: #444 !important; }
.k-noise { border-left-color: #bbb !important; }
.k-noise .text { text-decoration: line-through; color: var(--muted); }
.preview { min-width: 0; }
#page { width: 100%; height: calc(100vh - 9rem); min-height: 24rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; position: sticky; top: 1rem; }
@media (max-width: 760px) {
  main { grid-template-columns: minmax(0, 1fr); padding: .75rem; }
  #lines .pick { grid-template-columns: 2rem 6rem minmax(0, 1fr); }
  #lines .why { padding-left: 9.5rem; }
  #page { height: 70vh; position: static; }
}
`;

// The page's script: plain DOM, no framework. Text from the article is only ever set as textContent.
const script = `
const config = JSON.parse(document.getElementById("desk-config").textContent);
const $ = (id) => document.getElementById(id);
const text = $("text"), section = $("section"), open = $("open"), list = $("lines"), frame = $("page"), statusLine = $("status");
const state = { fixes: {}, path: null, lines: [], seq: 0, timer: null, last: null, pageBase: null };
const say = (message, error) => { statusLine.textContent = message; statusLine.className = error ? "error" : ""; };

async function post(path, body) {
  try {
    const res = await fetch(config.desk + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const data = await res.json().catch(() => ({ error: "the dev server's answer was not JSON (status " + res.status + ")" }));
    return { ok: res.ok, status: res.status, data };
  } catch (error) {
    return { ok: false, status: 0, data: { error: "the dev server did not answer: " + error.message } };
  }
}

const request = () => ({ text: text.value, fixes: state.fixes, path: state.path, section: section.value });

async function read() {
  clearTimeout(state.timer);
  const mine = ++state.seq;
  if (!text.value.trim()) { list.replaceChildren(); frame.srcdoc = ""; say(""); return; }
  const started = performance.now();
  const { ok, data } = await post("/parse", request());
  if (mine !== state.seq) return;
  if (!ok) { say(data.error, true); return; }
  state.last = data;
  showLines(data.lines);
  if (data.html) showPage(data.html, started);
  $("keep").hidden = !data.front;
  $("front").textContent = data.front || "";
  if (!section.value && data.article.section && data.article.section !== "desk") section.value = data.article.section;
  const quotes = data.article.blocks.filter((b) => b.type === "quote").length;
  const boxes = data.article.blocks.filter((b) => b.type === "related").length;
  const problems = data.messages.filter((m) => m.includes(": error: "));
  say(problems.length ? problems.join("; ") : "Read in " + data.ms + " ms (" + Math.round(performance.now() - started) + " ms with the page): " + data.article.blocks.length + " blocks, " + quotes + " quotes, " + boxes + " related boxes.", problems.length > 0);
}
// The page is loaded once; later rounds swap its body in place (the stylesheet stays loaded and
// the scroll position stays where the editor was reading). The time of each round, from the
// request to the page shown, is kept in body[data-round].
function showPage(html, started) {
  const fresh = new DOMParser().parseFromString(html, "text/html");
  const base = fresh.querySelector("base") ? fresh.querySelector("base").getAttribute("href") : "";
  const doc = frame.contentDocument;
  const done = () => { document.body.dataset.round = String(Math.round(performance.now() - started)); };
  if (doc && doc.body && doc.readyState === "complete" && state.pageBase === base) {
    doc.body.replaceWith(doc.importNode(fresh.body, true));
    doc.title = fresh.title;
    requestAnimationFrame(done);
    return;
  }
  state.pageBase = base;
  frame.onload = () => { frame.onload = null; done(); };
  frame.removeAttribute("src");
  frame.srcdoc = html;
}
const later = () => { clearTimeout(state.timer); state.timer = setTimeout(read, 200); };

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function showLines(lines) {
  state.lines = lines;
  const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest("li[data-line]");
  const keep = focused ? focused.dataset.line : null;
  list.replaceChildren(...lines.map(lineItem));
  if (keep) list.querySelector('li[data-line="' + keep + '"] .pick')?.focus();
}

function lineItem(line) {
  const id = "fix-" + line.line;
  const pick = el("button", { type: "button", className: "pick" },
    el("span", { className: "no", textContent: String(line.line) }),
    el("span", { className: "kind", textContent: line.kind }),
    el("span", { className: "text", textContent: line.text }));
  pick.setAttribute("aria-expanded", "false");
  pick.setAttribute("aria-controls", id);
  const item = el("li", { className: "k-" + line.kind + (line.fixed ? " fixed" : "") }, pick,
    line.reasons.length ? el("span", { className: "why", textContent: line.reasons.join(" · ") }) : null);
  item.dataset.line = String(line.line);
  item.dataset.kind = line.kind;
  item.dataset.became = line.became;
  pick.addEventListener("click", () => toggle(item));
  return item;
}

function fixPanel(line, id) {
  const current = state.fixes[line.line];
  const kind = el("select", { name: "kind" }, ...config.kinds.map((k) => el("option", { value: k, textContent: k })));
  const known = (current || "").split(":")[0] || (config.kinds.includes(line.kind) ? line.kind : "paragraph");
  kind.value = known;
  const speakerInput = el("input", { name: "speaker", value: (current || "").split(":").slice(1).join(":").trim() || (line.became.match(/speaker: ([^)]*)/) || [])[1] || "" });
  const speaker = el("label", {}, "Speaker", speakerInput);
  speaker.hidden = kind.value !== "quote";
  kind.addEventListener("change", () => { speaker.hidden = kind.value !== "quote"; });
  const apply = el("button", { type: "button", textContent: "Apply" });
  apply.addEventListener("click", () => {
    state.fixes[line.line] = kind.value === "quote" && speakerInput.value.trim() ? "quote: " + speakerInput.value.trim() : kind.value;
    read();
  });
  const undo = el("button", { type: "button", className: "plain", textContent: "Undo correction" });
  undo.hidden = !current;
  undo.addEventListener("click", () => { delete state.fixes[line.line]; read(); });
  const panel = el("div", { className: "fix", id }, el("label", {}, "Line " + line.line + " is", kind), speaker, apply, undo);
  panel.hidden = true;
  panel.addEventListener("keydown", (event) => { if (event.key === "Escape") toggle(panel.parentElement, false); });
  return panel;
}

function toggle(item, force) {
  const pick = item.querySelector(".pick");
  // the correction form is made when first opened: a long article has many lines
  const panel = item.querySelector(".fix") || item.appendChild(fixPanel(state.lines.find((l) => String(l.line) === item.dataset.line), pick.getAttribute("aria-controls")));
  const show = force === undefined ? panel.hidden : force;
  panel.hidden = !show;
  pick.setAttribute("aria-expanded", String(show));
  if (show) panel.querySelector("select").focus();
  else pick.focus();
}

async function save(flags = {}) {
  if (!text.value.trim()) { say("Paste an article first.", true); return; }
  const { ok, data } = await post("/save", { ...request(), ...flags });
  if (!ok && data.ask && confirm(data.error)) return save({ ...flags, [data.ask === "overwrite" ? "overwrite" : "keepSource"]: true });
  if (!ok) { say(data.error, true); return; }
  say("Saved " + data.path + (data.differences && data.differences.length ? " (check: " + data.differences.join(", ") + ")" : "") + ". The page reloads from it when the site is rebuilt.");
  const events = new EventSource(config.events);
  const show = () => { events.close(); state.pageBase = null; frame.removeAttribute("srcdoc"); frame.src = data.url + "?desk=" + Date.now(); };
  events.addEventListener("reload", show);
  events.addEventListener("problem", (event) => { events.close(); say("Saved " + data.path + ", but the site has a problem: " + event.data, true); });
  setTimeout(() => { if (events.readyState !== 2) show(); }, 5000);
}

async function articles() {
  const res = await fetch(config.desk + "/articles").catch(() => null);
  const data = res && res.ok ? await res.json() : { articles: [] };
  for (const a of data.articles) open.append(el("option", { value: a.path, textContent: a.path + " — " + a.headline }));
}

open.addEventListener("change", async () => {
  if (!open.value) { state.path = null; return; }
  const res = await fetch(config.desk + "/source?path=" + encodeURIComponent(open.value));
  const data = await res.json();
  if (!res.ok) { say(data.error, true); return; }
  text.value = data.text; state.path = data.path; state.fixes = {}; section.value = data.path.includes("/") ? data.path.split("/")[0] : "";
  read();
});
text.addEventListener("input", later);
section.addEventListener("change", () => { if (text.value.trim()) read(); });
$("save").addEventListener("click", () => save());
articles();
`;

/** The desk's HTML page. */
export function deskHtml(options: DeskPageOptions): string {
  const config = JSON.stringify({ desk: "/__galley/desk", events: eventsPath, base: options.base, kinds: options.kinds }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Desk · Galley</title>
<style>${style}</style>
</head>
<body>
<header>
<h1>Desk</h1>
<p>Paste an article's copy or open one of the site. Each line shows what it became; choose a line to correct it. Save writes the article as Markdown into content/.</p>
</header>
<main>
<div class="work">
<section class="copy" aria-labelledby="copy-title">
<h2 id="copy-title">Copy</h2>
<div class="tools">
<label>Open an article <select id="open"><option value="">None: pasted copy</option></select></label>
<label>Section <input id="section" name="section" autocomplete="off" placeholder="news"></label>
<button id="save" type="button">Save as Markdown</button>
</div>
<label for="text">Article text</label>
<textarea id="text" spellcheck="false" placeholder="Paste the article: headline first, then the copy."></textarea>
<p id="status" role="status" aria-live="polite"></p>
<details id="keep" hidden><summary>Or keep the text: its front matter with your corrections</summary>
<p>Put this at the top of the .txt file (in place of the front matter it has) and the site reads it as corrected here.</p>
<pre id="front"></pre></details>
</section>
<section aria-labelledby="lines-title">
<h2 id="lines-title">What each line became</h2>
<ol id="lines"></ol>
</section>
</div>
<section class="preview" aria-labelledby="page-title">
<h2 id="page-title">The article page</h2>
<iframe id="page" title="The article page as the site will show it" sandbox="allow-same-origin"></iframe>
</section>
</main>
<script type="application/json" id="desk-config">${config}</script>
<script>${script}</script>
</body>
</html>
`;
}
