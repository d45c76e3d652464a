import {
  actionsFrom,
  APPLICATION_ACTIONS,
  keyProblem,
  MAX_APP_KEYS,
  MAX_APPLICATION_DESCRIPTION_LENGTH,
  MAX_APPLICATION_NAME_LENGTH,
  MAX_REDIRECT_URL_LENGTH,
  redirectUrlProblem,
  transition,
  transitionRefusal,
  trialEnd,
  type ApplicationAction,
} from '@gatehouse/schema/applications';
import type { ServiceFixture } from '../../testing/factories';
import type { ApplicationFilter, ApplicationOrder, ApplicationState } from '../../gql/schema-types';
import { findAccount, type AccountFixture, type AccountsState } from '../accounts/account-store';
import { allOrNothing } from '../all-or-nothing';
import { findService, type CatalogState } from '../catalog/catalog';
import type { KeysetOrder } from '../connection';
import { changesOf, emit, type MockActor } from '../events/events';
import { fromGlobalId, rowIdOf, toGlobalId } from '../global-id';
import { assertListingFilter } from '../listing-filter';
import { codeIn } from '../mock-errors';
import { customPlanOwner, removePlans, type StoredPlan } from '../plans/plan-store';
import { copyPlan, defaultPlanFor, deletePlan, planForUse, type PlansState } from '../plans/plans';
import {
  applicationObject,
  findApplication,
  findApplicationKey,
  keyObject,
  keysOf,
  masked,
  nextTime,
  removeApplications,
  subscriptionOf,
  type ApplicationFixture,
  type ApplicationKeyFixture,
  type ApplicationsState,
} from './application-store';
import { APPLICATION_ERROR_CODES, applicationError, notFound, subscribe, type ApplicationError, type Outcome } from './subscriptions';

export type { ApplicationFixture, ApplicationKeyFixture, ApplicationsState } from './application-store';

/**
 * Applications (server/src/modules/applications/application.service.ts): an account's access to a
 * product on an application plan, with its credentials — created (subscribing the account to the
 * product first when it is not), changed, moved along their states and between plans, given a custom
 * plan and back, deleted or, pending, rejected; their user key, app keys and client secret. The rules
 * of keys, URLs, states and trials are the shared ones (@gatehouse/schema/applications); the server's
 * validation order, codes, messages and fields; its audit entries (never a key), notifications and
 * webhooks (never an app key or the client secret). A refused multi-step write leaves nothing.
 */
export type { State } from './state';
import type { State } from './state';

export { applicationError, notFound, type ApplicationError, type Outcome } from './subscriptions';
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const applicationTarget = (app: ApplicationFixture) => ({ type: 'Application', id: app.id, name: app.name });

/** `bytes` random bytes as lowercase hex (the browser's and Node's Web Crypto alike). */
function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
/** A fresh random credential: 32 hex characters (user keys, app keys, client secrets). */
export const generateKey = () => randomHex(16);
/** A fresh application ID: 16 hex characters. */
export const generateAppId = () => randomHex(8);

// ── reads ──────────────────────────────────────────────────────────────────────────────────────

/** Its plan costs something: a setup fee, a monthly cost or pricing rules (porta's `paid?`). */
export function isPaidPlan(state: PlansState, planId: string): boolean {
  const plan = state.plans.find((p) => p.id === planId);
  if (!plan) return false;
  return Number(plan.setupFee) > 0 || Number(plan.costPerMonth) > 0 || state.pricingRules.some((r) => r.planId === plan.id);
}

/** An ID of one of these types, or of none at all, names nothing (the server's `filter.node`): undefined when not given. */
function nodeFilter(id: string | null | undefined, typeName: string): string | null | undefined {
  if (id == null) return undefined;
  const parsed = fromGlobalId(id);
  return parsed?.typeName === typeName ? parsed.rowId : null;
}
const matchesNode = (rowId: string | null | undefined, globalId: string, typeName: string) =>
  rowId === undefined || (rowId !== null && rowIdOf(globalId, typeName) === rowId);

