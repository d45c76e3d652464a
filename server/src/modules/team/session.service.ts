import { and, eq, lte, ne, sql } from "drizzle-orm";
import { rowsOf } from "../../auth/authenticate.js";
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from "../../auth/password.js";
import type { Auth } from "../../auth/principal.js";
import { generateSessionToken, hashSecretToken, isSessionTokenFormat } from "../../auth/secret-token.js";
import { SESSION_TTL_MS } from "../../auth/session-cookie.js";
import type { Executor } from "../../db/client.js";
import { setTenantScope } from "../../db/tenancy.js";
import { userError } from "../../graphql/user-error.js";
import { AuthErrorCode } from "./session.errors.js";
import { loginFailures, sessions, type UserRow, users } from "./team.tables.js";
import { findUserByEmail } from "./user.service.js";

/** Failed logins allowed per tenant and email within the window before further tries are refused. */
export const LOGIN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 };

export async function tenantForLogin(tx: Executor, subdomain: string | null): Promise<{ id: string; is_master: boolean } | null> {
  const found = await tx.execute<{ id: string; is_master: boolean }>(sql`select id, is_master from gatehouse_auth_tenant(${subdomain})`);
  return rowsOf<{ id: string; is_master: boolean }>(found)[0] ?? null;
}

export interface LoginInputData {
  tenant: string | null;
  email: string;
  password: string;
}

export type LoginResult =
  | { ok: true; user: UserRow; sessionToken: string; auth: Auth }
  | { ok: false; userErrors: ReturnType<typeof userError<AuthErrorCode>>[] };

/** Email + password login of a team user; throttled per tenant and email. */
export async function login(tx: Executor, secret: string, input: LoginInputData, now = new Date()): Promise<LoginResult> {
  const subdomain = input.tenant?.trim().toLowerCase() || null;
  const tenant = await tenantForLogin(tx, subdomain);
  if (!tenant) {
    // Answered like a wrong password, in about the same time (a hash is checked either way), so
    // login does not tell which tenants exist. TENANT_NOT_FOUND stays in the enum, unused.
    await verifyPassword(input.password, await decoyHash);
    return invalidCredentials(subdomain);
  }
  await setTenantScope(tx, { tenantId: tenant.id, master: false });
  const email = input.email.trim().toLowerCase();

  // The attempt is counted before the password is checked, atomically: parallel guesses each see
  // their own count, and the row lock queues them, so no more than maxFailures are ever checked.
  const attempt = await countAttempt(tx, tenant.id, email, now);
  if (attempt.lockedUntil && attempt.lockedUntil > now) return tooManyAttempts(attempt.lockedUntil, now);
  if (attempt.attempts > LOGIN_THROTTLE.maxFailures) return tooManyAttempts(await lock(tx, tenant.id, email, now), now);

  const user = await findUserByEmail(tx, tenant.id, email);
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid) {
    if (attempt.attempts >= LOGIN_THROTTLE.maxFailures) return tooManyAttempts(await lock(tx, tenant.id, email, now), now);
    return invalidCredentials(subdomain);
  }

  await tx.delete(loginFailures).where(and(eq(loginFailures.tenantId, tenant.id), eq(loginFailures.email, email)));
  await setTenantScope(tx, { tenantId: tenant.id, master: tenant.is_master });
  const [updated] = await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id)).returning();
  // The user's expired sessions go as a new one starts (a tenant-wide purge job comes with the jobs issue).
  await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lte(sessions.expiresAt, now)));
  const sessionToken = generateSessionToken();
  const [session] = await tx
    .insert(sessions)
    .values({
      tenantId: tenant.id,
      userId: user.id,
      tokenHash: hashSecretToken(secret, sessionToken),
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    })
    .returning({ id: sessions.id });
  const signedIn = updated ?? user;
  return {
    ok: true,
    user: signedIn,
    sessionToken,
    auth: {
      kind: "user",
      tenantId: tenant.id,
      master: tenant.is_master,
      userId: signedIn.id,
      role: signedIn.role,
      email: signedIn.email,
      tokenId: null,
      sessionId: session!.id,
      token: null,
    },
  };
}

/** The one answer to a wrong tenant, email or password; it names the tenant as a suspect when one was given. */
function invalidCredentials(subdomain: string | null): LoginResult {
  const message = subdomain ? "The tenant, email or password is not right." : "The email or password is not right.";
  return { ok: false, userErrors: [userError(AuthErrorCode.INVALID_CREDENTIALS, message, ["input", "password"])] };
}

function tooManyAttempts(lockedUntil: Date, now: Date): LoginResult {
  return { ok: false, userErrors: [lockedOut("Too many failed logins for this email.", lockedUntil, now, ["input", "email"])] };
}

