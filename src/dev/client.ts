/**
 * The script `galley dev` adds to the pages it serves (never to a built site): it listens to
 * the server's events, reloads the page after a rebuild, swaps stylesheets without reloading
 * when only CSS changed, and shows problems in an overlay until the next good save.
 */
export const eventsPath = "/__galley/events";

const script = `(() => {
  const events = new EventSource(${JSON.stringify(eventsPath)});
  let overlay = null;
  const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("css", () => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href);
      url.searchParams.set("galley", String(Date.now()));
      link.href = url.href;
    }
  });
  events.addEventListener("problem", (event) => {
    hide();
    overlay = document.createElement("div");
    overlay.id = "galley-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,20,.92);color:#fff;padding:2rem;overflow:auto;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace";
    const title = document.createElement("p");
    title.textContent = "galley dev: the last change has a problem. The page shows the last good version.";
    title.style.cssText = "font-weight:700;margin:0 0 1rem;color:#ffb4b4";
    const text = document.createElement("pre");
    text.textContent = event.data;
    text.style.cssText = "white-space:pre-wrap;margin:0";
    overlay.append(title, text);
    document.body.append(overlay);
  });
  events.addEventListener("ok", hide);
})();`;

/** The `<script>` element for dev pages. */
export const clientScript = `<script>${script}</script>`;

/** Adds the dev client to an HTML page, before `</body>`. */
export function withClient(html: string): string {
  const at = html.lastIndexOf("</body>");
  return at < 0 ? html + clientScript : html.slice(0, at) + clientScript + html.slice(at);
}
