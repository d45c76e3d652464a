/** A client's own request ID is kept when it looks like one (letters, digits, `-_.:`, 8 to 128): the server's rule. */
const REQUEST_ID = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * The request's ID (server/src/http/request.ts `requestIdOf`): the client's `X-Request-Id` when
 * plausible, else a new UUID. The handler echoes it in the response's `X-Request-Id`, and the audit
 * log's entries of the request keep it.
 */
export function requestIdOf(given: string | null | undefined): string {
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}
