import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness.js";

let plain: TestServer;
let bench: TestServer;
beforeAll(async () => {
  [plain, bench] = await Promise.all([startTestServer(), startTestServer({ GATEHOUSE_BENCH: "1" })]);
});
afterAll(() => Promise.all([plain?.close(), bench?.close()]));

describe("/healthz", () => {
  it("reports the database and keeps the SQL statement counter to itself by default", async () => {
    const res = await fetch(`${plain.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: plain.database.driver });
    expect(res.headers.has("x-gatehouse-sql-statements")).toBe(false);
  });

  it("with GATEHOUSE_BENCH=1 reports the statements sent so far, this ping included (what `pnpm bench` reads)", async () => {
    const count = async () => Number((await fetch(`${bench.url}/healthz`)).headers.get("x-gatehouse-sql-statements"));
    const before = await count();
    expect(before).toBe(bench.database.statementCount);
    const master = await bench.master();
    await master.ok(`{ viewer { id } }`);
    const sent = bench.database.statementCount - before;
    expect(sent).toBeGreaterThan(0);
    expect(await count()).toBe(before + sent + 1);
  });
});
