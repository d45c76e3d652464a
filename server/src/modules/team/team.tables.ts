import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { AccessTokenPermission, AccessTokenScope, MemberArea, TeamRole } from "../../auth/principal.js";
import { defineEnum } from "../../kit/enum.js";
import { createdAt, primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolation, tenantIsolationOrMaster } from "../../db/tenancy.sql.js";
import { tenants } from "../tenants/tenants.tables.js";

/** Team users of a tenant: admins do everything, members get rights by area (a later issue). */
export const users = pgTable(
  "users",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name"),
    role: text("role", { enum: TeamRole.values }).notNull(),
    passwordHash: text("password_hash").notNull(),
    createdAt: createdAt(),
    lastLoginAt: timestampMs("last_login_at"),
    /** A member's areas of the admin (`MemberArea`); admins have every area whatever this holds. */
    memberAreas: text("member_areas", { enum: MemberArea.values }).array().notNull().default(sql`'{}'::text[]`),
    /** A member's products, or null for every product, present and future. */
    memberServiceIds: uuid("member_service_ids").array(),
  },
  (t) => [
    // The email of a user is unique among all users of the tenant.
    uniqueIndex("users_tenant_email_key").on(t.tenantId, sql`lower(${t.email})`),
    index("users_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    TeamRole.check("users_role_check", t.role),
    MemberArea.check("users_member_areas_check", t.memberAreas, true),
    tenantIsolationOrMaster("tenant_id"),
  ],
);

/** Server-side sessions behind the HTTP-only cookie; only a keyed hash of the cookie value is kept. */
export const sessions = pgTable(
  "sessions",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: timestampMs("expires_at").notNull(),
  },
  (t) => [
    uniqueIndex("sessions_token_hash_key").on(t.tokenHash),
    index("sessions_tenant_user_idx").on(t.tenantId, t.userId),
    tenantIsolation("tenant_id"),
  ],
);

/** What a login-attempt counter counts: one account's guesses from one address, or all guesses from one address. */
export const LoginAttemptScope = defineEnum("LoginAttemptScope", "What a login-attempt counter counts.", {
  ACCOUNT: "Guesses at one account (tenant and email) from one client address.",
  ADDRESS: "Guesses from one client address, at any account of any tenant.",
});

/**
 * Failed-login counters (login-throttle.ts). Not tenant-owned: a client address's guesses span
 * tenants, and guesses at an unknown tenant are counted like any other (so the counters do not tell
 * which tenants exist). Only the team module's login code reads and writes it. Rows end with their
 * window and are purged as new failures arrive, so anonymous requests cannot grow it without bound.
 */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    scope: text("scope", { enum: LoginAttemptScope.values }).notNull(),
    /** The tenant's id, or `?<subdomain>` for a subdomain no tenant has; '' for ADDRESS counters. */
    tenantKey: text("tenant_key").notNull(),
    /** Lowercased email; '' for ADDRESS counters. */
    email: text("email").notNull(),
    address: text("address").notNull(),
    failures: integer("failures").notNull(),
    windowStartedAt: timestampMs("window_started_at").notNull(),
    lockedUntil: timestampMs("locked_until"),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.tenantKey, t.email, t.address] }),
    LoginAttemptScope.check("login_attempts_scope_check", t.scope),
    index("login_attempts_window_idx").on(t.windowStartedAt),
  ],
);

/** Personal access tokens of team users, for integrators. Only a keyed hash is kept (auth/secret-token.ts). */
export const accessTokens = pgTable(
  "access_tokens",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    scopes: text("scopes", { enum: AccessTokenScope.values }).array().notNull(),
    permission: text("permission", { enum: AccessTokenPermission.values }).notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: timestampMs("expires_at"),
    lastUsedAt: timestampMs("last_used_at"),
    revokedAt: timestampMs("revoked_at"),
  },
  (t) => [
    uniqueIndex("access_tokens_token_hash_key").on(t.tokenHash),
    AccessTokenPermission.check("access_tokens_permission_check", t.permission),
    AccessTokenScope.check("access_tokens_scopes_check", t.scopes, true),
    index("access_tokens_tenant_user_created_idx").on(t.tenantId, t.userId, t.createdAt, t.id),
    tenantIsolation("tenant_id"),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type AccessTokenRow = typeof accessTokens.$inferSelect;
