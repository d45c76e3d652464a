import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import type { RequestConnection } from "../db/request-connection.js";
import type { TenantScope } from "../db/tenancy.js";
import { compileQuery, runObjects, slot } from "../db/statement.js";
import type { AccessTokenPermission, AccessTokenScope, Auth, Authentication, Credentials, TeamRole } from "./principal.js";
import { hashSecretToken, isAccessTokenFormat, isSessionTokenFormat } from "./secret-token.js";

/**
 * Request authentication. Credentials live in tables of the team module; the
 * `gatehouse_authenticate_*` SQL functions (drizzle/0005_authenticate_principal.sql) are the interface
 * between them and this core layer, and the only cross-tenant reads besides the login's tenant lookup.
 *
 * Opens a request's transaction: in ONE statement it takes the unprivileged application role
 * (so row-level security applies to everything after it), authenticates the caller and scopes the
 * transaction to the caller's tenant — or to no tenant for anonymous and refused callers. Then runs
 * `fn` in that transaction; anything thrown rolls it back.
 */
export function inAuthenticatedTransaction<T>(
  db: Executor,
  secret: string,
  credentials: Credentials,
  fn: (tx: Executor, authentication: Authentication) => Promise<T>,
  now = new Date(),
): Promise<T> {
  return db.transaction(async (tx) => fn(tx, await authenticateOpening(tx, secret, credentials, now, true)));
}

/**
 * The opening statement of a GraphQL request's connection (db/request-connection.ts): the same one
 * statement, with the settings transaction-local or per session as the connection needs.
 */
export function authenticateRequest(
  connection: RequestConnection,
  secret: string,
  credentials: Credentials,
  now = new Date(),
  presented = presentedCredential(secret, credentials),
): Promise<Authentication> {
  return authenticateOpening(connection.executor, secret, credentials, now, connection.scopeIsLocal, presented);
}

/** The credential a request's opening looks up, by its kind and HMAC; null when none the database could know was sent. */
export interface PresentedCredential {
  kind: "token" | "session";
  hash: string;
}

/** A bearer token wins over the session cookie; a malformed one is never looked up. */
export function presentedCredential(secret: string, credentials: Credentials): PresentedCredential | null {
  if (credentials.bearer !== undefined && isAccessTokenFormat(credentials.bearer)) return { kind: "token", hash: hashSecretToken(secret, credentials.bearer) };
  if (credentials.sessionToken !== undefined && isSessionTokenFormat(credentials.sessionToken)) {
    return { kind: "session", hash: hashSecretToken(secret, credentials.sessionToken) };
  }
  return null;
}

/**
 * The opening of a request connection for a caller already authenticated (an `ownTransaction`
 * mutation opens its transaction after its slow part): the application role and the scope, in one statement.
 */
export async function scopeRequest(connection: RequestConnection, scope: TenantScope): Promise<void> {
  await runObjects(connection.executor, openingsFor(connection.scopeIsLocal).scoped, { tenantId: scope.tenantId ?? "", master: scope.master ? "on" : "off" });
}

async function authenticateOpening(
  tx: Executor,
  secret: string,
  credentials: Credentials,
  now: Date,
  local: boolean,
  presented = presentedCredential(secret, credentials),
): Promise<Authentication> {
  const openings = openingsFor(local);
  if (presented?.kind === "token") return authenticateToken(tx, openings, presented.hash, now);
  if (presented?.kind === "session") return authenticateSession(tx, openings, presented.hash, now);
  // No credential the database could know: the role, and no tenant.
  await runObjects(tx, openings.anonymous);
  if (credentials.bearer !== undefined) return { auth: null, failure: "The access token is malformed.", tokenRejected: true };
  if (credentials.sessionToken !== undefined) return { auth: null, failure: "Your session is not valid; sign in again." };
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

/**
 * The openings, compiled once per kind of setting (db/statement.ts): only the credential's hash and
 * the time vary. The principal's scope is set in the select list when a principal was found and `valid`
 * holds, else no tenant. The lookup is left-joined to one row, so the select list — and with it the
 * role and the scope — is evaluated whether or not the credential matches anything.
 */
function compileOpenings(local: boolean) {
  const isLocal = sql.raw(local ? "true" : "false");
  const role = sql`set_config('role', 'gatehouse_app', ${isLocal}) as app_role,`;
  const at = sql`cast(${slot("at")} as timestamptz)`;
  const scopeWhen = (valid: SQL) => {
    const found = sql`p.user_id is not null and ${valid}`;
    return sql`set_config('app.tenant_id', case when ${found} then p.tenant_id::text else '' end, ${isLocal}) as scoped_tenant,
      set_config('app.master', case when ${found} and p.is_master then 'on' else 'off' end, ${isLocal}) as scoped_master`;
  };
  return {
    anonymous: compileQuery(sql`select ${role} set_config('app.tenant_id', '', ${isLocal}), set_config('app.master', 'off', ${isLocal})`),
    scoped: compileQuery(
      sql`select ${role} set_config('app.tenant_id', ${slot("tenantId")}, ${isLocal}), set_config('app.master', ${slot("master")}, ${isLocal})`,
    ),
    token: compileQuery(
      sql`select p.*, ${role} ${scopeWhen(sql`p.revoked_at is null and (p.expires_at is null or p.expires_at > ${at})`)}
          from (select 1) as one left join lateral gatehouse_authenticate_token(${slot("hash")}, ${at}) p on true`,
    ),
    session: compileQuery(
      sql`select p.*, ${role} ${scopeWhen(sql`true`)}
          from (select 1) as one left join lateral gatehouse_authenticate_session(${slot("hash")}, ${at}) p on true`,
    ),
  };
}

type Openings = ReturnType<typeof compileOpenings>;
const transactionLocal = compileOpenings(true);
const perSession = compileOpenings(false);
const openingsFor = (local: boolean): Openings => (local ? transactionLocal : perSession);

async function authenticateToken(tx: Executor, openings: Openings, hash: string, now: Date): Promise<Authentication> {
  const rejected = (failure: string): Authentication => ({ auth: null, failure, tokenRejected: true });
  type TokenRow = PrincipalRow & { token_id: string; scopes: AccessTokenScope[] | string; permission: AccessTokenPermission; revoked_at: unknown; expires_at: unknown };
  const [row] = await runObjects<TokenRow>(tx, openings.token, { hash, at: now.toISOString() });
  if (!row?.user_id) return rejected("The access token is not valid.");
  if (row.revoked_at) return rejected("The access token was revoked.");
  if (row.expires_at && new Date(row.expires_at as string) <= now) return rejected("The access token has expired.");
  return {
    auth: principal(row, { sessionId: null, token: { id: row.token_id, scopes: textArray(row.scopes) as AccessTokenScope[], permission: row.permission } }),
    failure: null,
  };
}

async function authenticateSession(tx: Executor, openings: Openings, hash: string, now: Date): Promise<Authentication> {
  const [row] = await runObjects<PrincipalRow & { session_id: string }>(tx, openings.session, { hash, at: now.toISOString() });
  if (!row?.user_id) return { auth: null, failure: "Your session is not valid or has expired; sign in again." };
  return { auth: principal(row, { sessionId: row.session_id, token: null }), failure: null };
}

/** A text[] arrives parsed from postgres.js and PGlite alike, but guard against the literal form. */
function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, "").split(",").filter(Boolean);
}
