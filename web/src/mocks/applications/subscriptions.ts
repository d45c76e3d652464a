import { actionsFrom, SUBSCRIPTION_ACTIONS, transition, transitionRefusal, type SubscriptionAction } from '@gatehouse/schema/applications';
import type { ServiceFixture } from '../../testing/factories';
import type { ApplicationErrorCode, ServiceSubscriptionAction, ServiceSubscriptionFilter, ServiceSubscriptionOrder, ServiceSubscriptionState } from '../../gql/schema-types';
import { findAccount, type AccountFixture } from '../accounts/account-store';
import { findService } from '../catalog/catalog';
import type { KeysetOrder } from '../connection';
import { emit, type MockActor } from '../events/events';
import { fromGlobalId, rowIdOf, toGlobalId } from '../global-id';
import { defaultPlanFor, planForUse, registerPlanUsers, type StoredPlan } from '../plans/plans';
import { findSubscription, nextTime, subscriptionOf, type ServiceSubscriptionFixture } from './application-store';
import { userError } from '../mock-errors';
import type { State } from './state';

export const applicationError = (code: ApplicationErrorCode, message: string, field: string[] | null) => userError('ApplicationUserError', code, message, field);
/** Every ApplicationErrorCode, for `codeIn` (another module's refusal passed on as the application's). */
export const APPLICATION_ERROR_CODES = {
  BLANK: 'BLANK',
  CUSTOM_KEYS_NOT_ALLOWED: 'CUSTOM_KEYS_NOT_ALLOWED',
  HAS_APPLICATIONS: 'HAS_APPLICATIONS',
  INVALID: 'INVALID',
  INVALID_STATE: 'INVALID_STATE',
  KEY_LIMIT_REACHED: 'KEY_LIMIT_REACHED',
  LAST_KEY: 'LAST_KEY',
  NOT_FOUND: 'NOT_FOUND',
  NOT_SUBSCRIBED: 'NOT_SUBSCRIBED',
  NO_DEFAULT_PLAN: 'NO_DEFAULT_PLAN',
  TAKEN: 'TAKEN',
  TOO_LONG: 'TOO_LONG',
  WRONG_PLAN: 'WRONG_PLAN',
} as const satisfies { readonly [K in ApplicationErrorCode]: K };
export type ApplicationError = ReturnType<typeof applicationError>;
/** Outcome of a write: what the payload shows, or why nothing changed. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; userErrors: ApplicationError[] };
export const notFound = (what: string, field: string[]) => applicationError('NOT_FOUND', `No such ${what}.`, field);

/**
 * Service subscriptions (server/src/modules/applications/subscription.service.ts): an account's
 * subscription to a product on one of its service plans, one per account and product — PENDING when
 * the plan requires approval, else LIVE; accepted, suspended, resumed, moved to another service plan,
 * and deleted only while the account has no application of the product. The server's codes, messages,
 * audit entries and notifications (SERVICE_SUBSCRIPTION_CREATED, _PLAN_CHANGED, _CANCELLED).
 */

// Service and application plans with subscriptions or applications on them cannot be deleted.
registerPlanUsers({
  count(state, plan) {
    if (plan.kind === 'ACCOUNT') return { count: 0, what: 'subscriptions' };
    const store = state as typeof state & Partial<State>;
    if (!store.applications || !store.serviceSubscriptions) throw new Error('Mock data: plans are deleted in a store that has no applications.');
    const rows: { tenantId: string; planId: string }[] = plan.kind === 'SERVICE' ? store.serviceSubscriptions : store.applications;
    const n = rows.filter((r) => r.tenantId === plan.tenantId && r.planId === plan.id).length;
    const what = plan.kind === 'SERVICE' ? (n === 1 ? 'subscription' : 'subscriptions') : n === 1 ? 'application' : 'applications';
    return { count: n, what };
  },
});

// ── reads ──────────────────────────────────────────────────────────────────────────────────────

const nodeFilter = (id: string | null | undefined, typeName: string) => {
  if (id == null) return undefined;
  const parsed = fromGlobalId(id);
  return parsed?.typeName === typeName ? parsed.rowId : null;
};
const matchesNode = (rowId: string | null | undefined, globalId: string, typeName: string) =>
  rowId === undefined || (rowId !== null && rowIdOf(globalId, typeName) === rowId);

/** Whether a subscription passes the filter (account, product, plan: an ID of another type names nothing; states). */
export function subscriptionMatcher(filter: ServiceSubscriptionFilter | null | undefined): (s: ServiceSubscriptionFixture) => boolean {
  const account = nodeFilter(filter?.account, 'Account');
  const service = nodeFilter(filter?.service, 'Service');
  const plan = nodeFilter(filter?.plan, 'Plan');
  const states = filter?.states?.length ? filter.states : null;
  return (s) =>
    matchesNode(account, s.accountId, 'Account') &&
    matchesNode(service, s.serviceId, 'Service') &&
    matchesNode(plan, s.planId, 'Plan') &&
    (!states || states.includes(s.state));
}

