import { NOTIFICATION_CATEGORIES, NOTIFICATION_TYPES } from "@gatehouse/schema/notifications";
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolationOrMaster } from "../../db/tenancy.sql.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { users } from "../team/team.tables.js";
import { tenants } from "../tenants/tenants.tables.js";

export const NotificationType = defineEnum(
  "NotificationType",
  "What a notification is about (porta's list; 003 ch.4 and 27.1).",
  Object.fromEntries(Object.entries(NOTIFICATION_TYPES).map(([k, v]) => [k, v.description])) as Record<keyof typeof NOTIFICATION_TYPES, string>,
);
export type NotificationType = EnumValue<typeof NotificationType>;

export const NotificationCategory = defineEnum(
  "NotificationCategory",
  "The groups of notifications (003 §4.1); a member sees a group when given its area.",
  Object.fromEntries(Object.entries(NOTIFICATION_CATEGORIES).map(([k, v]) => [k, v.title])) as Record<keyof typeof NOTIFICATION_CATEGORIES, string>,
);
export type NotificationCategory = EnumValue<typeof NotificationCategory>;

/**
 * A team user's notifications: one row per user who may see the event (written by the event sink in
 * the event's own transaction). Each user reads and marks only their own.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type", { enum: NotificationType.values }).notNull(),
    createdAt: createdAt(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    targetType: text("target_type"),
    targetId: uuid("target_id"),
    targetName: text("target_name"),
    /** The product it concerns, if one does (kept after the product is deleted). */
    serviceId: uuid("service_id"),
    /** The audit entry of the event. */
    auditEntryId: uuid("audit_entry_id"),
    readAt: timestampMs("read_at"),
  },
  (t) => [
    index("notifications_user_time_idx").on(t.tenantId, t.userId, t.createdAt, t.id),
    index("notifications_user_unread_idx")
      .on(t.tenantId, t.userId, t.createdAt, t.id)
      .where(sql`${t.readAt} is null`),
    index("notifications_time_idx").on(t.createdAt),
    NotificationType.check("notifications_type_check", t.type),
    // The master may write them for a tenant's users (an event it causes in a tenant); each user reads only their own.
    tenantIsolationOrMaster("tenant_id"),
  ],
);

/** A user's choice to get (or not) a type of notification by email; types without a row use the default. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type", { enum: NotificationType.values }).notNull(),
    email: boolean("email").notNull(),
  },
  // The master may read them for a tenant's users, as it may write their notifications.
  (t) => [primaryKey({ columns: [t.userId, t.type] }), NotificationType.check("notification_preferences_type_check", t.type), tenantIsolationOrMaster("tenant_id")],
);

export const OutboxStatus = defineEnum("OutboxStatus", "Where an email is: PENDING → SENT, or FAILED after its retries; HELD when no mail server is set.", {
  PENDING: "Waiting to be sent, or to be sent again after a failed attempt (see `nextAttemptAt`).",
  SENT: "The mail server accepted it.",
  FAILED: "Every attempt failed; see `lastError`.",
  HELD: "Kept in the outbox: no mail server is configured (SMTP_URL), so it is only shown here.",
});
export type OutboxStatus = EnumValue<typeof OutboxStatus>;

/**
 * Email to team users, written in the transaction of the event it tells of (rendered then), sent after
 * commit by the delivery workers (deliveries.ts), retried with backoff. Readable by the tenant's admins
 * (Settings → Outbox) and the master.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** The user it is for (null once the user is deleted). */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    notificationId: uuid("notification_id").references(() => notifications.id, { onDelete: "set null" }),
    type: text("type", { enum: NotificationType.values }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    status: text("status", { enum: OutboxStatus.values }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestampMs("next_attempt_at"),
    lastError: text("last_error"),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: timestampMs("lease_expires_at"),
    createdAt: createdAt(),
    sentAt: timestampMs("sent_at"),
  },
  (t) => [
    index("outbox_messages_tenant_time_idx").on(t.tenantId, t.createdAt, t.id),
    // The master's outbox: every tenant's, newest first.
    index("outbox_messages_time_idx").on(t.createdAt, t.id),
    // What the delivery workers scan: mail due to be sent.
    index("outbox_messages_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
    OutboxStatus.check("outbox_messages_status_check", t.status),
    NotificationType.check("outbox_messages_type_check", t.type),
    check("outbox_messages_attempts_check", sql`${t.attempts} >= 0`),
    tenantIsolationOrMaster("tenant_id"),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;
export type OutboxMessageRow = typeof outboxMessages.$inferSelect;
