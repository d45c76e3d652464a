import { subdomainProblem } from "@gatehouse/schema/subdomain";
import { and, eq, lte, ne, sql } from "drizzle-orm";
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from "../../auth/password.js";
import type { Actor, UserActor } from "../../auth/actor.js";
import { type Auth, userActorOf } from "../../auth/principal.js";
import { generateSessionToken, hashSecretToken, isSessionTokenFormat } from "../../auth/secret-token.js";
import { SESSION_TTL_MS } from "../../auth/session-cookie.js";
import { type Executor, rowsOf } from "../../db/client.js";
import { setTenantScope } from "../../db/tenancy.js";
import { userError } from "../../graphql/user-error.js";
import { AuthErrorCode } from "./session.errors.js";
import { lockAfterLastFailure, purgeEnded, recordAttempt, recordSuccess, unlockAccount } from "./login-throttle.js";
import { sessions, type UserRow, users } from "./team.tables.js";
import { findUserByEmail } from "./user.service.js";
import { emit } from "../events/events.service.js";

/** Failed logins allowed per tenant and email within the window before further tries are refused. */

export async function tenantForLogin(tx: Executor, subdomain: string | null): Promise<{ id: string; is_master: boolean } | null> {
  const found = await tx.execute<{ id: string; is_master: boolean }>(sql`select id, is_master from gatehouse_auth_tenant(${subdomain})`);
  return rowsOf<{ id: string; is_master: boolean }>(found)[0] ?? null;
}

export interface LoginInputData {
  /** The client's address (http/request.ts `clientAddress`): guesses are counted per account and address. */
  address: string;
  /** GATEHOUSE_LOGIN_ADDRESS_LIMIT. */
  addressLimit: number;
  tenant: string | null;
  email: string;
  password: string;
  /** The request's ID, for the audit log. */
  requestId?: string | null;
}

export type LoginResult =
  | { ok: true; user: UserRow; sessionToken: string; auth: Auth }
  | { ok: false; userErrors: ReturnType<typeof userError<AuthErrorCode>>[] };

/** How login reaches the database: it must hold no transaction while it checks the password hash. */
export interface LoginTransactions {
  /** A short transaction of its own, in the anonymous scope, committed at once. */
  shortTransaction: <T>(fn: (tx: Executor) => Promise<T>) => Promise<T>;
  /** Opens the request's transaction (the payload is read in it), in the anonymous scope. */
  requestTransaction: () => Promise<Executor>;
}

/**
 * Email + password login of a team user; throttled per account and client address, and per address
 * (login-throttle.ts). The attempt is recorded and the user read in a short transaction; the hash is
 * checked holding none (it takes tens of milliseconds of CPU on purpose); the outcome is written in
 * the request's transaction.
 */
export async function login(db: LoginTransactions, secret: string, input: LoginInputData, now = new Date()): Promise<LoginResult> {
  const subdomain = input.tenant?.trim().toLowerCase() || null;
  const email = input.email.trim().toLowerCase();
  const before = await db.shortTransaction(async (tx) => {
    const tenant = await tenantForLogin(tx, subdomain);
    // Guesses at an unknown tenant are counted like any other, so neither the answer nor the lock
    // tells which tenants exist.
    // No tenant can have a subdomain outside the rules: such guesses share one counter (and a long one
    // would not fit the counters' index).
    const unknownTenant = subdomain && subdomainProblem(subdomain) ? "?(not a subdomain)" : `?${subdomain}`;
    const key = { tenantKey: tenant?.id ?? unknownTenant, email, address: input.address, addressLimit: input.addressLimit };
    const attempt = await recordAttempt(tx, key, now);
    if (attempt.locked) return { locked: { until: attempt.until, by: attempt.by } } as const;
    if (tenant) await setTenantScope(tx, { tenantId: tenant.id, master: false });
    const user = tenant ? await findUserByEmail(tx, tenant.id, email) : null;
    return { locked: null, tenant, user, key, last: attempt.last } as const;
  });
  if (before.locked) return tooManyAttempts(before.locked.until, before.locked.by, now);
  const { tenant, user, key } = before;
  // A hash is checked either way, so an unknown tenant or email takes as long as a wrong password.
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));

  const tx = await db.requestTransaction();
  if (!tenant || !user || !valid) {
    await purgeEnded(tx, now);
    if (before.last) {
      const locked = await lockAfterLastFailure(tx, key, now);
      return tooManyAttempts(locked.until, locked.by, now);
    }
    return invalidCredentials(subdomain);
  }

  await recordSuccess(tx, key, now);
  await setTenantScope(tx, { tenantId: tenant.id, master: tenant.is_master });
  const [updated] = await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id)).returning();
  // The user's expired sessions go as a new one starts.
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
  const actor: UserActor = { kind: "user", tenantId: tenant.id, master: tenant.is_master, userId: signedIn.id, tokenId: null, email: signedIn.email, requestId: input.requestId ?? null };
  await emit(tx, actor, { type: "user", action: "signed_in", target: userTarget(signedIn), summary: `Signed in from ${input.address}.` });
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

