import type { TenantScope } from "../db/tenancy.js";

/**
 * Who a service call acts for. Resolvers pass the signed-in caller; jobs, the billing run and
 * webhook workers pass a system actor — the same services serve all of them.
 */
export type Actor = UserActor | SystemActor;

export interface UserActor {
  kind: "user";
  tenantId: string;
  /** The tenant is the operator's own (master) tenant. */
  master: boolean;
  userId: string;
  /** Set when the request came with an access token rather than a session. */
  tokenId: string | null;
  /** The user's email, for the audit log (known for request actors). */
  email?: string;
  /** The request acting (`X-Request-Id`), for the audit log. */
  requestId?: string | null;
}

export interface SystemActor {
  kind: "system";
  tenantId: string;
  master: boolean;
  /** What acts, for logs and audit: `job:<id>`, `billing-run`, `bootstrap`… */
  name: string;
  /** The user on whose behalf the work runs (the one who started a job), if any. */
  onBehalfOf: string | null;
}

/** The row-level security scope an actor's work runs in. */
export function scopeOf(actor: Pick<Actor, "tenantId" | "master">): TenantScope {
  return { tenantId: actor.tenantId, master: actor.master };
}
