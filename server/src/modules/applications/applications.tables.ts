import { APPLICATION_STATES, SUBSCRIPTION_STATES } from "@gatehouse/schema/applications";
import { sql } from "drizzle-orm";
import { foreignKey, index, integer, pgTable, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolation } from "../../db/tenancy.sql.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { accounts } from "../accounts/accounts.tables.js";
import { loweredLength } from "../../db/like.js";
import { services } from "../catalog/catalog.tables.js";
import { plans } from "../plans/plans.tables.js";

export const ApplicationState = defineEnum("ApplicationState", "Whether an application's credentials are accepted.", {
  PENDING: "Waiting for an admin to accept it (its plan requires approval); calls are refused.",
  LIVE: "In use: calls with its credentials are authorized within its plan's limits.",
  SUSPENDED: "Suspended by an admin: every call with its credentials is refused at once.",
} satisfies Record<(typeof APPLICATION_STATES)[number], string>);
export type ApplicationState = EnumValue<typeof ApplicationState>;

export const ServiceSubscriptionState = defineEnum("ServiceSubscriptionState", "Where an account's subscription to a product stands.", {
  PENDING: "Waiting for an admin to accept it (its service plan requires approval).",
  LIVE: "Subscribed: the account may have applications of the product.",
  SUSPENDED: "Suspended by an admin.",
} satisfies Record<(typeof SUBSCRIPTION_STATES)[number], string>);
export type ServiceSubscriptionState = EnumValue<typeof ServiceSubscriptionState>;