const userTarget = (user: UserRow) => ({ type: "User", id: user.id, name: user.email });

function invalidCredentials(subdomain: string | null): LoginResult {
  const message = subdomain ? "The tenant, email or password is not right." : "The email or password is not right.";
  return { ok: false, userErrors: [userError(AuthErrorCode.INVALID_CREDENTIALS, message, ["input", "password"])] };
}

function tooManyAttempts(lockedUntil: Date, by: "account" | "address", now: Date): LoginResult {
  const why = by === "account" ? "Too many failed logins for this email." : "Too many failed logins from your network.";
  return { ok: false, userErrors: [lockedOut(why, lockedUntil, now, ["input", "email"])] };
}

function lockedOut(why: string, lockedUntil: Date, now: Date, field: string[]) {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60000));
  return userError(AuthErrorCode.TOO_MANY_ATTEMPTS, `${why} Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, field);
}

/**
 * Ends the session of the request: the one it authenticated with, or — when a bearer token
 * authenticated it — the one its cookie names (row-level security keeps this within the tenant).
 */
export async function logout(tx: Executor, secret: string, auth: Auth | null, cookieToken: string | undefined, requestId: string | null = null): Promise<boolean> {
  const which = auth?.sessionId
    ? eq(sessions.id, auth.sessionId)
    : cookieToken && isSessionTokenFormat(cookieToken)
      ? eq(sessions.tokenHash, hashSecretToken(secret, cookieToken))
      : null;
  if (!which) return false;
  const deleted = await tx.delete(sessions).where(which).returning({ id: sessions.id, userId: sessions.userId, tenantId: sessions.tenantId });
  const [ended] = deleted;
  if (ended && auth) {
    // The session ended is the cookie's, which may be another user's than the bearer token's.
    const [owner] = ended.userId === auth.userId ? [{ email: auth.email }] : await tx.select({ email: users.email }).from(users).where(eq(users.id, ended.userId));
    const name = owner?.email ?? "a deleted user";
    await emit(tx, userActorOf(auth, requestId), {
      type: "user",
      action: "signed_out",
      target: { type: "User", id: ended.userId, name },
      summary: ended.userId === auth.userId ? "Signed out." : `Ended a session of ${name}.`,
    });
  }
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
  client: { address: string; addressLimit: number },
  requestId: string | null = null,
  now = new Date(),
): Promise<ChangePasswordResult> {
  const [current] = await tx.select().from(users).where(eq(users.id, auth.userId));
  if (!current) throw new Error("changePassword: the signed-in user's row was not found in the transaction's tenant");
  // Checking the current password is a password guess like a login (by whoever holds the session):
  // the same counter and lock as login for this account, so neither way allows more guesses.
  const email = current.email.toLowerCase();
  const field = ["input", "currentPassword"];
  const why = "Too many wrong passwords.";
  const key = { tenantKey: auth.tenantId, email, ...client };
  const attempt = await recordAttempt(tx, key, now);
  if (attempt.locked) return { ok: false, userErrors: [lockedOut(why, attempt.until, now, field)] };
  if (!(await verifyPassword(input.currentPassword, current.passwordHash))) {
    if (attempt.last) return { ok: false, userErrors: [lockedOut(why, (await lockAfterLastFailure(tx, key, now)).until, now, field)] };
    return { ok: false, userErrors: [userError(AuthErrorCode.WRONG_PASSWORD, "The current password is not right.", field)] };
  }
  await recordSuccess(tx, key, now);
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
  await emit(tx, userActorOf(auth, requestId), { type: "user", action: "password_changed", target: userTarget(user), summary: "Changed their password; their other sessions ended." });
  return { ok: true, user };
}

/**
 * The master lifts a user's login lock: the user's failed-login counters from every client address
 * are cleared (the per-address counters of the guessers stay).
 */
export async function unlockLogin(
  tx: Executor,
  actor: Actor,
  userId: string | null,
): Promise<{ ok: true; user: UserRow; cleared: number } | { ok: false; userErrors: ReturnType<typeof userError<AuthErrorCode>>[] }> {
  const [user] = userId ? await tx.select().from(users).where(eq(users.id, userId)) : [];
  if (!user) return { ok: false, userErrors: [userError(AuthErrorCode.USER_NOT_FOUND, "No such team user.", ["input", "userId"])] };
  const cleared = await unlockAccount(tx, user.tenantId, user.email.toLowerCase());
  // Recorded in the user's tenant, where its admins look for it (the master sees every tenant's), when a lock was lifted.
  if (cleared > 0) await emit(tx, actor, { type: "user", action: "login_unlocked", target: userTarget(user), summary: `Lifted the login lock of ${user.email}.`, tenantId: user.tenantId });
  return { ok: true, user, cleared };
}
