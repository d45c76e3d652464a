import { MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_SUBJECT_LENGTH } from '@gatehouse/schema/accounts';
import type { PlanChangeRequestFilter, PlanChangeRequestOrder } from '../../gql/schema-types';
import { sendMessage } from '../accounts/messages';
import { allOrNothing } from '../all-or-nothing';
import type { KeysetOrder } from '../connection';
import { emit, type MockActor } from '../events/events';
import { fromGlobalId, rowIdOf, toGlobalId } from '../global-id';
import { planForUse, registerPlanUsers } from '../plans/plans';
import { findApplication, findPlanChangeRequest, nextTime, type ApplicationFixture, type PlanChangeRequestFixture } from './application-store';
import { changeApplicationPlan, type State } from './applications';
import { applicationError, notFound, type ApplicationError, type Outcome } from './subscriptions';

/**
 * Plan change requests (server/src/modules/applications/plan-change.service.ts; 003 §9.4–9.5): a
 * developer asks to move an application to another plan of its product (one pending request per
 * application), the team is notified (APPLICATION_PLAN_CHANGE_REQUESTED), and an admin approves — the
 * application moves, and the account is told with a message — or rejects, with a reason sent to it.
 */

// A plan a pending request asks for cannot be deleted (the request would vanish unanswered).
registerPlanUsers({
  count(state, plan) {
    if (plan.kind !== 'APPLICATION') return { count: 0, what: '' };
    const store = state as typeof state & Partial<State>;
    if (!store.planChangeRequests) throw new Error('Mock data: plans are deleted in a store that has no plan change requests.');
    const n = store.planChangeRequests.filter((r) => r.tenantId === plan.tenantId && r.toPlanId === plan.id && r.state === 'PENDING').length;
    return { count: n, what: n === 1 ? 'pending plan change request' : 'pending plan change requests', asking: true };
  },
});

// ── reads ──────────────────────────────────────────────────────────────────────────────────────

/** `planChangeRequests`: the tenant's requests in the given states, of the given application (an ID of another type names nothing), newest first. */
export function listPlanChangeRequests(state: State, tenantId: string, filter: PlanChangeRequestFilter | null | undefined, orderBy: PlanChangeRequestOrder | null | undefined) {
  const states = filter?.states?.length ? filter.states : null;
  const application = filter?.application != null ? fromGlobalId(filter.application) : undefined;
  const applicationRow = application === undefined ? undefined : application?.typeName === 'Application' ? application.rowId : null;
  const items = state.planChangeRequests.filter(
    (r) =>
      r.tenantId === tenantId &&
      (!states || states.includes(r.state)) &&
      (applicationRow === undefined || (applicationRow !== null && rowIdOf(r.applicationId, 'Application') === applicationRow)),
  );
  const order: KeysetOrder<PlanChangeRequestFixture> = { key: 'CREATED_AT', kind: 'timestamp', value: (r) => r.createdAt, direction: orderBy?.direction ?? 'DESC' };
  return { items, order };
}

// ── writes ─────────────────────────────────────────────────────────────────────────────────────

const requestTarget = (r: PlanChangeRequestFixture, appName: string) => ({ type: 'Application', id: r.applicationId, name: appName });
const planName = (state: State, id: string) => state.plans.find((p) => p.id === id)?.name;

function checkText(value: string | null | undefined, field: string, errors: ApplicationError[]): string | null {
  const text = value?.trim() || null;
  if (text && text.length > MAX_MESSAGE_BODY_LENGTH) errors.push(applicationError('TOO_LONG', `Use at most ${MAX_MESSAGE_BODY_LENGTH} characters.`, ['input', field]));
  return text;
}

/**
 * `requestApplicationPlanChange`: the application (NOT_FOUND first), then the message's length and the
 * plan (an application plan of its product other than its own: WRONG_PLAN) at once, then one pending
 * request per application (TAKEN).
 */
