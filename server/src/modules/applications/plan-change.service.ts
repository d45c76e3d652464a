import { MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_SUBJECT_LENGTH } from "@gatehouse/schema/accounts";
import { and, count, eq, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { userError } from "../../graphql/user-error.js";
import { allOrNothing } from "../../kit/all-or-nothing.js";
import { accountsByIds } from "../accounts/account.service.js";
import { sendMessage } from "../accounts/message.service.js";
import { emit } from "../events/events.service.js";
import { planForUse, plansByIds, registerPlanUsers } from "../plans/plan.service.js";
import { changeApplicationPlan, lockApplication } from "./application.service.js";
import { ApplicationErrorCode } from "./applications.errors.js";
import { type PlanChangeRequestRow, planChangeRequests } from "./applications.tables.js";
import { type PlanChangeRequestListArgs, planChangeRequestListing } from "./application.type.js";
import { type ApplicationError, notFound, type Outcome } from "./subscription.service.js";
import { ofTenant } from "../../kit/listing.js";

export const planChangeRequestsByIds = rowsByIds(planChangeRequests);

// A plan a pending request asks for cannot be deleted (the request would vanish unanswered).
registerPlanUsers({
  async count(tx, plan) {
    if (plan.kind !== "APPLICATION") return { count: 0, what: "" };
    const [row] = await tx
      .select({ n: count() })
      .from(planChangeRequests)
      .where(and(eq(planChangeRequests.tenantId, plan.tenantId), eq(planChangeRequests.toPlanId, plan.id), eq(planChangeRequests.state, "PENDING")));
    const n = row?.n ?? 0;
    return { count: n, what: n === 1 ? "pending plan change request" : "pending plan change requests", asking: true };
  },
});

export function listPlanChangeRequests(tx: Executor, actor: Actor, args: PlanChangeRequestListArgs) {
  return planChangeRequestListing.list(tx, args, ofTenant(planChangeRequests.tenantId, actor.tenantId));
}

const requestTarget = (r: PlanChangeRequestRow, appName: string) => ({ type: "Application", id: r.applicationId, name: appName });

function checkText(value: string | null | undefined, field: string, errors: ApplicationError[]): string | null {
  const text = value?.trim() || null;
  if (text && text.length > MAX_MESSAGE_BODY_LENGTH) errors.push(userError(ApplicationErrorCode.TOO_LONG, `Use at most ${MAX_MESSAGE_BODY_LENGTH} characters.`, ["input", field]));
  return text;
}

/**
 * A developer asks to move an application to another application plan of its product (for
 * integrators who build the developer side into their own product): the admins are notified and
 * decide. One pending request per application.
 */
export async function requestPlanChange(
  tx: Executor,
  actor: Actor,
  input: { applicationId: string | null; planId: string | null; message?: string | null },
): Promise<Outcome<{ request: PlanChangeRequestRow }>> {
  const application = await lockApplication(tx, actor, input.applicationId);
  if (!application) return { ok: false, userErrors: [notFound("application", ["input", "applicationId"])] };
  const errors: ApplicationError[] = [];
  const message = checkText(input.message, "message", errors);
  const plan = await planForUse(tx, actor, input.planId, "APPLICATION", application.serviceId);
  if (!plan) errors.push(userError(ApplicationErrorCode.WRONG_PLAN, "No such application plan of the application's product.", ["input", "planId"]));
  else if (plan.id === application.planId) errors.push(userError(ApplicationErrorCode.WRONG_PLAN, "The application is already on this plan.", ["input", "planId"]));
  if (errors.length) return { ok: false, userErrors: errors };
  const [request] = await tx
    .insert(planChangeRequests)
    .values({ tenantId: actor.tenantId, applicationId: application.id, fromPlanId: application.planId, toPlanId: plan!.id, message })
    .onConflictDoNothing()
    .returning();
  if (!request) return { ok: false, userErrors: [userError(ApplicationErrorCode.TAKEN, "The application already has a pending plan change request.", ["input", "applicationId"])] };
  const [[from], [account]] = await Promise.all([plansByIds(tx, [application.planId]), accountsByIds(tx, [application.accountId])]);
  await emit(tx, actor, {
    type: "plan_change_request",
    action: "created",
    target: requestTarget(request, application.name),
    summary: `Asked to move the application "${application.name}" from the plan "${from?.name}" to "${plan!.name}".`,
    notify: {
      type: "APPLICATION_PLAN_CHANGE_REQUESTED",
      serviceId: application.serviceId,
      summary: `"${account?.orgName}" asks to move the application "${application.name}" from "${from?.name}" to "${plan!.name}".`,
    },
  });
  return { ok: true, request };
}

async function lockPending(tx: Executor, actor: Actor, id: string | null): Promise<Outcome<{ request: PlanChangeRequestRow }>> {
  const [request] = id
    ? await tx
        .select()
        .from(planChangeRequests)
        .where(and(eq(planChangeRequests.id, id), eq(planChangeRequests.tenantId, actor.tenantId)))
        .for("update")
    : [];
  if (!request) return { ok: false, userErrors: [notFound("plan change request", ["input", "id"])] };
  if (request.state !== "PENDING") {
    return { ok: false, userErrors: [userError(ApplicationErrorCode.INVALID_STATE, `The request is ${request.state.toLowerCase()} already.`, ["input", "id"])] };
  }
  return { ok: true, request };
}

/**
 * Approves a pending request: the application moves to the plan asked for, and the developer account
 * is told with a message (its inbox and its admins' email).
 */
export function approvePlanChange(tx: Executor, actor: Actor, id: string | null): Promise<Outcome<{ request: PlanChangeRequestRow }>> {
  return allOrNothing(tx, async (tx) => {
    const found = await lockPending(tx, actor, id);
    if (!found.ok) return found;
    const moved = await changeApplicationPlan(tx, actor, found.request.applicationId, found.request.toPlanId);
    if (!moved.ok) return { ok: false, userErrors: moved.userErrors.map((e) => ({ ...e, field: ["input", "id"] })) };
    const request = await decide(tx, found.request, "APPROVED", null);
    const [plan] = await plansByIds(tx, [request.toPlanId]);
    await tell(tx, actor, moved.application.accountId, `Plan change approved: ${moved.application.name}`, `Your application "${moved.application.name}" is now on the plan "${plan?.name}".`);
    await emit(tx, actor, { type: "plan_change_request", action: "approved", target: requestTarget(request, moved.application.name), summary: `Approved moving the application "${moved.application.name}" to the plan "${plan?.name}".` });
    return { ok: true, request };
  });
}

/** Rejects a pending request; the developer account is told why, when a reason is given. */
export async function rejectPlanChange(tx: Executor, actor: Actor, id: string | null, reasonText: string | null | undefined): Promise<Outcome<{ request: PlanChangeRequestRow }>> {
  const errors: ApplicationError[] = [];
  const reason = checkText(reasonText, "reason", errors);
  const found = await lockPending(tx, actor, id);
  if (!found.ok) return found;
  if (errors.length) return { ok: false, userErrors: errors };
  const request = await decide(tx, found.request, "REJECTED", reason);
  const application = (await lockApplication(tx, actor, request.applicationId))!;
  const [plan] = await plansByIds(tx, [request.toPlanId]);
  await tell(
    tx,
    actor,
    application.accountId,
    `Plan change declined: ${application.name}`,
    `Your request to move the application "${application.name}" to the plan "${plan?.name}" was declined.${reason ? `\n\n${reason}` : ""}`,
  );
  await emit(tx, actor, { type: "plan_change_request", action: "rejected", target: requestTarget(request, application.name), summary: `Declined moving the application "${application.name}" to the plan "${plan?.name}".` });
  return { ok: true, request };
}

async function decide(tx: Executor, request: PlanChangeRequestRow, state: "APPROVED" | "REJECTED", reason: string | null): Promise<PlanChangeRequestRow> {
  const [row] = await tx
    .update(planChangeRequests)
    .set({ state, reason, decidedAt: sql`clock_timestamp()` })
    .where(eq(planChangeRequests.id, request.id))
    .returning();
  return row!;
}

async function tell(tx: Executor, actor: Actor, accountId: string, subject: string, body: string): Promise<void> {
  // The application's name may be long: the subject is cut to what a message allows.
  const sent = await sendMessage(tx, actor, accountId, { subject: subject.slice(0, MAX_MESSAGE_SUBJECT_LENGTH), body });
  if (!sent.ok) throw new Error(`telling the account of a plan change failed: ${sent.userErrors.map((e) => e.message).join("; ")}`);
}
