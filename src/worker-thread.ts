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

/** Workers that take jobs one message at a time; each job goes to the least busy worker. */
export interface WorkerPool<Job, Reply> {
  run: (job: Job) => Promise<Reply>;
  close: () => Promise<void>;
}

/**
 * `size` workers of module `name` (see `startWorker`). A job is posted as `{ id, job }`; the
 * worker answers `{ id, ...reply }`. A worker that crashes fails every job it was given.
 */
export function startPool<Job, Reply>(from: string, name: string, size: number, workerData: unknown): WorkerPool<Job, Reply> {
  const workers = Array.from({ length: size }, () => startWorker(from, name, workerData));
  const waiting = new Map<number, { done: (reply: Reply) => void; fail: (error: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  for (const worker of workers) {
    worker.on("message", ({ id, ...reply }: { id: number }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      waiting.get(id)?.done(reply as Reply);
      waiting.delete(id);
    });
    worker.on("error", (error) => {
      for (const [id, job] of waiting) {
        if (job.worker !== worker) continue;
        job.fail(error);
        waiting.delete(id);
      }
    });
  }
  return {
    run: (job) =>
      new Promise((done, fail) => {
        const id = next++;
        const worker = [...load].sort((a, b) => a[1] - b[1])[0]?.[0] as Worker;
        load.set(worker, (load.get(worker) ?? 0) + 1);
        waiting.set(id, { done, fail, worker });
        worker.postMessage({ id, job });
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
