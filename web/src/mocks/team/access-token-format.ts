import { accessTokenDisplayPrefix, accessTokenFromRandomBytes, TOKEN_RANDOM_BYTES } from '@gatehouse/schema/tokens';

/** A new access token in the server's format (@gatehouse/schema/tokens), with its display prefix. */
export function generateAccessToken(): { token: string; prefix: string } {
  const token = accessTokenFromRandomBytes(crypto.getRandomValues(new Uint8Array(TOKEN_RANDOM_BYTES)));
  return { token, prefix: accessTokenDisplayPrefix(token) };
}
