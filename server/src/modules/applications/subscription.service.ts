import { SUBSCRIPTION_ACTIONS, type SubscriptionAction, transition, transitionRefusal } from "@gatehouse/schema/applications";
import { and, count, eq, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { userError, type UserErrorOf, type UserOutcome } from "../../graphql/user-error.js";
import { accountForUse } from "../accounts/account.service.js";
import type { AccountRow } from "../accounts/accounts.tables.js";
import { serviceForUse } from "../catalog/service.service.js";
import type { ServiceRow } from "../catalog/catalog.tables.js";
import { emit } from "../events/events.service.js";
import { defaultPlanFor, planForUse, plansByIds, registerPlanUsers } from "../plans/plan.service.js";
import type { PlanRow } from "../plans/plans.tables.js";
import { ApplicationErrorCode } from "./applications.errors.js";
import { applications, type ServiceSubscriptionRow, serviceSubscriptions, type ServiceSubscriptionState } from "./applications.tables.js";
import { type ServiceSubscriptionListArgs, serviceSubscriptionListing } from "./application.type.js";
import { ofTenant } from "../../kit/listing.js";

export type ApplicationError = UserErrorOf<ApplicationErrorCode>;
export type Outcome<T> = UserOutcome<T, ApplicationErrorCode>;
export const notFound = (what: string, field: string[]): ApplicationError => userError(ApplicationErrorCode.NOT_FOUND, `No such ${what}.`, field);

export const subscriptionsByIds = rowsByIds(serviceSubscriptions);

// Service and application plans with subscriptions or applications on them cannot be deleted.
registerPlanUsers({
  async count(tx, plan) {
    if (plan.kind === "ACCOUNT") return { count: 0, what: "subscriptions" };
    const table = plan.kind === "SERVICE" ? serviceSubscriptions : applications;
    const [row] = await tx.select({ n: count() }).from(table).where(and(eq(table.tenantId, plan.tenantId), eq(table.planId, plan.id)));
    const n = row?.n ?? 0;
    const what = plan.kind === "SERVICE" ? (n === 1 ? "subscription" : "subscriptions") : n === 1 ? "application" : "applications";
    return { count: n, what };
  },
});

export function listSubscriptions(tx: Executor, actor: Actor, args: ServiceSubscriptionListArgs) {
  return serviceSubscriptionListing.list(tx, args, ofTenant(serviceSubscriptions.tenantId, actor.tenantId));
}

/** `serviceSubscriptions` of many accounts at once (Account.serviceSubscriptions in a page), batched per request. */
export function subscriptionsOfAccountsLoader(tx: Executor) {
  return serviceSubscriptionListing.nested(tx, serviceSubscriptions.accountId);
}

const subscriptionTarget = (s: ServiceSubscriptionRow, account: Pick<AccountRow, "orgName">, service: Pick<ServiceRow, "name">) => ({
  type: "ServiceSubscription",
  id: s.id,
  name: `${account.orgName} → ${service.name}`,
});

/** The account's subscription to the service, locked until the transaction ends, or null. */
export async function subscriptionOf(tx: Executor, accountId: string, serviceId: string): Promise<ServiceSubscriptionRow | null> {
  const [row] = await tx
    .select()
    .from(serviceSubscriptions)
    .where(and(eq(serviceSubscriptions.accountId, accountId), eq(serviceSubscriptions.serviceId, serviceId)))
    .for("no key update");
  return row ?? null;
}

/**
 * Subscribes an account to a service on a service plan (the service's default when `planId` is
 * undefined; null is an ID that names no plan). PENDING when the plan requires approval, else LIVE.
 */
export async function subscribe(
  tx: Executor,
  actor: Actor,
  account: AccountRow,
  service: ServiceRow,
  planId: string | null | undefined,
  path: string[] = ["input", "planId"],
): Promise<Outcome<{ subscription: ServiceSubscriptionRow; plan: PlanRow }>> {
  const plan = planId === undefined ? await defaultPlanFor(tx, actor, "SERVICE", service.id) : await planForUse(tx, actor, planId, "SERVICE", service.id);
  if (!plan) {
    return {
      ok: false,
      userErrors: [
        planId === undefined
          ? userError(ApplicationErrorCode.NO_DEFAULT_PLAN, `The product "${service.name}" has no default service plan; choose one.`, path)
          : userError(ApplicationErrorCode.WRONG_PLAN, `No such service plan of the product "${service.name}".`, path),
      ],
    };
  }
  const [subscription] = await tx
    .insert(serviceSubscriptions)
    .values({ tenantId: actor.tenantId, accountId: account.id, serviceId: service.id, planId: plan.id, state: plan.approvalRequired ? "PENDING" : "LIVE" })
    .onConflictDoNothing()
    .returning();
  if (!subscription) return { ok: false, userErrors: [userError(ApplicationErrorCode.TAKEN, `"${account.orgName}" is already subscribed to "${service.name}".`, ["input", "serviceId"])] };
  await emit(tx, actor, {
    type: "service_subscription",
    action: "created",
    target: subscriptionTarget(subscription, account, service),
    summary: `Subscribed "${account.orgName}" to "${service.name}" on the service plan "${plan.name}".`,
    notify: { type: "SERVICE_SUBSCRIPTION_CREATED", serviceId: service.id, summary: `"${account.orgName}" subscribed to "${service.name}" (${plan.name}).` },
  });
  return { ok: true, subscription, plan };
}

export async function createSubscription(
  tx: Executor,
  actor: Actor,
  input: { accountId: string | null; serviceId: string | null; planId?: string | null },
): Promise<Outcome<{ subscription: ServiceSubscriptionRow }>> {
  const account = await accountForUse(tx, actor, input.accountId);
  const service = await serviceForUse(tx, actor, input.serviceId);
  const errors = [...(account ? [] : [notFound("account", ["input", "accountId"])]), ...(service ? [] : [notFound("product", ["input", "serviceId"])])];
  if (errors.length) return { ok: false, userErrors: errors };
  return subscribe(tx, actor, account!, service!, input.planId);
}

async function lockSubscription(tx: Executor, actor: Actor, id: string | null): Promise<ServiceSubscriptionRow | null> {
  if (!id) return null;
  const [row] = await tx
    .select()
    .from(serviceSubscriptions)
    .where(and(eq(serviceSubscriptions.id, id), eq(serviceSubscriptions.tenantId, actor.tenantId)))
    .for("no key update");
  return row ?? null;
}

async function namesOf(tx: Executor, actor: Actor, s: ServiceSubscriptionRow) {
  const [account, service] = await Promise.all([accountForUse(tx, actor, s.accountId), serviceForUse(tx, actor, s.serviceId)]);
  return { account: account!, service: service! };
}

export async function changeSubscriptionState(tx: Executor, actor: Actor, id: string | null, action: SubscriptionAction): Promise<Outcome<{ subscription: ServiceSubscriptionRow }>> {
  const current = await lockSubscription(tx, actor, id);
  if (!current) return { ok: false, userErrors: [notFound("service subscription", ["input", "id"])] };
  const next = transition<ServiceSubscriptionState>(SUBSCRIPTION_ACTIONS, current.state, action);
  if (!next) return { ok: false, userErrors: [userError(ApplicationErrorCode.INVALID_STATE, transitionRefusal("subscription", SUBSCRIPTION_ACTIONS, current.state, action), ["input", "id"])] };
  const [subscription] = await tx
    .update(serviceSubscriptions)
    .set({ state: next, updatedAt: sql`clock_timestamp()` })
    .where(eq(serviceSubscriptions.id, current.id))
    .returning();
  const { account, service } = await namesOf(tx, actor, current);
  await emit(tx, actor, {
    type: "service_subscription",
    action: SUBSCRIPTION_ACTIONS[action].verb,
    target: subscriptionTarget(subscription!, account, service),
    summary: `${cap(SUBSCRIPTION_ACTIONS[action].verb)} the subscription of "${account.orgName}" to "${service.name}".`,
    changes: [{ field: "state", from: current.state, to: next }],
  });
  return { ok: true, subscription: subscription! };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export async function changeSubscriptionPlan(tx: Executor, actor: Actor, id: string | null, planId: string | null): Promise<Outcome<{ subscription: ServiceSubscriptionRow }>> {
  const current = await lockSubscription(tx, actor, id);
  if (!current) return { ok: false, userErrors: [notFound("service subscription", ["input", "id"])] };
  const plan = await planForUse(tx, actor, planId, "SERVICE", current.serviceId);
  if (!plan) return { ok: false, userErrors: [userError(ApplicationErrorCode.WRONG_PLAN, "No such service plan of the subscription's product.", ["input", "planId"])] };
  if (plan.id === current.planId) return { ok: true, subscription: current };
  const [[before], { account, service }] = await Promise.all([plansByIds(tx, [current.planId]), namesOf(tx, actor, current)]);
  const [subscription] = await tx
    .update(serviceSubscriptions)
    .set({ planId: plan.id, updatedAt: sql`clock_timestamp()` })
    .where(eq(serviceSubscriptions.id, current.id))
    .returning();
  await emit(tx, actor, {
    type: "service_subscription",
    action: "plan_changed",
    target: subscriptionTarget(subscription!, account, service),
    summary: `Moved the subscription of "${account.orgName}" to "${service.name}" from the service plan "${before?.name}" to "${plan.name}".`,
    changes: [{ field: "plan", from: before?.name ?? null, to: plan.name }],
    notify: { type: "SERVICE_SUBSCRIPTION_PLAN_CHANGED", serviceId: service.id, summary: `"${account.orgName}" moved from "${before?.name}" to "${plan.name}" on "${service.name}".` },
  });
  return { ok: true, subscription: subscription! };
}

/** Unsubscribes an account from a service; refused while the account has applications of it. */
export async function deleteSubscription(tx: Executor, actor: Actor, id: string | null): Promise<Outcome<{ subscription: ServiceSubscriptionRow }>> {
  const subscription = await lockSubscription(tx, actor, id);
  if (!subscription) return { ok: false, userErrors: [notFound("service subscription", ["input", "id"])] };
  const [apps] = await tx
    .select({ n: count() })
    .from(applications)
    .where(and(eq(applications.accountId, subscription.accountId), eq(applications.serviceId, subscription.serviceId)));
  if ((apps?.n ?? 0) > 0) {
    return { ok: false, userErrors: [userError(ApplicationErrorCode.HAS_APPLICATIONS, `The account has ${apps!.n} application${apps!.n === 1 ? "" : "s"} of this product: delete them first.`, ["input", "id"])] };
  }
  const { account, service } = await namesOf(tx, actor, subscription);
  await tx.delete(serviceSubscriptions).where(eq(serviceSubscriptions.id, subscription.id));
  await emit(tx, actor, {
    type: "service_subscription",
    action: "deleted",
    target: subscriptionTarget(subscription, account, service),
    summary: `Unsubscribed "${account.orgName}" from "${service.name}".`,
    notify: { type: "SERVICE_SUBSCRIPTION_CANCELLED", serviceId: service.id, summary: `"${account.orgName}" unsubscribed from "${service.name}".` },
  });
  return { ok: true, subscription };
}
