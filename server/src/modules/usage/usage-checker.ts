import type { UsagePeriod } from "@gatehouse/schema/usage";
import { sql } from "drizzle-orm";
import type { Logger } from "../../config/logger.js";
import type { Executor } from "../../db/client.js";
import { compileQuery, runArrays, slot } from "../../db/statement.js";
import { sqlStateOf } from "../../graphql/errors.js";

/** One authorize or authrep, as the endpoint has read it. */
export interface CheckCall {
  /** HMAC of the service token. */
  hash: string;
  serviceId: string;
  kind: "user_key" | "app_id" | "client_id";
  credential: string;
  appKey: string | null;
  /** Rolled-up usage by metric id; empty: a check of the current counters only. */
  usage: ReadonlyMap<string, number>;
  at: Date;
  /** authrep: count the usage when it is authorized. */
  record: boolean;
}

/** What the database answered for a call. */
export interface Checked {
  error: string | null;
  state: string | null;
  tenantId: string;
  applicationId: string;
  accountId: string;
  /** The call's limits (of its metrics, or every limit of its plan), in period order; `current` after the call. */
  limits: { metricId: string; period: UsagePeriod; max: number; current: number }[];
  /** Index in `limits` of the first limit the call would exceed (nothing was counted), or null. */
  broken: number | null;
}

interface Answer {
  error: (string | null)[];
  state: (string | null)[];
  tenantId: (string | null)[];
  applicationId: (string | null)[];
  accountId: (string | null)[];
  broken: (number | null)[];
  limitCall: number[];
  limitMetric: string[];
  limitPeriod: UsagePeriod[];
  limitMax: number[];
  limitCurrent: number[];
}

const CHECK = compileQuery(
  sql`select gatehouse_usage_check_batch(${slot("hashes")}::text[], ${slot("serviceIds")}::uuid[], ${slot("kinds")}::text[], ${slot("credentials")}::text[], ${slot("appKeys")}::text[],
    ${slot("at")}::text[]::timestamptz[], ${slot("record")}::text[]::boolean[], ${slot("reports")}::text[]::boolean[], ${slot("itemCalls")}::int[], ${slot("itemMetrics")}::uuid[], ${slot("itemAmounts")}::bigint[]) as answer`,
);

/** Calls a batch carries at most. */
const MAX_BATCH = 500;

/**
 * Checks authorize and authrep calls in group-committed batches (ADR 0006): a call waits for the
 * batches in flight (at most `inFlight` at once), and every call that arrives meanwhile goes into the
 * next batch — ONE call of `gatehouse_usage_check_batch`, one commit, for all of them; an idle server
 * sends a call at once. The function checks the calls in arrival order, each as if alone, with the
 * limited counters locked (exact under any concurrency). A batch PostgreSQL refuses (a deadlock with
 * another process, an application deleted meanwhile) is checked again call by call, so one bad call fails alone.
 */
export class UsageChecker {
  private queue: { call: CheckCall; resolve: (checked: Checked) => void; reject: (error: unknown) => void }[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly db: Executor,
    private readonly logger: Logger,
    private readonly inFlight = 2,
  ) {}

  check(call: CheckCall): Promise<Checked> {
    return new Promise((resolve, reject) => {
      this.queue.push({ call, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.scheduled || this.running >= this.inFlight || this.queue.length === 0) return;
    this.scheduled = true;
    // The calls of this turn of the event loop join the batch.
    setImmediate(() => {
      this.scheduled = false;
      while (this.running < this.inFlight && this.queue.length > 0) void this.send(this.queue.splice(0, MAX_BATCH));
    });
  }

  private async send(batch: UsageChecker["queue"]): Promise<void> {
    this.running++;
    try {
      const answers = await checkBatch(
        this.db,
        batch.map((b) => b.call),
      );
      batch.forEach((b, i) => b.resolve(answers[i]!));
    } catch (error) {
      // A statement PostgreSQL refused (it says why with a SQLSTATE) was rolled back: its calls can be
      // checked again. Any other failure (a lost connection) may have come after the commit: the calls
      // fail, and none is counted twice.
      if (batch.length === 1 || sqlStateOf(error) === undefined) for (const b of batch) b.reject(error);
      else {
        this.logger.warn({ err: error, calls: batch.length }, "checking a batch of usage calls failed; checking its calls one by one");
        for (const b of batch) {
          try {
            b.resolve((await checkBatch(this.db, [b.call]))[0]!);
          } catch (alone) {
            b.reject(alone);
          }
        }
      }
    } finally {
      this.running--;
      this.pump();
    }
  }
}

/** Checks the calls in one statement (and one transaction); answers by call. */
export async function checkBatch(db: Executor, calls: readonly CheckCall[]): Promise<Checked[]> {
  const itemCalls: number[] = [];
  const itemMetrics: string[] = [];
  const itemAmounts: number[] = [];
  calls.forEach((c, i) => {
    for (const [metricId, amount] of c.usage) {
      itemCalls.push(i + 1);
      itemMetrics.push(metricId);
      itemAmounts.push(amount);
    }
  });
  const [[raw] = []] = await runArrays(db, CHECK, {
    hashes: calls.map((c) => c.hash),
    serviceIds: calls.map((c) => c.serviceId),
    kinds: calls.map((c) => c.kind),
    credentials: calls.map((c) => c.credential),
    appKeys: calls.map((c) => c.appKey),
    at: calls.map((c) => c.at.toISOString()),
    // booleans travel as text, as the times do: the driver types a boolean[] parameter as one boolean
    record: calls.map((c) => String(c.record)),
    reports: calls.map((c) => String(c.usage.size > 0)),
    itemCalls,
    itemMetrics,
    itemAmounts,
  });
  const a = (typeof raw === "string" ? JSON.parse(raw) : raw) as Answer;
  const checked: Checked[] = calls.map((_, i) => ({
    error: a.error[i] ?? null,
    state: a.state[i] ?? null,
    tenantId: a.tenantId[i]!,
    applicationId: a.applicationId[i]!,
    accountId: a.accountId[i]!,
    limits: [],
    broken: a.broken[i] ?? null,
  }));
  for (let q = 0; q < a.limitCall.length; q++) {
    checked[a.limitCall[q]! - 1]!.limits.push({ metricId: a.limitMetric[q]!, period: a.limitPeriod[q]!, max: Number(a.limitMax[q]), current: Number(a.limitCurrent[q]) });
  }
  return checked;
}