/** Whether an application passes the filter, as the server's `applicationListing` narrows it. */
export function applicationMatcher(state: PlansState, filter: ApplicationFilter | null | undefined): (app: ApplicationFixture) => boolean {
  assertListingFilter(filter);
  const search = filter?.search?.trim();
  const lowered = search?.toLowerCase();
  const account = nodeFilter(filter?.account, 'Account');
  const service = nodeFilter(filter?.service, 'Service');
  const plan = nodeFilter(filter?.plan, 'Plan');
  const states = filter?.states?.length ? filter.states : null;
  const from = filter?.createdFrom != null ? Date.parse(filter.createdFrom) : null;
  const to = filter?.createdTo != null ? Date.parse(filter.createdTo) : null;
  const paid = filter?.paid ?? null;
  return (a) =>
    // The name in any case, or exactly a user key, app ID or client ID; never an app key or secret (003 ch.13).
    (!search || a.name.toLowerCase().includes(lowered!) || a.userKey === search || a.appId === search) &&
    matchesNode(account, a.accountId, 'Account') &&
    matchesNode(service, a.serviceId, 'Service') &&
    matchesNode(plan, a.planId, 'Plan') &&
    (!states || states.includes(a.state)) &&
    (paid === null || isPaidPlan(state, a.planId) === paid) &&
    (from === null || Date.parse(a.createdAt) >= from) &&
    (to === null || Date.parse(a.createdAt) < to);
}

export function applicationOrder(orderBy: ApplicationOrder | null | undefined): KeysetOrder<ApplicationFixture> {
  const { field, direction } = orderBy ?? { field: 'CREATED_AT', direction: 'DESC' };
  if (field === 'NAME') return { key: field, kind: 'text', value: (a) => a.name, direction };
  if (field === 'STATE') return { key: field, kind: 'text', value: (a) => a.state, direction };
  return { key: field, kind: 'timestamp', value: (a) => a.createdAt, direction };
}

/**
 * `applications`, `Account.applications`: the tenant's (or the account's) applications matching the
 * filter — the name (any case) or exactly a credential, the account, product and plan (an ID of
 * another type names nothing), states, paid or free, created from (inclusive) and to (exclusive) —
 * newest first unless ordered otherwise.
 */
export function listApplications(state: State, tenantId: string, filter: ApplicationFilter | null | undefined, orderBy: ApplicationOrder | null | undefined, accountId?: string) {
  const matches = applicationMatcher(state, filter);
  const items = state.applications.filter((a) => a.tenantId === tenantId && (!accountId || a.accountId === accountId) && matches(a));
  return { items, order: applicationOrder(orderBy) };
}

export const applicationActions = (app: ApplicationFixture) => actionsFrom(APPLICATION_ACTIONS, app.state) as ApplicationAction[];

// An account is found by an application's user key, app ID or client ID (003 §10.1): exact values (registered in cascades.ts).
export const accountHasCredential = (state: ApplicationsState, account: AccountFixture, text: string) =>
  state.applications.some((a) => a.accountId === account.id && (a.userKey === text || a.appId === text));

// ── creating ───────────────────────────────────────────────────────────────────────────────────

interface Details {
  name?: string | null;
  description?: string | null;
  redirectUrl?: string | null;
}

function checkDetails(input: Details, errors: ApplicationError[]): Partial<Pick<ApplicationFixture, 'name' | 'description' | 'redirectUrl'>> {
  const values: Partial<Pick<ApplicationFixture, 'name' | 'description' | 'redirectUrl'>> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) errors.push(applicationError('BLANK', 'Give the application a name.', ['input', 'name']));
    else if (name.length > MAX_APPLICATION_NAME_LENGTH) errors.push(applicationError('TOO_LONG', `Use at most ${MAX_APPLICATION_NAME_LENGTH} characters.`, ['input', 'name']));
    values.name = name;
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > MAX_APPLICATION_DESCRIPTION_LENGTH) {
      errors.push(applicationError('TOO_LONG', `Use at most ${MAX_APPLICATION_DESCRIPTION_LENGTH} characters.`, ['input', 'description']));
    }
    values.description = description || null;
  }
  if (input.redirectUrl != null) {
    const url = input.redirectUrl.trim();
    const problem = url ? redirectUrlProblem(url) : null;
    if (problem) errors.push(applicationError(url.length > MAX_REDIRECT_URL_LENGTH ? 'TOO_LONG' : 'INVALID', problem, ['input', 'redirectUrl']));
    values.redirectUrl = url || null;
  }
  return values;
}

