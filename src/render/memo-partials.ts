/**
 * `{% render "partials/…", key: value %}` rendered once per distinct arguments. A `render`
 * partial sees nothing but its arguments, so the same arguments give the same HTML: a teaser
 * shown on its section page, its tag pages, its month and next to four other articles is
 * rendered once per link depth instead of every time. Other renders (blocks, `with`, `for`,
 * names from variables) are rendered as usual.
 */
import { RenderTag, toValue, type Context, type Emitter, type Liquid } from "liquidjs";

/** Partials kept per engine: enough for the teasers of a listing's neighbourhood. */
const limit = 4000;

/** What LiquidJS's own emitter makes of a written value. */
function stringify(value: unknown): string {
  const plain = toValue(value) as unknown;
  if (typeof plain === "string") return plain;
  if (plain === undefined || plain === null) return "";
  if (Array.isArray(plain)) return plain.map(stringify).join("");
  return String(plain);
}

interface RenderInternals {
  file: unknown;
  hash: { render: (ctx: Context) => Generator<unknown, Record<string, unknown>> };
  with?: unknown;
  forBinding?: unknown;
}

/** Makes `engine`'s `render` tag remember what it rendered from `partials/`. */
export function memoizePartials(engine: Liquid): void {
  const memo = new Map<string, string>();
  class MemoRender extends RenderTag {
    override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const self = this as unknown as RenderInternals;
      if (typeof self.file !== "string" || !self.file.startsWith("partials/") || self.with || self.forBinding) {
        return yield* super.render(ctx, emitter);
      }
      const args = (yield* self.hash.render(ctx)) as Record<string, unknown>;
      const key = `${self.file}\0${JSON.stringify(args)}`;
      let html = memo.get(key);
      if (html === undefined) {
        const capture: Emitter = {
          buffer: "",
          write(value: unknown) {
            this.buffer += stringify(value);
          },
        };
        yield* super.render(ctx, capture);
        html = capture.buffer;
        if (memo.size >= limit) memo.delete(memo.keys().next().value as string);
        memo.set(key, html);
      }
      emitter.write(html);
    }
  }
  engine.registerTag("render", MemoRender);
}
