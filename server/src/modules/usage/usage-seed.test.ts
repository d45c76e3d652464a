import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/harness.js";
import { bootstrap } from "../../bootstrap.js";
import { createLogger } from "../../config/logger.js";
import { rowsOf } from "../../db/client.js";
import { app as composition } from "../registry.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const total = async (query: ReturnType<typeof sql>) => Number(rowsOf<{ n: unknown }>(await server.database.db.execute(query))[0]?.n ?? 0);

describe("the demo traffic history", () => {
  it("fills 30 days whose counters and rollups agree, once", async () => {
    const seed = () => bootstrap(composition, server.config, createLogger(server.config), server.database, { demo: true });
    await seed();
    const hourlyByService = await total(sql`select sum(value) as n from service_usage where granularity = 'HOUR'`);
    expect(hourlyByService).toBeGreaterThan(100_000);
    for (const granularity of ["DAY", "MONTH"]) {
      expect(await total(sql`select sum(value) as n from service_usage where granularity = ${granularity}`)).toBe(hourlyByService);
    }
    expect(await total(sql`select sum(value) as n from account_usage where granularity = 'HOUR'`)).toBe(hourlyByService);
    // Every call counts on hits: the applications' hourly hits counters hold them all, and so does eternity.
    const hits = sql`(select id from metrics where system_name = 'hits' and parent_id is null)`;
    expect(await total(sql`select sum(value) as n from usage_counters where period = 'HOUR' and metric_id in ${hits}`)).toBe(
      await total(sql`select sum(value) as n from service_usage where granularity = 'HOUR' and metric_id in ${hits}`),
    );
    expect(await total(sql`select sum(value) as n from usage_counters where period = 'ETERNITY' and metric_id in ${hits}`)).toBe(
      await total(sql`select sum(value) as n from usage_counters where period = 'HOUR' and metric_id in ${hits}`),
    );
    expect(await total(sql`select sum(count) as n from usage_response_codes where granularity = 'HOUR' and application_id is null`)).toBe(
      await total(sql`select sum(value) as n from service_usage where granularity = 'HOUR' and metric_id in ${hits}`),
    );
    expect(await total(sql`select count(*) as n from usage_counters where period = 'MINUTE'`)).toBe(0);
    expect(await total(sql`select count(*) as n from applications where first_traffic_at is not null`)).toBeGreaterThan(10);
    await seed();
    expect(await total(sql`select sum(value) as n from service_usage where granularity = 'HOUR'`)).toBe(hourlyByService);
  });
});
