import { periodStart, USAGE_PERIODS, type UsagePeriod } from "@gatehouse/schema/usage";
import { sql } from "drizzle-orm";
import type { Logger } from "../../config/logger.js";
import type { ScheduledTask } from "../../jobs/scheduler.js";
import type { Executor } from "../../db/client.js";
import { compileQuery, runArrays, slot } from "../../db/statement.js";
import { sqlStateOf } from "../../graphql/errors.js";

/** The buckets of the service, account and response-code rollups. */
export const ROLLUP_GRANULARITIES = ["HOUR", "DAY", "MONTH"] as const;

/** What one accepted call (or reported transaction) adds, besides the limited counters an authrep incremented itself. */
export interface RecordedUsage {
  tenantId: string;
  serviceId: string;
  applicationId: string;
  accountId: string;
  /** The service token the call came with (its last use is recorded); null for the demo history. */
  tokenId: string | null;
  at: Date;
  /** Rolled-up usage by metric id. */
  usage: ReadonlyMap<string, number>;
  /** `metricId:period` pairs already counted (an authrep's limited counters): left out of the batch. */
  counted?: ReadonlySet<string>;
  responseCode?: number | null;
  /** Response codes with how many responses had each (the demo history: an hour of calls at once). */
  responseCodes?: ReadonlyMap<number, number>;
  /** Periods not to count (the demo history skips minute counters, pruned after 48 hours anyway). */
  skipPeriods?: ReadonlySet<UsagePeriod>;
}

interface Batch {
  counters: Map<string, { tenantId: string; applicationId: string; metricId: string; period: string; start: string; value: number }>;
  services: Map<string, { tenantId: string; ownerId: string; metricId: string; granularity: string; start: string; value: number }>;
  accounts: Map<string, { tenantId: string; ownerId: string; metricId: string; granularity: string; start: string; value: number }>;
  codes: Map<string, { tenantId: string; serviceId: string; applicationId: string | null; code: number; granularity: string; start: string; count: number }>;
  traffic: Map<string, { first: number; last: number }>;
  tokens: Map<string, number>;
  waiters: { transactions: readonly RecordedUsage[]; resolve: () => void; reject: (error: unknown) => void }[];
}

const newBatch = (): Batch => ({ counters: new Map(), services: new Map(), accounts: new Map(), codes: new Map(), traffic: new Map(), tokens: new Map(), waiters: [] });

/**
 * Writes usage in group-committed batches (ADR 0006): every call adds its increments to the open batch
 * and waits until that batch is written; a batch is written as soon as the previous write is done, in
 * ONE statement (set-based upserts from arrays, `unnest`), so under load many calls share a write and
 * an idle server writes at once. Increments to the same row are summed before the write. A write that
 * fails fails every call of its batch (the gateway retries them: none was answered as counted).
 */
export class UsageRecorder {
  private open: Batch = newBatch();
  private writing: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly db: Executor,
    private readonly logger: Logger,
  ) {}

  /** Adds the transactions' increments to the open batch; resolves once they are written. */
  record(transactions: readonly RecordedUsage[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error("The usage recorder is closed."));
    const batch = this.open;
    for (const t of transactions) addTo(batch, t);
    const done = new Promise<void>((resolve, reject) => batch.waiters.push({ transactions, resolve, reject }));
    this.writing ??= this.drain();
    return done;
  }

  /** Writes what is open, then refuses new work. */
  async close(): Promise<void> {
    this.closed = true;
    await this.writing;
  }

  private async drain(): Promise<void> {
    // Let the calls of this turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.open.waiters.length > 0) {
      const batch = this.open;
      this.open = newBatch();
      try {
        await write(this.db, batch);
        for (const w of batch.waiters) w.resolve();
      } catch (error) {
        // Written again call by call only when PostgreSQL refused the statement (a SQLSTATE: rolled back);
        // after any other failure (a lost connection) the batch may have been committed: not written twice.
        if (batch.waiters.length === 1 || sqlStateOf(error) === undefined) {
          this.logger.error({ err: error, calls: batch.waiters.length }, "writing usage failed");
          for (const w of batch.waiters) w.reject(error);
          continue;
        }
        // One bad call (its application deleted meanwhile) must not fail the others: each call alone.
        this.logger.warn({ err: error, calls: batch.waiters.length }, "writing a usage batch failed; writing its calls one by one");
        for (const w of batch.waiters) {
          try {
            await writeUsage(this.db, w.transactions);
            w.resolve();
          } catch (alone) {
            this.logger.error({ err: alone }, "writing usage failed");
            w.reject(alone);
          }
        }
      }
    }
    this.writing = null;
  }
}

