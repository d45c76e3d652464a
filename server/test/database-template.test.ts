import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { expect, inject, it } from "vitest";
import { type Executor, migrationsFolder, rowsOf } from "../src/db/client.js";
import { openDatabaseCopy } from "./database-template.js";

async function rows(db: Executor, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return rowsOf(await db.execute(query));
}

it("gives each test file its own copy of the template, with every migration applied", async () => {
  const template = inject("databaseTemplate");
  expect(template.driver).toBe(process.env.TEST_DATABASE_URL ? "postgres" : "pglite");
  const [a, b] = await Promise.all([openDatabaseCopy(template), openDatabaseCopy(template)]);
  try {
    const applied = await rows(a.db, sql`select hash from drizzle.__drizzle_migrations order by created_at`);
    expect(applied.map((row) => row.hash)).toEqual(readMigrationFiles({ migrationsFolder }).map((m) => m.hash));

    await a.db.execute(sql`insert into tenants (name, subdomain) values ('Only in A', 'only-in-a')`);
    expect(await rows(a.db, sql`select subdomain from tenants`)).toEqual([{ subdomain: "only-in-a" }]);
    expect(await rows(b.db, sql`select subdomain from tenants`)).toEqual([]);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
  const again = await openDatabaseCopy(template);
  try {
    expect(await rows(again.db, sql`select subdomain from tenants`)).toEqual([]);
  } finally {
    await again.close();
  }
});
