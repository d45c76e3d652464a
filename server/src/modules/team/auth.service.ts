import { and, eq, lte, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { setTenantScope } from "../../db/tenancy.js";
import type { Auth } from "../../graphql/context.js";
import { userError } from "../../graphql/user-error.js";
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from "./password.js";
import { generateSessionToken, hashSecretToken, isAccessTokenFormat, isSessionTokenFormat } from "./secret-token.js";
import { SESSION_TTL_MS } from "./session-cookie.js";
import { AuthErrorCode } from "./team.errors.js";
import { accessTokens, loginFailures, sessions, type UserRow, users } from "./team.tables.js";
import { findUserByEmail } from "./user.service.js";

/** Failed logins allowed per tenant and email within the window before further tries are refused. */
export const LOGIN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 };

export interface Credentials {
  bearer?: string;
  sessionToken?: string;
}

export interface Authentication {
  auth: Auth | null;
  failure: string | null;
  /** A bearer token was sent and refused. */
  tokenRejected?: boolean;
}

/** Select-list item that scopes the transaction to the row's tenant (columns tenant_id, is_master). */
const scopeTo = sql.raw(
  "set_config('app.tenant_id', tenant_id::text, true) as scoped_tenant, set_config('app.master', case when is_master then 'on' else 'off' end, true) as scoped_master",
);

const anonymous = (failure: string | null): Authentication => ({ auth: null, failure });
const rejectedToken = (failure: string): Authentication => ({ auth: null, failure, tokenRejected: true });

/**
 * Resolves the caller from a bearer token or the session cookie, inside the request's transaction.
 * On success the transaction is scoped to the caller's tenant.
 */
export async function authenticate(tx: Executor, secret: string, credentials: Credentials, now = new Date()): Promise<Authentication> {
  if (credentials.bearer !== undefined) return authenticateToken(tx, secret, credentials.bearer, now);
  if (credentials.sessionToken !== undefined) return authenticateSession(tx, secret, credentials.sessionToken, now);
  return anonymous(null);
}

async function authenticateToken(tx: Executor, secret: string, token: string, now: Date): Promise<Authentication> {
  if (!isAccessTokenFormat(token)) return rejectedToken("The access token is malformed.");
  // Finds the token's tenant and scopes the transaction to it, in one statement.
  const found = await tx.execute(
    sql`select token_id, tenant_id, is_master, ${scopeTo} from gatehouse_auth_access_token(${hashSecretToken(secret, token)})`,
  );
  const pointer = rows<{ token_id: string; tenant_id: string; is_master: boolean }>(found)[0];
  if (!pointer) return rejectedToken("The access token is not valid.");
  const [row] = await tx
    .select({ token: accessTokens, user: users })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .where(eq(accessTokens.id, pointer.token_id));
  if (!row) return rejectedToken("The access token is not valid.");
  if (row.token.revokedAt) return rejectedToken("The access token was revoked.");
  if (row.token.expiresAt && row.token.expiresAt <= now) return rejectedToken("The access token has expired.");
  // Recording every use would write on every request; once a minute is enough to tell "in use".
  await tx
    .update(accessTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(accessTokens.id, row.token.id),
        sql`(${accessTokens.lastUsedAt} is null or ${accessTokens.lastUsedAt} < ${now.toISOString()}::timestamptz - interval '1 minute')`,
      ),
    );
  return {
    auth: { user: row.user, tenantId: pointer.tenant_id, master: pointer.is_master, accessToken: row.token, sessionId: null },
    failure: null,
  };
}

async function authenticateSession(tx: Executor, secret: string, token: string, now: Date): Promise<Authentication> {
  if (!isSessionTokenFormat(token)) return anonymous("Your session is not valid; sign in again.");
  // Scopes the transaction to the session's tenant in the same statement, unless it has expired.
  const found = await tx.execute(
    sql`select session_id, tenant_id, is_master, user_id, expires_at, ${scopeTo}
        from gatehouse_auth_session(${hashSecretToken(secret, token)}) where expires_at > ${now.toISOString()}::timestamptz`,
  );
  const pointer = rows<{ session_id: string; tenant_id: string; is_master: boolean; user_id: string }>(found)[0];
  if (!pointer) return anonymous("Your session is not valid or has expired; sign in again.");
  const [user] = await tx.select().from(users).where(eq(users.id, pointer.user_id));
  if (!user) return anonymous("Your session is not valid; sign in again.");
  return {
    auth: { user, tenantId: pointer.tenant_id, master: pointer.is_master, accessToken: null, sessionId: pointer.session_id },
    failure: null,
  };
}

/** postgres.js returns an array, PGlite an object with `rows`. */
function rows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

export async function tenantForLogin(tx: Executor, subdomain: string | null): Promise<{ id: string; is_master: boolean } | null> {
  const found = await tx.execute<{ id: string; is_master: boolean }>(sql`select id, is_master from gatehouse_auth_tenant(${subdomain})`);
  return rows<{ id: string; is_master: boolean }>(found)[0] ?? null;
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
    return { ok: false, userErrors: [userError(AuthErrorCode.TENANT_NOT_FOUND, `No tenant has the subdomain "${subdomain}".`, ["input", "tenant"])] };
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
    return { ok: false, userErrors: [userError(AuthErrorCode.INVALID_CREDENTIALS, "The email or password is not right.", ["input", "password"])] };
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
    auth: { user: signedIn, tenantId: tenant.id, master: tenant.is_master, accessToken: null, sessionId: session!.id },
  };
}

function tooManyAttempts(lockedUntil: Date, now: Date): LoginResult {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60000));
  return {
    ok: false,
    userErrors: [
      userError(AuthErrorCode.TOO_MANY_ATTEMPTS, `Too many failed logins for this email. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, ["input", "email"]),
    ],
  };
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

/** Changes the signed-in user's password and ends the user's other sessions. */
export async function changePassword(
  tx: Executor,
  auth: Auth,
  input: { currentPassword: string; newPassword: string },
): Promise<ChangePasswordResult> {
  if (!(await verifyPassword(input.currentPassword, auth.user.passwordHash))) {
    return { ok: false, userErrors: [userError(AuthErrorCode.WRONG_PASSWORD, "The current password is not right.", ["input", "currentPassword"])] };
  }
  const problem = passwordProblem(input.newPassword);
  if (problem) return { ok: false, userErrors: [userError(AuthErrorCode.WEAK_PASSWORD, problem, ["input", "newPassword"])] };
  if (input.newPassword === input.currentPassword) {
    return { ok: false, userErrors: [userError(AuthErrorCode.WEAK_PASSWORD, "Choose a password different from the current one.", ["input", "newPassword"])] };
  }
  const [user] = await tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where(eq(users.id, auth.user.id))
    .returning();
  if (!user) throw new Error("changePassword: the signed-in user's row was not found in the transaction's tenant");
  await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, auth.user.id), auth.sessionId ? ne(sessions.id, auth.sessionId) : undefined));
  return { ok: true, user };
}
