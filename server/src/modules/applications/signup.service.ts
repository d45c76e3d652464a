import { and, eq } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { codeIn, userError, type UserErrorOf, type UserOutcome } from "../../graphql/user-error.js";
import { allOrNothing } from "../../kit/all-or-nothing.js";
import { accountForUse, createAccount, type CreateAccountData, signupSettingsOf } from "../accounts/account.service.js";
import type { AccountRow, AccountUserRow } from "../accounts/accounts.tables.js";
import { serviceForUse, servicesByIds } from "../catalog/service.service.js";
import { plansByIds } from "../plans/plan.service.js";
import { plans } from "../plans/plans.tables.js";
import { createApplication } from "./application.service.js";
import type { ApplicationRow, ServiceSubscriptionRow } from "./applications.tables.js";
import { SignupErrorCode } from "./signup.errors.js";
import { subscribe, subscriptionOf } from "./subscription.service.js";

type SignupError = UserErrorOf<SignupErrorCode>;

export interface SignupExpressData extends Omit<CreateAccountData, "planId"> {
  /** The account plan's row ID; undefined for the default, null for an ID that names no plan. */
  accountPlanId?: string | null;
  /** Application plans' row IDs (null: an ID that names no plan); undefined: each product's default. */
  applicationPlanIds?: (string | null)[];
  /** Service plans' row IDs; undefined: each product's default, for the products the account gets applications of. */
  servicePlanIds?: (string | null)[];
}

/** A module's user error as a signup error, at `field` when given (the module's own path otherwise). */
const asSignupError = (e: { code: string; message: string; field: string[] | null }, field?: string[]): SignupError =>
  userError(codeIn(SignupErrorCode, e.code, "INVALID"), e.message, field ?? e.field ?? undefined);

/**
 * Seed 000's customer provisioning in one transaction: the account with its admin user (PENDING when
 * the tenant or the account plan requires approval, else APPROVED), its subscriptions to the given
 * service plans' products, and an application on each given application plan (subscribing to its
 * product on the default service plan when no service plan of it was given). Without plan lists: an
 * application on each product's default application plan, and so a subscription. Refused when
 * self-signup is off; any refusal undoes everything.
 */
export function signupExpress(
  tx: Executor,
  actor: Actor,
  input: SignupExpressData,
  passwordHash: string | null,
): Promise<UserOutcome<{ account: AccountRow; user: AccountUserRow; applications: ApplicationRow[]; subscriptions: ServiceSubscriptionRow[] }, SignupErrorCode>> {
  return allOrNothing(tx, async (tx) => {
    if (!(await signupSettingsOf(tx, actor)).selfSignupEnabled) {
      return { ok: false, userErrors: [userError(SignupErrorCode.SIGNUP_DISABLED, "Signups are turned off (signup settings).", ["input"])] };
    }
    const created = await createAccount(tx, actor, { ...input, planId: input.accountPlanId }, { signup: true, developerAction: true, passwordHash });
    if (!created.ok) {
      return { ok: false, userErrors: created.userErrors.map((e) => asSignupError(e, e.field?.[1] === "planId" ? ["input", "accountPlanId"] : undefined)) };
    }
    const account = (await accountForUse(tx, actor, created.account.id))!;
    const subscriptions: ServiceSubscriptionRow[] = [];
    const servicePlanIds = input.servicePlanIds ?? [];
    for (const [i, planId] of servicePlanIds.entries()) {
      const field = ["input", "servicePlanIds", String(i)];
      const [plan] = planId ? await plansByIds(tx, [planId]) : [];
      const service = plan?.kind === "SERVICE" ? await serviceForUse(tx, actor, plan.serviceId) : null;
      if (!plan || !service) return { ok: false, userErrors: [userError(SignupErrorCode.WRONG_PLAN, "No such service plan in this tenant.", field)] };
      const subscribed = await subscribe(tx, actor, account, service, plan.id, field);
      if (!subscribed.ok) return { ok: false, userErrors: subscribed.userErrors.map((e) => asSignupError(e, field)) };
      subscriptions.push(subscribed.subscription);
    }
    const applicationPlans =
      input.applicationPlanIds ??
      (
        await tx
          .select({ id: plans.id })
          .from(plans)
          .where(and(eq(plans.tenantId, actor.tenantId), eq(plans.kind, "APPLICATION"), eq(plans.isDefault, true)))
          .orderBy(plans.createdAt)
      ).map((p) => p.id);
    const applications: ApplicationRow[] = [];
    for (const [i, planId] of applicationPlans.entries()) {
      const field = ["input", "applicationPlanIds", String(i)];
      const [plan] = planId ? await plansByIds(tx, [planId]) : [];
      if (!plan || plan.kind !== "APPLICATION") return { ok: false, userErrors: [userError(SignupErrorCode.WRONG_PLAN, "No such application plan in this tenant.", field)] };
      const [service] = await servicesByIds(tx, [plan.serviceId!]);
      const hadSubscription = (await subscriptionOf(tx, account.id, plan.serviceId!)) !== null;
      const made = await createApplication(tx, actor, { accountId: account.id, serviceId: plan.serviceId, planId: plan.id, name: `${service!.name} app` }, { developerAction: true });
      if (!made.ok) return { ok: false, userErrors: made.userErrors.map((e) => asSignupError(e, field)) };
      applications.push(made.application);
      if (!hadSubscription) subscriptions.push((await subscriptionOf(tx, account.id, plan.serviceId!))!);
    }
    return { ok: true, account, user: created.user, applications, subscriptions };
  });
}
