import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { connectionLoader, type KeysetOrder, OrderDirection } from "../../graphql/connection.js";
import { hashPassword } from "./password.js";
import { type UserRole, type UserRow, users } from "./team.tables.js";

export interface NewUser {
  tenantId: string;
  email: string;
  password: string;
  role: UserRole;
  name?: string | null;
}

/**
 * Creates a team user. Returns null when the email is taken in that tenant (the caller turns that
 * into its own user error), without aborting the surrounding transaction.
 */
export async function createUser(tx: Executor, input: NewUser): Promise<UserRow | null> {
  const [row] = await tx
    .insert(users)
    .values({
      tenantId: input.tenantId,
      email: input.email.trim().toLowerCase(),
      name: input.name ?? null,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function usersByIds(tx: Executor, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(users).where(inArray(users.id, [...ids]));
}

export type UserOrderKey = "CREATED_AT" | "EMAIL";

export function userOrder(key: UserOrderKey, direction: OrderDirection): KeysetOrder<UserRow> {
  return key === "EMAIL"
    ? { key, column: users.email, sqlType: "text", value: (u) => u.email, direction }
    : { key, column: users.createdAt, sqlType: "timestamptz", value: (u) => u.createdAt, direction };
}


/** `users` of many tenants at once (Tenant.users in a list of tenants), batched per request. */
export function usersOfTenantsLoader(tx: Executor) {
  return connectionLoader<UserRow>({
    tx,
    table: users,
    groupColumn: users.tenantId,
    groupOf: (u) => u.tenantId,
    order: userOrder("CREATED_AT", OrderDirection.ASC),
    idColumn: users.id,
    id: (u) => u.id,
  });
}

export async function findUserByEmail(tx: Executor, tenantId: string, email: string): Promise<UserRow | null> {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), sql`lower(${users.email}) = ${email.trim().toLowerCase()}`));
  return row ?? null;
}

export { generatePassword, passwordProblem } from "./password.js";
