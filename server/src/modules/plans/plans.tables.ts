import { sql } from "drizzle-orm";
import { type AnyPgColumn, bigint, boolean, check, foreignKey, index, integer, numeric, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolation } from "../../db/tenancy.sql.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { metrics, services } from "../catalog/catalog.tables.js";
import { tenants } from "../tenants/tenants.tables.js";

export const PlanKind = defineEnum("PlanKind", "What a plan is a plan for.", {
  ACCOUNT: "A developer account's plan with the tenant (one per account).",
  SERVICE: "An account's subscription to a service.",
  APPLICATION: "An application's access to a service: its limits and pricing.",
});
export type PlanKind = EnumValue<typeof PlanKind>;

export const PlanState = defineEnum("PlanState", "Whether developers can pick a plan.", {
  HIDDEN: "Only admins can give it to an account or application.",
  PUBLISHED: "Developers can pick it when they sign up or change plans.",
});
export type PlanState = EnumValue<typeof PlanState>;

export const UsagePeriod = defineEnum("UsagePeriod", "The calendar period (UTC) a usage limit counts over.", {
  MINUTE: "A calendar minute.",
  HOUR: "A calendar hour.",
  DAY: "A calendar day.",
  WEEK: "A calendar week, from Monday.",
  MONTH: "A calendar month.",
  YEAR: "A calendar year.",
  ETERNITY: "All time.",
});
export type UsagePeriod = EnumValue<typeof UsagePeriod>;

export const TierMode = defineEnum("TierMode", "How a metric's pricing rules price a month's usage.", {
  GRADUATED: "Each rule charges the units within its own range; the charges add up (3scale's rule).",
  VOLUME: "Every unit costs the price of the range the month's total falls in.",
});
export type TierMode = EnumValue<typeof TierMode>;

/**
 * Plans: a tenant's account plans, and each service's service and application plans. Money is
 * `numeric` (exact), two decimals for fees.
 */