export interface CreateApplicationData extends Details {
  accountId: string;
  serviceId: string;
  /** The application plan's global ID; undefined for the product's default. */
  planId?: string;
  name: string;
  /** A custom user key, when the product allows custom keys. */
  userKey?: string | null;
}

/**
 * `createApplication`: on an application plan of the product (its default unless given), subscribing
 * the account to the product on its default service plan first if it is not yet. PENDING when the plan
 * requires approval, else LIVE; its trial ends after the plan's trial days. A user key (custom when the
 * product allows it), an app ID, a client secret and one app key. All or nothing.
 */
export function createApplication(state: State, actor: MockActor, input: CreateApplicationData, now: Date, options: { developerAction?: boolean } = {}): Outcome<{ application: ApplicationFixture }> {
  return allOrNothing(state, (): Outcome<{ application: ApplicationFixture }> => {
    const account = findAccount(state, actor.tenantId, input.accountId);
    const service = findService(state, actor.tenantId, input.serviceId);
    const errors: ApplicationError[] = [...(account ? [] : [notFound('account', ['input', 'accountId'])]), ...(service ? [] : [notFound('product', ['input', 'serviceId'])])];
    const details = checkDetails(input, errors);
    const customKey = input.userKey?.trim() || null;
    if (customKey && service) {
      if (!service.customKeysAllowed) errors.push(applicationError('CUSTOM_KEYS_NOT_ALLOWED', `"${service.name}" does not allow custom keys.`, ['input', 'userKey']));
      else if (keyProblem(customKey)) errors.push(applicationError('INVALID', keyProblem(customKey)!, ['input', 'userKey']));
    }
    if (errors.length || !account || !service) return { ok: false, userErrors: errors };
    const plan = input.planId === undefined ? defaultPlanFor(state, actor.tenantId, 'APPLICATION', service.id) : planForUse(state, actor.tenantId, input.planId, 'APPLICATION', service.id);
    if (!plan) {
      return {
        ok: false,
        userErrors: [
          input.planId === undefined
            ? applicationError('NO_DEFAULT_PLAN', `The product "${service.name}" has no default application plan; choose one.`, ['input', 'planId'])
            : applicationError('WRONG_PLAN', `No such application plan of the product "${service.name}".`, ['input', 'planId']),
        ],
      };
    }
    if (!subscriptionOf(state, account.id, service.id)) {
      const subscribed = subscribe(state, actor, account, service, undefined, now, ['input', 'serviceId']);
      if (!subscribed.ok) return subscribed;
    }
    return insertApplication(state, actor, account, service, plan, { ...details, name: details.name! }, customKey, options.developerAction === true, now);
  });
}

function insertApplication(
  state: State,
  actor: MockActor,
  account: AccountFixture,
  service: ServiceFixture,
  plan: StoredPlan,
  details: { name: string; description?: string | null; redirectUrl?: string | null },
  customKey: string | null,
  developerAction: boolean,
  now: Date,
): Outcome<{ application: ApplicationFixture }> {
  if (customKey && state.applications.some((a) => a.serviceId === service.id && a.userKey === customKey)) {
    return { ok: false, userErrors: [applicationError('TAKEN', 'Another application of this product has this user key.', ['input', 'userKey'])] };
  }
  const at = nextTime(state.applications, now).toISOString();
  const application: ApplicationFixture = {
    __typename: 'Application',
    id: toGlobalId('Application', crypto.randomUUID()),
    tenantId: actor.tenantId,
    accountId: account.id,
    serviceId: service.id,
    planId: plan.id,
    name: details.name,
    description: details.description ?? null,
    redirectUrl: details.redirectUrl ?? null,
    state: plan.approvalRequired ? 'PENDING' : 'LIVE',
    userKey: customKey ?? generateKey(),
    appId: generateAppId(),
    clientSecret: generateKey(),
    trialEndsAt: trialEnd(now, plan.trialPeriodDays ?? null)?.toISOString() ?? null,
    firstTrafficAt: null,
    lastTrafficAt: null,
    createdAt: at,
    updatedAt: at,
  };
  state.applications.push(application);
  state.applicationKeys.push({ __typename: 'ApplicationKey', id: toGlobalId('ApplicationKey', crypto.randomUUID()), tenantId: actor.tenantId, applicationId: application.id, value: generateKey(), createdAt: at });
  emit(
    state,
    actor,
    {
      type: 'application',
      action: 'created',
      target: applicationTarget(application),
      summary: `Created the application "${application.name}" of "${account.orgName}" for "${service.name}" on the plan "${plan.name}".`,
      notify: { type: 'APPLICATION_CREATED', serviceId: service.id, summary: `"${account.orgName}" has a new application "${application.name}" for "${service.name}" (${plan.name}).` },
      webhook: { event: 'APPLICATION_CREATED', developerAction, object: applicationObject(application) },
    },
    now,
  );
  return { ok: true, application };
}

