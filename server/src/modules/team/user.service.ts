import type { MemberArea } from "../../auth/principal.js";
import { and, eq, sql } from "drizzle-orm";
import { hashPassword } from "../../auth/password.js";
import type { TeamRole } from "../../auth/principal.js";
import { rowsByIds } from "../../db/statement.js";
import type { Executor } from "../../db/client.js";
import { type UserRow, users } from "./team.tables.js";
import { userListing } from "./user.type.js";

export interface NewUser {
  tenantId: string;
  email: string;
  password: string;
  role: TeamRole;
  name?: string | null;
  /** A member's areas of the admin (MemberArea); none when omitted. */
  memberAreas?: MemberArea[];
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
      memberAreas: input.memberAreas ?? [],
      passwordHash: await hashPassword(input.password),
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export const usersByIds = rowsByIds(users);

/** `users` of many tenants at once (Tenant.users in a list of tenants), batched per request. */
export function usersOfTenantsLoader(tx: Executor) {
  return userListing.nested(tx, users.tenantId);
}

export async function findUserByEmail(tx: Executor, tenantId: string, email: string): Promise<UserRow | null> {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), sql`lower(${users.email}) = ${email.trim().toLowerCase()}`));
  return row ?? null;
}
