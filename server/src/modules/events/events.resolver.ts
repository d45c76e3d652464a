import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context } from "../../graphql/context.js";
import { toGlobalId } from "../../graphql/node.js";
import { Tenant } from "../tenants/tenant.type.js";
import { User } from "../team/user.type.js";
import { auditLog } from "./events.service.js";
import type { AuditEntryRow } from "./events.tables.js";
import { AuditEntry, type AuditListArgs, auditListing } from "./events.type.js";

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Query(() => auditListing.Connection, {
    description: "The audit log, newest first: what every mutation changed, who did it and when. A tenant's admins see their tenant's; the master sees every tenant's.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT", admin: true })
  auditLog(@Args(() => auditListing.Args) args: AuditListArgs, @Ctx() ctx: Context) {
    return auditLog(ctx.tx, actorOf(ctx), args);
  }

  @FieldResolver(() => String, { description: "The event, `<kind>.<action>`." })
  event(@Root() entry: AuditEntryRow) {
    return `${entry.type}.${entry.action}`;
  }

  @FieldResolver(() => User, { nullable: true, description: "The team user who did it (or on whose behalf); null for the system, or once the user is deleted." })
  actor(@Root() entry: AuditEntryRow, @Ctx() ctx: Context) {
    return entry.actorUserId ? ctx.loaders.team.userById.load(entry.actorUserId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The object's global ID, also once it is deleted (`node(id:)` then finds nothing)." })
  targetId(@Root() entry: AuditEntryRow) {
    return entry.targetType && entry.targetId ? toGlobalId(entry.targetType, entry.targetId) : null;
  }

  @FieldResolver(() => Tenant, { description: "The tenant it happened in (the master sees every tenant's entries)." })
  tenant(@Root() entry: AuditEntryRow, @Ctx() ctx: Context) {
    return ctx.loaders.tenants.tenantById.load(entry.tenantId);
  }
}
