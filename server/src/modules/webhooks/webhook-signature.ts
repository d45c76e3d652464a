import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/**
 * The `Gatehouse-Signature` header of a body: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, with
 * one `v1` per active secret (two during a rotation), so a receiver that knows either accepts it.
 */
export function signWebhook(body: string, secrets: readonly string[], timestamp: number): string {
  const signed = `${timestamp}.${body}`;
  return [`t=${timestamp}`, ...secrets.map((secret) => `v1=${createHmac("sha256", secret).update(signed).digest("hex")}`)].join(",");
}

/**
 * What a receiver does (the README shows it): true when one `v1` of the header is the HMAC of
 * "t.body" with the secret and `t` is within `toleranceSeconds` of now (against replays).
 */
export function verifyWebhookSignature(header: string, body: string, secret: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const parts = header.split(",").map((p) => p.trim().split("=", 2) as [string, string | undefined]);
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
  return parts.some(([k, v]) => k === "v1" && v !== undefined && /^[0-9a-f]{64}$/.test(v) && timingSafeEqual(Buffer.from(v, "hex"), expected));
}
