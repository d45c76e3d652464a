import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, foreignKey, index, integer, pgTable, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolation } from "../../db/tenancy.sql.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { tenants } from "../tenants/tenants.tables.js";

export const ServiceAuthMode = defineEnum("ServiceAuthMode", "How a gateway identifies the application calling a service.", {
  USER_KEY: "One key per application (`user_key`).",
  APP_ID_APP_KEY: "An application ID with one or more application keys (`app_id` + `app_key`).",
  OIDC: "OpenID Connect: a client ID and secret (`client_id` + `client_secret`).",
});
export type ServiceAuthMode = EnumValue<typeof ServiceAuthMode>;

export const ServiceState = defineEnum("ServiceState", "Whether a service accepts traffic.", {
  ACTIVE: "Gateways may authorize calls to it.",
  SUSPENDED: "Every call is refused; its configuration is kept.",
});
export type ServiceState = EnumValue<typeof ServiceState>;

export const HttpMethod = defineEnum("HttpMethod", "An HTTP verb a mapping rule matches.", {
  GET: "GET",
  POST: "POST",
  PUT: "PUT",
  PATCH: "PATCH",
  DELETE: "DELETE",
  HEAD: "HEAD",
  OPTIONS: "OPTIONS",
});
export type HttpMethod = EnumValue<typeof HttpMethod>;

/** Services (products): the APIs a tenant sells access to. */
export const services = pgTable(
  "services",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** `[a-z0-9_-]`, unique per tenant, fixed at creation. */
    systemName: text("system_name").notNull(),
    description: text("description"),
    authMode: text("auth_mode", { enum: ServiceAuthMode.values }).notNull().default("USER_KEY"),
    userKeyParameter: text("user_key_parameter").notNull().default("user_key"),
    appIdParameter: text("app_id_parameter").notNull().default("app_id"),
    appKeyParameter: text("app_key_parameter").notNull().default("app_key"),
    customKeysAllowed: boolean("custom_keys_allowed").notNull().default(false),
    /** Whether a usage alert of an application is also emailed to its developer account's admins (003 ch.22). */
    emailDevelopersOnUsageAlerts: boolean("email_developers_on_usage_alerts").notNull().default(false),
    state: text("state", { enum: ServiceState.values }).notNull().default("ACTIVE"),
    createdAt: createdAt(),
    updatedAt: timestampMs("updated_at").notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    uniqueIndex("services_tenant_system_name_key").on(t.tenantId, t.systemName),
    // Target of the (tenant, service) foreign keys below: a row's tenant is its service's tenant.
    unique("services_tenant_id_key").on(t.tenantId, t.id),
    index("services_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("services_tenant_name_idx").on(t.tenantId, t.name, t.id),
    ServiceAuthMode.check("services_auth_mode_check", t.authMode),
    ServiceState.check("services_state_check", t.state),
    tenantIsolation("tenant_id"),
  ],
);
export type ServiceRow = typeof services.$inferSelect;

/**
 * Metrics and methods of a service. `hits` is built in (no parent); methods are its children; other
 * metrics have no parent and a unit.
 */
export const metrics = pgTable(
  "metrics",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => metrics.id, { onDelete: "cascade" }),
    systemName: text("system_name").notNull(),
    friendlyName: text("friendly_name").notNull(),
    unit: text("unit").notNull(),
    description: text("description"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("metrics_service_system_name_key").on(t.serviceId, t.systemName),
    // Target of the (service, metric) foreign keys: a method's parent and a rule's metric are of the same service.
    unique("metrics_service_id_key").on(t.serviceId, t.id),
    foreignKey({ name: "metrics_tenant_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    foreignKey({ name: "metrics_service_parent_fk", columns: [t.serviceId, t.parentId], foreignColumns: [t.serviceId, t.id] }).onDelete("cascade"),
    uniqueIndex("metrics_service_friendly_name_key").on(t.serviceId, sql`lower(${t.friendlyName})`),
    index("metrics_tenant_service_idx").on(t.tenantId, t.serviceId),
    index("metrics_parent_idx").on(t.parentId),
    tenantIsolation("tenant_id"),
  ],
);
export type MetricRow = typeof metrics.$inferSelect;

/** Mapping rules: a verb and a path pattern that increment a metric or method, evaluated by position. */
export const mappingRules = pgTable(
  "mapping_rules",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    // No cascade: deleting a metric that rules use is refused unless confirmed (then the rules go first).
    metricId: uuid("metric_id")
      .notNull()
      .references(() => metrics.id),
    httpMethod: text("http_method", { enum: HttpMethod.values }).notNull(),
    pattern: text("pattern").notNull(),
    delta: integer("delta").notNull().default(1),
    position: integer("position").notNull(),
    last: boolean("last").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("mapping_rules_service_position_idx").on(t.serviceId, t.position, t.id),
    foreignKey({ name: "mapping_rules_tenant_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    foreignKey({ name: "mapping_rules_service_metric_fk", columns: [t.serviceId, t.metricId], foreignColumns: [metrics.serviceId, metrics.id] }),
    index("mapping_rules_metric_idx").on(t.metricId),
    index("mapping_rules_tenant_idx").on(t.tenantId),
    HttpMethod.check("mapping_rules_http_method_check", t.httpMethod),
    check("mapping_rules_delta_check", sql`${t.delta} > 0`),
    tenantIsolation("tenant_id"),
  ],
);
export type MappingRuleRow = typeof mappingRules.$inferSelect;
