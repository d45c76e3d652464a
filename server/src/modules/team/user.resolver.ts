import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { ConnectionArgs, OrderDirection } from "../../graphql/connection.js";
import type { Context } from "../../graphql/context.js";
import { Tenant } from "../tenants/tenant.type.js";
import type { TenantRow } from "../tenants/tenants.tables.js";
import type { UserRow } from "./team.tables.js";
import { userOrder } from "./user.service.js";
import { User, UserConnection, UserOrder } from "./user.type.js";

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Tenant, { description: "The tenant the user belongs to." })
  async tenant(@Root() user: UserRow, @Ctx() ctx: Context) {
    return ctx.loaders.tenants.tenantById.load(user.tenantId);
  }
}

/** The team module adds the `users` field to the tenants module's Tenant type. */
@Resolver(() => Tenant)
export class TenantUsersResolver {
  @FieldResolver(() => UserConnection, { description: "Team users of this tenant." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  users(
    @Root() tenant: TenantRow,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg("orderBy", () => UserOrder, { nullable: true, description: "Sort order; oldest first by default." }) orderBy: UserOrder | null,
    @Ctx() ctx: Context,
  ) {
    const order = userOrder(orderBy?.field ?? "CREATED_AT", orderBy?.direction ?? OrderDirection.ASC);
    return ctx.loaders.team.usersOfTenant(tenant.id, args, order);
  }
}
