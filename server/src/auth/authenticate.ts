import { sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import type { AccessTokenPermission, AccessTokenScope, Auth, Authentication, Credentials, TeamRole } from "./principal.js";
import { hashSecretToken, isAccessTokenFormat, isSessionTokenFormat } from "./secret-token.js";

/**
 * Request authentication: resolves the caller from a bearer token or a session cookie in ONE
 * statement, which also scopes the request's transaction to the caller's tenant when the credential
 * holds. Credentials live in tables of the team module; the `gatehouse_authenticate_*` SQL
 * functions (drizzle/0005_authenticate_principal.sql) are the interface between them and this core
 * layer, and the only cross-tenant reads besides the login's tenant lookup.
 */
export async function authenticate(tx: Executor, secret: string, credentials: Credentials, now = new Date()): Promise<Authentication> {
  if (credentials.bearer !== undefined) return authenticateToken(tx, secret, credentials.bearer, now);
  if (credentials.sessionToken !== undefined) return authenticateSession(tx, secret, credentials.sessionToken, now);
  return { auth: null, failure: null };
}

interface PrincipalRow {
  tenant_id: string;
  is_master: boolean;
  user_id: string;
  role: TeamRole;
  email: string;
}

function principal(row: PrincipalRow, credential: Pick<Auth, "sessionId" | "token">): Auth {
  return {
    kind: "user",
    tenantId: row.tenant_id,
    master: row.is_master,
    userId: row.user_id,
    role: row.role,
    email: row.email,
    tokenId: credential.token?.id ?? null,
    ...credential,
  };
}

/** Scopes the transaction to the principal's tenant in the select list, only when `valid` holds. */
function scopeWhen(valid: ReturnType<typeof sql>) {
  return sql`set_config('app.tenant_id', case when ${valid} then p.tenant_id::text else '' end, true) as scoped_tenant,
    set_config('app.master', case when ${valid} and p.is_master then 'on' else 'off' end, true) as scoped_master`;
}

async function authenticateToken(tx: Executor, secret: string, token: string, now: Date): Promise<Authentication> {
  const rejected = (failure: string): Authentication => ({ auth: null, failure, tokenRejected: true });
  if (!isAccessTokenFormat(token)) return rejected("The access token is malformed.");
  const at = now.toISOString();
  const valid = sql`p.revoked_at is null and (p.expires_at is null or p.expires_at > ${at}::timestamptz)`;
  const found = await tx.execute(
    sql`select p.*, ${scopeWhen(valid)} from gatehouse_authenticate_token(${hashSecretToken(secret, token)}, ${at}::timestamptz) p`,
  );
  const row = rowsOf<PrincipalRow & { token_id: string; scopes: AccessTokenScope[] | string; permission: AccessTokenPermission; revoked_at: unknown; expires_at: unknown }>(found)[0];
  if (!row) return rejected("The access token is not valid.");
  if (row.revoked_at) return rejected("The access token was revoked.");
  if (row.expires_at && new Date(row.expires_at as string) <= now) return rejected("The access token has expired.");
  return {
    auth: principal(row, { sessionId: null, token: { id: row.token_id, scopes: textArray(row.scopes) as AccessTokenScope[], permission: row.permission } }),
    failure: null,
  };
}

async function authenticateSession(tx: Executor, secret: string, token: string, now: Date): Promise<Authentication> {
  if (!isSessionTokenFormat(token)) return { auth: null, failure: "Your session is not valid; sign in again." };
  const at = now.toISOString();
  const found = await tx.execute(
    sql`select p.*, ${scopeWhen(sql`true`)} from gatehouse_authenticate_session(${hashSecretToken(secret, token)}, ${at}::timestamptz) p`,
  );
  const row = rowsOf<PrincipalRow & { session_id: string }>(found)[0];
  if (!row) return { auth: null, failure: "Your session is not valid or has expired; sign in again." };
  return { auth: principal(row, { sessionId: row.session_id, token: null }), failure: null };
}

/** postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

/** A text[] arrives parsed from postgres.js and PGlite alike, but guard against the literal form. */
function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, "").split(",").filter(Boolean);
}
