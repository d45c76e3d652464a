import { MAX_ACCESS_TOKEN_NAME_LENGTH } from "@gatehouse/schema/lengths";
import { and, count, eq, ilike, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { escapeLike } from "../../db/like.js";
import { type ConnectionArgs, type KeysetOrder, OrderDirection, paginate } from "../../graphql/connection.js";
import type { Auth } from "../../graphql/context.js";
import { userError } from "../../graphql/user-error.js";
import { generateAccessToken, hashSecretToken } from "./secret-token.js";
import { AccessTokenErrorCode } from "./team.errors.js";
import { type AccessTokenPermission, type AccessTokenRow, type AccessTokenScope, accessTokens } from "./team.tables.js";

export type AccessTokenStateValue = "ACTIVE" | "EXPIRED" | "REVOKED";

/** A token is revoked, else expired once its expiry has passed, else active. */
export function accessTokenState(token: Pick<AccessTokenRow, "revokedAt" | "expiresAt">, now = new Date()): AccessTokenStateValue {
  if (token.revokedAt) return "REVOKED";
  if (token.expiresAt && token.expiresAt <= now) return "EXPIRED";
  return "ACTIVE";
}

function stateCondition(state: AccessTokenStateValue): SQL {
  switch (state) {
    case "REVOKED":
      return isNotNull(accessTokens.revokedAt);
    case "EXPIRED":
      return and(isNull(accessTokens.revokedAt), sql`${accessTokens.expiresAt} <= now()`)!;
    case "ACTIVE":
      return and(isNull(accessTokens.revokedAt), or(isNull(accessTokens.expiresAt), sql`${accessTokens.expiresAt} > now()`))!;
  }
}

type TokenError = ReturnType<typeof userError<AccessTokenErrorCode>>;

export interface CreateAccessTokenData {
  name: string;
  scopes: AccessTokenScope[];
  permission: AccessTokenPermission;
  expiresAt?: Date | null;
}

export async function createAccessToken(
  tx: Executor,
  secret: string,
  owner: Auth,
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

  const { token, prefix } = generateAccessToken();
  const [row] = await tx
    .insert(accessTokens)
    .values({
      tenantId: owner.tenantId,
      userId: owner.user.id,
      name,
      scopes: input.scopes,
      permission: input.permission,
      prefix,
      tokenHash: hashSecretToken(secret, token),
      expiresAt: input.expiresAt ?? null,
    })
    .returning();
  return { ok: true, accessToken: row!, token };
}

export async function revokeAccessToken(
  tx: Executor,
  owner: Auth,
  tokenId: string | null,
  now = new Date(),
): Promise<{ ok: true; accessToken: AccessTokenRow } | { ok: false; userErrors: TokenError[] }> {
  const notFound = { ok: false as const, userErrors: [userError(AccessTokenErrorCode.NOT_FOUND, "No such access token of yours.", ["input", "id"])] };
  if (!tokenId) return notFound;
  const [current] = await tx
    .select()
    .from(accessTokens)
    .where(and(eq(accessTokens.id, tokenId), eq(accessTokens.userId, owner.user.id)))
    .for("update");
  if (!current) return notFound;
  if (current.revokedAt) {
    return { ok: false, userErrors: [userError(AccessTokenErrorCode.ALREADY_REVOKED, "This token was revoked already.", ["input", "id"])] };
  }
  const [row] = await tx.update(accessTokens).set({ revokedAt: now }).where(eq(accessTokens.id, tokenId)).returning();
  return { ok: true, accessToken: row! };
}

/** Tokens by id, for the DataLoader; `node(id:)` then shows a token to its owner only (team.module.ts). */
export async function accessTokensByIds(tx: Executor, ids: readonly string[]): Promise<AccessTokenRow[]> {
  if (ids.length === 0) return [];
  return tx.select().from(accessTokens).where(inArray(accessTokens.id, [...ids]));
}

export interface AccessTokenListOptions {
  search?: string | null;
  states?: AccessTokenStateValue[] | null;
  order?: { field: "CREATED_AT" | "NAME"; direction: OrderDirection } | null;
}

function tokenOrder(field: "CREATED_AT" | "NAME", direction: OrderDirection): KeysetOrder<AccessTokenRow> {
  return field === "NAME"
    ? { key: field, column: accessTokens.name, sqlType: "text", value: (t) => t.name, direction }
    : { key: field, column: accessTokens.createdAt, sqlType: "timestamptz", value: (t) => t.createdAt, direction };
}

export function listAccessTokens(tx: Executor, owner: Auth, args: ConnectionArgs, options: AccessTokenListOptions = {}) {
  const search = options.search?.trim();
  const where = and(
    eq(accessTokens.tenantId, owner.tenantId),
    eq(accessTokens.userId, owner.user.id),
    search ? or(ilike(accessTokens.name, `%${escapeLike(search)}%`), ilike(accessTokens.prefix, `${escapeLike(search)}%`)) : undefined,
    options.states?.length ? or(...options.states.map(stateCondition)) : undefined,
  );
  const order = options.order ?? { field: "CREATED_AT", direction: OrderDirection.DESC };
  return paginate<AccessTokenRow>({
    args,
    order: tokenOrder(order.field, order.direction),
    idColumn: accessTokens.id,
    id: (t) => t.id,
    where,
    fetch: (w, orderBy, limit) =>
      tx
        .select()
        .from(accessTokens)
        .where(w)
        .orderBy(...orderBy)
        .limit(limit),
    count: async (w) => (await tx.select({ n: count() }).from(accessTokens).where(w))[0]?.n ?? 0,
  });
}
