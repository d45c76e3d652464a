import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../db/client.js";
import { MAX_BULK_IDS } from "@gatehouse/schema/bulk";
import { runBulk } from "./bulk.js";

let database: Database;
beforeAll(async () => {
  database = await openDatabase({});
  await database.db.execute(sql`create table items (id text primary key)`);
});
afterAll(() => database?.close());

const refusal = (id: string) => ({ ok: false as const, error: { code: "NOPE", message: `no ${id}`, field: ["input", "ids"] } });

describe("runBulk", () => {
  it("applies items in order, each in its own savepoint: a refused item leaves nothing behind", async () => {
    const result = await database.db.transaction((tx) =>
      runBulk(tx, ["a", "b", "a", "c"], async (itemTx, id) => {
        await itemTx.execute(sql`insert into items values (${id})`);
        return id === "b" ? refusal(id) : { ok: true };
      }),
    );
    expect(result.userErrors).toEqual([]);
    expect(result.results).toEqual([
      { id: "a", status: "DONE", error: null },
      { id: "b", status: "FAILED", error: { code: "NOPE", message: "no b", field: ["input", "ids"] } },
      { id: "c", status: "DONE", error: null },
    ]);
    const rows = await database.db.execute(sql`select id from items order by id`);
    expect(JSON.stringify(rows)).toContain('"a"');
    expect(JSON.stringify(rows)).not.toContain('"b"');
    expect(JSON.stringify(rows)).toContain('"c"');
  });

  it("lets an unexpected error fail the whole action (a defect, not an item's fate)", async () => {
    await expect(
      database.db.transaction((tx) => runBulk(tx, ["x"], async (itemTx) => (await itemTx.execute(sql`select 1/0`), { ok: true }))),
    ).rejects.toThrow();
  });

  it("refuses an empty or oversized selection before doing anything", async () => {
    const none = await database.db.transaction((tx) => runBulk(tx, [], async () => ({ ok: true })));
    expect(none.userErrors.map((e) => e.code)).toEqual(["NO_SELECTION"]);
    let applied = 0;
    const ids = Array.from({ length: MAX_BULK_IDS + 1 }, (_, i) => `id-${i}`);
    const tooMany = await database.db.transaction((tx) => runBulk(tx, ids, async () => (applied++, { ok: true })));
    expect(tooMany.userErrors.map((e) => e.code)).toEqual(["TOO_MANY_IDS"]);
    expect(applied).toBe(0);
  });
});