// ── changing ───────────────────────────────────────────────────────────────────────────────────

function save(app: ApplicationFixture, values: Partial<ApplicationFixture>, now: Date): ApplicationFixture {
  return Object.assign(app, values, { updatedAt: now.toISOString() });
}

const accountName = (state: AccountsState, app: ApplicationFixture) => state.accounts.find((a) => a.id === app.accountId)?.orgName;

/** `updateApplication`: its name, description (empty clears it) and redirect URL (empty clears it). Nothing changed, nothing recorded. */
export function updateApplication(state: State, actor: MockActor, id: string, input: Details, now: Date): Outcome<{ application: ApplicationFixture }> {
  const current = findApplication(state, actor.tenantId, id);
  if (!current) return { ok: false, userErrors: [notFound('application', ['input', 'id'])] };
  const errors: ApplicationError[] = [];
  const values = checkDetails(input, errors);
  if (errors.length) return { ok: false, userErrors: errors };
  const changes = changesOf(current, { ...current, ...values }, ['name', 'description', 'redirectUrl']);
  if (!changes.length) return { ok: true, application: current };
  const application = save(current, values, now);
  emit(
    state,
    actor,
    {
      type: 'application',
      action: 'updated',
      target: applicationTarget(application),
      summary: `Changed the application "${application.name}".`,
      changes,
      webhook: { event: 'APPLICATION_UPDATED', developerAction: false, object: applicationObject(application) },
    },
    now,
  );
  return { ok: true, application };
}

/** `acceptApplication`, `suspendApplication`, `resumeApplication`: a step its state allows, else INVALID_STATE naming the state. */
export function changeApplicationState(state: State, actor: MockActor, id: string, action: ApplicationAction, now: Date): Outcome<{ application: ApplicationFixture }> {
  const current = findApplication(state, actor.tenantId, id);
  if (!current) return { ok: false, userErrors: [notFound('application', ['input', 'id'])] };
  const next = transition<ApplicationState>(APPLICATION_ACTIONS, current.state, action);
  if (!next) return { ok: false, userErrors: [applicationError('INVALID_STATE', transitionRefusal('application', APPLICATION_ACTIONS, current.state, action), ['input', 'id'])] };
  const before = current.state;
  const application = save(current, { state: next }, now);
  const { verb } = APPLICATION_ACTIONS[action];
  emit(
    state,
    actor,
    {
      type: 'application',
      action: verb,
      target: applicationTarget(application),
      summary: `${cap(verb)} the application "${application.name}".`,
      changes: [{ field: 'state', from: before, to: next }],
      webhook: { event: action === 'SUSPEND' ? 'APPLICATION_SUSPENDED' : 'APPLICATION_UPDATED', developerAction: false, object: applicationObject(application) },
    },
    now,
  );
  return { ok: true, application };
}

/** Deletes an application's custom plan with what belongs to it, and records it (`plan.deleted`), as leaving the plan does. */
function dropCustomPlan(state: State, actor: MockActor, plan: StoredPlan, now: Date): void {
  const removed = deletePlan(state, actor, plan.id, now);
  if (!removed.ok) throw new Error(`deleting the custom plan failed: ${removed.userErrors.map((e) => e.message).join('; ')}`);
}

/**
 * `changeApplicationPlan`: to another application plan of its product (not another application's
 * custom plan); the same plan changes nothing. Leaving its custom plan deletes it. The team hears of it
 * (APPLICATION_PLAN_CHANGED).
 */
