/** `galley dev`: the preview server, until Ctrl-C. */
import { startDevServer } from "../dev/dev-server.js";
import type { Io } from "./run.js";

export interface DevCommandOptions {
  dir: string;
  port: number;
  host: string;
}

export async function devCommand(options: DevCommandOptions, io: Io): Promise<number> {
  const server = await startDevServer({ dir: options.dir, port: options.port, host: options.host, log: io.out });
  await new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  io.out("galley dev: stopping");
  await server.close();
  return 0;
}
