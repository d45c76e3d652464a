import { sql } from "drizzle-orm";
import type { Executor } from "./client.js";

/**
 * Takes a transaction-level advisory lock named by `key` (released at commit or rollback): writers
 * that must take turns over something with no row of its own to lock — a tenant's set of services,
 * its account plans — take the same key.
 */
export async function advisoryXactLock(tx: Executor, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}