export function changeApplicationPlan(state: State, actor: MockActor, id: string, planId: string | null | undefined, now: Date): Outcome<{ application: ApplicationFixture }> {
  const current = findApplication(state, actor.tenantId, id);
  if (!current) return { ok: false, userErrors: [notFound('application', ['input', 'id'])] };
  const plan = planForUse(state, actor.tenantId, planId, 'APPLICATION', current.serviceId);
  if (!plan) return { ok: false, userErrors: [applicationError('WRONG_PLAN', "No such application plan of the application's product.", ['input', 'planId'])] };
  if (plan.id === current.planId) return { ok: true, application: current };
  const before = state.plans.find((p) => p.id === current.planId);
  const application = save(current, { planId: plan.id }, now);
  // Its custom plan was its alone: leaving it deletes it.
  if (before && customPlanOwner(before) === current.id) dropCustomPlan(state, actor, before, now);
  const orgName = accountName(state, application);
  emit(
    state,
    actor,
    {
      type: 'application',
      action: 'plan_changed',
      target: applicationTarget(application),
      summary: `Moved the application "${application.name}" from the plan "${before?.name}" to "${plan.name}".`,
      changes: [{ field: 'plan', from: before?.name ?? null, to: plan.name }],
      notify: {
        type: 'APPLICATION_PLAN_CHANGED',
        serviceId: application.serviceId,
        summary: `The application "${application.name}" of "${orgName}" moved from "${before?.name}" to "${plan.name}".`,
      },
      webhook: { event: 'APPLICATION_PLAN_CHANGED', developerAction: false, object: applicationObject(application) },
    },
    now,
  );
  return { ok: true, application };
}

/**
 * `customizeApplicationPlan` (003 ch.11): a copy of its plan with the plan's limits, pricing and
 * features, "<plan> (custom)", bound to it alone (`plan.copied`, then `application.plan_customized`).
 * INVALID_STATE when it is on its custom plan already. All or nothing.
 */
export function customizeApplicationPlan(state: State, actor: MockActor, id: string, now: Date): Outcome<{ application: ApplicationFixture }> {
  return allOrNothing(state, (): Outcome<{ application: ApplicationFixture }> => {
    const current = findApplication(state, actor.tenantId, id);
    if (!current) return { ok: false, userErrors: [notFound('application', ['input', 'id'])] };
    const plan = state.plans.find((p) => p.id === current.planId);
    if (plan && customPlanOwner(plan) === current.id) {
      return { ok: false, userErrors: [applicationError('INVALID_STATE', `The application is on its custom plan "${plan.name}" already.`, ['input', 'id'])] };
    }
    const copied = copyPlan(state, actor, current.planId, null, now, { customForApplicationId: current.id });
    if (!copied.ok) return { ok: false, userErrors: copied.userErrors.map((e) => applicationError(codeIn(APPLICATION_ERROR_CODES, e.code, 'INVALID_STATE'), e.message, ['input', 'id'])) };
    const application = save(current, { planId: copied.plan.id }, now);
    emit(
      state,
      actor,
      {
        type: 'application',
        action: 'plan_customized',
        target: applicationTarget(application),
        summary: `Gave the application "${application.name}" the custom plan "${copied.plan.name}".`,
        changes: [{ field: 'plan', from: plan?.name ?? null, to: copied.plan.name }],
      },
      now,
    );
    return { ok: true, application };
  });
}

/**
 * `decustomizeApplicationPlan`: from its custom plan back to a standard plan of its product — the
 * given one, or the one the custom plan was copied from — deleting the custom plan. All or nothing.
 */
export function decustomizeApplicationPlan(state: State, actor: MockActor, id: string, planId: string | undefined, now: Date): Outcome<{ application: ApplicationFixture }> {
  return allOrNothing(state, (): Outcome<{ application: ApplicationFixture }> => {
    const current = findApplication(state, actor.tenantId, id);
    if (!current) return { ok: false, userErrors: [notFound('application', ['input', 'id'])] };
    const custom = state.plans.find((p) => p.id === current.planId);
    if (!custom || customPlanOwner(custom) !== current.id) {
      return { ok: false, userErrors: [applicationError('INVALID_STATE', 'The application is on a standard plan, not a custom one.', ['input', 'id'])] };
    }
    const targetId = planId === undefined ? custom.customizedFromPlanId : planId;
    const target = planForUse(state, actor.tenantId, targetId, 'APPLICATION', current.serviceId);
    if (!target) {
      const message = planId === undefined ? 'The plan it was copied from is gone: choose a plan.' : "No such application plan of the application's product.";
      return { ok: false, userErrors: [applicationError('WRONG_PLAN', message, ['input', 'planId'])] };
    }
    const application = save(current, { planId: target.id }, now);
    dropCustomPlan(state, actor, custom, now);
    emit(
      state,
      actor,
      {
        type: 'application',
        action: 'plan_decustomized',
        target: applicationTarget(application),
        summary: `Moved the application "${application.name}" from its custom plan back to "${target.name}".`,
        changes: [{ field: 'plan', from: custom.name, to: target.name }],
      },
      now,
    );
    return { ok: true, application };
  });
}

