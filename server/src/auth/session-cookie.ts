import { parse, serialize } from "cookie";

export const SESSION_COOKIE = "gatehouse_session";
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * HTTP-only so scripts cannot read it; SameSite=Lax so other sites' forms and fetches do not carry it
 * on POST. Together with Apollo's CSRF prevention (JSON or a preflighted header required), a
 * cross-site page cannot run a mutation with the cookie.
 */
export function sessionCookie(token: string, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 0 });
}

export function sessionTokenFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  return parse(header)[SESSION_COOKIE];
}
