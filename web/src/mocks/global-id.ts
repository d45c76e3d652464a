import { fromBase64Url, toBase64Url } from './base64url';

/**
 * Global IDs as the server makes them (server/src/graphql/node.ts): base64url of `<Type>:<uuid>`.
 * Written without Buffer: in mock mode the handlers run in the browser.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(typeName: string, rowId: string): string {
  return toBase64Url(`${typeName}:${rowId}`);
}

/** The type and row key behind a global ID; null for anything malformed (callers answer NOT_FOUND). */
export function fromGlobalId(globalId: string): { typeName: string; rowId: string } | null {
  if (globalId.length > 200) return null;
  const decoded = fromBase64Url(globalId);
  const at = decoded?.indexOf(':') ?? -1;
  if (!decoded || at <= 0) return null;
  const typeName = decoded.slice(0, at);
  const rowId = decoded.slice(at + 1);
  return /^[A-Za-z]+$/.test(typeName) && UUID.test(rowId) ? { typeName, rowId } : null;
}

/** The row key behind a global ID of the expected type, or null. */
export function rowIdOf(globalId: string, typeName: string): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.typeName === typeName ? parsed.rowId : null;
}
