import type { UserActor } from "../auth/actor.js";
import { type Auth, type Authentication, userActorOf } from "../auth/principal.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { Executor } from "../db/client.js";
import type { TenantScope } from "../db/tenancy.js";
import type { Caller } from "./access.js";

/**
 * The per-request DataLoaders, one entry per module. Each module adds its entry to this interface
 * (`declare module "…/graphql/context.js" { interface Loaders { team: TeamLoaders } }`) and declares
 * the factory in its `*.module.ts`; the registry checks at compile time that both agree, so the core
 * never imports a module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface Loaders {}

/** What the HTTP layer lets resolvers do to the response (cookies only, after commit). */
export interface HttpExchange {
  secure: boolean;
  /** The client's address, as far as trusted proxies tell (http/request.ts). */
  clientAddress: string;
  host: string | undefined;
  userAgent: string | undefined;
  /** The session cookie's value, if the request has one (even when a bearer token authenticated it). */
  sessionToken: string | undefined;
  setCookie(cookie: string): void;
  /** The request's ID: the client's `X-Request-Id` when it is a plausible one, else a new UUID; logged and echoed. */
  requestId: string;
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
  /**
   * `ownTransaction` mutations only (graphql/operation-mode.ts): opens the request's transaction, in the
   * scope the resolver's context has then, and makes it that context's `tx` (with fresh loaders) for the
   * rest of the request. Pass the resolver's own context: Apollo gives resolvers a copy.
   */
  openRequestTransaction?: (resolverContext: Context) => Promise<Executor>;
  cost?: number;
}

/** The signed-in caller as the actor of the services a resolver calls (UNAUTHENTICATED without one). */
export function actorOf(ctx: Pick<Context, "auth" | "http">): UserActor {
  return userActorOf(requireAuth(ctx), ctx.http.requestId);
}

export function callerOf(ctx: Pick<Context, "auth" | "authFailure" | "tokenRejected">): Caller {
  const auth = ctx.auth;
  return {
    authenticated: auth !== null,
    failure: ctx.authFailure,
    rejectedToken: ctx.tokenRejected ?? false,
    master: auth?.master ?? false,
    role: auth?.role ?? null,
    token: auth?.token ? { scopes: auth.token.scopes, permission: auth.token.permission } : null,
  };
}

export function callerOfAuthentication(authentication: Authentication): Caller {
  return callerOf({ auth: authentication.auth, authFailure: authentication.failure, tokenRejected: authentication.tokenRejected });
}

/** The signed-in user; resolvers behind `@Access` rules can rely on it. */
export function requireAuth(ctx: Pick<Context, "auth">): Auth {
  if (!ctx.auth) throw new Error("requireAuth called on an anonymous request: missing @Access rule?");
  return ctx.auth;
}
