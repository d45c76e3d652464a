import { sql } from "drizzle-orm";
import { timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Timestamps keep millisecond precision: JavaScript dates and keyset cursors carry milliseconds,
 * so a cursor compares equal to the row it came from.
 */
export const timestampMs = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

export const createdAt = () => timestampMs("created_at").notNull().default(sql`now()`);

export const primaryId = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);
