import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import postgres from "postgres";

/**
 * The baseline of `pnpm bench usage`: a bare `node:http` handler doing the same SQL as Gatehouse's
 * authrep, without the module kit, zod, the service cache or group commit (no batching of checks or writes) — parse the body, hash the
 * token, one call of `gatehouse_usage_check_batch` for this call alone, then one write of the call's unlimited counters and
 * rollups (the statement of usage-recorder.ts, for this call alone). Started as its own process by
 * bench/usage.ts with DATABASE_URL, PORT, GATEHOUSE_SECRET, SERVICE_ID and METRIC_ID (hits).
 */
const sql = postgres(process.env.DATABASE_URL!, { max: 10, onnotice: () => {} });
const secret = process.env.GATEHOUSE_SECRET!;
const serviceId = process.env.SERVICE_ID!;
const metricId = process.env.METRIC_ID!;

const PERIODS = ["MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR", "ETERNITY"] as const;

function starts(at: Date): Record<(typeof PERIODS)[number], string> {
  const t = at.getTime();
  const day = t - (t % 86_400_000);
  const monday = day - ((at.getUTCDay() + 6) % 7) * 86_400_000;
  return {
    MINUTE: new Date(t - (t % 60_000)).toISOString(),
    HOUR: new Date(t - (t % 3_600_000)).toISOString(),
    DAY: new Date(day).toISOString(),
    WEEK: new Date(monday).toISOString(),
    MONTH: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)).toISOString(),
    YEAR: new Date(Date.UTC(at.getUTCFullYear(), 0, 1)).toISOString(),
    ETERNITY: new Date(0).toISOString(),
  };
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    void (async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { credentials: { userKey: string }; usage: Record<string, number> };
        const token = (req.headers.authorization ?? "").slice("Bearer ".length);
        const hash = createHmac("sha256", secret).update(token).digest("hex");
        const at = new Date();
        const amount = body.usage.hits ?? 0;
        const [row] = await sql`select gatehouse_usage_check_batch(${[hash]}::text[], ${[serviceId]}::uuid[], '{user_key}', ${[body.credentials.userKey]}::text[], '{NULL}',
          ${[at.toISOString()]}::text[]::timestamptz[], '{true}', '{true}', '{1}', ${[metricId]}::uuid[], ${[amount]}::bigint[]) as answer`;
        const answer = row!.answer as { error: (string | null)[]; broken: (number | null)[]; tenantId: string[]; applicationId: string[]; accountId: string[]; limitPeriod: string[] };
        const result = {
          error: answer.error[0],
          broken: answer.broken[0],
          tenantId: answer.tenantId[0]!,
          applicationId: answer.applicationId[0]!,
          accountId: answer.accountId[0]!,
          limits: answer.limitPeriod.map((period) => ({ period })),
        };
        if (result.error || result.broken !== null) {
          res.writeHead(409, { "content-type": "application/json" }).end(JSON.stringify({ authorized: false }));
          return;
        }
        const counted = new Set(result.limits.map((l) => l.period));
        const s = starts(at);
        const periods = PERIODS.filter((p) => !counted.has(p));
        const rollups = ["HOUR", "DAY", "MONTH"] as const;
        await sql`
          with counters as (
            insert into usage_counters (tenant_id, application_id, metric_id, period, period_start, value)
            select ${result.tenantId}::uuid, ${result.applicationId}::uuid, ${metricId}::uuid, p, s::timestamptz, ${amount}::bigint
            from unnest(${periods}::text[], ${periods.map((p) => s[p])}::text[]) as x(p, s)
            on conflict (application_id, metric_id, period, period_start) do update set value = usage_counters.value + excluded.value
            returning 1
          ), services as (
            insert into service_usage (tenant_id, service_id, metric_id, granularity, period_start, value)
            select ${result.tenantId}::uuid, ${serviceId}::uuid, ${metricId}::uuid, g, s::timestamptz, ${amount}::bigint
            from unnest(${[...rollups]}::text[], ${rollups.map((g) => s[g])}::text[]) as x(g, s)
            on conflict (service_id, metric_id, granularity, period_start) do update set value = service_usage.value + excluded.value
            returning 1
          ), accounts as (
            insert into account_usage (tenant_id, account_id, metric_id, granularity, period_start, value)
            select ${result.tenantId}::uuid, ${result.accountId}::uuid, ${metricId}::uuid, g, s::timestamptz, ${amount}::bigint
            from unnest(${[...rollups]}::text[], ${rollups.map((g) => s[g])}::text[]) as x(g, s)
            on conflict (account_id, metric_id, granularity, period_start) do update set value = account_usage.value + excluded.value
            returning 1
          )
          select 1`;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ authorized: true }));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    })();
  });
});

server.listen(Number(process.env.PORT), "127.0.0.1");
process.once("SIGTERM", () => {
  server.close();
  void sql.end({ timeout: 2 }).then(() => process.exit(0));
});
