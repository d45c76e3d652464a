import { index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, primaryId, timestampMs } from "../db/columns.js";
import { tenantIsolation } from "../db/tenancy.sql.js";
import { jobs } from "./jobs.tables.js";

/**
 * CSV exports (kit/export.ts): an export job writes its file as parts, one per chunk, in the same
 * transaction as the chunk (a chunk that rolls back leaves no part, and runs again). The file is
 * served at /exports/<id>/<file name> (jobs/export-download.ts) to users of its tenant until
 * `expires_at`; a periodic task then deletes it. `tenant_id` references tenants(id) with a foreign
 * key declared in the migration (0028), as for jobs.
 */
export const exports = pgTable(
  "exports",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    /** The job writing the file. */
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    /** What is exported: ACCOUNTS, APPLICATIONS, SERVICE_SUBSCRIPTIONS (the GraphQL ExportKind). */
    kind: text("kind").notNull(),
    /** The file's name in the download URL and the browser: `accounts-2026-12-02.csv`. */
    fileName: text("file_name").notNull(),
    /** Bytes of the parts written so far, in UTF-8 (the file is these and the 3-byte byte-order mark). */
    byteSize: integer("byte_size").notNull().default(0),
    /** Until when the file can be downloaded; then it is deleted. */
    expiresAt: timestampMs("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("exports_job_key").on(t.jobId),
    index("exports_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("exports_expires_idx").on(t.expiresAt),
    tenantIsolation("tenant_id"),
  ],
);

/** The file of an export, one part per chunk of its job, in `position` order (the rows before it). */
export const exportParts = pgTable(
  "export_parts",
  {
    tenantId: uuid("tenant_id").notNull(),
    exportId: uuid("export_id")
      .notNull()
      .references(() => exports.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** CSV text: the header in the first part, then rows. (No byte-order mark: a text value may lose a leading one; the download sends it.) */
    data: text("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.exportId, t.position] }), tenantIsolation("tenant_id")],
);

export type ExportRow = typeof exports.$inferSelect;
