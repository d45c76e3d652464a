import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context } from "../../graphql/context.js";
import { notFound } from "../../graphql/errors.js";
import { rowIdOf } from "../../graphql/node.js";
import { CreateTenantInput, CreateTenantPayload, UpdateTenantSettingsInput, UpdateTenantSettingsPayload } from "./tenant.input.js";
import * as tenantService from "./tenant.service.js";
import { Tenant, type TenantListArgs, tenantListing } from "./tenant.type.js";
import type { TenantRow } from "./tenants.tables.js";
import { Reads } from "../../kit/reads.js";

@Resolver(() => Tenant)
export class TenantResolver {
  @Query(() => tenantListing.Connection, { description: "All tenants. Master only." })
  @Access({ master: true, scope: "ACCOUNT_MANAGEMENT" })
  tenants(@Args(() => tenantListing.Args) args: TenantListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return tenantService.listTenants(ctx.tx, args, { info, loaders: ctx.loaders });
  }

  @Query(() => Tenant, { nullable: true, description: "One tenant by ID (NOT_FOUND when there is none). Master only." })
  @Access({ master: true, scope: "ACCOUNT_MANAGEMENT" })
  async tenant(@Arg("id", () => ID, { description: "Global ID of the tenant." }) id: string, @Ctx() ctx: Context) {
    const rowId = rowIdOf(id, "Tenant");
    const tenant = rowId ? await ctx.loaders.tenants.tenantById.load(rowId) : null;
    if (!tenant) throw notFound("Tenant");
    return tenant;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Host name of the admin portal, `<subdomain>-admin.<GATEHOUSE_BASE_DOMAIN>`; null when no base domain is configured.",
  })
  @Reads("subdomain")
  adminDomain(@Root() tenant: TenantRow, @Ctx() ctx: Context) {
    return ctx.config.baseDomain ? `${tenant.subdomain}-admin.${ctx.config.baseDomain}` : null;
  }

  @Mutation(() => CreateTenantPayload, { description: "Creates a tenant with its first admin. Master only." })
  @Access({ master: true, scope: "ACCOUNT_MANAGEMENT" })
  async createTenant(
    @Arg("input", () => CreateTenantInput, { description: "The tenant and its first admin." }) input: CreateTenantInput,
    @Ctx() ctx: Context,
  ) {
    const result = await tenantService.createTenant(ctx.tx, input, ctx.scope, actorOf(ctx));
    return result.ok
      ? { tenant: result.tenant, adminUser: result.admin, generatedAdminPassword: result.generatedAdminPassword, userErrors: [] }
      : { tenant: null, adminUser: null, generatedAdminPassword: null, userErrors: result.userErrors };
  }

  @Mutation(() => UpdateTenantSettingsPayload, { description: "Changes the signed-in user's own tenant: its name and time zone. Admins only." })
  @Access({ admin: true, scope: "ACCOUNT_MANAGEMENT" })
  async updateTenantSettings(
    @Arg("input", () => UpdateTenantSettingsInput, { description: "The changes; what is omitted stays." }) input: UpdateTenantSettingsInput,
    @Ctx() ctx: Context,
  ) {
    const result = await tenantService.updateTenantSettings(ctx.tx, actorOf(ctx), input);
    return result.ok ? { tenant: result.tenant, userErrors: [] } : { tenant: null, userErrors: result.userErrors };
  }
}
