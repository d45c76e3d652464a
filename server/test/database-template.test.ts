import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { expect, inject, it } from "vitest";
import { type Executor, migrationsFolder } from "../src/db/client.js";
import { openDatabaseCopy } from "./database-template.js";

/** Raw rows from either driver: PGlite answers `{ rows }`, postgres.js an array. */
async function rows(db: Executor, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const result = (await db.execute(query)) as unknown as { rows?: Record<string, unknown>[] } & Record<string, unknown>[];
  return result.rows ?? [...result];
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
