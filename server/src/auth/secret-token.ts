import { createHmac, randomBytes } from "node:crypto";

/**
 * Access tokens look like `gha_<43 base64url chars>` (256 random bits); session cookies are the
 * same without a prefix. Only an HMAC of the value, keyed with GATEHOUSE_SECRET, is stored, so a
 * copy of the database cannot be replayed as credentials.
 */
export const ACCESS_TOKEN_PREFIX = "gha_";
const BODY = /^[A-Za-z0-9_-]{43}$/;

export function generateAccessToken(): { token: string; prefix: string } {
  const token = ACCESS_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, prefix: token.slice(0, ACCESS_TOKEN_PREFIX.length + 6) };
}

export function isAccessTokenFormat(value: string): boolean {
  return value.startsWith(ACCESS_TOKEN_PREFIX) && BODY.test(value.slice(ACCESS_TOKEN_PREFIX.length));
}

export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function isSessionTokenFormat(value: string): boolean {
  return BODY.test(value);
}

export function hashSecretToken(secret: string, token: string): string {
  return createHmac("sha256", secret).update(token).digest("hex");
}
