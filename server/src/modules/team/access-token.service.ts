import { MAX_ACCESS_TOKEN_NAME_LENGTH } from "@gatehouse/schema/lengths";
import { and, count, eq } from "drizzle-orm";
import type { UserActor } from "../../auth/actor.js";
import type { AccessTokenPermission, AccessTokenScope } from "../../auth/principal.js";
import { generateAccessToken, hashSecretToken } from "../../auth/secret-token.js";
import { rowsByIds } from "../../db/statement.js";
import type { Executor } from "../../db/client.js";
import { rowIdOf } from "../../graphql/node.js";
import { userError } from "../../graphql/user-error.js";
import type { ItemOutcome } from "../../kit/bulk.js";
import { AccessTokenErrorCode } from "./access-token.errors.js";
import { type AccessTokenListArgs, accessTokenListing, type AccessTokenState, stateCondition } from "./access-token.type.js";
import { type AccessTokenRow, accessTokens } from "./team.tables.js";
import { emit } from "../events/events.service.js";

/** A token is revoked, else expired once its expiry has passed, else active. */
/** Active tokens a user may hold at once: each is a credential to keep track of. */
export const MAX_ACTIVE_TOKENS_PER_USER = 100;

export function accessTokenState(token: Pick<AccessTokenRow, "revokedAt" | "expiresAt">, now = new Date()): AccessTokenState {
  if (token.revokedAt) return "REVOKED";
  if (token.expiresAt && token.expiresAt <= now) return "EXPIRED";
  return "ACTIVE";
}

type TokenError = ReturnType<typeof userError<AccessTokenErrorCode>>;

export interface CreateAccessTokenData {
  name: string;
  scopes: AccessTokenScope[];
  permission: AccessTokenPermission;
  expiresAt?: Date | null;
}

const tokenTarget = (token: AccessTokenRow) => ({ type: "AccessToken", id: token.id, name: token.name });

/** Creates a personal access token for the acting user; the plaintext is returned this once. */
export async function createAccessToken(
  tx: Executor,
  secret: string,
  owner: UserActor,
  input: CreateAccessTokenData,
  now = new Date(),
): Promise<{ ok: true; accessToken: AccessTokenRow; token: string } | { ok: false; userErrors: TokenError[] }> {
  const errors: TokenError[] = [];
  const name = input.name.trim();
  if (!name) errors.push(userError(AccessTokenErrorCode.BLANK, "Give the token a name.", ["input", "name"]));
  else if (name.length > MAX_ACCESS_TOKEN_NAME_LENGTH) {
    errors.push(userError(AccessTokenErrorCode.TOO_LONG, `Use at most ${MAX_ACCESS_TOKEN_NAME_LENGTH} characters.`, ["input", "name"]));
  }
  if (input.scopes.length === 0) errors.push(userError(AccessTokenErrorCode.INVALID, "Choose at least one scope.", ["input", "scopes"]));
  else if (new Set(input.scopes).size !== input.scopes.length) {
    errors.push(userError(AccessTokenErrorCode.INVALID, "Each scope may be given once.", ["input", "scopes"]));
  }
  if (input.expiresAt && input.expiresAt <= now) {
    errors.push(userError(AccessTokenErrorCode.EXPIRES_IN_PAST, "The expiry must be in the future.", ["input", "expiresAt"]));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const [{ active } = { active: 0 }] = await tx
    .select({ active: count() })
    .from(accessTokens)
    .where(and(eq(accessTokens.tenantId, owner.tenantId), eq(accessTokens.userId, owner.userId), stateCondition("ACTIVE")));
  if (active >= MAX_ACTIVE_TOKENS_PER_USER) {
    return {
      ok: false,
      userErrors: [userError(AccessTokenErrorCode.LIMIT_REACHED, `You have ${active} active tokens, the most a user may have; revoke one first.`, ["input"])],
    };
  }
  const { token, prefix } = generateAccessToken();
  const [row] = await tx
    .insert(accessTokens)
    .values({
      tenantId: owner.tenantId,
      userId: owner.userId,
      name,
      scopes: input.scopes,
      permission: input.permission,
      prefix,
      tokenHash: hashSecretToken(secret, token),
      expiresAt: input.expiresAt ?? null,
    })
    .returning();
  await emit(tx, owner, {
    type: "access_token",
    action: "created",
    target: tokenTarget(row!),
    summary: `Created the access token "${row!.name}" (${row!.permission === "READ_WRITE" ? "read-write" : "read-only"}: ${row!.scopes.join(", ")}).`,
  });
  return { ok: true, accessToken: row!, token };
}

/** Revokes one of the acting user's tokens (by row id; null → not found). */
export async function revokeAccessToken(
  tx: Executor,
  owner: UserActor,
  tokenId: string | null,
  now = new Date(),
): Promise<{ ok: true; accessToken: AccessTokenRow } | { ok: false; userErrors: TokenError[] }> {
  const notFound = { ok: false as const, userErrors: [userError(AccessTokenErrorCode.NOT_FOUND, "No such access token of yours.", ["input", "id"])] };
  if (!tokenId) return notFound;
  const [current] = await tx
    .select()
    .from(accessTokens)
    .where(and(eq(accessTokens.id, tokenId), eq(accessTokens.userId, owner.userId)))
    .for("update");
  if (!current) return notFound;
  if (current.revokedAt) {
    return { ok: false, userErrors: [userError(AccessTokenErrorCode.ALREADY_REVOKED, "This token was revoked already.", ["input", "id"])] };
  }
  const [row] = await tx.update(accessTokens).set({ revokedAt: now }).where(eq(accessTokens.id, tokenId)).returning();
  await emit(tx, owner, { type: "access_token", action: "revoked", target: tokenTarget(row!), summary: `Revoked the access token "${row!.name}".` });
  return { ok: true, accessToken: row! };
}

/** One item of the bulk revoke: a global ID of one of the acting user's tokens. */
export async function revokeAccessTokenItem(tx: Executor, owner: UserActor, globalId: string): Promise<ItemOutcome<AccessTokenErrorCode>> {
  const result = await revokeAccessToken(tx, owner, rowIdOf(globalId, "AccessToken"));
  return result.ok ? { ok: true } : { ok: false, error: { ...result.userErrors[0]!, field: ["input", "ids"] } };
}

/** Tokens by id, for the DataLoader; `node(id:)` then shows a token to its owner only (team.module.ts). */
export const accessTokensByIds = rowsByIds(accessTokens);

/** The acting user's own tokens: nobody, admins included, lists another user's tokens. */
export function listAccessTokens(tx: Executor, owner: UserActor, args: AccessTokenListArgs) {
  return accessTokenListing.list(tx, args, and(eq(accessTokens.tenantId, owner.tenantId), eq(accessTokens.userId, owner.userId)));
}
