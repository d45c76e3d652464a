import { and, asc, count, eq, gt, notInArray } from "drizzle-orm";
import { z } from "zod";
import type { Actor, UserActor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { defineJobKind } from "../../jobs/job-kind.js";
import { revokeAccessToken } from "./access-token.service.js";
import { accessTokenListing, AccessTokenState } from "./access-token.type.js";
import { accessTokens } from "./team.tables.js";

const params = z.object({
  filter: z.object({
    search: z.string().nullish(),
    states: z.array(z.enum(AccessTokenState.values)).nullish(),
  }),
  exceptIds: z.array(z.uuid()),
});

/** The user whose tokens the job revokes: only the one who asked (tokens are personal). */
function ownerOf(actor: Actor): UserActor | null {
  return actor.kind === "user" ? actor : null;
}

/** The tokens a bulk revoke by filter covers: the owner's own that match, minus the excepted ones. */
function selection(owner: UserActor, p: z.output<typeof params>) {
  return and(
    eq(accessTokens.tenantId, owner.tenantId),
    eq(accessTokens.userId, owner.userId),
    accessTokenListing.where(p.filter),
    p.exceptIds.length ? notInArray(accessTokens.id, p.exceptIds) : undefined,
  );
}

/** `revokeAccessTokens(input: { filter, exceptIds })`: every matching token of the caller, in chunks. */
export const revokeAccessTokensJob = defineJobKind({
  kind: "team.revokeAccessTokens",
  bulk: true,
  chunkSize: 100,
  itemType: "AccessToken",
  params,
  async count(tx: Executor, actor, p) {
    const owner = ownerOf(actor);
    if (!owner) return 0;
    return (await tx.select({ n: count() }).from(accessTokens).where(selection(owner, p)))[0]?.n ?? 0;
  },
  async items(tx, actor, p, after, limit) {
    const owner = ownerOf(actor);
    if (!owner) return [];
    // Keyset by id: a token the job revoked may leave the filter (ACTIVE), which does not move the cursor.
    const rows = await tx
      .select({ id: accessTokens.id })
      .from(accessTokens)
      .where(and(selection(owner, p), after ? gt(accessTokens.id, after) : undefined))
      .orderBy(asc(accessTokens.id))
      .limit(limit);
    return rows.map((r) => r.id);
  },
  async apply(tx, actor, _p, itemId) {
    const owner = ownerOf(actor);
    if (!owner) return { ok: false, code: "NOT_FOUND", message: "Only a user's own tokens can be revoked." };
    const result = await revokeAccessToken(tx, owner, itemId);
    return result.ok ? { ok: true } : { ok: false, code: result.userErrors[0]!.code, message: result.userErrors[0]!.message };
  },
});
