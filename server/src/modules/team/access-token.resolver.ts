import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context, requireAuth } from "../../graphql/context.js";
import { rowIdOf } from "../../graphql/node.js";
import { runBulkAction } from "../../kit/bulk.js";
import { revokeAccessTokensJob } from "./access-token.jobs.js";
import {
  CreateAccessTokenInput,
  CreateAccessTokenPayload,
  RevokeAccessTokenInput,
  RevokeAccessTokenPayload,
  RevokeAccessTokens,
} from "./access-token.input.js";
import * as tokens from "./access-token.service.js";
import { AccessToken, type AccessTokenListArgs, accessTokenListing, AccessTokenState } from "./access-token.type.js";
import type { AccessTokenRow } from "./team.tables.js";
import { User } from "./user.type.js";

@Resolver(() => AccessToken)
export class AccessTokenResolver {
  @Query(() => accessTokenListing.Connection, { description: "Your own access tokens. Needs a signed-in session." })
  @Access({ sessionOnly: true })
  accessTokens(@Args(() => accessTokenListing.Args) args: AccessTokenListArgs, @Ctx() ctx: Context) {
    return tokens.listAccessTokens(ctx.tx, requireAuth(ctx), args);
  }

  @FieldResolver(() => AccessTokenState.graphql, { description: "Whether the token still authenticates." })
  state(@Root() token: AccessTokenRow) {
    return tokens.accessTokenState(token);
  }

  @FieldResolver(() => User, { description: "The team user the token acts as." })
  async owner(@Root() token: AccessTokenRow, @Ctx() ctx: Context) {
    return ctx.loaders.team.userById.load(token.userId);
  }

  @Mutation(() => CreateAccessTokenPayload, {
    description: "Creates a personal access token. The plaintext token is in the payload this once only.",
  })
  @Access({ sessionOnly: true, personal: true })
  async createAccessToken(
    @Arg("input", () => CreateAccessTokenInput, { description: "Name, scopes, permission, expiry." }) input: CreateAccessTokenInput,
    @Ctx() ctx: Context,
  ) {
    const result = await tokens.createAccessToken(ctx.tx, ctx.config.secret, actorOf(ctx), input);
    return result.ok
      ? { accessToken: result.accessToken, token: result.token, userErrors: [] }
      : { accessToken: null, token: null, userErrors: result.userErrors };
  }

  @Mutation(() => RevokeAccessTokenPayload, { description: "Revokes one of your access tokens; it stops working at once." })
  @Access({ sessionOnly: true, personal: true })
  async revokeAccessToken(
    @Arg("input", () => RevokeAccessTokenInput, { description: "The token." }) input: RevokeAccessTokenInput,
    @Ctx() ctx: Context,
  ) {
    const result = await tokens.revokeAccessToken(ctx.tx, actorOf(ctx), rowIdOf(input.id, "AccessToken"));
    return result.ok ? { accessToken: result.accessToken, userErrors: [] } : { accessToken: null, userErrors: result.userErrors };
  }

  @Mutation(() => RevokeAccessTokens.Payload, {
    description:
      "Revokes several of your access tokens: given `ids`, at once with a result per token (one that cannot be revoked does not stop the others); " +
      "given a `filter` (minus `exceptIds`), every matching token, as a job.",
  })
  @Access({ sessionOnly: true, personal: true })
  async revokeAccessTokens(
    @Arg("input", () => RevokeAccessTokens.Input, { description: "The tokens." }) input: InstanceType<typeof RevokeAccessTokens.Input>,
    @Ctx() ctx: Context,
  ) {
    const owner = actorOf(ctx);
    return runBulkAction(ctx.tx, owner, input, {
      itemType: "AccessToken",
      apply: (tx, id) => tokens.revokeAccessTokenItem(tx, owner, id),
      job: revokeAccessTokensJob,
      where: accessTokenListing.where,
    });
  }
}