export const plans = pgTable(
  "plans",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: PlanKind.values }).notNull(),
    /** Null for account plans. */
    serviceId: uuid("service_id"),
    name: text("name").notNull(),
    systemName: text("system_name").notNull(),
    description: text("description"),
    setupFee: numeric("setup_fee", { precision: 20, scale: 2 }).notNull().default("0"),
    costPerMonth: numeric("cost_per_month", { precision: 20, scale: 2 }).notNull().default("0"),
    /** Service and application plans only. */
    trialPeriodDays: integer("trial_period_days"),
    approvalRequired: boolean("approval_required").notNull().default(false),
    state: text("state", { enum: PlanState.values }).notNull().default("HIDDEN"),
    isDefault: boolean("is_default").notNull().default(false),
    /**
     * Set on an application's custom plan (003 ch.11): a copy bound to that one application, which
     * later edits of the original do not reach. Not listed with the service's plans and not for other
     * applications. The migration adds its foreign key to applications (ON DELETE CASCADE): the
     * applications module is declared after this one, so the key is not declared here.
     */
    customForApplicationId: uuid("custom_for_application_id"),
    /** The plan a custom plan was copied from, while it exists: reverting goes back to it. */
    customizedFromPlanId: uuid("customized_from_plan_id").references((): AnyPgColumn => plans.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestampMs("updated_at").notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    foreignKey({ name: "plans_tenant_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    // Target of the (tenant, plan) foreign keys below: a row's tenant is its plan's tenant.
    unique("plans_tenant_id_key").on(t.tenantId, t.id),
    uniqueIndex("plans_owner_system_name_key").on(t.tenantId, t.kind, sql`coalesce(${t.serviceId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.systemName),
    // One default per kind and owner (the tenant for account plans, the service for the others).
    uniqueIndex("plans_owner_default_key")
      .on(t.tenantId, t.kind, sql`coalesce(${t.serviceId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`is_default`),
    index("plans_tenant_service_idx").on(t.tenantId, t.serviceId, t.kind, t.createdAt, t.id),
    PlanKind.check("plans_kind_check", t.kind),
    PlanState.check("plans_state_check", t.state),
    check("plans_owner_check", sql`(${t.kind} = 'ACCOUNT') = (${t.serviceId} is null)`),
    check("plans_fees_check", sql`${t.setupFee} >= 0 and ${t.costPerMonth} >= 0`),
    check("plans_custom_check", sql`${t.customForApplicationId} is null or (${t.kind} = 'APPLICATION' and not ${t.isDefault})`),
    uniqueIndex("plans_custom_for_application_key").on(t.customForApplicationId),
    check("plans_trial_check", sql`${t.trialPeriodDays} is null or (${t.kind} <> 'ACCOUNT' and ${t.trialPeriodDays} between 0 and 3650)`),
    tenantIsolation("tenant_id"),
  ],
);
export type PlanRow = typeof plans.$inferSelect;

/** A limit on a metric of the plan's service over a period; value 0 disables the metric on the plan. */
export const usageLimits = pgTable(
  "usage_limits",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    // The catalog asks before deleting a metric with limits (metric dependents); the cascade is for a service's
    // deletion, which removes its metrics and its plans in an order the database chooses.
    metricId: uuid("metric_id")
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    period: text("period", { enum: UsagePeriod.values }).notNull(),
    value: bigint("value", { mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("usage_limits_plan_metric_period_key").on(t.planId, t.metricId, t.period),
    foreignKey({ name: "usage_limits_tenant_plan_fk", columns: [t.tenantId, t.planId], foreignColumns: [plans.tenantId, plans.id] }).onDelete("cascade"),
    index("usage_limits_metric_idx").on(t.metricId),
    UsagePeriod.check("usage_limits_period_check", t.period),
    check("usage_limits_value_check", sql`${t.value} >= 0`),
    tenantIsolation("tenant_id"),
  ],
);
export type UsageLimitRow = typeof usageLimits.$inferSelect;

/** A price per unit for the units of a metric within [from, to] in a month. */
export const pricingRules = pgTable(
  "pricing_rules",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    metricId: uuid("metric_id")
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    from: bigint("from_unit", { mode: "number" }).notNull(),
    to: bigint("to_unit", { mode: "number" }),
    costPerUnit: numeric("cost_per_unit", { precision: 20, scale: 4 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("pricing_rules_plan_metric_idx").on(t.planId, t.metricId, t.from),
    foreignKey({ name: "pricing_rules_tenant_plan_fk", columns: [t.tenantId, t.planId], foreignColumns: [plans.tenantId, plans.id] }).onDelete("cascade"),
    index("pricing_rules_metric_idx").on(t.metricId),
    check("pricing_rules_range_check", sql`${t.from} >= 1 and (${t.to} is null or ${t.to} >= ${t.from})`),
    check("pricing_rules_cost_check", sql`${t.costPerUnit} >= 0`),
    tenantIsolation("tenant_id"),
  ],
);
export type PricingRuleRow = typeof pricingRules.$inferSelect;

/** How a plan prices a metric's tiers (GRADUATED when there is no row). */
export const planMetricPricing = pgTable(
  "plan_metric_pricing",
  {
    tenantId: uuid("tenant_id").notNull(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    metricId: uuid("metric_id")
      .notNull()
      .references(() => metrics.id, { onDelete: "cascade" }),
    tierMode: text("tier_mode", { enum: TierMode.values }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.metricId] }),
    foreignKey({ name: "plan_metric_pricing_tenant_plan_fk", columns: [t.tenantId, t.planId], foreignColumns: [plans.tenantId, plans.id] }).onDelete("cascade"),
    TierMode.check("plan_metric_pricing_tier_mode_check", t.tierMode),
    tenantIsolation("tenant_id"),
  ],
);

/** Features a plan may include: per service (service and application plans) or per tenant (account plans). */
export const features = pgTable(
  "features",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Null for account plans' features. */
    serviceId: uuid("service_id"),
    /** The kind of plan it is offered on. */
    scope: text("scope", { enum: PlanKind.values }).notNull(),
    name: text("name").notNull(),
    systemName: text("system_name").notNull(),
    description: text("description"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: "features_tenant_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    unique("features_tenant_id_key").on(t.tenantId, t.id),
    uniqueIndex("features_owner_system_name_key").on(t.tenantId, t.scope, sql`coalesce(${t.serviceId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.systemName),
    PlanKind.check("features_scope_check", t.scope),
    check("features_owner_check", sql`(${t.scope} = 'ACCOUNT') = (${t.serviceId} is null)`),
    tenantIsolation("tenant_id"),
  ],
);
export type FeatureRow = typeof features.$inferSelect;

export const planFeatures = pgTable(
  "plan_features",
  {
    tenantId: uuid("tenant_id").notNull(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    featureId: uuid("feature_id")
      .notNull()
      .references(() => features.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.featureId] }),
    index("plan_features_feature_idx").on(t.featureId),
    foreignKey({ name: "plan_features_tenant_plan_fk", columns: [t.tenantId, t.planId], foreignColumns: [plans.tenantId, plans.id] }).onDelete("cascade"),
    foreignKey({ name: "plan_features_tenant_feature_fk", columns: [t.tenantId, t.featureId], foreignColumns: [features.tenantId, features.id] }).onDelete("cascade"),
    tenantIsolation("tenant_id"),
  ],
);