function lockedOut(why: string, lockedUntil: Date, now: Date, field: string[]) {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60000));
  return userError(AuthErrorCode.TOO_MANY_ATTEMPTS, `${why} Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, field);
}

/**
 * Counts a login attempt for the tenant and email in the current window (a window older than
 * LOGIN_THROTTLE.windowMs starts over, lock included). One upsert: concurrent attempts queue on the row.
 */
async function countAttempt(tx: Executor, tenantId: string, email: string, now: Date): Promise<{ attempts: number; lockedUntil: Date | null }> {
  const windowStart = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const open = sql`${loginFailures.windowStartedAt} > ${windowStart.toISOString()}::timestamptz`;
  const [row] = await tx
    .insert(loginFailures)
    .values({ tenantId, email, failures: 1, windowStartedAt: now, lockedUntil: null })
    .onConflictDoUpdate({
      target: [loginFailures.tenantId, loginFailures.email],
      set: {
        failures: sql`case when ${open} then ${loginFailures.failures} + 1 else 1 end`,
        lockedUntil: sql`case when ${open} then ${loginFailures.lockedUntil} else null end`,
        windowStartedAt: sql`case when ${open} then ${loginFailures.windowStartedAt} else ${now.toISOString()}::timestamptz end`,
      },
    })
    .returning({ attempts: loginFailures.failures, lockedUntil: loginFailures.lockedUntil });
  return row!;
}

async function lock(tx: Executor, tenantId: string, email: string, now: Date): Promise<Date> {
  const lockedUntil = new Date(now.getTime() + LOGIN_THROTTLE.lockMs);
  await tx
    .update(loginFailures)
    .set({ lockedUntil })
    .where(and(eq(loginFailures.tenantId, tenantId), eq(loginFailures.email, email)));
  return lockedUntil;
}

/**
 * Ends the session of the request: the one it authenticated with, or — when a bearer token
 * authenticated it — the one its cookie names (row-level security keeps this within the tenant).
 */
export async function logout(tx: Executor, secret: string, auth: Auth | null, cookieToken: string | undefined): Promise<boolean> {
  const which = auth?.sessionId
    ? eq(sessions.id, auth.sessionId)
    : cookieToken && isSessionTokenFormat(cookieToken)
      ? eq(sessions.tokenHash, hashSecretToken(secret, cookieToken))
      : null;
  if (!which) return false;
  const deleted = await tx.delete(sessions).where(which).returning({ id: sessions.id });
  return deleted.length > 0;
}

export type ChangePasswordResult = { ok: true; user: UserRow } | { ok: false; userErrors: ReturnType<typeof userError<AuthErrorCode>>[] };

/**
 * Changes the signed-in user's password and ends the user's other sessions. Access tokens keep
 * working: they are credentials of their own (docs/decisions/0003-access-tokens-survive-a-password-change.md).
 */
export async function changePassword(
  tx: Executor,
  auth: Auth,
  input: { currentPassword: string; newPassword: string },
  now = new Date(),
): Promise<ChangePasswordResult> {
  const [current] = await tx.select().from(users).where(eq(users.id, auth.userId));
  if (!current) throw new Error("changePassword: the signed-in user's row was not found in the transaction's tenant");
  // Checking the current password is a password guess like a login (by whoever holds the session):
  // the same counter and lock as login for this account, so neither way allows more guesses.
  const email = current.email.toLowerCase();
  const field = ["input", "currentPassword"];
  const why = "Too many wrong passwords.";
  const attempt = await countAttempt(tx, auth.tenantId, email, now);
  if (attempt.lockedUntil && attempt.lockedUntil > now) return { ok: false, userErrors: [lockedOut(why, attempt.lockedUntil, now, field)] };
  if (attempt.attempts > LOGIN_THROTTLE.maxFailures) return { ok: false, userErrors: [lockedOut(why, await lock(tx, auth.tenantId, email, now), now, field)] };
  if (!(await verifyPassword(input.currentPassword, current.passwordHash))) {
    if (attempt.attempts >= LOGIN_THROTTLE.maxFailures) return { ok: false, userErrors: [lockedOut(why, await lock(tx, auth.tenantId, email, now), now, field)] };
    return { ok: false, userErrors: [userError(AuthErrorCode.WRONG_PASSWORD, "The current password is not right.", field)] };
  }
  await tx.delete(loginFailures).where(and(eq(loginFailures.tenantId, auth.tenantId), eq(loginFailures.email, email)));
  const problem = passwordProblem(input.newPassword);
  if (problem) return { ok: false, userErrors: [userError(AuthErrorCode.WEAK_PASSWORD, problem, ["input", "newPassword"])] };
  if (input.newPassword === input.currentPassword) {
    return { ok: false, userErrors: [userError(AuthErrorCode.WEAK_PASSWORD, "Choose a password different from the current one.", ["input", "newPassword"])] };
  }
  const [user] = await tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where(eq(users.id, auth.userId))
    .returning();
  if (!user) throw new Error("changePassword: the signed-in user's row was not found in the transaction's tenant");
  await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, auth.userId), auth.sessionId ? ne(sessions.id, auth.sessionId) : undefined));
  return { ok: true, user };
}
