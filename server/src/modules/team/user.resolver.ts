import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import type { Context } from "../../graphql/context.js";
import { Tenant } from "../tenants/tenant.type.js";
import type { TenantRow } from "../tenants/tenants.tables.js";
import type { UserRow } from "./team.tables.js";
import { User, type UserListArgs, userListing } from "./user.type.js";
import { Reads } from "../../kit/reads.js";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null when the request is not authenticated. Any access token may read it." })
  @Access({ public: true, own: true })
  async viewer(@Ctx() ctx: Context) {
    return ctx.auth ? ctx.loaders.team.userById.load(ctx.auth.userId) : null;
  }

  @FieldResolver(() => Tenant, { description: "The tenant the user belongs to." })
  @Reads("tenantId")
  async tenant(@Root() user: UserRow, @Ctx() ctx: Context) {
    return ctx.loaders.tenants.tenantById.load(user.tenantId);
  }
}

/** The team module adds the `users` field to the tenants module's Tenant type. */
@Resolver(() => Tenant)
export class TenantUsersResolver {
  @FieldResolver(() => userListing.Connection, { description: "Team users of this tenant." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  @Reads("id")
  users(@Root() tenant: TenantRow, @Args(() => userListing.Args) args: UserListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.team.usersOfTenant(tenant.id, args);
  }
}
