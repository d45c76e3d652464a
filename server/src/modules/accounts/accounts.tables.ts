import { ACCOUNT_STATES, FIELD_TARGETS } from "@gatehouse/schema/accounts";
import { sql, type SQLWrapper } from "drizzle-orm";
import { boolean, check, foreignKey, index, integer, jsonb, numeric, pgTable, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolation } from "../../db/tenancy.sql.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { plans } from "../plans/plans.tables.js";
import { users } from "../team/team.tables.js";
import { tenants } from "../tenants/tenants.tables.js";
import { loweredLength } from "../../db/like.js";

export const AccountState = defineEnum("AccountState", "Where a developer account stands with the tenant (porta's states).", {
  CREATED: "Not yet decided on (porta's first state). Accounts an admin creates, and signups without approval rules, are approved at once; a signup waiting for approval is pending.",
  PENDING: "Waiting for an admin's approval.",
  APPROVED: "Approved: its applications may be used.",
  REJECTED: "Refused by an admin.",
  SUSPENDED: "Suspended by an admin; resuming approves it again.",
} satisfies Record<(typeof ACCOUNT_STATES)[number], string>);
export type AccountState = EnumValue<typeof AccountState>;

export const AccountUserRole = defineEnum("AccountUserRole", "What a user of a developer account may do in it.", {
  ADMIN: "Manages the account: its users, applications and billing details.",
  MEMBER: "Uses the account's applications.",
});
export type AccountUserRole = EnumValue<typeof AccountUserRole>;

export const AccountUserState = defineEnum("AccountUserState", "Whether a user of a developer account can sign in.", {
  PENDING: "Invited or created without a password; not active yet.",
  ACTIVE: "Can sign in.",
  SUSPENDED: "Blocked by an admin.",
});
export type AccountUserState = EnumValue<typeof AccountUserState>;

export const FieldTarget = defineEnum("FieldTarget", "What a field definition describes.", {
  ACCOUNT: "Developer accounts.",
  USER: "Users of developer accounts.",
} satisfies Record<(typeof FIELD_TARGETS)[number], string>);
export type FieldTarget = EnumValue<typeof FieldTarget>;

/**
 * Developer accounts (buyers): the tenant's customers. `fields` holds the values of the built-in fields
 * that are not columns and of the tenant's extra fields, as strings by field name; `vat_rate` is also a
 * column (billing sums with it).
 */
export const accounts = pgTable(
  "accounts",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    orgName: text("org_name").notNull(),
    state: text("state", { enum: AccountState.values }).notNull().default("CREATED"),
    /** The account plan; an account is always on one of the tenant's account plans. */
    planId: uuid("plan_id").notNull(),
    fields: jsonb("fields").$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    vatRate: numeric("vat_rate", { precision: 5, scale: 2 }),
    /** The signup date. */
    createdAt: createdAt(),
    updatedAt: timestampMs("updated_at").notNull().default(sql`clock_timestamp()`),
    stateChangedAt: timestampMs("state_changed_at").notNull().default(sql`clock_timestamp()`),
    /** `org_name`'s lowercased length: the accounts search skips names too short to hold the text. */
    orgNameLength: integer("org_name_length")
      .notNull()
      .generatedAlwaysAs(() => loweredLength(sql.identifier("org_name"))),
  },
  (t) => [
    // Plans in use cannot be deleted (the plans module asks, PlanUsers); the key keeps it so.
    foreignKey({ name: "accounts_tenant_plan_fk", columns: [t.tenantId, t.planId], foreignColumns: [plans.tenantId, plans.id] }),
    // Target of the (tenant, account) foreign keys below: a row's tenant is its account's tenant.
    unique("accounts_tenant_id_key").on(t.tenantId, t.id),
    index("accounts_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("accounts_tenant_org_name_idx").on(t.tenantId, t.orgName, t.id),
    index("accounts_tenant_state_idx").on(t.tenantId, t.state, t.createdAt, t.id),
    index("accounts_tenant_plan_idx").on(t.tenantId, t.planId),
    index("accounts_tenant_org_name_length_idx").on(t.tenantId, t.orgNameLength),
    AccountState.check("accounts_state_check", t.state),
    check("accounts_vat_rate_check", sql`${t.vatRate} is null or ${t.vatRate} between 0 and 100`),
    tenantIsolation("tenant_id"),
  ],
);
export type AccountRow = typeof accounts.$inferSelect;

/** A user's name as the accounts search matches it: the first and last name of their fields. */
export const accountUserFullName = (fields: SQLWrapper) =>
  sql`coalesce(${fields}->>'first_name', '') || ' ' || coalesce(${fields}->>'last_name', '')`;

/**
 * Users of developer accounts. Their email and username are unique among all such users of the tenant
 * (001 §1.1); team users are another table. No password until they set one (invitation, signup).
 */