function subscriptionOrder(orderBy: ServiceSubscriptionOrder | null | undefined): KeysetOrder<ServiceSubscriptionFixture> {
  const { field, direction } = orderBy ?? { field: 'CREATED_AT', direction: 'DESC' };
  return field === 'STATE'
    ? { key: field, kind: 'text', value: (s) => s.state, direction }
    : { key: field, kind: 'timestamp', value: (s) => s.createdAt, direction };
}

/** `serviceSubscriptions`, `Account.serviceSubscriptions`: newest first unless ordered otherwise. */
export function listSubscriptions(
  state: State,
  tenantId: string,
  filter: ServiceSubscriptionFilter | null | undefined,
  orderBy: ServiceSubscriptionOrder | null | undefined,
  accountId?: string,
) {
  const matches = subscriptionMatcher(filter);
  const items = state.serviceSubscriptions.filter((s) => s.tenantId === tenantId && (!accountId || s.accountId === accountId) && matches(s));
  return { items, order: subscriptionOrder(orderBy) };
}

export const subscriptionActions = (s: ServiceSubscriptionFixture) => actionsFrom(SUBSCRIPTION_ACTIONS, s.state) as ServiceSubscriptionAction[];

// ── writes ─────────────────────────────────────────────────────────────────────────────────────

const subscriptionTarget = (s: ServiceSubscriptionFixture, account: Pick<AccountFixture, 'orgName'>, service: Pick<ServiceFixture, 'name'>) => ({
  type: 'ServiceSubscription',
  id: s.id,
  name: `${account.orgName} → ${service.name}`,
});
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Subscribes an account to a service on a service plan (the service's default when `planId` is
 * undefined). PENDING when the plan requires approval, else LIVE; TAKEN when subscribed already.
 */
export function subscribe(
  state: State,
  actor: MockActor,
  account: AccountFixture,
  service: ServiceFixture,
  planId: string | null | undefined,
  now: Date,
  path: string[] = ['input', 'planId'],
): Outcome<{ subscription: ServiceSubscriptionFixture; plan: StoredPlan }> {
  const plan = planId === undefined ? defaultPlanFor(state, actor.tenantId, 'SERVICE', service.id) : planForUse(state, actor.tenantId, planId, 'SERVICE', service.id);
  if (!plan) {
    return {
      ok: false,
      userErrors: [
        planId === undefined
          ? applicationError('NO_DEFAULT_PLAN', `The product "${service.name}" has no default service plan; choose one.`, path)
          : applicationError('WRONG_PLAN', `No such service plan of the product "${service.name}".`, path),
      ],
    };
  }
  if (subscriptionOf(state, account.id, service.id)) {
    return { ok: false, userErrors: [applicationError('TAKEN', `"${account.orgName}" is already subscribed to "${service.name}".`, ['input', 'serviceId'])] };
  }
  const at = nextTime(state.serviceSubscriptions, now).toISOString();
  const subscription: ServiceSubscriptionFixture = {
    __typename: 'ServiceSubscription',
    id: toGlobalId('ServiceSubscription', crypto.randomUUID()),
    tenantId: actor.tenantId,
    accountId: account.id,
    serviceId: service.id,
    planId: plan.id,
    state: plan.approvalRequired ? 'PENDING' : 'LIVE',
    createdAt: at,
    updatedAt: at,
  };
  state.serviceSubscriptions.push(subscription);
  emit(
    state,
    actor,
    {
      type: 'service_subscription',
      action: 'created',
      target: subscriptionTarget(subscription, account, service),
      summary: `Subscribed "${account.orgName}" to "${service.name}" on the service plan "${plan.name}".`,
      notify: { type: 'SERVICE_SUBSCRIPTION_CREATED', serviceId: service.id, summary: `"${account.orgName}" subscribed to "${service.name}" (${plan.name}).` },
    },
    now,
  );
  return { ok: true, subscription, plan };
}

/** `createServiceSubscription`: an unknown account and product are both reported; then `subscribe`. */
export function createSubscription(
  state: State,
  actor: MockActor,
  input: { accountId: string; serviceId: string; planId?: string },
  now: Date,
): Outcome<{ subscription: ServiceSubscriptionFixture }> {
  const account = findAccount(state, actor.tenantId, input.accountId);
  const service = findService(state, actor.tenantId, input.serviceId);
  const errors: ApplicationError[] = [...(account ? [] : [notFound('account', ['input', 'accountId'])]), ...(service ? [] : [notFound('product', ['input', 'serviceId'])])];
  if (errors.length || !account || !service) return { ok: false, userErrors: errors };
  return subscribe(state, actor, account, service, input.planId, now);
}

