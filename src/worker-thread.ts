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
  /**
   * Runs `job` on the worker numbered `on` (`workerData.worker`) while it lives, else on the least
   * busy one. A function is given the number of the worker chosen and makes the job for it.
   */
  run: (job: Job | ((worker: number) => Job), on?: number) => Promise<Reply>;
  close: () => Promise<void>;
}

/**
 * `size` workers of module `name` (see `startWorker`). A job is posted as `{ id, job }`; the
 * worker answers `{ id, ...reply }`, or `{ id, failed }` when the job failed (the error is thrown
 * where the job is awaited). A worker that crashes or exits fails the jobs it was given with
 * that cause and is replaced by a new one, up to twice `size` times; after that every job left
 * and to come fails too: a job is never left waiting for a worker that is gone. Each worker
 * gets a number of its own in `workerData.worker` (never reused), so a job can go to the worker
 * that holds what it needs.
 */
export function startPool<Job, Reply>(from: string, name: string, size: number, workerData: unknown): WorkerPool<Job, Reply> {
  const waiting = new Map<number, { done: (reply: Reply) => void; fail: (error: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>();
  const numbered = new Map<number, Worker>();
  const numberOf = new Map<Worker, number>();
  let made = 0;
  let restarts = 2 * size;
  let closed = false;
  let broken: Error | null = null;
  let next = 0;
  const failJobsOf = (worker: Worker, error: Error) => {
    for (const [id, job] of waiting) {
      if (job.worker !== worker) continue;
      waiting.delete(id);
      job.fail(error);
    }
  };
  const add = () => {
    const number = made++;
    const worker = startWorker(from, name, { ...(workerData as object), worker: number });
    load.set(worker, 0);
    numbered.set(number, worker);
    numberOf.set(worker, number);
    worker.on("message", ({ id, failed, ...reply }: { id: number; failed?: { message: string; code?: string; path?: string } }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const job = waiting.get(id);
      waiting.delete(id);
      if (failed) job?.fail(Object.assign(new Error(failed.message), { code: failed.code, path: failed.path }));
      else job?.done(reply as Reply);
    });
    const gone = (error: Error) => {
      if (!load.has(worker)) return;
      load.delete(worker);
      numbered.delete(number);
      failJobsOf(worker, error);
      if (closed) return;
      if (restarts-- > 0) add();
      else if (load.size === 0) {
        broken = new Error(`the ${name} threads kept stopping (last: ${error.message})`);
        for (const [id, job] of waiting) {
          waiting.delete(id);
          job.fail(broken);
        }
      }
    };
    worker.on("error", (error) => gone(error));
    worker.on("exit", (code) => gone(new Error(`a ${name} thread stopped (exit code ${code})`)));
  };
  const leastBusy = (): Worker | undefined => {
    let best: Worker | undefined;
    let least = Infinity;
    for (const [worker, jobs] of load) {
      if (jobs < least) {
        best = worker;
        least = jobs;
      }
    }
    return best;
  };
  for (let i = 0; i < size; i++) add();
  return {
    run: (job, on) =>
      new Promise((done, fail) => {
        if (closed) return fail(new Error(`the ${name} pool is closed`));
        const worker = (on === undefined ? undefined : numbered.get(on)) ?? leastBusy();
        if (!worker) return fail(broken ?? new Error(`no ${name} thread is running`));
        const id = next++;
        load.set(worker, (load.get(worker) ?? 0) + 1);
        waiting.set(id, { done, fail, worker });
        worker.postMessage({ id, job: typeof job === "function" ? (job as (worker: number) => Job)(numberOf.get(worker) as number) : job });
      }),
    close: async () => {
      closed = true;
      const workers = [...load.keys()];
      load.clear();
      numbered.clear();
      for (const [id, job] of waiting) {
        waiting.delete(id);
        job.fail(new Error(`the ${name} pool was closed`));
      }
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
