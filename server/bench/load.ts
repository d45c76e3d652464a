import autocannon from "autocannon";
import { cpuPerRequest, type CpuReading, readCpu } from "./cpu.js";

/** A GraphQL server under load. */
export interface LoadTarget {
  name: string;
  /** Its /graphql URL. */
  endpoint: string;
  headers: Record<string, string>;
  /**
   * SQL statements the server has sent so far, where it counts them (Gatehouse with GATEHOUSE_BENCH=1,
   * via /healthz). Each reading itself costs `statementsPerReading` statements.
   */
  statements?: { read(): Promise<number>; statementsPerReading: number };
  /** Its process id, when the bench started it: the run reports its CPU time per request. */
  pid?: number;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
  /** Stops a run in flight (Ctrl-C). */
  signal: AbortSignal;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx responses and responses that are not a GraphQL success. */
  failed: number;
  /** From the warm-up run, which is a fixed number of requests that all complete: exact. */
  statementsPerRequest: number | null;
  /** CPU ms per request of the server's process and of PostgreSQL's processes during the run (null: not known). */
  cpuPerRequest: CpuReading;
}

/** Requests per connection in the warm-up run (also the run that counts statements). */
const WARM_UP_PER_CONNECTION = 10;

/**
 * Warms the target up with a fixed number of requests (counting its SQL statements around them),
 * then loads it for `seconds` with `connections` concurrent connections, one request in flight each.
 */
export async function measure(target: LoadTarget, query: string, options: LoadOptions): Promise<LoadResult> {
  const body = JSON.stringify({ query });
  const before = await target.statements?.read();
  const warmUp = await cannon(target, body, { connections: options.connections, amount: options.connections * WARM_UP_PER_CONNECTION }, options.signal);
  const after = await target.statements?.read();
  const statementsPerRequest =
    before === undefined || after === undefined || !target.statements
      ? null
      : (after - before - target.statements.statementsPerReading) / Math.max(1, warmUp.requests.total);
  const cpuBefore = readCpu(target.pid);
  const run = await cannon(target, body, { connections: options.connections, duration: options.seconds }, options.signal);
  const cpuAfter = readCpu(target.pid);
  return {
    cpuPerRequest: cpuPerRequest(cpuBefore, cpuAfter, run.requests.total),
    requestsPerSecond: run.requests.average,
    p50: run.latency.p50,
    p99: run.latency.p99,
    failed: failures(warmUp) + failures(run),
    statementsPerRequest,
  };
}

function cannon(
  target: LoadTarget,
  body: string,
  size: { connections: number; amount?: number; duration?: number },
  signal: AbortSignal,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const instance = autocannon(
      {
        url: target.endpoint,
        method: "POST",
        headers: { "content-type": "application/json", ...target.headers },
        body,
        ...size,
        verifyBody: isGraphQLSuccess,
      },
      (error, result) => {
        signal.removeEventListener("abort", stop);
        if (signal.aborted) reject(signal.reason);
        else if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(result);
      },
    );
    const stop = () => instance.stop();
    signal.addEventListener("abort", stop, { once: true });
  });
}

/**
 * A GraphQL error comes back as HTTP 200, so the status alone does not tell a failure: a response
 * counts only when its body is JSON with `data` and no `errors`.
 */
function isGraphQLSuccess(body: string | Buffer | undefined): boolean {
  if (body === undefined) return false;
  try {
    const parsed = JSON.parse(body.toString()) as { data?: unknown; errors?: unknown } | null;
    return typeof parsed === "object" && parsed !== null && parsed.data != null && parsed.errors === undefined;
  } catch {
    return false;
  }
}

/**
 * Every non-2xx answer of a GraphQL server carries `errors`, so it is also a body mismatch: the larger
 * of the two counts each failed response once.
 */
function failures(result: autocannon.Result): number {
  return result.errors + Math.max(result.non2xx, result.mismatches);
}
