import { Worker } from "node:worker_threads";
import type { CheckedOpenApi } from "./openapi-check.js";

export type ParsedOpenApi = CheckedOpenApi;

/** A document that takes longer than this to read and validate is refused. */
export const OPENAPI_CHECK_TIMEOUT_MS = 20_000;
/** The heap a check may use; past it the check stops and the document is refused. */
const CHECK_HEAP_MB = 384;
/** Checks at once in this process; more wait their turn (each takes a core and up to CHECK_HEAP_MB). */
const MAX_CONCURRENT_CHECKS = 2;
/** An idle worker is kept this long for the next check (starting one costs about a second), then stopped. */
const IDLE_MS = 60_000;

const refused = (message: string): CheckedOpenApi => ({ ok: false, problems: [{ message, line: null, column: null, path: null }] });

interface Checker {
  worker: Worker;
  idleTimer: NodeJS.Timeout | null;
}
const idle: Checker[] = [];
let running = 0;
const waiting: (() => void)[] = [];
let nextId = 1;

/**
 * Reads and validates an OpenAPI document (openapi-check.ts) in a worker thread with a bounded heap
 * and a deadline, so that no document — however large, however its references multiply — holds the
 * server's event loop or takes the process down with it: past the deadline or the heap, the worker is
 * stopped and the document refused. At most MAX_CONCURRENT_CHECKS run at once; workers are reused.
 */
export async function parseOpenApiDocument(text: string): Promise<ParsedOpenApi> {
  if (running >= MAX_CONCURRENT_CHECKS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await check(text);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function startChecker(): Checker {
  // openapi-worker.mjs registers tsx in the worker, then runs the check (openapi-worker.ts).
  const worker = new Worker(new URL("./openapi-worker.mjs", import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: CHECK_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
    stdout: false,
    stderr: false,
  });
  // An idle worker does not keep the process alive.
  worker.unref();
  return { worker, idleTimer: null };
}

function check(text: string): Promise<CheckedOpenApi> {
  const checker = idle.pop() ?? startChecker();
  if (checker.idleTimer) clearTimeout(checker.idleTimer);
  const { worker } = checker;
  const id = nextId++;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: CheckedOpenApi, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (reusable) {
        checker.idleTimer = setTimeout(() => {
          idle.splice(idle.indexOf(checker), 1);
          void worker.terminate();
        }, IDLE_MS);
        checker.idleTimer.unref();
        idle.push(checker);
      } else {
        void worker.terminate();
      }
      resolve(answer);
    };
    const onMessage = (message: { id: number; answer: CheckedOpenApi }) => {
      if (message.id === id) settle(message.answer, true);
    };
    const onError = (error: Error & { code?: string }) =>
      settle(
        refused(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? "The document needs more memory to check than an import may use; import a smaller one."
            : `The document could not be checked: ${error.message.split("\n")[0]}`,
        ),
        false,
      );
    const onExit = (code: number) => settle(refused(`The document could not be checked (the check stopped with code ${code}).`), false);
    const deadline = setTimeout(
      () => settle(refused(`Checking the document took more than ${OPENAPI_CHECK_TIMEOUT_MS / 1000} seconds; import a smaller one.`), false),
      OPENAPI_CHECK_TIMEOUT_MS,
    );
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, text });
  });
}
