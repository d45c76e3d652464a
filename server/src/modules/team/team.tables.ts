import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, primaryId, timestampMs } from "../../db/columns.js";
import { tenantIsolation, tenantIsolationOrMaster } from "../../db/tenancy.sql.js";
import { tenants } from "../tenants/tenants.tables.js";

export const userRoles = ["ADMIN", "MEMBER"] as const;
export type UserRole = (typeof userRoles)[number];

/** Team users of a tenant (003 §3): admins do everything, members get rights by area (later issue). */
export const users = pgTable(
  "users",
  {
    id: primaryId(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name"),
    role: text("role", { enum: userRoles }).notNull(),
    passwordHash: text("password_hash").notNull(),
    createdAt: createdAt(),
    lastLoginAt: timestampMs("last_login_at"),
  },
  (t) => [
    // The email of a user is unique among all users of the tenant (001 §1.1).
    uniqueIndex("users_tenant_email_key").on(t.tenantId, sql`lower(${t.email})`),
    index("users_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    check("users_role_check", sql`${t.role} in ('ADMIN', 'MEMBER')`),
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

/** Failed logins per tenant and email, for throttling repeated guesses. */
export const loginFailures = pgTable(
  "login_failures",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    failures: integer("failures").notNull(),
    windowStartedAt: timestampMs("window_started_at").notNull(),
    lockedUntil: timestampMs("locked_until"),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.email] }), tenantIsolation("tenant_id")],
);

export const accessTokenScopes = ["ACCOUNT_MANAGEMENT", "BILLING", "ANALYTICS"] as const;
export type AccessTokenScope = (typeof accessTokenScopes)[number];
export const accessTokenPermissions = ["READ_ONLY", "READ_WRITE"] as const;
export type AccessTokenPermission = (typeof accessTokenPermissions)[number];

/** Personal access tokens of team users, for integrators (003 §3, "Tokens"). Only a keyed hash is kept. */
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
    scopes: text("scopes", { enum: accessTokenScopes }).array().notNull(),
    permission: text("permission", { enum: accessTokenPermissions }).notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: timestampMs("expires_at"),
    lastUsedAt: timestampMs("last_used_at"),
    revokedAt: timestampMs("revoked_at"),
  },
  (t) => [
    uniqueIndex("access_tokens_token_hash_key").on(t.tokenHash),
    check("access_tokens_permission_check", sql`${t.permission} in ('READ_ONLY', 'READ_WRITE')`),
    index("access_tokens_tenant_user_created_idx").on(t.tenantId, t.userId, t.createdAt, t.id),
    tenantIsolation("tenant_id"),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type AccessTokenRow = typeof accessTokens.$inferSelect;