function addTo(batch: Batch, t: RecordedUsage): void {
  const iso = new Map<string, string>();
  const startOf = (period: UsagePeriod) => {
    let start = iso.get(period);
    if (start === undefined) iso.set(period, (start = periodStart(period, t.at).toISOString()));
    return start;
  };
  for (const [metricId, value] of t.usage) {
    if (value === 0) continue;
    for (const period of USAGE_PERIODS) {
      if (t.counted?.has(`${metricId}:${period}`) || t.skipPeriods?.has(period)) continue;
      const start = startOf(period);
      const key = `${t.applicationId}|${metricId}|${period}|${start}`;
      const row = batch.counters.get(key);
      if (row) row.value += value;
      else batch.counters.set(key, { tenantId: t.tenantId, applicationId: t.applicationId, metricId, period, start, value });
    }
    for (const granularity of ROLLUP_GRANULARITIES) {
      const start = startOf(granularity);
      for (const [map, ownerId] of [
        [batch.services, t.serviceId],
        [batch.accounts, t.accountId],
      ] as const) {
        const key = `${ownerId}|${metricId}|${granularity}|${start}`;
        const row = map.get(key);
        if (row) row.value += value;
        else map.set(key, { tenantId: t.tenantId, ownerId, metricId, granularity, start, value });
      }
    }
  }
  const codes = t.responseCodes ?? (t.responseCode != null ? new Map([[t.responseCode, 1]]) : null);
  for (const [code, count] of codes ?? []) {
    for (const granularity of ROLLUP_GRANULARITIES) {
      const start = startOf(granularity);
      for (const applicationId of [null, t.applicationId]) {
        const key = `${t.serviceId}|${applicationId ?? ""}|${granularity}|${start}|${code}`;
        const row = batch.codes.get(key);
        if (row) row.count += count;
        else batch.codes.set(key, { tenantId: t.tenantId, serviceId: t.serviceId, applicationId, code, granularity, start, count });
      }
    }
  }
  const at = t.at.getTime();
  const traffic = batch.traffic.get(t.applicationId);
  if (traffic) {
    traffic.first = Math.min(traffic.first, at);
    traffic.last = Math.max(traffic.last, at);
  } else batch.traffic.set(t.applicationId, { first: at, last: at });
  if (t.tokenId) batch.tokens.set(t.tokenId, Math.max(batch.tokens.get(t.tokenId) ?? 0, Date.now()));
}

/** Writes transactions at once, in one statement, as a batch would (the demo history). */
export async function writeUsage(db: Executor, transactions: readonly RecordedUsage[]): Promise<void> {
  const batch = newBatch();
  for (const t of transactions) addTo(batch, t);
  await write(db, batch);
}

/**
 * The batch in one statement (times travel as text: the PostgreSQL driver passes timestamptz[] as it is
 * given, drizzle having taken its serializer over): each data-modifying CTE runs whether or not it is read. Counters and
 * rollups add to what is there; an application's first traffic is set once and its last traffic moved
 * forward (to the minute: one write per application per minute at most, not per call); a token's last
 * use likewise.
 */
const WRITE = compileQuery(sql`
  with counters as (
    insert into usage_counters (tenant_id, application_id, metric_id, period, period_start, value)
    select * from unnest(${slot("cTenant")}::uuid[], ${slot("cApp")}::uuid[], ${slot("cMetric")}::uuid[], ${slot("cPeriod")}::text[], ${slot("cStart")}::text[]::timestamptz[], ${slot("cValue")}::bigint[])
    on conflict (application_id, metric_id, period, period_start) do update set value = usage_counters.value + excluded.value
    returning 1
  ), services as (
    insert into service_usage (tenant_id, service_id, metric_id, granularity, period_start, value)
    select * from unnest(${slot("sTenant")}::uuid[], ${slot("sOwner")}::uuid[], ${slot("sMetric")}::uuid[], ${slot("sGranularity")}::text[], ${slot("sStart")}::text[]::timestamptz[], ${slot("sValue")}::bigint[])
    on conflict (service_id, metric_id, granularity, period_start) do update set value = service_usage.value + excluded.value
    returning 1
  ), accounts as (
    insert into account_usage (tenant_id, account_id, metric_id, granularity, period_start, value)
    select * from unnest(${slot("aTenant")}::uuid[], ${slot("aOwner")}::uuid[], ${slot("aMetric")}::uuid[], ${slot("aGranularity")}::text[], ${slot("aStart")}::text[]::timestamptz[], ${slot("aValue")}::bigint[])
    on conflict (account_id, metric_id, granularity, period_start) do update set value = account_usage.value + excluded.value
    returning 1
  ), codes as (
    insert into usage_response_codes (tenant_id, service_id, application_id, code, granularity, period_start, count)
    select * from unnest(${slot("rTenant")}::uuid[], ${slot("rService")}::uuid[], ${slot("rApp")}::uuid[], ${slot("rCode")}::int[], ${slot("rGranularity")}::text[], ${slot("rStart")}::text[]::timestamptz[], ${slot("rCount")}::bigint[])
    on conflict on constraint usage_response_codes_key do update set count = usage_response_codes.count + excluded.count
    returning 1
  ), traffic as (
    update applications a set first_traffic_at = least(coalesce(a.first_traffic_at, x.first), x.first), last_traffic_at = greatest(coalesce(a.last_traffic_at, x.last), x.last)
    from unnest(${slot("tApp")}::uuid[], ${slot("tFirst")}::text[]::timestamptz[], ${slot("tLast")}::text[]::timestamptz[]) as x(id, first, last)
    where a.id = x.id and (a.first_traffic_at is null or a.first_traffic_at > x.first or a.last_traffic_at is null or a.last_traffic_at < x.last - interval '1 minute')
    returning 1
  ), tokens as (
    update service_tokens t set last_used_at = x.at
    from unnest(${slot("kId")}::uuid[], ${slot("kAt")}::text[]::timestamptz[]) as x(id, at)
    where t.id = x.id and (t.last_used_at is null or t.last_used_at < x.at - interval '1 minute')
    returning 1
  )
  select 1
`);

