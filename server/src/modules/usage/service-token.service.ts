import { randomBytes } from "node:crypto";
import { MAX_SERVICE_TOKEN_NAME_LENGTH } from "@gatehouse/schema/lengths";
import { accessTokenDisplayPrefix, serviceTokenFromRandomBytes, TOKEN_RANDOM_BYTES } from "@gatehouse/schema/tokens";
import { and, asc, count, eq } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import { hashSecretToken } from "../../auth/secret-token.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { userError, type UserOutcome } from "../../graphql/user-error.js";
import { serviceForUse } from "../catalog/service.service.js";
import { emit } from "../events/events.service.js";
import { ServiceTokenErrorCode } from "./service-token.errors.js";
import { type ServiceTokenRow, serviceTokens } from "./usage.tables.js";

/** Tokens a product may have at once: one per gateway or environment, with room to rotate. */
export const MAX_SERVICE_TOKENS = 10;

type Outcome<T> = UserOutcome<T, ServiceTokenErrorCode>;

const target = (token: ServiceTokenRow) => ({ type: "ServiceToken", id: token.id, name: token.name });

/** The tokens of one of the actor's products, oldest first; null when there is no such product. */
export async function serviceTokensOf(tx: Executor, actor: Actor, serviceId: string | null): Promise<ServiceTokenRow[] | null> {
  if (!serviceId) return null;
  const rows = await tx
    .select()
    .from(serviceTokens)
    .where(and(eq(serviceTokens.tenantId, actor.tenantId), eq(serviceTokens.serviceId, serviceId)))
    .orderBy(asc(serviceTokens.createdAt), asc(serviceTokens.id));
  if (rows.length) return rows;
  // No tokens: a product without any, or none of the actor's.
  return (await serviceForUse(tx, actor, serviceId)) ? [] : null;
}

/**
 * Creates a token for one of the actor's products; the plaintext is returned this once (only its HMAC,
 * keyed with GATEHOUSE_SECRET, is stored). Rotating is creating the new token, moving the gateway to it,
 * and revoking the old one.
 */
export async function createServiceToken(
  tx: Executor,
  secret: string,
  actor: Actor,
  input: { serviceId: string | null; name: string },
): Promise<Outcome<{ serviceToken: ServiceTokenRow; token: string }>> {
  const name = input.name.trim();
  if (!name) return { ok: false, userErrors: [userError(ServiceTokenErrorCode.BLANK, "Give the token a name.", ["input", "name"])] };
  if (name.length > MAX_SERVICE_TOKEN_NAME_LENGTH) {
    return { ok: false, userErrors: [userError(ServiceTokenErrorCode.TOO_LONG, `Use at most ${MAX_SERVICE_TOKEN_NAME_LENGTH} characters.`, ["input", "name"])] };
  }
  // Share-locked: the product cannot go while its token is written, and two creations count in turn.
  const service = await serviceForUse(tx, actor, input.serviceId);
  if (!service) return { ok: false, userErrors: [userError(ServiceTokenErrorCode.NOT_FOUND, "No such product.", ["input", "serviceId"])] };
  const [{ n } = { n: 0 }] = await tx
    .select({ n: count() })
    .from(serviceTokens)
    .where(and(eq(serviceTokens.tenantId, actor.tenantId), eq(serviceTokens.serviceId, service.id)));
  if (n >= MAX_SERVICE_TOKENS) {
    return {
      ok: false,
      userErrors: [userError(ServiceTokenErrorCode.LIMIT_REACHED, `${service.name} has ${n} service tokens, the most a product may have; revoke one first.`, ["input", "serviceId"])],
    };
  }
  const token = serviceTokenFromRandomBytes(randomBytes(TOKEN_RANDOM_BYTES));
  const [row] = await tx
    .insert(serviceTokens)
    .values({ tenantId: actor.tenantId, serviceId: service.id, name, prefix: accessTokenDisplayPrefix(token), tokenHash: hashSecretToken(secret, token) })
    .returning();
  await emit(tx, actor, { type: "service_token", action: "created", target: target(row!), summary: `Created the service token "${name}" of ${service.name}.` });
  return { ok: true, serviceToken: row!, token };
}

/** Revokes (deletes) a token: calls made with it are refused from the next one on. */
export async function revokeServiceToken(tx: Executor, actor: Actor, tokenId: string | null): Promise<Outcome<{ serviceToken: ServiceTokenRow }>> {
  const notFound = { ok: false as const, userErrors: [userError(ServiceTokenErrorCode.NOT_FOUND, "No such service token.", ["input", "id"])] };
  if (!tokenId) return notFound;
  const [row] = await tx
    .delete(serviceTokens)
    .where(and(eq(serviceTokens.id, tokenId), eq(serviceTokens.tenantId, actor.tenantId)))
    .returning();
  if (!row) return notFound;
  await emit(tx, actor, { type: "service_token", action: "revoked", target: target(row), summary: `Revoked the service token "${row.name}".` });
  return { ok: true, serviceToken: row };
}

export const serviceTokensByIds = rowsByIds(serviceTokens);
