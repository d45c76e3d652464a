import { randomBase64Url } from '../base64url';

/**
 * The access-token format of server/src/modules/team/secret-token.ts: `gha_` and 43 base64url
 * characters (256 random bits); the record keeps the first 10 characters as its prefix.
 */
export const ACCESS_TOKEN_PREFIX = 'gha_';
export const ACCESS_TOKEN_FORMAT = /^gha_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = ACCESS_TOKEN_PREFIX.length + 6;

export function generateAccessToken(): { token: string; prefix: string } {
  const token = ACCESS_TOKEN_PREFIX + randomBase64Url(32);
  return { token, prefix: token.slice(0, PREFIX_LENGTH) };
}
