/**
 * Formats of the secret tokens. An access token is `gha_` followed by 32 random bytes in base64url
 * (43 characters, 256 bits); a session token is the same without the prefix. The prefix makes a
 * leaked token recognisable to secret scanners and to people. Only the server makes real tokens,
 * from a CSPRNG; it and the mock build them with the functions below from bytes the caller draws,
 * so both issue the same shape. The format check runs before any lookup, so garbage costs nothing.
 */

export const ACCESS_TOKEN_PREFIX = "gha_";
/** Random bytes in a token: 256 bits. */
export const TOKEN_RANDOM_BYTES = 32;
/** Characters of base64url (unpadded) for `TOKEN_RANDOM_BYTES` bytes. */
const BODY_LENGTH = Math.ceil((TOKEN_RANDOM_BYTES * 8) / 6);

export const ACCESS_TOKEN_PATTERN = new RegExp(`^${ACCESS_TOKEN_PREFIX}[A-Za-z0-9_-]{${BODY_LENGTH}}$`);
export const SESSION_TOKEN_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${BODY_LENGTH}}$`);

/** What listings show of an access token to recognise it by: the prefix and 6 more characters. */
export const ACCESS_TOKEN_DISPLAY_PREFIX_LENGTH = ACCESS_TOKEN_PREFIX.length + 6;
export const ACCESS_TOKEN_DISPLAY_PREFIX_PATTERN = new RegExp(
  `^${ACCESS_TOKEN_PREFIX}[A-Za-z0-9_-]{${ACCESS_TOKEN_DISPLAY_PREFIX_LENGTH - ACCESS_TOKEN_PREFIX.length}}$`,
);

/**
 * A service token (what a gateway presents to the usage endpoint): `ghs_` and the same 43 characters, so
 * it can never be mistaken for, or used as, an access token.
 */
export const SERVICE_TOKEN_PREFIX = "ghs_";
export const SERVICE_TOKEN_PATTERN = new RegExp(`^${SERVICE_TOKEN_PREFIX}[A-Za-z0-9_-]{${BODY_LENGTH}}$`);

export function isServiceTokenFormat(value: string): boolean {
  return SERVICE_TOKEN_PATTERN.test(value);
}

/** A service token made of `TOKEN_RANDOM_BYTES` random bytes the caller drew. */
export function serviceTokenFromRandomBytes(bytes: Uint8Array): string {
  return SERVICE_TOKEN_PREFIX + tokenBody(bytes);
}

export function isAccessTokenFormat(value: string): boolean {
  return ACCESS_TOKEN_PATTERN.test(value);
}

export function isSessionTokenFormat(value: string): boolean {
  return SESSION_TOKEN_PATTERN.test(value);
}

/** An access token made of `TOKEN_RANDOM_BYTES` random bytes the caller drew. */
export function accessTokenFromRandomBytes(bytes: Uint8Array): string {
  return ACCESS_TOKEN_PREFIX + tokenBody(bytes);
}

/** A session token made of `TOKEN_RANDOM_BYTES` random bytes the caller drew. */
export function sessionTokenFromRandomBytes(bytes: Uint8Array): string {
  return tokenBody(bytes);
}

/** The part of an access or service token kept in clear (with its hash) and shown in listings. */
export function accessTokenDisplayPrefix(token: string): string {
  return token.slice(0, ACCESS_TOKEN_DISPLAY_PREFIX_LENGTH);
}

function tokenBody(bytes: Uint8Array): string {
  if (bytes.length !== TOKEN_RANDOM_BYTES) {
    throw new RangeError(`A token is made of ${TOKEN_RANDOM_BYTES} random bytes, not ${bytes.length}.`);
  }
  return base64url(bytes);
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * Unpadded base64url (RFC 4648 §5), as Node's `Buffer#toString("base64url")`, written out because
 * browsers have no such encoder for bytes (`btoa` takes a binary string, and returns base64).
 */
function base64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return out;
}