function namesOf(state: State, s: ServiceSubscriptionFixture) {
  const account = state.accounts.find((a) => a.id === s.accountId);
  const service = state.services.find((x) => x.id === s.serviceId);
  if (!account || !service) throw new Error(`Mock data: subscription ${s.id} without its account or service`);
  return { account, service };
}

/** `acceptServiceSubscription`, `suspendServiceSubscription`, `resumeServiceSubscription`. */
export function changeSubscriptionState(state: State, actor: MockActor, id: string, action: SubscriptionAction, now: Date): Outcome<{ subscription: ServiceSubscriptionFixture }> {
  const current = findSubscription(state, actor.tenantId, id);
  if (!current) return { ok: false, userErrors: [notFound('service subscription', ['input', 'id'])] };
  const next = transition<ServiceSubscriptionState>(SUBSCRIPTION_ACTIONS, current.state, action);
  if (!next) return { ok: false, userErrors: [applicationError('INVALID_STATE', transitionRefusal('subscription', SUBSCRIPTION_ACTIONS, current.state, action), ['input', 'id'])] };
  const before = current.state;
  Object.assign(current, { state: next, updatedAt: now.toISOString() });
  const { account, service } = namesOf(state, current);
  const { verb } = SUBSCRIPTION_ACTIONS[action];
  emit(
    state,
    actor,
    {
      type: 'service_subscription',
      action: verb,
      target: subscriptionTarget(current, account, service),
      summary: `${cap(verb)} the subscription of "${account.orgName}" to "${service.name}".`,
      changes: [{ field: 'state', from: before, to: next }],
    },
    now,
  );
  return { ok: true, subscription: current };
}

/** `changeServiceSubscriptionPlan`: to another service plan of its product; the same plan changes nothing. */
export function changeSubscriptionPlan(state: State, actor: MockActor, id: string, planId: string | null | undefined, now: Date): Outcome<{ subscription: ServiceSubscriptionFixture }> {
  const current = findSubscription(state, actor.tenantId, id);
  if (!current) return { ok: false, userErrors: [notFound('service subscription', ['input', 'id'])] };
  const plan = planForUse(state, actor.tenantId, planId, 'SERVICE', current.serviceId);
  if (!plan) return { ok: false, userErrors: [applicationError('WRONG_PLAN', "No such service plan of the subscription's product.", ['input', 'planId'])] };
  if (plan.id === current.planId) return { ok: true, subscription: current };
  const before = state.plans.find((p) => p.id === current.planId);
  const { account, service } = namesOf(state, current);
  Object.assign(current, { planId: plan.id, updatedAt: now.toISOString() });
  emit(
    state,
    actor,
    {
      type: 'service_subscription',
      action: 'plan_changed',
      target: subscriptionTarget(current, account, service),
      summary: `Moved the subscription of "${account.orgName}" to "${service.name}" from the service plan "${before?.name}" to "${plan.name}".`,
      changes: [{ field: 'plan', from: before?.name ?? null, to: plan.name }],
      notify: { type: 'SERVICE_SUBSCRIPTION_PLAN_CHANGED', serviceId: service.id, summary: `"${account.orgName}" moved from "${before?.name}" to "${plan.name}" on "${service.name}".` },
    },
    now,
  );
  return { ok: true, subscription: current };
}

/** `deleteServiceSubscription`: refused while the account has applications of the product (HAS_APPLICATIONS). */
export function deleteSubscription(state: State, actor: MockActor, id: string, now: Date): Outcome<{ subscription: ServiceSubscriptionFixture }> {
  const subscription = findSubscription(state, actor.tenantId, id);
  if (!subscription) return { ok: false, userErrors: [notFound('service subscription', ['input', 'id'])] };
  const apps = state.applications.filter((a) => a.accountId === subscription.accountId && a.serviceId === subscription.serviceId).length;
  if (apps > 0) {
    return {
      ok: false,
      userErrors: [applicationError('HAS_APPLICATIONS', `The account has ${apps} application${apps === 1 ? '' : 's'} of this product: delete them first.`, ['input', 'id'])],
    };
  }
  const { account, service } = namesOf(state, subscription);
  state.serviceSubscriptions = state.serviceSubscriptions.filter((s) => s !== subscription);
  emit(
    state,
    actor,
    {
      type: 'service_subscription',
      action: 'deleted',
      target: subscriptionTarget(subscription, account, service),
      summary: `Unsubscribed "${account.orgName}" from "${service.name}".`,
      notify: { type: 'SERVICE_SUBSCRIPTION_CANCELLED', serviceId: service.id, summary: `"${account.orgName}" unsubscribed from "${service.name}".` },
    },
    now,
  );
  return { ok: true, subscription };
}
