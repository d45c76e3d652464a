import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MASTER, startTestServer, type TestServer } from "../../../test/harness.js";
import { rowsOf } from "../../db/client.js";

/** Filled in by the test: what the database looks like while login checks a password hash. */
const probe = vi.hoisted(() => ({ check: null as null | (() => Promise<string>), seen: [] as string[] }));

vi.mock("../../auth/password.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../auth/password.js")>();
  return {
    ...actual,
    async verifyPassword(password: string, stored: string) {
      if (probe.check) probe.seen.push(await probe.check());
      return actual.verifyPassword(password, stored);
    },
  };
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe(`login and the database (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("checks the password hash holding no transaction, so other requests go on meanwhile", async () => {
    probe.check = async () => {
      if (server.database.driver === "postgres") {
        const open = await server.database.db.execute(
          sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`,
        );
        return rowsOf<{ n: number }>(open)[0]!.n === 0 ? "free" : "held";
      }
      // PGlite runs one transaction at a time: another request's would wait for a login's still open.
      const other = server.database.openRequest("read").then(async (connection) => {
        await connection.end("commit");
        return "free";
      });
      return Promise.race([other, new Promise<string>((resolve) => setTimeout(() => resolve("held"), 3000))]);
    };
    try {
      const right = await server.client().gql(`mutation($i: LoginInput!) { login(input: $i) { user { email } userErrors { code } } }`, { i: MASTER });
      expect(right.data?.login).toEqual({ user: { email: MASTER.email }, userErrors: [] });
      const wrong = await server.client().gql(`mutation($i: LoginInput!) { login(input: $i) { user { email } userErrors { code } } }`, {
        i: { ...MASTER, password: "not-the-password" },
      });
      expect(wrong.data?.login).toEqual({ user: null, userErrors: [{ code: "INVALID_CREDENTIALS" }] });
      expect(probe.seen).toEqual(["free", "free"]);
    } finally {
      probe.check = null;
    }
  });
});
