import { WEBHOOK_EVENTS } from "@gatehouse/schema/webhooks";
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolation } from "../../db/tenancy.sql.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { tenants } from "../tenants/tenants.tables.js";

export const WebhookEvent = defineEnum(
  "WebhookEvent",
  "An event a tenant's webhook can listen to (001 §10.2).",
  Object.fromEntries(Object.entries(WEBHOOK_EVENTS).map(([k, v]) => [k, v.description])) as Record<keyof typeof WEBHOOK_EVENTS, string>,
);
export type WebhookEvent = EnumValue<typeof WebhookEvent>;

/**
 * A tenant's webhook (one per tenant, 001 ch.10): where events are posted, which ones, and the secrets
 * that sign them. During a rotation the previous secret keeps signing (a second `v1`) until it expires,
 * so receivers can switch without losing a delivery. Secrets are kept as they are needed to sign;
 * row-level security keeps them to their tenant and only admins read them through the API.
 */
export const webhookSettings = pgTable(
  "webhook_settings",
  {
    tenantId: uuid("tenant_id")
      .primaryKey()
      .references(() => tenants.id, { onDelete: "cascade" }),
    url: text("url"),
    enabled: boolean("enabled").notNull().default(false),
    /** Admin actions fire webhooks too; off: only what developers do (001 §10.1). */
    adminActionsFire: boolean("admin_actions_fire").notNull().default(false),
    events: text("events", { enum: WebhookEvent.values }).array().notNull().default(sql`'{}'::text[]`),
    secret: text("secret").notNull(),
    previousSecret: text("previous_secret"),
    previousSecretExpiresAt: timestampMs("previous_secret_expires_at"),
    updatedAt: timestampMs("updated_at").notNull().default(sql`clock_timestamp()`),
  },
  (t) => [WebhookEvent.check("webhook_settings_events_check", t.events, true), tenantIsolation("tenant_id")],
);

export const WebhookDeliveryStatus = defineEnum("WebhookDeliveryStatus", "Where a webhook delivery is: PENDING → DELIVERED, or FAILED after its retries.", {
  PENDING: "Waiting to be posted, or to be posted again after a failed attempt (see `nextAttemptAt`).",
  DELIVERED: "The endpoint answered 2xx.",
  FAILED: "Every attempt failed; retry it or delete it.",
});
export type WebhookDeliveryStatus = EnumValue<typeof WebhookDeliveryStatus>;

/**
 * One event to post to the tenant's webhook, written in the event's own transaction with the body as
 * it is sent (so retries send the same bytes, and `eventId` lets receivers deduplicate); posted after
 * commit by the delivery workers (jobs/deliveries.ts).
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** The `id` of the body: the same for every attempt. */
    eventId: uuid("event_id").notNull().default(sql`gen_random_uuid()`),
    /** `<type>.<action>`, as in the body: `account.created`, `webhook.ping`. */
    event: text("event").notNull(),
    url: text("url").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: WebhookDeliveryStatus.values }).notNull().default("PENDING"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestampMs("next_attempt_at"),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: timestampMs("lease_expires_at"),
    createdAt: createdAt(),
    deliveredAt: timestampMs("delivered_at"),
  },
  (t) => [
    index("webhook_deliveries_tenant_time_idx").on(t.tenantId, t.createdAt, t.id),
    // The failed (or pending) ones of a tenant, newest first: the "failed deliveries" view.
    index("webhook_deliveries_tenant_status_time_idx").on(t.tenantId, t.status, t.createdAt, t.id),
    index("webhook_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
    WebhookDeliveryStatus.check("webhook_deliveries_status_check", t.status),
    check("webhook_deliveries_attempts_check", sql`${t.attempts} >= 0`),
    tenantIsolation("tenant_id"),
  ],
);

/** Each attempt at a delivery: what the endpoint answered (truncated) and how long it took. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    attemptedAt: createdAt(),
    statusCode: integer("status_code"),
    durationMs: integer("duration_ms").notNull(),
    /** The start of the response body (at most 2 KB). */
    response: text("response"),
    error: text("error"),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.attemptedAt, t.id), tenantIsolation("tenant_id")],
);

export type WebhookSettingsRow = typeof webhookSettings.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
