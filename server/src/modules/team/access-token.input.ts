import { MAX_ACCESS_TOKEN_NAME_LENGTH } from "@gatehouse/schema/lengths";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { AccessTokenPermission, AccessTokenScope } from "../../auth/principal.js";
import { defineBulkAction } from "../../kit/bulk.js";
import { AccessTokenUserError } from "./access-token.errors.js";
import { AccessToken, accessTokenListing } from "./access-token.type.js";

@InputType("CreateAccessTokenInput", { description: "A new personal access token." })
export class CreateAccessTokenInput {
  @Field(() => String, { description: `What the token is for (1–${MAX_ACCESS_TOKEN_NAME_LENGTH} characters).` })
  name: string;
  @Field(() => [AccessTokenScope.graphql], { description: "API areas it can reach; at least one." })
  scopes: AccessTokenScope[];
  @Field(() => AccessTokenPermission.graphql, { description: "Read-only or read-write." })
  permission: AccessTokenPermission;
  @Field(() => Date, { nullable: true, description: "When it stops working; omitted for never." })
  expiresAt?: Date | null;
}

@ObjectType("CreateAccessTokenPayload", { description: "Result of `createAccessToken`." })
export class CreateAccessTokenPayload {
  @Field(() => AccessToken, { nullable: true, description: "The token's record." })
  accessToken: AccessToken | null;
  @Field(() => String, { nullable: true, description: "The plaintext token. Returned this once and never again: store it now." })
  token: string | null;
  @Field(() => [AccessTokenUserError], { description: "Why it was not created." })
  userErrors: InstanceType<typeof AccessTokenUserError>[];
}

@InputType("RevokeAccessTokenInput", { description: "The token to revoke." })
export class RevokeAccessTokenInput {
  @Field(() => ID, { description: "ID of one of your access tokens." })
  id: string;
}

@ObjectType("RevokeAccessTokenPayload", { description: "Result of `revokeAccessToken`." })
export class RevokeAccessTokenPayload {
  @Field(() => AccessToken, { nullable: true, description: "The revoked token." })
  accessToken: AccessToken | null;
  @Field(() => [AccessTokenUserError], { description: "Why it was not revoked." })
  userErrors: InstanceType<typeof AccessTokenUserError>[];
}

export const RevokeAccessTokens = defineBulkAction({
  name: "RevokeAccessTokens",
  things: "access tokens",
  itemError: AccessTokenUserError,
  filter: accessTokenListing.Filter!,
});
