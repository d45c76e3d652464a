import type { TenantFixture, UserFixture } from '../../testing/factories';
import type { ChangePasswordInput, LoginInput } from '../../gql/schema-types';
import { emit, userActor, type AuditState, type MockActor, type UserActor } from '../events/events';
import { rowIdOf } from '../global-id';
import { userError } from '../mock-errors';
import { findUserByEmail, normalizeEmail, passwordProblem, type UsersState } from './users';

/**
 * Sessions and logins, with the rules of server/src/modules/team/auth.service.ts. The mock has one
 * session, the browser's: `sessionUserId` stands in for the session cookie.
 */
export interface SessionState {
  sessionUserId: string | null;
  loginFailures: LoginFailures[];
}

interface LoginFailures {
  tenantId: string;
  email: string;
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
}

/** Failed logins allowed per tenant and email within the window before further tries are refused. */
export const LOGIN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 };

type AuthErrorCode = 'INVALID_CREDENTIALS' | 'TOO_MANY_ATTEMPTS' | 'TENANT_NOT_FOUND' | 'WRONG_PASSWORD' | 'WEAK_PASSWORD' | 'USER_NOT_FOUND';
const authError = (code: AuthErrorCode, message: string, field: string[]) => userError('AuthUserError', code, message, field);
const refused = (error: ReturnType<typeof authError>) => ({ user: null, userErrors: [error] });

type LoginState = SessionState & UsersState & AuditState & { tenants: TenantFixture[] };

/**
 * The address a sign-in is recorded from ("Signed in from …"): the server records the client's; the
 * mock has none, and runs where the browser does.
 */
export const MOCK_CLIENT_ADDRESS = '127.0.0.1';

const userTarget = (user: UserFixture) => ({ type: 'User', id: user.id, name: user.email });

/** Email + password login of a team user; no tenant means the master tenant. Throttled per tenant and email. */
function invalidCredentials(subdomain: string | null) {
  const message = subdomain ? 'The tenant, email or password is not right.' : 'The email or password is not right.';
  return refused(authError('INVALID_CREDENTIALS', message, ['input', 'password']));
}

export function login(state: LoginState, input: LoginInput, now: Date, requestId: string | null = null) {
  const subdomain = input.tenant?.trim().toLowerCase() || null;
  const tenant = subdomain ? state.tenants.find((t) => t.subdomain === subdomain) : state.tenants.find((t) => t.isMaster);
  // Like the server: an unknown tenant is answered as a wrong password, so login does not tell which tenants exist.
  if (!tenant) return invalidCredentials(subdomain);
  const email = normalizeEmail(input.email);

  // Counted before the password is checked, as the server does.
  const attempt = countAttempt(state, tenant.id, email, now);
  if (attempt.lockedUntil && Date.parse(attempt.lockedUntil) > now.getTime()) return tooManyAttempts(attempt.lockedUntil, now);
  if (attempt.failures > LOGIN_THROTTLE.maxFailures) return tooManyAttempts(lock(attempt, now), now);

  const user = findUserByEmail(state, tenant.id, email);
  if (!user || user.password !== input.password) {
    if (attempt.failures >= LOGIN_THROTTLE.maxFailures) return tooManyAttempts(lock(attempt, now), now);
    return invalidCredentials(subdomain);
  }
  state.loginFailures = state.loginFailures.filter((f) => f !== attempt);
  user.lastLoginAt = now.toISOString();
  state.sessionUserId = user.id;
  emit(state, userActor(user, requestId), { type: 'user', action: 'signed_in', target: userTarget(user), summary: `Signed in from ${MOCK_CLIENT_ADDRESS}.` }, now);
  return { user, userErrors: [] };
}

function countAttempt(state: SessionState, tenantId: string, email: string, now: Date): LoginFailures {
  const row = state.loginFailures.find((f) => f.tenantId === tenantId && f.email === email);
  if (!row) {
    const fresh = { tenantId, email, failures: 1, windowStartedAt: now.toISOString(), lockedUntil: null };
    state.loginFailures.push(fresh);
    return fresh;
  }
  if (Date.parse(row.windowStartedAt) > now.getTime() - LOGIN_THROTTLE.windowMs) {
    row.failures += 1;
  } else {
    Object.assign(row, { failures: 1, windowStartedAt: now.toISOString(), lockedUntil: null });
  }
  return row;
}

function lock(row: LoginFailures, now: Date): string {
  row.lockedUntil = new Date(now.getTime() + LOGIN_THROTTLE.lockMs).toISOString();
  return row.lockedUntil;
}

function tooManyAttempts(lockedUntil: string, now: Date) {
  const minutes = Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 60000));
  const message = `Too many failed logins for this email. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  return refused(authError('TOO_MANY_ATTEMPTS', message, ['input', 'email']));
}

/**
 * The master lifts a user's login lock (server/src/modules/team/session.service.ts `unlockLogin`): the
 * user's failed-login counters go. The server keeps one per client address; the mock has no address,
 * so every request is one address and `cleared` is 0 or 1.
 */
export function unlockLogin(state: SessionState & UsersState & AuditState, actor: MockActor, userId: string, now: Date) {
  const rowId = rowIdOf(userId, 'User');
  const user = rowId ? state.users.find((u) => rowIdOf(u.id, 'User') === rowId) : undefined;
  if (!user) return { user: null, cleared: 0, userErrors: [authError('USER_NOT_FOUND', 'No such team user.', ['input', 'userId'])] };
  const email = normalizeEmail(user.email);
  const before = state.loginFailures.length;
  state.loginFailures = state.loginFailures.filter((f) => !(f.tenantId === user.tenantId && f.email === email));
  const cleared = before - state.loginFailures.length;
  // Recorded in the user's tenant, where its admins look for it (the master sees every tenant's), when a lock was lifted.
  const summary = `Lifted the login lock of ${user.email}.`;
  if (cleared > 0) emit(state, actor, { type: 'user', action: 'login_unlocked', target: userTarget(user), summary, tenantId: user.tenantId }, now);
  return { user, cleared, userErrors: [] };
}

/** Ends the session; `loggedOut` says whether there was one (and only then is it recorded). */
export function logout(state: SessionState & UsersState & AuditState, clientMutationId: string | null | undefined, now: Date, requestId: string | null = null) {
  const user = state.users.find((u) => u.id === state.sessionUserId);
  const loggedOut = state.sessionUserId !== null;
  state.sessionUserId = null;
  if (user) emit(state, userActor(user, requestId), { type: 'user', action: 'signed_out', target: userTarget(user), summary: 'Signed out.' }, now);
  return { __typename: 'LogoutPayload' as const, loggedOut, clientMutationId: clientMutationId ?? null };
}

export function changePassword(state: AuditState, actor: UserActor, input: ChangePasswordInput, now: Date) {
  const { user } = actor;
  if (input.currentPassword !== user.password) {
    return refused(authError('WRONG_PASSWORD', 'The current password is not right.', ['input', 'currentPassword']));
  }
  const problem = passwordProblem(input.newPassword);
  if (problem) return refused(authError('WEAK_PASSWORD', problem, ['input', 'newPassword']));
  if (input.newPassword === input.currentPassword) {
    return refused(authError('WEAK_PASSWORD', 'Choose a password different from the current one.', ['input', 'newPassword']));
  }
  user.password = input.newPassword;
  emit(state, actor, { type: 'user', action: 'password_changed', target: userTarget(user), summary: 'Changed their password; their other sessions ended.' }, now);
  return { user, userErrors: [] };
}
