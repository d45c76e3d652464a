import { periodStart } from "@gatehouse/schema/usage";
import { sql } from "drizzle-orm";
import { type Executor, rowsOf } from "../../db/client.js";
import { type RecordedUsage, writeUsage } from "./usage-recorder.js";

/** Demo applications with a traffic history, and how many days of it. */
const DEMO_APPS = 16;
const DAYS = 30;
const HOUR_MS = 3_600_000;

/**
 * A 30-day traffic history for the demo tenant, so analytics, the dashboard and the applications' usage
 * are alive on first start: hourly calls of 16 of its live applications with a daily and weekly rhythm,
 * some growing, some fading, a few stopped; each call counted on `hits` and on one of the product's
 * methods, with upstream response codes (mostly 2xx, some 4xx and 5xx). Written through the same
 * batch code as the usage endpoint, so the counters and the rollups agree. Runs once (skipped when the
 * tenant already has usage).
 */
export async function seedDemoUsage(tx: Executor, tenantId: string, now = new Date()): Promise<void> {
  const [existing] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from service_usage where tenant_id = ${tenantId}`));
  if ((existing?.n ?? 0) > 0) return;
  const apps = rowsOf<{ id: string; account_id: string; service_id: string; created_ms: number }>(
    // Half of the newest applications (recent signups: the engagement report's cohorts), half of the oldest.
    await tx.execute(sql`
      (select id, account_id, service_id, (extract(epoch from created_at) * 1000)::float8 as created_ms from applications where tenant_id = ${tenantId} and state = 'LIVE' order by created_at desc, id limit ${DEMO_APPS / 2})
      union
      (select id, account_id, service_id, (extract(epoch from created_at) * 1000)::float8 as created_ms from applications where tenant_id = ${tenantId} and state = 'LIVE' order by created_at, id limit ${DEMO_APPS / 2})
      order by created_ms, id`),
  );
  const metrics = rowsOf<{ id: string; service_id: string; system_name: string; parent_id: string | null }>(
    await tx.execute(sql`select id, service_id, system_name, parent_id from metrics where tenant_id = ${tenantId} order by created_at, id`),
  );
  if (!apps.length) return;
  const end = periodStart("HOUR", now).getTime();
  const start = end - (DAYS * 24 - 1) * HOUR_MS;
  const random = seeded(42);
  const transactions: RecordedUsage[] = [];
  apps.forEach((app, index) => {
    const hits = metrics.find((m) => m.service_id === app.service_id && m.system_name === "hits" && m.parent_id === null);
    if (!hits) return;
    const methods = metrics.filter((m) => m.parent_id === hits.id);
    const base = 20 + Math.floor(random() * 400);
    // Growing, steady, fading, or stopped halfway (the engagement report's cohorts).
    const shape = index % 9 === 4 ? "stopped" : index % 4 === 1 ? "growing" : index % 4 === 2 ? "fading" : "steady";
    // No calls before the application existed.
    const created = periodStart("HOUR", new Date(Number(app.created_ms))).getTime() + HOUR_MS;
    for (let t = Math.max(start, created); t <= end; t += HOUR_MS) {
      const at = new Date(t);
      const progress = (t - start) / (end - start);
      if (shape === "stopped" && progress > 0.45) break;
      const trend = shape === "growing" ? 0.4 + 1.2 * progress : shape === "fading" ? 1.4 - 1.1 * progress : 1;
      const hour = at.getUTCHours();
      const daytime = 0.25 + 0.75 * Math.max(0, Math.sin(((hour - 6) / 24) * 2 * Math.PI));
      const weekday = at.getUTCDay() === 0 || at.getUTCDay() === 6 ? 0.55 : 1;
      const calls = Math.round(base * trend * daytime * weekday * (0.85 + 0.3 * random()));
      if (calls <= 0) continue;
      const usage = new Map<string, number>([[hits.id, calls]]);
      if (methods.length) {
        // Most calls go to the first methods.
        let left = calls;
        methods.forEach((method, i) => {
          const share = i === methods.length - 1 ? left : Math.round(left * (0.6 - 0.1 * Math.min(i, 3)));
          if (share > 0) usage.set(method.id, share);
          left -= share;
        });
      }
      const serverErrors = Math.round(calls * 0.01 * random() * 2);
      const clientErrors = Math.round(calls * 0.04 * random() * 2);
      const codes = new Map<number, number>([[200, calls - serverErrors - clientErrors]]);
      if (clientErrors) codes.set(404, clientErrors);
      if (serverErrors) codes.set(503, serverErrors);
      transactions.push({
        tenantId,
        serviceId: app.service_id,
        applicationId: app.id,
        accountId: app.account_id,
        tokenId: null,
        at,
        usage,
        responseCodes: codes,
        skipPeriods: SKIP_MINUTES,
      });
    }
  });
  // A day at a time: statements of a bounded size.
  for (let from = 0; from < transactions.length; from += DEMO_APPS * 24) {
    await writeUsage(tx, transactions.slice(from, from + DEMO_APPS * 24));
  }
}

const SKIP_MINUTES = new Set(["MINUTE"] as const);

/** A small deterministic generator (mulberry32): the demo is the same on every first start. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
