import { randomUUID } from "node:crypto";
import { type BlockList, isIP } from "node:net";
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

/** An IPv4 peer on a dual-stack socket shows as `::ffff:1.2.3.4`. */
function plainAddress(address: string | undefined): string {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function isTrusted(address: string, proxies: BlockList): boolean {
  const version = isIP(address);
  return version !== 0 && proxies.check(address, version === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the peer's, unless the peer is a trusted proxy (GATEHOUSE_TRUSTED_PROXIES),
 * then the nearest address in X-Forwarded-For that is not one of ours. A header from anyone else is
 * ignored: a client cannot choose the address its failed logins are counted against.
 */
export function clientAddress(req: IncomingMessage, proxies: BlockList): string {
  let address = plainAddress(req.socket.remoteAddress);
  if (!isTrusted(address, proxies)) return address;
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((h) => plainAddress(h.trim())).filter((h) => isIP(h) !== 0);
  while (hops.length) {
    address = hops.pop()!;
    if (!isTrusted(address, proxies)) return address;
  }
  return address;
}

/** HTTPS, or HTTPS at a trusted proxy in front (X-Forwarded-Proto from anyone else is ignored). */
export function isSecure(req: IncomingMessage, proxies: BlockList): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted === true) return true;
  return isTrusted(plainAddress(req.socket.remoteAddress), proxies) && req.headers["x-forwarded-proto"] === "https";
}

/** A client's own request ID is kept when it looks like one (letters, digits, `-_.:`, at most 128). */
const REQUEST_ID = /^[A-Za-z0-9_.:-]{8,128}$/;

/** The request's ID: the client's (or its proxy's) `X-Request-Id` when plausible, else a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}
