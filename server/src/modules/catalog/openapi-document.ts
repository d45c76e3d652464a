import { Worker } from "node:worker_threads";
import type { CheckedOpenApi } from "./openapi-check.js";

/** A document that takes longer than this to read and validate, waiting for a turn included, is refused. */
export const OPENAPI_CHECK_TIMEOUT_MS = 20_000;
/** The heap a check may use; past it the check stops and the document is refused. */
const CHECK_HEAP_MB = 384;
/** Checks at once in this process (each takes a core and up to CHECK_HEAP_MB)... */
const MAX_CONCURRENT_CHECKS = 2;
/** ...and documents waiting for a turn; more are refused at once rather than held in memory. */
const MAX_WAITING_CHECKS = 8;
/** An idle worker is kept this long for the next check (starting one costs about a second), then stopped. */
const IDLE_MS = 60_000;

const refused = (message: string): CheckedOpenApi => ({ ok: false, problems: [{ message, line: null, column: null, path: null }] });

interface Checker {
  worker: Worker;
  /** Ended (stopped, crashed or out of memory): never given another document. */
  dead: boolean;
  idleTimer: NodeJS.Timeout | null;
  /** The check it runs, told when the worker ends under it. */
  current: ((answer: CheckedOpenApi) => void) | null;
}
const idle: Checker[] = [];
let running = 0;
const waiting: (() => void)[] = [];
let nextId = 1;

/**
 * Reads and validates an OpenAPI document (openapi-check.ts) in a worker thread with a bounded heap
 * and a deadline, so that no document — however large, however its references multiply — holds the
 * server's event loop or takes the process down with it: past the deadline or the heap, the worker is
 * stopped and the document refused. At most MAX_CONCURRENT_CHECKS run at once and MAX_WAITING_CHECKS
 * wait; workers are reused.
 */
export async function parseOpenApiDocument(text: string): Promise<CheckedOpenApi> {
  const deadline = Date.now() + OPENAPI_CHECK_TIMEOUT_MS;
  if (running >= MAX_CONCURRENT_CHECKS) {
    if (waiting.length >= MAX_WAITING_CHECKS) return refused("The server is checking other documents; try again in a moment.");
    const turn = await new Promise<boolean>((resolve) => {
      const handOver = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(handOver), 1);
        resolve(false);
      }, OPENAPI_CHECK_TIMEOUT_MS);
      waiting.push(handOver);
    });
    if (!turn) return refused(`Checking the document could not start within ${OPENAPI_CHECK_TIMEOUT_MS / 1000} seconds; try again in a moment.`);
    // The slot was handed over by the check that ended: `running` already counts it.
  } else {
    running++;
  }
  try {
    return await check(text, Math.max(1000, deadline - Date.now()));
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
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
  const checker: Checker = { worker, dead: false, idleTimer: null, current: null };
  // Whenever the worker ends — under a check, or idle — it is taken out of use, and the check it ran refused.
  const end = (answer: CheckedOpenApi) => {
    checker.dead = true;
    if (checker.idleTimer) clearTimeout(checker.idleTimer);
    const at = idle.indexOf(checker);
    if (at >= 0) idle.splice(at, 1);
    checker.current?.(answer);
  };
  worker.on("error", (error: Error & { code?: string }) =>
    end(
      refused(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? "The document needs more memory to check than an import may use; import a smaller one."
          : `The document could not be checked: ${error.message.split("\n")[0]}`,
      ),
    ),
  );
  worker.on("exit", (code) => end(refused(`The document could not be checked (the check stopped with code ${code}).`)));
  return checker;
}

function check(text: string, timeoutMs: number): Promise<CheckedOpenApi> {
  let checker = idle.pop();
  while (checker?.dead) checker = idle.pop();
  checker ??= startChecker();
  if (checker.idleTimer) clearTimeout(checker.idleTimer);
  const chosen = checker;
  const { worker } = chosen;
  const id = nextId++;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: CheckedOpenApi, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      worker.off("message", onMessage);
      chosen.current = null;
      if (reusable && !chosen.dead) {
        chosen.idleTimer = setTimeout(() => void worker.terminate(), IDLE_MS);
        chosen.idleTimer.unref();
        idle.push(chosen);
      } else {
        chosen.dead = true;
        void worker.terminate();
      }
      resolve(answer);
    };
    const onMessage = (message: { id: number; answer: CheckedOpenApi }) => {
      if (message.id === id) settle(message.answer, true);
    };
    chosen.current = (answer) => settle(answer, false);
    const deadline = setTimeout(
      () => settle(refused(`Checking the document took more than ${OPENAPI_CHECK_TIMEOUT_MS / 1000} seconds; import a smaller one.`), false),
      timeoutMs,
    );
    worker.on("message", onMessage);
    worker.postMessage({ id, text });
  });
}