/**
 * Removes applications with their keys, plan change requests and custom plans (the server's cascades,
 * recorded by nobody): for a deleted application, account or product.
 */
export function dropApplications(state: State, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  const customPlans = new Set(state.plans.filter((p) => ids.has(customPlanOwner(p) ?? '')).map((p) => p.id));
  removeApplications(state, ids);
  removePlans(state, customPlans);
}

/**
 * `deleteApplication`, and `rejectApplication` of a pending one (003 §9.3): the application with its
 * keys and custom plan; the team hears of it (APPLICATION_CANCELLED).
 */
export function deleteApplication(state: State, actor: MockActor, id: string, now: Date, rejected = false): Outcome<{ application: ApplicationFixture }> {
  const application = findApplication(state, actor.tenantId, id);
  if (!application) return { ok: false, userErrors: [notFound('application', ['input', 'id'])] };
  if (rejected && application.state !== 'PENDING') {
    return { ok: false, userErrors: [applicationError('INVALID_STATE', `The application is ${application.state.toLowerCase()}; only a pending one can be rejected.`, ['input', 'id'])] };
  }
  dropApplications(state, new Set([application.id]));
  const orgName = accountName(state, application);
  emit(
    state,
    actor,
    {
      type: 'application',
      action: rejected ? 'rejected' : 'deleted',
      target: applicationTarget(application),
      summary: `${rejected ? 'Rejected (and deleted)' : 'Deleted'} the application "${application.name}" of "${orgName}".`,
      notify: { type: 'APPLICATION_CANCELLED', serviceId: application.serviceId, summary: `The application "${application.name}" of "${orgName}" was ${rejected ? 'rejected' : 'deleted'}.` },
      webhook: { event: 'APPLICATION_DELETED', developerAction: false, object: applicationObject(application) },
    },
    now,
  );
  return { ok: true, application };
}

// ── credentials ────────────────────────────────────────────────────────────────────────────────

const serviceOfApplication = (state: CatalogState, app: ApplicationFixture) => state.services.find((s) => s.id === app.serviceId);

/**
 * `regenerateUserKey` (`value` null) and `setUserKey` (a custom key, when the product allows custom
 * keys). The audit log records that it changed, never the key.
 */
export function setUserKey(state: State, actor: MockActor, id: string, value: string | null, now: Date): Outcome<{ application: ApplicationFixture }> {
  const current = findApplication(state, actor.tenantId, id);
  if (!current) return { ok: false, userErrors: [notFound('application', ['input', 'id'])] };
  const custom = value?.trim() ?? null;
  if (custom !== null) {
    const service = serviceOfApplication(state, current);
    if (!service?.customKeysAllowed) return { ok: false, userErrors: [applicationError('CUSTOM_KEYS_NOT_ALLOWED', `"${service?.name}" does not allow custom keys.`, ['input', 'userKey'])] };
    const problem = keyProblem(custom);
    if (problem) return { ok: false, userErrors: [applicationError('INVALID', problem, ['input', 'userKey'])] };
    if (custom === current.userKey) return { ok: true, application: current };
    if (state.applications.some((a) => a.serviceId === current.serviceId && a.userKey === custom)) {
      return { ok: false, userErrors: [applicationError('TAKEN', 'Another application of this product has this user key.', ['input', 'userKey'])] };
    }
  }
  const application = save(current, { userKey: custom ?? generateKey() }, now);
  emit(
    state,
    actor,
    {
      type: 'application',
      action: 'user_key_changed',
      target: applicationTarget(application),
      summary: `${custom ? 'Set a custom' : 'Regenerated the'} user key of the application "${application.name}".`,
      webhook: { event: 'APPLICATION_USER_KEY_CHANGED', developerAction: false, object: applicationObject(application) },
    },
    now,
  );
  return { ok: true, application };
}

