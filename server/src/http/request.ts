import type { IncomingMessage } from "node:http";
import type { Credentials } from "../auth/principal.js";
import { sessionTokenFromCookieHeader } from "../auth/session-cookie.js";

/** Reads the body up to `limit` bytes; null when it is larger. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A bearer token wins over the session cookie: an integrator's script may run in a signed-in browser. */
export function credentialsOf(req: IncomingMessage): Credentials {
  const authorization = req.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    return { bearer: match ? match[1]!.trim() : "" };
  }
  const sessionToken = sessionTokenFromCookieHeader(req.headers.cookie);
  return sessionToken ? { sessionToken } : {};
}

export function isSecure(req: IncomingMessage): boolean {
  return (req.socket as { encrypted?: boolean }).encrypted === true || req.headers["x-forwarded-proto"] === "https";
}