export function requestPlanChange(
  state: State,
  actor: MockActor,
  input: { applicationId: string; planId: string; message?: string | null },
  now: Date,
): Outcome<{ request: PlanChangeRequestFixture }> {
  const application = findApplication(state, actor.tenantId, input.applicationId);
  if (!application) return { ok: false, userErrors: [notFound('application', ['input', 'applicationId'])] };
  const errors: ApplicationError[] = [];
  const message = checkText(input.message, 'message', errors);
  const plan = planForUse(state, actor.tenantId, input.planId, 'APPLICATION', application.serviceId);
  if (!plan) errors.push(applicationError('WRONG_PLAN', "No such application plan of the application's product.", ['input', 'planId']));
  else if (plan.id === application.planId) errors.push(applicationError('WRONG_PLAN', 'The application is already on this plan.', ['input', 'planId']));
  if (errors.length || !plan) return { ok: false, userErrors: errors };
  if (state.planChangeRequests.some((r) => r.applicationId === application.id && r.state === 'PENDING')) {
    return { ok: false, userErrors: [applicationError('TAKEN', 'The application already has a pending plan change request.', ['input', 'applicationId'])] };
  }
  const request: PlanChangeRequestFixture = {
    __typename: 'PlanChangeRequest',
    id: toGlobalId('PlanChangeRequest', crypto.randomUUID()),
    tenantId: actor.tenantId,
    applicationId: application.id,
    fromPlanId: application.planId,
    toPlanId: plan.id,
    state: 'PENDING',
    message,
    reason: null,
    createdAt: nextTime(state.planChangeRequests, now).toISOString(),
    decidedAt: null,
  };
  state.planChangeRequests.push(request);
  const from = planName(state, application.planId);
  const orgName = state.accounts.find((a) => a.id === application.accountId)?.orgName;
  emit(
    state,
    actor,
    {
      type: 'plan_change_request',
      action: 'created',
      target: requestTarget(request, application.name),
      summary: `Asked to move the application "${application.name}" from the plan "${from}" to "${plan.name}".`,
      notify: {
        type: 'APPLICATION_PLAN_CHANGE_REQUESTED',
        serviceId: application.serviceId,
        summary: `"${orgName}" asks to move the application "${application.name}" from "${from}" to "${plan.name}".`,
      },
    },
    now,
  );
  return { ok: true, request };
}

function findPending(state: State, tenantId: string, id: string): Outcome<{ request: PlanChangeRequestFixture }> {
  const request = findPlanChangeRequest(state, tenantId, id);
  if (!request) return { ok: false, userErrors: [notFound('plan change request', ['input', 'id'])] };
  if (request.state !== 'PENDING') {
    return { ok: false, userErrors: [applicationError('INVALID_STATE', `The request is ${request.state.toLowerCase()} already.`, ['input', 'id'])] };
  }
  return { ok: true, request };
}

/** The account hears of the decision: a message to its inbox and its admins (the subject cut to what a message allows). */
function tell(state: State, actor: MockActor, accountId: string, subject: string, body: string, now: Date): void {
  const sent = sendMessage(state, actor, accountId, { subject: subject.slice(0, MAX_MESSAGE_SUBJECT_LENGTH), body }, now);
  if (!sent.ok) throw new Error(`telling the account of a plan change failed: ${sent.userErrors.map((e) => e.message).join('; ')}`);
}

/**
 * `approvePlanChangeRequest`: the application moves to the plan asked for (its problems are the
 * request's, at `input.id`), the request is APPROVED, the account is told. All or nothing.
 */
export function approvePlanChange(state: State, actor: MockActor, id: string, now: Date): Outcome<{ request: PlanChangeRequestFixture }> {
  return allOrNothing(state, (): Outcome<{ request: PlanChangeRequestFixture }> => {
    const found = findPending(state, actor.tenantId, id);
    if (!found.ok) return found;
    const { request } = found;
    // Leaving its custom plan deletes that plan: the request then names no plan it came from (cascades.ts).
    const moved = changeApplicationPlan(state, actor, request.applicationId, request.toPlanId, now);
    if (!moved.ok) return { ok: false, userErrors: moved.userErrors.map((e) => ({ ...e, field: ['input', 'id'] })) };
    Object.assign(request, { state: 'APPROVED', reason: null, decidedAt: now.toISOString() });
    const plan = planName(state, request.toPlanId);
    tell(state, actor, moved.application.accountId, `Plan change approved: ${moved.application.name}`, `Your application "${moved.application.name}" is now on the plan "${plan}".`, now);
    emit(
      state,
      actor,
      {
        type: 'plan_change_request',
        action: 'approved',
        target: requestTarget(request, moved.application.name),
        summary: `Approved moving the application "${moved.application.name}" to the plan "${plan}".`,
      },
      now,
    );
    return { ok: true, request };
  });
}

/** `rejectPlanChangeRequest`: the request (NOT_FOUND, INVALID_STATE) before the reason's length; the account is told, with the reason. */
export function rejectPlanChange(state: State, actor: MockActor, id: string, reasonText: string | null | undefined, now: Date): Outcome<{ request: PlanChangeRequestFixture }> {
  const errors: ApplicationError[] = [];
  const reason = checkText(reasonText, 'reason', errors);
  const found = findPending(state, actor.tenantId, id);
  if (!found.ok) return found;
  if (errors.length) return { ok: false, userErrors: errors };
  const { request } = found;
  Object.assign(request, { state: 'REJECTED', reason, decidedAt: now.toISOString() });
  const application = state.applications.find((a) => a.id === request.applicationId) as ApplicationFixture;
  const plan = planName(state, request.toPlanId);
  tell(
    state,
    actor,
    application.accountId,
    `Plan change declined: ${application.name}`,
    `Your request to move the application "${application.name}" to the plan "${plan}" was declined.${reason ? `\n\n${reason}` : ''}`,
    now,
  );
  emit(
    state,
    actor,
    {
      type: 'plan_change_request',
      action: 'rejected',
      target: requestTarget(request, application.name),
      summary: `Declined moving the application "${application.name}" to the plan "${plan}".`,
    },
    now,
  );
  return { ok: true, request };
}