/** `createApplicationKey`: a generated key, or `value` when the product allows custom keys; at most MAX_APP_KEYS. */
export function createApplicationKey(state: State, actor: MockActor, id: string, value: string | null, now: Date): Outcome<{ application: ApplicationFixture; key: ApplicationKeyFixture }> {
  const application = findApplication(state, actor.tenantId, id);
  if (!application) return { ok: false, userErrors: [notFound('application', ['input', 'applicationId'])] };
  const custom = value?.trim() ?? null;
  if (custom !== null) {
    const service = serviceOfApplication(state, application);
    if (!service?.customKeysAllowed) return { ok: false, userErrors: [applicationError('CUSTOM_KEYS_NOT_ALLOWED', `"${service?.name}" does not allow custom keys.`, ['input', 'value'])] };
    const problem = keyProblem(custom);
    if (problem) return { ok: false, userErrors: [applicationError('INVALID', problem, ['input', 'value'])] };
  }
  const keys = keysOf(state, application.id);
  if (keys.length >= MAX_APP_KEYS) {
    return { ok: false, userErrors: [applicationError('KEY_LIMIT_REACHED', `An application has at most ${MAX_APP_KEYS} app keys; delete one first.`, ['input', 'applicationId'])] };
  }
  const keyValue = custom ?? generateKey();
  if (keys.some((k) => k.value === keyValue)) return { ok: false, userErrors: [applicationError('TAKEN', 'The application already has this key.', ['input', 'value'])] };
  const key: ApplicationKeyFixture = {
    __typename: 'ApplicationKey',
    id: toGlobalId('ApplicationKey', crypto.randomUUID()),
    tenantId: actor.tenantId,
    applicationId: application.id,
    value: keyValue,
    createdAt: nextTime(state.applicationKeys, now).toISOString(),
  };
  state.applicationKeys.push(key);
  emit(
    state,
    actor,
    {
      type: 'application_key',
      action: 'created',
      target: applicationTarget(application),
      summary: `Added an app key (${masked(key.value)}) to the application "${application.name}".`,
      webhook: { event: 'KEY_CREATED', developerAction: false, object: keyObject(application, key) },
    },
    now,
  );
  return { ok: true, application, key };
}

/** `deleteApplicationKey`: an APP_ID_APP_KEY product's application keeps its last key (LAST_KEY). */
export function deleteApplicationKey(state: State, actor: MockActor, keyId: string, now: Date): Outcome<{ application: ApplicationFixture; key: ApplicationKeyFixture }> {
  const key = findApplicationKey(state, actor.tenantId, keyId);
  const application = key ? findApplication(state, actor.tenantId, key.applicationId) : undefined;
  if (!key || !application) return { ok: false, userErrors: [notFound('app key', ['input', 'id'])] };
  const service = serviceOfApplication(state, application);
  if (keysOf(state, application.id).length <= 1 && service?.authMode === 'APP_ID_APP_KEY') {
    return { ok: false, userErrors: [applicationError('LAST_KEY', 'This is the application\'s only app key and its product requires one: add another first.', ['input', 'id'])] };
  }
  state.applicationKeys = state.applicationKeys.filter((k) => k !== key);
  emit(
    state,
    actor,
    {
      type: 'application_key',
      action: 'deleted',
      target: applicationTarget(application),
      summary: `Deleted the app key ${masked(key.value)} of the application "${application.name}".`,
      webhook: { event: 'KEY_DELETED', developerAction: false, object: keyObject(application, key) },
    },
    now,
  );
  return { ok: true, application, key };
}

/** `regenerateClientSecret` (OIDC): the old one stops working. */
export function regenerateClientSecret(state: State, actor: MockActor, id: string, now: Date): Outcome<{ application: ApplicationFixture }> {
  const current = findApplication(state, actor.tenantId, id);
  if (!current) return { ok: false, userErrors: [notFound('application', ['input', 'id'])] };
  const application = save(current, { clientSecret: generateKey() }, now);
  emit(
    state,
    actor,
    {
      type: 'application',
      action: 'client_secret_changed',
      target: applicationTarget(application),
      summary: `Regenerated the client secret of the application "${application.name}".`,
      webhook: { event: 'APPLICATION_UPDATED', developerAction: false, object: applicationObject(application) },
    },
    now,
  );
  return { ok: true, application };
}
