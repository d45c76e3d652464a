import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { Executor } from "../db/client.js";
import type { TenantScope } from "../db/tenancy.js";
import type { Loaders } from "../modules/registry.js";
import type { AccessTokenRow, UserRow } from "../modules/team/team.tables.js";
import type { Caller } from "./access.js";

/** The authenticated principal of a request. */
export interface Auth {
  user: UserRow;
  tenantId: string;
  master: boolean;
  /** Set when the request came with an access token rather than a session cookie. */
  accessToken: AccessTokenRow | null;
  sessionId: string | null;
}

/** What the HTTP layer lets resolvers do to the response (cookies only, after commit). */
export interface HttpExchange {
  secure: boolean;
  host: string | undefined;
  userAgent: string | undefined;
  /** The session cookie's value, if the request has one (even when a bearer token authenticated it). */
  sessionToken: string | undefined;
  setCookie(cookie: string): void;
}

/** Per-request state: one transaction, the caller, per-request loaders. Disposed with the request. */
export interface Context {
  tx: Executor;
  config: Config;
  logger: Logger;
  auth: Auth | null;
  /** Why presented credentials were refused, if they were. */
  authFailure: string | null;
  /** The refused credential was an access token (not a stale session cookie). */
  tokenRejected?: boolean;
  scope: TenantScope;
  loaders: Loaders;
  http: HttpExchange;
  /**
   * Subscriptions only: they outlive any request transaction (`tx` throws there), so a resolver that
   * reads while pushing an event opens a short transaction in the caller's scope with this.
   */
  openTransaction?: <T>(fn: (tx: Executor) => Promise<T>) => Promise<T>;
  cost?: number;
}

export function callerOf(ctx: Pick<Context, "auth" | "authFailure" | "tokenRejected">): Caller {
  const auth = ctx.auth;
  return {
    authenticated: auth !== null,
    failure: ctx.authFailure,
    rejectedToken: ctx.tokenRejected ?? false,
    master: auth?.master ?? false,
    role: auth?.user.role ?? null,
    token: auth?.accessToken ? { scopes: auth.accessToken.scopes, permission: auth.accessToken.permission } : null,
  };
}

/** The signed-in user; resolvers behind `@Access` rules can rely on it. */
export function requireAuth(ctx: Context): Auth {
  if (!ctx.auth) throw new Error("requireAuth called on an anonymous request: missing @Access rule?");
  return ctx.auth;
}
