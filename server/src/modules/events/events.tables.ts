import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolationOrMaster } from "../../db/tenancy.sql.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { tenants } from "../tenants/tenants.tables.js";

export const AuditActorKind = defineEnum("AuditActorKind", "Who did something recorded in the audit log.", {
  USER: "A team user signed in to the admin.",
  TOKEN: "A team user's access token (an integration).",
  SYSTEM: "Gatehouse itself: a job, a scheduled run, the setup of a new tenant.",
});
export type AuditActorKind = EnumValue<typeof AuditActorKind>;

/** One change a field went through, as the audit log shows it. */
export interface AuditChange {
  field: string;
  from: string | null;
  to: string | null;
}

/**
 * The audit log: what every mutation did, who did it and when, written in the same transaction as the
 * change itself (events.service.ts), so an entry exists exactly when its change does. Names of the actor
 * and target are kept as they were, so an entry still reads right after they are renamed or deleted.
 * A tenant sees its own entries; the master (operator) sees every tenant's.
 */
export const auditEntries = pgTable(
  "audit_entries",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    occurredAt: timestampMs("occurred_at").notNull().default(sql`clock_timestamp()`),
    /** The kind of object: `service`, `plan`, `access_token`… */
    type: text("type").notNull(),
    /** What happened to it: `created`, `updated`, `deleted`, `published`… */
    action: text("action").notNull(),
    actorKind: text("actor_kind", { enum: AuditActorKind.values }).notNull(),
    actorUserId: uuid("actor_user_id"),
    actorTokenId: uuid("actor_token_id"),
    /** The user's email (with the token's name for a token), or the system actor's name, when it happened. */
    actorName: text("actor_name").notNull(),
    /** The GraphQL type of the object (`Service`), for its global ID. */
    targetType: text("target_type"),
    targetId: uuid("target_id"),
    targetName: text("target_name"),
    summary: text("summary").notNull(),
    changes: jsonb("changes").$type<AuditChange[]>().notNull().default(sql`'[]'::jsonb`),
    /** The request that made the change (`X-Request-Id`), to find it in the server's logs. */
    requestId: text("request_id"),
  },
  (t) => [
    index("audit_entries_tenant_time_idx").on(t.tenantId, t.occurredAt, t.id),
    index("audit_entries_time_idx").on(t.occurredAt, t.id),
    index("audit_entries_target_time_idx").on(t.tenantId, t.targetId, t.occurredAt, t.id),
    index("audit_entries_actor_time_idx").on(t.tenantId, t.actorUserId, t.occurredAt, t.id),
    AuditActorKind.check("audit_entries_actor_kind_check", t.actorKind),
    tenantIsolationOrMaster("tenant_id"),
  ],
);

export type AuditEntryRow = typeof auditEntries.$inferSelect;
