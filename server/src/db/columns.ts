import { sql } from "drizzle-orm";
import { timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Timestamps keep millisecond precision: JavaScript dates and keyset cursors carry milliseconds,
 * so a cursor compares equal to the row it came from.
 */
export const timestampMs = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

/**
 * The moment the row was written: `clock_timestamp()`, not `now()` (the transaction's start), so rows
 * written one after another in one transaction (a seed, a copy) keep their order in listings.
 */
export const createdAt = () => timestampMs("created_at").notNull().default(sql`clock_timestamp()`);

export const primaryId = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);
