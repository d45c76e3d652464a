import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context, requireAuth } from "../../graphql/context.js";
import { rowIdOf, toGlobalId } from "../../graphql/node.js";
import { userError } from "../../graphql/user-error.js";
import { Account } from "../accounts/account.type.js";
import { Application } from "../applications/application.type.js";
import { Metric, Service } from "../catalog/service.type.js";
import { UsageAlertErrorCode } from "./usage-alert.errors.js";
import { DeleteAlertsInput, DeleteAlertsPayload, MarkAlertsReadInput, MarkAlertsReadPayload, MAX_ALERTS_PER_CALL } from "./usage-alert.input.js";
import * as alerts from "./usage-alert.service.js";
import { UsageAlert, type UsageAlertListArgs, usageAlertListing } from "./usage-alert.type.js";
import type { UsageAlertRow } from "./usage.tables.js";

/** The row ids of the given alert IDs, and a NOT_FOUND per ID that names no alert; TOO_MANY past the bound. */
function idsOf(ids: readonly string[]) {
  if (ids.length > MAX_ALERTS_PER_CALL) {
    return { rowIds: [], errors: [userError(UsageAlertErrorCode.TOO_MANY, `Give at most ${MAX_ALERTS_PER_CALL} alerts at a time.`, ["input", "ids"])] };
  }
  return { rowIds: [...new Set(ids.flatMap((id) => rowIdOf(id, "UsageAlert") ?? []))], errors: [] };
}

function missing(ids: readonly string[], found: ReadonlySet<string>) {
  return ids.flatMap((id, index) =>
    found.has(rowIdOf(id, "UsageAlert") ?? "") ? [] : [userError(UsageAlertErrorCode.NOT_FOUND, "No such usage alert.", ["input", "ids", String(index)])],
  );
}

@Resolver(() => UsageAlert)
export class UsageAlertResolver {
  @Query(() => usageAlertListing.Connection, { description: "Usage alerts of the tenant's applications, newest first." })
  @Access({ scope: "ANALYTICS" })
  alerts(@Args(() => usageAlertListing.Args) args: UsageAlertListArgs, @Ctx() ctx: Context) {
    return alerts.listUsageAlerts(ctx.tx, requireAuth(ctx), args);
  }

  @FieldResolver(() => Application, { nullable: true, description: "The application (null once deleted)." })
  application(@Root() alert: UsageAlertRow, @Ctx() ctx: Context) {
    return ctx.loaders.applications.applicationById.load(alert.applicationId);
  }

  @FieldResolver(() => Account, { nullable: true, description: "The developer account of the application." })
  account(@Root() alert: UsageAlertRow, @Ctx() ctx: Context) {
    return ctx.loaders.accounts.accountById.load(alert.accountId);
  }

  @FieldResolver(() => Service, { nullable: true, description: "The product." })
  service(@Root() alert: UsageAlertRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.serviceById.load(alert.serviceId);
  }

  @FieldResolver(() => Metric, { nullable: true, description: "The metric or method of the limit." })
  metric(@Root() alert: UsageAlertRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.metricById.load(alert.metricId);
  }

  @Mutation(() => MarkAlertsReadPayload, { description: "Marks usage alerts read, or unread again with `read: false`." })
  @Access({ scope: "ANALYTICS" })
  async markAlertsRead(@Arg("input", () => MarkAlertsReadInput, { description: "The alerts." }) input: MarkAlertsReadInput, @Ctx() ctx: Context) {
    const { rowIds, errors } = idsOf(input.ids);
    if (errors.length) return { alerts: [], userErrors: errors };
    const rows = await alerts.markUsageAlertsRead(ctx.tx, actorOf(ctx), rowIds, input.read !== false);
    return { alerts: rows, userErrors: missing(input.ids, new Set(rows.map((r) => r.id))) };
  }

  @Mutation(() => DeleteAlertsPayload, { description: "Deletes usage alerts." })
  @Access({ scope: "ANALYTICS" })
  async deleteAlerts(@Arg("input", () => DeleteAlertsInput, { description: "The alerts." }) input: DeleteAlertsInput, @Ctx() ctx: Context) {
    const { rowIds, errors } = idsOf(input.ids);
    if (errors.length) return { deletedAlertIds: [], userErrors: errors };
    const deleted = await alerts.deleteUsageAlerts(ctx.tx, actorOf(ctx), rowIds);
    return { deletedAlertIds: deleted.map((id) => toGlobalId("UsageAlert", id)), userErrors: missing(input.ids, new Set(deleted)) };
  }
}