/** An account's subscription to a service, on one of the service's service plans. One per account and service. */
export const serviceSubscriptions = pgTable(
  "service_subscriptions",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    accountId: uuid("account_id").notNull(),
    serviceId: uuid("service_id").notNull(),
    planId: uuid("plan_id").notNull(),
    state: text("state", { enum: ServiceSubscriptionState.values }).notNull(),
    createdAt: createdAt(),
    updatedAt: timestampMs("updated_at").notNull().default(sql`clock_timestamp()`),
  },
  (t) => [
    foreignKey({ name: "service_subscriptions_account_fk", columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete("cascade"),
    foreignKey({ name: "service_subscriptions_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    foreignKey({ name: "service_subscriptions_plan_fk", columns: [t.tenantId, t.planId], foreignColumns: [plans.tenantId, plans.id] }),
    uniqueIndex("service_subscriptions_account_service_key").on(t.tenantId, t.accountId, t.serviceId),
    index("service_subscriptions_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("service_subscriptions_service_idx").on(t.tenantId, t.serviceId),
    index("service_subscriptions_plan_idx").on(t.tenantId, t.planId),
    ServiceSubscriptionState.check("service_subscriptions_state_check", t.state),
    tenantIsolation("tenant_id"),
  ],
);
export type ServiceSubscriptionRow = typeof serviceSubscriptions.$inferSelect;

/**
 * Applications: an account's access to a service on an application plan, with its credentials. Every
 * application has a user key and an app ID (also its OIDC client ID) and a client secret, whatever the
 * service's authentication mode, so changing the mode never leaves one without credentials; app keys are
 * in `application_keys`. Credentials are stored as they are (gateways look them up on every call) and are
 * never logged or written to the audit log.
 */
export const applications = pgTable(
  "applications",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    accountId: uuid("account_id").notNull(),
    serviceId: uuid("service_id").notNull(),
    planId: uuid("plan_id").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    state: text("state", { enum: ApplicationState.values }).notNull(),
    userKey: text("user_key").notNull(),
    appId: text("app_id").notNull(),
    clientSecret: text("client_secret").notNull(),
    redirectUrl: text("redirect_url"),
    trialEndsAt: timestampMs("trial_ends_at"),
    firstTrafficAt: timestampMs("first_traffic_at"),
    lastTrafficAt: timestampMs("last_traffic_at"),
    createdAt: createdAt(),
    updatedAt: timestampMs("updated_at").notNull().default(sql`clock_timestamp()`),
    /**
     * `name`'s lowercased length: the search skips names too short to hold the text, through the index
     * below (db/like.ts).
     */
    nameLength: integer("name_length")
      .notNull()
      .generatedAlwaysAs(() => loweredLength(sql.identifier("name"))),
  },
  (t) => [
    foreignKey({ name: "applications_account_fk", columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete("cascade"),
    foreignKey({ name: "applications_service_fk", columns: [t.tenantId, t.serviceId], foreignColumns: [services.tenantId, services.id] }).onDelete("cascade"),
    foreignKey({ name: "applications_plan_fk", columns: [t.tenantId, t.planId], foreignColumns: [plans.tenantId, plans.id] }),
    unique("applications_tenant_id_key").on(t.tenantId, t.id),
    // Gateways find an application by its service and credential.
    uniqueIndex("applications_service_user_key_key").on(t.serviceId, t.userKey),
    uniqueIndex("applications_tenant_app_id_key").on(t.tenantId, t.appId),
    index("applications_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("applications_tenant_name_idx").on(t.tenantId, t.name, t.id),
    index("applications_account_idx").on(t.tenantId, t.accountId, t.createdAt, t.id),
    index("applications_service_idx").on(t.tenantId, t.serviceId),
    index("applications_plan_idx").on(t.tenantId, t.planId),
    index("applications_tenant_user_key_idx").on(t.tenantId, t.userKey),
    index("applications_tenant_name_length_idx").on(t.tenantId, t.nameLength),
    ApplicationState.check("applications_state_check", t.state),
    tenantIsolation("tenant_id"),
  ],
);
export type ApplicationRow = typeof applications.$inferSelect;

/** An application's app keys, kept in rotation (up to MAX_APP_KEYS). */
export const applicationKeys = pgTable(
  "application_keys",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    applicationId: uuid("application_id").notNull(),
    value: text("value").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: "application_keys_application_fk", columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }).onDelete("cascade"),
    uniqueIndex("application_keys_application_value_key").on(t.applicationId, t.value),
    index("application_keys_application_idx").on(t.tenantId, t.applicationId, t.createdAt),
    tenantIsolation("tenant_id"),
  ],
);
export type ApplicationKeyRow = typeof applicationKeys.$inferSelect;

export const PlanChangeRequestState = defineEnum("PlanChangeRequestState", "Where a developer's request to move an application to another plan stands.", {
  PENDING: "Waiting for an admin.",
  APPROVED: "Approved: the application moved to the plan asked for.",
  REJECTED: "Refused by an admin.",
});
export type PlanChangeRequestState = EnumValue<typeof PlanChangeRequestState>;

/** A developer's request to move an application to another plan (003 §9.4–9.5); at most one pending per application. */
export const planChangeRequests = pgTable(
  "plan_change_requests",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    applicationId: uuid("application_id").notNull(),
    /** The plan it was on when asked; null once that plan is gone (a custom plan goes when its application leaves it). */
    fromPlanId: uuid("from_plan_id"),
    toPlanId: uuid("to_plan_id").notNull(),
    state: text("state", { enum: PlanChangeRequestState.values }).notNull().default("PENDING"),
    message: text("message"),
    /** Why it was rejected, as the admin wrote it (sent to the developer). */
    reason: text("reason"),
    createdAt: createdAt(),
    decidedAt: timestampMs("decided_at"),
  },
  (t) => [
    foreignKey({ name: "plan_change_requests_application_fk", columns: [t.tenantId, t.applicationId], foreignColumns: [applications.tenantId, applications.id] }).onDelete("cascade"),
    // ON DELETE SET NULL (from_plan_id) only, in the migration (0027): tenant_id must stay.
    foreignKey({ name: "plan_change_requests_from_plan_fk", columns: [t.tenantId, t.fromPlanId], foreignColumns: [plans.tenantId, plans.id] }).onDelete("set null"),
    foreignKey({ name: "plan_change_requests_to_plan_fk", columns: [t.tenantId, t.toPlanId], foreignColumns: [plans.tenantId, plans.id] }).onDelete("cascade"),
    uniqueIndex("plan_change_requests_pending_key").on(t.applicationId).where(sql`state = 'PENDING'`),
    index("plan_change_requests_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    // What deleting a plan looks up (its foreign keys, and the pending requests that ask for it).
    index("plan_change_requests_to_plan_idx").on(t.tenantId, t.toPlanId),
    index("plan_change_requests_from_plan_idx").on(t.tenantId, t.fromPlanId),
    PlanChangeRequestState.check("plan_change_requests_state_check", t.state),
    tenantIsolation("tenant_id"),
  ],
);
export type PlanChangeRequestRow = typeof planChangeRequests.$inferSelect;