/** A map's values in the order of their keys: concurrent writers (and an authrep's locks) take rows in one order. */
function sorted<T>(map: Map<string, T>): T[] {
  return [...map.keys()].sort().map((key) => map.get(key)!);
}

async function write(db: Executor, batch: Batch): Promise<void> {
  const counters = sorted(batch.counters);
  const services = sorted(batch.services);
  const accounts = sorted(batch.accounts);
  const codes = sorted(batch.codes);
  const traffic = [...batch.traffic.entries()];
  const tokens = [...batch.tokens.entries()];
  await runArrays(db, WRITE, {
    cTenant: counters.map((r) => r.tenantId),
    cApp: counters.map((r) => r.applicationId),
    cMetric: counters.map((r) => r.metricId),
    cPeriod: counters.map((r) => r.period),
    cStart: counters.map((r) => r.start),
    cValue: counters.map((r) => r.value),
    sTenant: services.map((r) => r.tenantId),
    sOwner: services.map((r) => r.ownerId),
    sMetric: services.map((r) => r.metricId),
    sGranularity: services.map((r) => r.granularity),
    sStart: services.map((r) => r.start),
    sValue: services.map((r) => r.value),
    aTenant: accounts.map((r) => r.tenantId),
    aOwner: accounts.map((r) => r.ownerId),
    aMetric: accounts.map((r) => r.metricId),
    aGranularity: accounts.map((r) => r.granularity),
    aStart: accounts.map((r) => r.start),
    aValue: accounts.map((r) => r.value),
    rTenant: codes.map((r) => r.tenantId),
    rService: codes.map((r) => r.serviceId),
    rApp: codes.map((r) => r.applicationId),
    rCode: codes.map((r) => r.code),
    rGranularity: codes.map((r) => r.granularity),
    rStart: codes.map((r) => r.start),
    rCount: codes.map((r) => r.count),
    tApp: traffic.map(([id]) => id),
    tFirst: traffic.map(([, t]) => new Date(t.first).toISOString()),
    tLast: traffic.map(([, t]) => new Date(t.last).toISOString()),
    kId: tokens.map(([id]) => id),
    kAt: tokens.map(([, at]) => new Date(at).toISOString()),
  });
}

/** Minute counters are kept this long (issue 10): limits per minute only ever read the current one. */
export const MINUTE_COUNTERS_KEPT_MS = 48 * 60 * 60 * 1000;
const PRUNE_CHUNK = 10_000;
const PRUNE = compileQuery(sql`
  with doomed as (
    select application_id, metric_id, period, period_start from usage_counters
    where period = 'MINUTE' and period_start < ${slot("before")}::text::timestamptz
    limit ${sql.raw(String(PRUNE_CHUNK))}
  )
  , gone as (
    delete from usage_counters c using doomed d
    where c.application_id = d.application_id and c.metric_id = d.metric_id and c.period = d.period and c.period_start = d.period_start
    returning 1
  )
  select count(*)::int from gone
`);

/** Deletes minute counters older than 48 hours, in chunks (short statements, no long lock). */
export async function deleteOldMinuteCounters(db: Executor, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - MINUTE_COUNTERS_KEPT_MS).toISOString();
  let deleted = 0;
  for (;;) {
    const [[count]] = (await runArrays(db, PRUNE, { before })) as [[number]];
    deleted += count;
    if (count < PRUNE_CHUNK) return deleted;
  }
}

export const pruneMinuteCounters: ScheduledTask = {
  name: "usage.prune-minute-counters",
  everyMs: 60 * 60 * 1000,
  async run(database, logger) {
    const deleted = await deleteOldMinuteCounters(database.db);
    if (deleted) logger.info({ deleted }, "pruned minute usage counters older than 48 hours");
  },
};
