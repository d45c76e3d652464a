import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { type ConnectionArgs, type KeysetOrder, OrderDirection, paginate } from "../../graphql/connection.js";
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

function userOrder(key: UserOrderKey, direction: OrderDirection): KeysetOrder<UserRow> {
  return key === "EMAIL"
    ? { key, column: users.email, sqlType: "text", value: (u) => u.email, direction }
    : { key, column: users.createdAt, sqlType: "timestamptz", value: (u) => u.createdAt, direction };
}

export function listUsers(
  tx: Executor,
  tenantId: string,
  args: ConnectionArgs,
  order: { field: UserOrderKey; direction: OrderDirection } = { field: "CREATED_AT", direction: OrderDirection.ASC },
) {
  return paginate<UserRow>({
    args,
    order: userOrder(order.field, order.direction),
    idColumn: users.id,
    id: (u) => u.id,
    where: eq(users.tenantId, tenantId),
    fetch: (where, orderBy, limit) =>
      tx
        .select()
        .from(users)
        .where(where)
        .orderBy(...orderBy)
        .limit(limit),
    count: async (where) => (await tx.select({ n: count() }).from(users).where(where))[0]?.n ?? 0,
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
