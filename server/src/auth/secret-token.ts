import { createHmac, randomBytes } from "node:crypto";
import {
  accessTokenDisplayPrefix,
  accessTokenFromRandomBytes,
  sessionTokenFromRandomBytes,
  TOKEN_RANDOM_BYTES,
} from "@gatehouse/schema/tokens";

/**
 * Access tokens look like `gha_<43 base64url chars>` (256 random bits); session cookies are the
 * same without a prefix (the formats are shared with the web and the mock: @gatehouse/schema/tokens).
 * Only an HMAC of the value, keyed with GATEHOUSE_SECRET, is stored, so a copy of the database
 * cannot be replayed as credentials.
 */
export { ACCESS_TOKEN_PREFIX, isAccessTokenFormat, isSessionTokenFormat } from "@gatehouse/schema/tokens";

export function generateAccessToken(): { token: string; prefix: string } {
  const token = accessTokenFromRandomBytes(randomBytes(TOKEN_RANDOM_BYTES));
  return { token, prefix: accessTokenDisplayPrefix(token) };
}

export function generateSessionToken(): string {
  return sessionTokenFromRandomBytes(randomBytes(TOKEN_RANDOM_BYTES));
}

export function hashSecretToken(secret: string, token: string): string {
  // Every request hashes its credential: the key's bytes are made once per secret, not per call.
  if (secret !== keyFor) [keyFor, key] = [secret, Buffer.from(secret)];
  return createHmac("sha256", key).update(token).digest("hex");
}

let keyFor: string | null = null;
let key = Buffer.alloc(0);
