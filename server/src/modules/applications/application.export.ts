import { and, eq } from "drizzle-orm";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Executor } from "../../db/client.js";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context } from "../../graphql/context.js";
import { toGlobalId } from "../../graphql/node.js";
import { ExportPayload } from "../../jobs/export.type.js";
import { createdOrder, defineExport, type ExportCell } from "../../kit/export.js";
import { accountsByIds } from "../accounts/account.service.js";
import { servicesByIds } from "../catalog/service.service.js";
import { paidPlanIds, plansByIds } from "../plans/plan.service.js";
import { applicationsByIds } from "./application.service.js";
import { applicationListing, serviceSubscriptionListing } from "./application.type.js";
import { applicationFilterJson, type ApplicationFilterJson, subscriptionFilterJson, type SubscriptionFilterJson } from "./applications.jobs.js";
import { applications, serviceSubscriptions } from "./applications.tables.js";
import { subscriptionsByIds } from "./subscription.service.js";

/** The names of the accounts, products and plans the rows of a chunk refer to: one query each. */
async function namesOf(tx: Executor, rows: readonly { accountId: string; serviceId: string; planId: string }[]) {
  const distinct = (key: "accountId" | "serviceId" | "planId") => [...new Set(rows.map((r) => r[key]))];
  const [accountRows, serviceRows, planRows] = await Promise.all([accountsByIds(tx, distinct("accountId")), servicesByIds(tx, distinct("serviceId")), plansByIds(tx, distinct("planId"))]);
  return {
    account: new Map(accountRows.map((a) => [a.id, a.orgName])),
    service: new Map(serviceRows.map((s) => [s.id, s.name])),
    plan: new Map(planRows.map((p) => [p.id, p.name])),
  };
}

/** The rows of `ids` in their order, leaving out any deleted since its key was read. */
function inOrder<R extends { id: string }>(ids: readonly string[], rows: readonly R[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * `exportApplications`: the applications a filter matches, oldest first, with account, product and plan.
 * Identifiers only: no user key, app key or client secret is ever written to a file.
 */
export const applicationExport = defineExport({
  kind: "applications.export",
  exportKind: "APPLICATIONS",
  fileName: "applications",
  scope: "ACCOUNT_MANAGEMENT",
  inputName: "ExportApplicationsInput",
  things: "applications",
  filterInput: applicationListing.Filter!,
  filter: applicationFilterJson,
  async columns() {
    return [
      { key: "id", header: "ID", raw: true },
      { key: "name", header: "Name" },
      { key: "state", header: "State", raw: true },
      { key: "accountId", header: "Account ID", raw: true },
      { key: "account", header: "Account" },
      { key: "service", header: "Product" },
      { key: "plan", header: "Plan" },
      { key: "paid", header: "Paid", raw: true },
      { key: "appId", header: "App ID / client ID", raw: true },
      { key: "createdAt", header: "Created at", raw: true },
      { key: "trialEndsAt", header: "Trial ends at", raw: true },
      { key: "firstTrafficAt", header: "First traffic at", raw: true },
      { key: "lastTrafficAt", header: "Last traffic at", raw: true },
    ];
  },
  rows: createdOrder({
    table: applications,
    id: applications.id,
    createdAt: applications.createdAt,
    where: (actor, filter: ApplicationFilterJson) => and(eq(applications.tenantId, actor.tenantId), applicationListing.where(filter)),
  }),
  async read(tx, _actor, ids) {
    const rows = inOrder(ids, await applicationsByIds(tx, ids));
    const [names, paid] = await Promise.all([namesOf(tx, rows), paidPlanIds(tx, [...new Set(rows.map((r) => r.planId))])]);
    return rows.map(
      (app): Record<string, ExportCell> => ({
        id: toGlobalId("Application", app.id),
        name: app.name,
        state: app.state,
        accountId: toGlobalId("Account", app.accountId),
        account: names.account.get(app.accountId),
        service: names.service.get(app.serviceId),
        plan: names.plan.get(app.planId),
        paid: paid.has(app.planId),
        appId: app.appId,
        createdAt: app.createdAt,
        trialEndsAt: app.trialEndsAt,
        firstTrafficAt: app.firstTrafficAt,
        lastTrafficAt: app.lastTrafficAt,
      }),
    );
  },
});

/** `exportServiceSubscriptions`: the subscriptions a filter matches, oldest first. */
export const subscriptionExport = defineExport({
  kind: "applications.exportSubscriptions",
  exportKind: "SERVICE_SUBSCRIPTIONS",
  fileName: "subscriptions",
  scope: "ACCOUNT_MANAGEMENT",
  inputName: "ExportServiceSubscriptionsInput",
  things: "service subscriptions",
  filterInput: serviceSubscriptionListing.Filter!,
  filter: subscriptionFilterJson,
  async columns() {
    return [
      { key: "id", header: "ID", raw: true },
      { key: "accountId", header: "Account ID", raw: true },
      { key: "account", header: "Account" },
      { key: "service", header: "Product" },
      { key: "plan", header: "Service plan" },
      { key: "state", header: "State", raw: true },
      { key: "createdAt", header: "Subscribed at", raw: true },
    ];
  },
  rows: createdOrder({
    table: serviceSubscriptions,
    id: serviceSubscriptions.id,
    createdAt: serviceSubscriptions.createdAt,
    where: (actor, filter: SubscriptionFilterJson) => and(eq(serviceSubscriptions.tenantId, actor.tenantId), serviceSubscriptionListing.where(filter)),
  }),
  async read(tx, _actor, ids) {
    const rows = inOrder(ids, await subscriptionsByIds(tx, ids));
    const names = await namesOf(tx, rows);
    return rows.map(
      (s): Record<string, ExportCell> => ({
        id: toGlobalId("ServiceSubscription", s.id),
        accountId: toGlobalId("Account", s.accountId),
        account: names.account.get(s.accountId),
        service: names.service.get(s.serviceId),
        plan: names.plan.get(s.planId),
        state: s.state,
        createdAt: s.createdAt,
      }),
    );
  },
});

const payload = (started: Awaited<ReturnType<typeof applicationExport.start>>) =>
  started.ok ? { export: started.export, userErrors: [] } : { export: null, userErrors: started.userErrors };

@Resolver()
export class ApplicationExportResolver {
  @Mutation(() => ExportPayload, {
    description:
      "Exports the applications a filter matches (all of them without one) as a CSV file, oldest first, with account, product, plan and " +
      "identifiers (never a key or secret). It is written in the background: follow `export.job`, then download `export.url`.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async exportApplications(@Arg("input", () => applicationExport.Input, { description: "Which applications." }) input: InstanceType<typeof applicationExport.Input>, @Ctx() ctx: Context) {
    // A filter value the listing refuses is refused now (BAD_USER_INPUT), not in the job.
    applicationListing.where(input.filter);
    return payload(await applicationExport.start(ctx.tx, actorOf(ctx), input.filter));
  }

  @Mutation(() => ExportPayload, {
    description:
      "Exports the service subscriptions a filter matches (all of them without one) as a CSV file, oldest first. " +
      "It is written in the background: follow `export.job`, then download `export.url`.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async exportServiceSubscriptions(
    @Arg("input", () => subscriptionExport.Input, { description: "Which subscriptions." }) input: InstanceType<typeof subscriptionExport.Input>,
    @Ctx() ctx: Context,
  ) {
    serviceSubscriptionListing.where(input.filter);
    return payload(await subscriptionExport.start(ctx.tx, actorOf(ctx), input.filter));
  }
}