export const accountUsers = pgTable(
  "account_users",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    accountId: uuid("account_id").notNull(),
    username: text("username").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: AccountUserRole.values }).notNull(),
    state: text("state", { enum: AccountUserState.values }).notNull().default("PENDING"),
    passwordHash: text("password_hash"),
    fields: jsonb("fields").$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    updatedAt: timestampMs("updated_at").notNull().default(sql`clock_timestamp()`),
    /** The longest lowercased length of what the accounts search matches of a user: username, email, name. */
    searchLength: integer("search_length")
      .notNull()
      .generatedAlwaysAs(
        () =>
          sql`greatest(${loweredLength(sql.identifier("username"))}, ${loweredLength(sql.identifier("email"))}, ${loweredLength(accountUserFullName(sql.identifier("fields")))})`,
      ),
  },
  (t) => [
    foreignKey({ name: "account_users_account_fk", columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete("cascade"),
    uniqueIndex("account_users_tenant_email_key").on(t.tenantId, sql`lower(${t.email})`),
    uniqueIndex("account_users_tenant_username_key").on(t.tenantId, sql`lower(${t.username})`),
    index("account_users_account_idx").on(t.tenantId, t.accountId, t.createdAt, t.id),
    index("account_users_tenant_search_length_idx").on(t.tenantId, t.searchLength),
    AccountUserRole.check("account_users_role_check", t.role),
    AccountUserState.check("account_users_state_check", t.state),
    tenantIsolation("tenant_id"),
  ],
);
export type AccountUserRow = typeof accountUsers.$inferSelect;

/**
 * The tenant's settings of its fields: a row per built-in field it changed (label, required, hidden,
 * position) and per extra field it added. Built-in fields without a row have their defaults.
 */
export const fieldDefinitions = pgTable(
  "field_definitions",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    target: text("target", { enum: FieldTarget.values }).notNull(),
    name: text("name").notNull(),
    label: text("label").notNull(),
    required: boolean("required").notNull().default(false),
    hidden: boolean("hidden").notNull().default(false),
    builtin: boolean("builtin").notNull().default(false),
    choices: text("choices").array().notNull().default(sql`'{}'::text[]`),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("field_definitions_tenant_target_name_key").on(t.tenantId, t.target, t.name),
    FieldTarget.check("field_definitions_target_check", t.target),
    check("field_definitions_required_hidden_check", sql`not (${t.required} and ${t.hidden})`),
    tenantIsolation("tenant_id"),
  ],
);
export type FieldDefinitionRow = typeof fieldDefinitions.$inferSelect;

export const MessageDirection = defineEnum("MessageDirection", "Who wrote a message: the tenant or the developer account.", {
  TO_ACCOUNT: "From the tenant's team to the account (its inbox); emailed to its admin users.",
  FROM_ACCOUNT: "From the account to the tenant.",
});
export type MessageDirection = EnumValue<typeof MessageDirection>;

/** Messages between the tenant and a developer account (003 §10.2). */
export const accountMessages = pgTable(
  "account_messages",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    accountId: uuid("account_id").notNull(),
    direction: text("direction", { enum: MessageDirection.values }).notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** The team user who sent it (TO_ACCOUNT), while that user exists. */
    senderUserId: uuid("sender_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: "account_messages_account_fk", columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete("cascade"),
    index("account_messages_account_idx").on(t.tenantId, t.accountId, t.createdAt, t.id),
    MessageDirection.check("account_messages_direction_check", t.direction),
    tenantIsolation("tenant_id"),
  ],
);
export type AccountMessageRow = typeof accountMessages.$inferSelect;

/** The tenant's signup settings (003 ch.12): one row per tenant once changed; defaults without one. */
export const signupSettings = pgTable(
  "signup_settings",
  {
    tenantId: uuid("tenant_id")
      .primaryKey()
      .references(() => tenants.id, { onDelete: "cascade" }),
    selfSignupEnabled: boolean("self_signup_enabled").notNull().default(true),
    accountApprovalRequired: boolean("account_approval_required").notNull().default(false),
    updatedAt: timestampMs("updated_at").notNull().default(sql`clock_timestamp()`),
  },
  () => [tenantIsolation("tenant_id")],
);
export type SignupSettingsRow = typeof signupSettings.$inferSelect;

/**
 * Invitations to join a developer account (001 §1.1): the invitee accepts through the link (the
 * provider's developer portal calls `acceptInvitation`) and sets a password. Only a SHA-256 of the
 * token is kept; a token is 256 random bits, so the hash needs no key.
 */
export const accountInvitations = pgTable(
  "account_invitations",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id").notNull(),
    accountId: uuid("account_id").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: AccountUserRole.values }).notNull(),
    tokenHash: text("token_hash").notNull(),
    sentAt: timestampMs("sent_at").notNull().default(sql`clock_timestamp()`),
    expiresAt: timestampMs("expires_at").notNull(),
    acceptedAt: timestampMs("accepted_at"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: "account_invitations_account_fk", columns: [t.tenantId, t.accountId], foreignColumns: [accounts.tenantId, accounts.id] }).onDelete("cascade"),
    uniqueIndex("account_invitations_token_key").on(t.tokenHash),
    // One open invitation per email in a tenant.
    uniqueIndex("account_invitations_open_email_key").on(t.tenantId, sql`lower(${t.email})`).where(sql`accepted_at is null`),
    index("account_invitations_account_idx").on(t.tenantId, t.accountId, t.createdAt, t.id),
    AccountUserRole.check("account_invitations_role_check", t.role),
    tenantIsolation("tenant_id"),
  ],
);
export type AccountInvitationRow = typeof accountInvitations.$inferSelect;
