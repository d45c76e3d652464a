import type { MemberArea } from '@gatehouse/schema/notifications';
import { createUser as userFixture, type UserFixture } from '../../testing/factories';
import type { UserOrder, UserRole } from '../../gql/schema-types';
import { randomBase64Url } from '../base64url';
import type { KeysetOrder } from '../connection';
import { toGlobalId } from '../global-id';

/**
 * A team user as the server's `users` row holds it: with a member's rights (server/src/modules/team/
 * team.tables.ts), which the API cannot set yet. Absent rights are the columns' defaults: no area,
 * every product (null). Admins have every area whatever these hold.
 */
export type TeamUser = UserFixture & {
  memberAreas?: MemberArea[];
  /** A member's products (Service global IDs), or null for every product, present and future. */
  memberServiceIds?: string[] | null;
};

/** Team users, as server/src/modules/team/user.service.ts keeps them (passwords in clear: it is a mock). */
export interface UsersState {
  users: TeamUser[];
}

// The server's password rule, shared.
export { passwordProblem } from '@gatehouse/schema/password';

/** A password for a new admin when none is given: 15 random bytes, 20 base64url characters. */
export function generatePassword(): string {
  return randomBase64Url(15);
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function findUserByEmail(state: UsersState, tenantId: string, email: string): UserFixture | undefined {
  const wanted = normalizeEmail(email);
  return state.users.find((u) => u.tenantId === tenantId && u.email.toLowerCase() === wanted);
}

/** A new team user; null when the email is taken in that tenant. Emails are stored lowercased. */
export function createUser(
  state: UsersState,
  input: { tenantId: string; email: string; password: string; role: UserRole; name?: string | null },
  now: Date,
): UserFixture | null {
  if (findUserByEmail(state, input.tenantId, input.email)) return null;
  const user = userFixture({
    id: toGlobalId('User', crypto.randomUUID()),
    tenantId: input.tenantId,
    email: normalizeEmail(input.email),
    name: input.name ?? null,
    role: input.role,
    password: input.password,
    createdAt: now.toISOString(),
  });
  state.users.push(user);
  return user;
}

/** Team users: by creation time or email, oldest first by default. */
export function userOrder(orderBy: UserOrder | null | undefined): KeysetOrder<UserFixture> {
  const { field, direction } = orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
  return field === 'EMAIL'
    ? { key: field, kind: 'text', value: (u) => u.email, direction }
    : { key: field, kind: 'timestamp', value: (u) => u.createdAt, direction };
}
