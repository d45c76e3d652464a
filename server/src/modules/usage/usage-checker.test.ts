import { describe, expect, it } from "vitest";
import { createLogger } from "../../config/logger.js";
import type { Executor } from "../../db/client.js";
import { type CheckCall, UsageChecker } from "./usage-checker.js";

/** An executor whose every statement fails with `error`, counting the statements (the PGlite client shape). */
function failingExecutor(error: Error) {
  const statements: unknown[][] = [];
  const db = {
    session: {
      logger: { logQuery() {} },
      client: {
        query: async (_text: string, params: unknown[]) => {
          statements.push(params);
          throw error;
        },
      },
    },
  } as unknown as Executor;
  return { db, statements };
}

const call = (credential: string): CheckCall => ({
  hash: "h",
  serviceId: "00000000-0000-4000-8000-000000000001",
  kind: "user_key",
  credential,
  appKey: null,
  usage: new Map([["00000000-0000-4000-8000-000000000002", 1]]),
  at: new Date(),
  record: true,
});

const logger = createLogger({ logLevel: "silent", env: "test" });

describe("UsageChecker, when a batch fails", () => {
  it("checks its calls again one by one when PostgreSQL refused the statement (rolled back: a deadlock, a deleted application)", async () => {
    const deadlock = Object.assign(new Error("deadlock detected"), { code: "40P01" });
    const { db, statements } = failingExecutor(deadlock);
    const checker = new UsageChecker(db, logger, 1);
    const results = await Promise.allSettled([checker.check(call("a")), checker.check(call("b")), checker.check(call("c"))]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    // The batch of three, then each call alone.
    expect(statements).toHaveLength(4);
  });

  it("does not try again after any other failure: the batch may have been committed, and must not count twice", async () => {
    const { db, statements } = failingExecutor(new Error("Connection terminated unexpectedly"));
    const checker = new UsageChecker(db, logger, 1);
    const results = await Promise.allSettled([checker.check(call("a")), checker.check(call("b")), checker.check(call("c"))]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(statements).toHaveLength(1);
  });
});
