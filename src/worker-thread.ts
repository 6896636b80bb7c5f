/**
 * Starts a worker thread from a module next to the caller: the compiled `.js` in a build of
 * Galley, or the `.ts` source (through tsx) when Galley runs from its sources, as in the tests.
 */
import { Worker } from "node:worker_threads";

/** `name` is the module's name without extension, resolved against `from` (the caller's import.meta.url). */
export function startWorker(from: string, name: string, workerData?: unknown): Worker {
  if (!from.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, from), { workerData });
  const tsx = import.meta.resolve("tsx/esm/api");
  const script = new URL(`./${name}.ts`, from).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); })`, { eval: true, workerData });
}
