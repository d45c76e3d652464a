import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context, requireAuth } from "../../graphql/context.js";
import { rowIdOf } from "../../graphql/node.js";
import { notFound } from "../../graphql/errors.js";
import { Service } from "../catalog/service.type.js";
import { CreateServiceTokenInput, CreateServiceTokenPayload, RevokeServiceTokenInput, RevokeServiceTokenPayload } from "./service-token.input.js";
import * as tokens from "./service-token.service.js";
import { ServiceToken } from "./service-token.type.js";
import type { ServiceTokenRow } from "./usage.tables.js";

@Resolver(() => ServiceToken)
export class ServiceTokenResolver {
  @Query(() => [ServiceToken], { description: "A product's service tokens, oldest first (at most 10). Admins only." })
  @Access({ admin: true, scope: "ACCOUNT_MANAGEMENT" })
  async serviceTokens(@Arg("serviceId", () => ID, { description: "The product (Service)." }) serviceId: string, @Ctx() ctx: Context) {
    const rows = await tokens.serviceTokensOf(ctx.tx, requireAuth(ctx), rowIdOf(serviceId, "Service"));
    if (!rows) throw notFound("Service");
    return rows;
  }

  @FieldResolver(() => Service, { description: "The product whose usage it reports." })
  service(@Root() token: ServiceTokenRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.serviceById.load(token.serviceId);
  }

  @Mutation(() => CreateServiceTokenPayload, {
    description: "Creates a service token for a gateway. The plaintext token is in the payload this once only. Admins only.",
  })
  @Access({ admin: true, scope: "ACCOUNT_MANAGEMENT" })
  async createServiceToken(@Arg("input", () => CreateServiceTokenInput, { description: "The product and a name." }) input: CreateServiceTokenInput, @Ctx() ctx: Context) {
    const result = await tokens.createServiceToken(ctx.tx, ctx.config.secret, actorOf(ctx), { serviceId: rowIdOf(input.serviceId, "Service"), name: input.name });
    return result.ok ? { serviceToken: result.serviceToken, token: result.token, userErrors: [] } : { serviceToken: null, token: null, userErrors: result.userErrors };
  }

  @Mutation(() => RevokeServiceTokenPayload, { description: "Revokes a service token: calls made with it are refused from then on. Admins only." })
  @Access({ admin: true, scope: "ACCOUNT_MANAGEMENT" })
  async revokeServiceToken(@Arg("input", () => RevokeServiceTokenInput, { description: "The token." }) input: RevokeServiceTokenInput, @Ctx() ctx: Context) {
    const result = await tokens.revokeServiceToken(ctx.tx, actorOf(ctx), rowIdOf(input.id, "ServiceToken"));
    return result.ok ? { serviceToken: result.serviceToken, userErrors: [] } : { serviceToken: null, userErrors: result.userErrors };
  }
}
