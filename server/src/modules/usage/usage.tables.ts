import { bigint, check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolation } from "../../db/tenancy.sql.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { accounts } from "../accounts/accounts.tables.js";
import { applications } from "../applications/applications.tables.js";
import { metrics, services } from "../catalog/catalog.tables.js";
import { UsagePeriod } from "../plans/plans.tables.js";

/**
 * The usage module's tables (docs/decisions/0006-usage-counting.md). Gateways authenticate with a
 * service token; what they report is counted per application (every calendar period, exact where a
 * limit needs it) and rolled up per service and per account for analytics, which never reads raw events.
 * Counter periods start on their UTC boundary (`period_start`), as `@gatehouse/schema/usage` computes them
 * and as the SQL functions of migration 0030 do with `date_trunc(…, 'UTC')`.
 */

export const RollupGranularity = defineEnum("UsageGranularity", "The buckets a usage series is summed in.", {
  HOUR: "An hour.",
  DAY: "A day.",
  MONTH: "A month.",
});
export type RollupGranularity = EnumValue<typeof RollupGranularity>;

/**
 * Service tokens: what a gateway presents (`Authorization: Bearer ghs_…`) to the usage endpoint. Only an
 * HMAC of the token is kept (as for access tokens); the plaintext is shown once, when it is created.
 */
