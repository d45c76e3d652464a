import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export interface ServerProcess {
  name: string;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Its process id (for its CPU time, see cpu.ts). */
  pid: number;
  /**
   * Stops it with SIGTERM (its own clean shutdown), SIGKILL after 15 s; resolves once it has exited,
   * rejects (with the tail of its output) when it did not exit cleanly.
   */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  name: string;
  /** Arguments to `node`, e.g. `["--import", "tsx", "src/main.ts"]`. */
  nodeArgs: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  /** Resolves true once the server answers; called every 200 ms until it does. */
  isReady(url: string): Promise<boolean>;
  /** How long to wait for it (a first PGlite start takes seconds; PostGraphile introspects first). */
  timeoutMs?: number;
  /** Aborting it while waiting stops the process and rejects. */
  signal: AbortSignal;
}

/** A port nothing listens on now, for a server the bench starts next. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts a server as its own Node process (not inside the bench: a load generator sharing the
 * server's event loop understates the server), waits until it is ready, and keeps the tail of its
 * output to show when it fails.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  // Its own process group: Ctrl-C in the terminal reaches only the bench, which then stops it once,
  // with SIGTERM, after stopping the load (the servers' shutdown handlers run once).
  const child = spawn(process.execPath, options.nodeArgs, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  // Should the bench itself die of an uncaught error, the server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  // Always drain the pipes: a full pipe would block the server's writes.
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let hasExited = false;
  const exited = new Promise<string | null>((resolve) =>
    child.once("exit", (code, signal) => {
      hasExited = true;
      process.off("exit", killOnExit);
      resolve(code === 0 ? null : `exit ${signal ?? code}`);
    }),
  );

  const url = `http://127.0.0.1:${options.port}`;
  const server: ServerProcess = {
    name: options.name,
    url,
    pid: child.pid!,
    async stop() {
      const failure = await stopChild(child, exited);
      if (failure) throw new Error(`${options.name} did not stop cleanly (${failure}):\n${tail.join("\n")}`);
    },
  };
  const timeoutMs = options.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited) throw new Error(`${options.name} exited before it was ready:\n${tail.join("\n")}`);
    // Stopped while starting: its shutdown handler may not be installed yet, so SIGTERM may just kill it.
    if (options.signal.aborted) {
      await stopChild(child, exited);
      throw options.signal.reason;
    }
    if (await options.isReady(url).catch(() => false)) return server;
    if (Date.now() > deadline) {
      await stopChild(child, exited);
      throw new Error(`${options.name} was not ready after ${timeoutMs} ms:\n${tail.join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Resolves null after a clean exit, else how it ended. */
async function stopChild(child: ChildProcess, exited: Promise<string | null>): Promise<string | null> {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  const failure = await exited;
  clearTimeout(timer);
  return failure;
}
