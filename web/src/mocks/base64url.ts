/** base64url without padding, as Node's `Buffer#toString('base64url')` writes it; for the browser too. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function toBase64Url(text: string): string {
  return bytesToBase64Url(new TextEncoder().encode(text));
}

/** Null for anything that is not base64url of UTF-8 text. */
export function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) return null;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** `byteCount` random bytes in base64url: the server's secrets and generated passwords. */
export function randomBase64Url(byteCount: number): string {
  return bytesToBase64Url(crypto.getRandomValues(new Uint8Array(byteCount)));
}
