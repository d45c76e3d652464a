import { sql } from "drizzle-orm";
import { boolean, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, primaryId } from "../../db/columns.js";
import { tenantIsolationOrMaster } from "../../db/tenancy.sql.js";

/** API providers. One row, `is_master`, is the operator's own tenant. */
export const tenants = pgTable(
  "tenants",
  {
    id: primaryId(),
    name: text("name").notNull(),
    subdomain: text("subdomain").notNull(),
    isMaster: boolean("is_master").notNull().default(false),
    /** IANA name of the tenant's time zone: analytics default to it; billing always counts in UTC (003 §1.2). */
    timeZone: text("time_zone").notNull().default("UTC"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("tenants_subdomain_key").on(t.subdomain),
    uniqueIndex("tenants_single_master_key").on(t.isMaster).where(sql`is_master`),
    tenantIsolationOrMaster("id"),
  ],
);

export type TenantRow = typeof tenants.$inferSelect;