export const serviceTokens = pgTable(
  "service_tokens",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    serviceId: uuid("service_id").notNull(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    /** The last call authenticated with it, written with the usage it reported (at most once a minute). */
    lastUsedAt: timestampMs("last_used_at"),
  },
  (t) => [
    foreignKey({ name: "service_tokens_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    uniqueIndex("service_tokens_token_hash_key").on(t.tokenHash),
    index("service_tokens_service_idx").on(t.tenantId, t.serviceId, t.createdAt),
    tenantIsolation("tenant_id"),
  ],
);
export type ServiceTokenRow = typeof serviceTokens.$inferSelect;

const periodStart = (name: string) => timestamp(name, { withTimezone: true, mode: "date" }).notNull();

/** An application's usage of a metric in one calendar period (UTC): the counters limits are checked against. */
export const usageCounters = pgTable(
  "usage_counters",
  {
    tenantId: uuid("tenant_id").notNull(),
    applicationId: uuid("application_id").notNull(),
    metricId: uuid("metric_id").notNull(),
    period: text("period", { enum: UsagePeriod.values }).notNull(),
    periodStart: periodStart("period_start"),
    value: bigint("value", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ name: "usage_counters_pkey", columns: [t.applicationId, t.metricId, t.period, t.periodStart] }),
    foreignKey({ name: "usage_counters_application_fk", columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }).onDelete("cascade"),
    foreignKey({ name: "usage_counters_metric_fk", columns: [t.metricId], foreignColumns: [metrics.id] }).onDelete("cascade"),
    // Top applications: a metric's counters of one calendar period. Not `value`: an indexed value would
    // make every increment a non-HOT update that writes every index (and bloats them).
    index("usage_counters_ranking_idx").on(t.metricId, t.period, t.periodStart),
    // The pruning of minute counters (older than 48 hours) finds them by period and start.
    index("usage_counters_period_start_idx").on(t.period, t.periodStart),
    // The current counters of a tenant (potential upgrades).
    index("usage_counters_tenant_period_idx").on(t.tenantId, t.period, t.periodStart),
    UsagePeriod.check("usage_counters_period_check", t.period),
    check("usage_counters_value_check", sql`${t.value} >= 0`),
    tenantIsolation("tenant_id"),
  ],
);

/** A service's usage of a metric per hour, day and month (UTC): what service-wide analytics read. */
export const serviceUsage = pgTable(
  "service_usage",
  {
    tenantId: uuid("tenant_id").notNull(),
    serviceId: uuid("service_id").notNull(),
    metricId: uuid("metric_id").notNull(),
    granularity: text("granularity", { enum: RollupGranularity.values }).notNull(),
    periodStart: periodStart("period_start"),
    value: bigint("value", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ name: "service_usage_pkey", columns: [t.serviceId, t.metricId, t.granularity, t.periodStart] }),
    foreignKey({ name: "service_usage_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    foreignKey({ name: "service_usage_metric_fk", columns: [t.metricId], foreignColumns: [metrics.id] }).onDelete("cascade"),
    index("service_usage_metric_idx").on(t.metricId),
    RollupGranularity.check("service_usage_granularity_check", t.granularity),
    tenantIsolation("tenant_id"),
  ],
);

/** An account's usage of a metric (over all its applications) per hour, day and month (UTC). */
export const accountUsage = pgTable(
  "account_usage",
  {
    tenantId: uuid("tenant_id").notNull(),
    accountId: uuid("account_id").notNull(),
    metricId: uuid("metric_id").notNull(),
    granularity: text("granularity", { enum: RollupGranularity.values }).notNull(),
    periodStart: periodStart("period_start"),
    value: bigint("value", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ name: "account_usage_pkey", columns: [t.accountId, t.metricId, t.granularity, t.periodStart] }),
    foreignKey({ name: "account_usage_account_fk", columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete("cascade"),
    foreignKey({ name: "account_usage_metric_fk", columns: [t.metricId], foreignColumns: [metrics.id] }).onDelete("cascade"),
    index("account_usage_metric_idx").on(t.metricId),
    RollupGranularity.check("account_usage_granularity_check", t.granularity),
    tenantIsolation("tenant_id"),
  ],
);

/**
 * Upstream response codes reported with usage (003 ch.35), per service and per application, per hour,
 * day and month (UTC). `application_id` is null on the service's own rows; the class (2xx…) is `code / 100`.
 */
export const responseCodes = pgTable(
  "usage_response_codes",
  {
    tenantId: uuid("tenant_id").notNull(),
    serviceId: uuid("service_id").notNull(),
    /** The service's total when null (the empty string of `scope_key` in the key). */
    applicationId: uuid("application_id"),
    code: integer("code").notNull(),
    granularity: text("granularity", { enum: RollupGranularity.values }).notNull(),
    periodStart: periodStart("period_start"),
    count: bigint("count", { mode: "number" }).notNull(),
  },
  (t) => [
    foreignKey({ name: "usage_response_codes_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    foreignKey({ name: "usage_response_codes_application_fk", columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }).onDelete(
      "cascade",
    ),
    // One row per service total and per application: nulls are equal in this key (PostgreSQL 15+).
    unique("usage_response_codes_key").on(t.serviceId, t.applicationId, t.granularity, t.periodStart, t.code).nullsNotDistinct(),
    index("usage_response_codes_application_idx").on(t.tenantId, t.applicationId),
    RollupGranularity.check("usage_response_codes_granularity_check", t.granularity),
    check("usage_response_codes_code_check", sql`${t.code} between 100 and 599`),
    tenantIsolation("tenant_id"),
  ],
);

export const UsageAlertKind = defineEnum("UsageAlertKind", "How far past a limit an application went.", {
  ALERT: "It used 50 %, 80 % or 90 % of a limit.",
  VIOLATION: "It reached or passed a limit (100 % and more).",
});
export type UsageAlertKind = EnumValue<typeof UsageAlertKind>;

/**
 * Usage alerts (003 ch.22): an application's most-used limit crossed a level (50 … 300 %). At most one per
 * application and level in 24 hours (`raised_at`); the team reads, marks and deletes them.
 */
export const usageAlerts = pgTable(
  "usage_alerts",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    serviceId: uuid("service_id").notNull(),
    applicationId: uuid("application_id").notNull(),
    accountId: uuid("account_id").notNull(),
    level: integer("level").notNull(),
    kind: text("kind", { enum: UsageAlertKind.values }).notNull(),
    metricId: uuid("metric_id").notNull(),
    period: text("period", { enum: UsagePeriod.values }).notNull(),
    /** The limit's value and the count that reached the level, when it was raised. */
    max: bigint("max", { mode: "number" }).notNull(),
    current: bigint("current", { mode: "number" }).notNull(),
    raisedAt: timestampMs("raised_at").notNull().default(sql`clock_timestamp()`),
    readAt: timestampMs("read_at"),
  },
  (t) => [
    foreignKey({ name: "usage_alerts_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    foreignKey({ name: "usage_alerts_application_fk", columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }).onDelete("cascade"),
    foreignKey({ name: "usage_alerts_account_fk", columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete("cascade"),
    foreignKey({ name: "usage_alerts_metric_fk", columns: [t.metricId], foreignColumns: [metrics.id] }).onDelete("cascade"),
    index("usage_alerts_tenant_raised_idx").on(t.tenantId, t.raisedAt, t.id),
    // The 24-hour check of a level, and an application's alerts.
    index("usage_alerts_application_level_idx").on(t.applicationId, t.level, t.raisedAt),
    index("usage_alerts_service_idx").on(t.tenantId, t.serviceId, t.raisedAt),
    index("usage_alerts_account_idx").on(t.accountId),
    index("usage_alerts_metric_idx").on(t.metricId),
    UsageAlertKind.check("usage_alerts_kind_check", t.kind),
    UsagePeriod.check("usage_alerts_period_check", t.period),
    check("usage_alerts_level_check", sql`${t.level} in (50, 80, 90, 100, 120, 150, 200, 300)`),
    tenantIsolation("tenant_id"),
  ],
);
export type UsageAlertRow = typeof usageAlerts.$inferSelect;
