import { and, ilike, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { Field, ObjectType } from "type-graphql";
import { AccessTokenPermission, AccessTokenScope } from "../../auth/principal.js";
import { escapeLike } from "../../db/like.js";
import { Node } from "../../graphql/node.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import { type AccessTokenRow, accessTokens } from "./team.tables.js";

export const AccessTokenState = defineEnum("AccessTokenState", "Whether a token still authenticates.", {
  ACTIVE: "Authenticates requests.",
  EXPIRED: "Past its expiry time; refused.",
  REVOKED: "Revoked by its owner; refused.",
});
export type AccessTokenState = EnumValue<typeof AccessTokenState>;

/** A personal access token; only its owner, signed in with a session, sees it (team.module.ts). */
@ObjectType("AccessToken", {
  implements: Node,
  description: "A personal access token of a team user, for integrators calling the API with `Authorization: Bearer`.",
})
export class AccessToken extends Node {
  @Field(() => String, { description: "What the token is for." })
  name: string;
  @Field(() => [AccessTokenScope.graphql], { description: "API areas the token can reach." })
  scopes: AccessTokenScope[];
  @Field(() => AccessTokenPermission.graphql, { description: "Read-only or read-write." })
  permission: AccessTokenPermission;
  @Field(() => String, { description: "First characters of the token, to recognise it; the token itself is shown only once." })
  prefix: string;
  @Field(() => Date, { nullable: true, description: "When the token stops working; null for never." })
  expiresAt: Date | null;
  @Field(() => Date, { nullable: true, description: "Last request authenticated with it (updated at most once a minute)." })
  lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "When it was revoked." })
  revokedAt: Date | null;
  @Field(() => Date, { description: "When it was created." })
  createdAt: Date;
}

/** A token is revoked, else expired once its expiry has passed, else active. */
export function stateCondition(state: AccessTokenState): SQL {
  switch (state) {
    case "REVOKED":
      return isNotNull(accessTokens.revokedAt);
    case "EXPIRED":
      return and(isNull(accessTokens.revokedAt), sql`${accessTokens.expiresAt} <= now()`)!;
    case "ACTIVE":
      return and(isNull(accessTokens.revokedAt), or(isNull(accessTokens.expiresAt), sql`${accessTokens.expiresAt} > now()`))!;
  }
}

export const accessTokenListing = defineListing({
  name: "AccessToken",
  things: "access tokens",
  node: AccessToken,
  table: accessTokens,
  id: accessTokens.id,
  row: {} as AccessTokenRow,
  orders: {
    CREATED_AT: { column: accessTokens.createdAt, description: "Creation time." },
    NAME: { column: accessTokens.name, description: "Name." },
  },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    search: filter.text("Matches the name or prefix, case-insensitive.", (search) =>
      or(ilike(accessTokens.name, `%${escapeLike(search)}%`), ilike(accessTokens.prefix, `${escapeLike(search)}%`)),
    ),
    states: filter.anyOf<AccessTokenState>(AccessTokenState, "Only tokens in these states.", (states) => or(...states.map(stateCondition))),
  },
});
export type AccessTokenListArgs = ListingArgsOf<typeof accessTokenListing>;
