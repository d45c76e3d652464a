import type { Authentication } from "./principal.js";

/**
 * Who each credential was the last time it was presented, keyed by the credential's HMAC (never the
 * credential itself), so that a query can run while the statement that authenticates it is still on
 * its way (http/graphql-http.ts): the opening statement and the query's own statements then leave in
 * one write and come back in one read, a round trip and two system calls fewer per request.
 *
 * A remembered authentication is only ever a guess. The opening statement still runs first on the
 * request's connection, so row-level security scopes every statement to the caller the database
 * finds now; the answer computed with the guess is sent only when that caller is the same one in every
 * respect (`sameAuthentication`), and is thrown away otherwise — a revoked or expired token, a changed
 * role or scopes — for the request to run again with what the database said. Only callers that were
 * authenticated are remembered; entries live `ttlMs` and at most `limit` of them are kept.
 */
export class RecentAuthentications {
  private readonly entries = new Map<string, { authentication: Authentication; until: number }>();

  constructor(
    private readonly limit = 10_000,
    private readonly ttlMs = 60_000,
  ) {}

  get(key: string, now = Date.now()): Authentication | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.authentication;
  }

  remember(key: string, authentication: Authentication, now = Date.now()): void {
    this.entries.delete(key);
    if (!authentication.auth) return;
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { authentication, until: now + this.ttlMs });
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The same caller with the same rights: user, tenant, role, credential, and a token's scopes and permission. */
export function sameAuthentication(a: Authentication, b: Authentication): boolean {
  if (a.failure !== b.failure || Boolean(a.tokenRejected) !== Boolean(b.tokenRejected)) return false;
  const x = a.auth;
  const y = b.auth;
  if (!x || !y) return x === y;
  return (
    x.kind === y.kind &&
    x.tenantId === y.tenantId &&
    x.master === y.master &&
    x.userId === y.userId &&
    x.role === y.role &&
    x.email === y.email &&
    x.sessionId === y.sessionId &&
    x.tokenId === y.tokenId &&
    x.token?.id === y.token?.id &&
    x.token?.permission === y.token?.permission &&
    [...(x.token?.scopes ?? [])].sort().join() === [...(y.token?.scopes ?? [])].sort().join()
  );
}
