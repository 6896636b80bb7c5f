/** A worker for the pool tests: `ok` answers, `fail` fails its job, `crash` throws out of the handler, `exit` exits the thread. */
import { parentPort } from "node:worker_threads";

parentPort?.on("message", ({ id, job }: { id: number; job: string }) => {
  if (job === "crash") throw new Error("the worker crashed");
  if (job === "exit") process.exit(3);
  if (job === "fail") return parentPort?.postMessage({ id, failed: { message: "ENOTDIR: not a directory", code: "ENOTDIR" } });
  parentPort?.postMessage({ id, answer: `done ${job}` });
});
