import { deriveServiceSystemName, MAX_DESCRIPTION_LENGTH, MAX_SERVICE_NAME_LENGTH, serviceSystemNameProblem, systemNameCandidate } from '@gatehouse/schema/catalog';
import {
  canonicalDecimal,
  COST_PER_UNIT_DECIMALS,
  DEFAULT_TIER_MODE,
  monthlyCost,
  overlappingRule,
  pricingRuleProblem,
  roundCostPerUnit,
  roundMoney,
} from '@gatehouse/schema/pricing';
import {
  createFeature as featureFixture,
  createPlan as planFixture,
  createPricingRule as pricingRuleFixture,
  createUsageLimit as usageLimitFixture,
  type FeatureFixture,
  type MetricFixture,
  type PlanFixture,
  type PricingRuleFixture,
  type ServiceFixture,
  type UsageLimitFixture,
} from '../../testing/factories';
import type {
  CreateAccountPlanInput,
  CreateApplicationPlanInput,
  CreateFeatureInput,
  CreateServicePlanInput,
  MetricUsageInput,
  PlanErrorCode,
  PlanFilter,
  PlanKind,
  PlanOrder,
  PlanState,
  TierMode,
  UpdateFeatureInput,
  UpdatePlanInput,
  UpdatePricingRuleInput,
  UsagePeriod,
} from '../../gql/schema-types';
import { findMetric, findService, metricOf, metricsOfService, type CatalogState } from '../catalog/catalog';
import type { KeysetOrder } from '../connection';
import { changesOf, emit, type AuditState, type MockActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import { assertListingFilter } from '../listing-filter';
import { badUserInput, userError } from '../mock-errors';
import {
  customPlanOwner,
  DEFAULT_ACCOUNT_PLAN,
  DEFAULT_SERVICE_PLANS,
  emptyPlansState,
  featureCreated,
  featureOwner,
  featureSwitched,
  featureTarget,
  limitTarget,
  ownedBy,
  PER,
  planCreated,
  planDeleted,
  planMadeDefault,
  planPhrase,
  planTarget,
  pricingRuleCreated,
  pricingRuleName,
  pricingRuleTarget,
  removePlans,
  usageLimitSet,
  type CustomPlanLink,
  type PlansState,
  type StoredPlan,
} from './plan-store';

export { type PlansState, type StoredPlan } from './plan-store';

/**
 * Plans (server/src/modules/plans/plan.service.ts): a tenant's account plans, each service's service
 * and application plans, their usage limits and pricing rules (application plans), the features
 * plans can include, and what a month costs on a plan — with the server's validation order, codes,
 * messages and fields. Every read and write is scoped to one tenant, as row-level security scopes
 * the server's. Money and prices go through the shared rules (@gatehouse/schema/pricing), as on the
 * server, and are held as its numeric columns return them ("10.00" for fees, "0.0010" for prices).
 */
type State = PlansState & CatalogState & AuditState;

/** Bounds that keep one owner's plans and features manageable (server: MAX_PLANS_PER_OWNER, MAX_FEATURES_PER_OWNER). */
export const MAX_PLANS_PER_OWNER = 200;
export const MAX_FEATURES_PER_OWNER = 200;
/** The largest whole number a limit or range bound may be (exact in JavaScript and in bigint). */
const MAX_UNITS = Number.MAX_SAFE_INTEGER;

const planError = (code: PlanErrorCode, message: string, field: string[]) => userError('PlanUserError', code, message, field);
export type PlanError = ReturnType<typeof planError>;
const notFound = (what: string, field: string[]) => planError('NOT_FOUND', `No such ${what}.`, field);
const ownerOf = (kind: PlanKind) => (kind === 'ACCOUNT' ? 'the tenant' : 'the service');
const OwnerOf = (kind: PlanKind) => (kind === 'ACCOUNT' ? 'The tenant' : 'The service');

/** Outcome of a write: what the payload shows, or why nothing changed. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; userErrors: PlanError[] };

/** A price as its numeric(20, 4) column returns it: exactly 4 decimals ("0.0010", "0.0000"). */
const storedCost = (costPerUnit: string) => roundMoney(costPerUnit, COST_PER_UNIT_DECIMALS);

// ── who else cares about plans ─────────────────────────────────────────────────────────────────

/**
 * Accounts, subscriptions and applications on a plan, and pending requests to move onto it (server:
 * `registerPlanUsers`): a plan anyone is on or asks for cannot be deleted. The accounts domain
 * registers its accounts (accounts/accounts.ts), the applications domain its subscriptions and
 * applications (applications/subscriptions.ts) and its pending plan change requests
 * (applications/plan-changes.ts). `state` is the whole store the deletion runs in.
 */
export interface PlanUsers {
  /** `what` in words for the count ("applications"); `asking`: they ask for the plan rather than being on it. */
  count(state: State, plan: PlanFixture): PlanUserCount;
}
export interface PlanUserCount {
  count: number;
  what: string;
  asking?: boolean;
}
const planUsers: PlanUsers[] = [];
export function registerPlanUsers(users: PlanUsers): void {
  planUsers.push(users);
}

// ── reads ──────────────────────────────────────────────────────────────────────────────────────

const sameRow = (fixtureId: string, globalId: string | null | undefined, typeName: string) => {
  const rowId = globalId ? rowIdOf(globalId, typeName) : null;
  return rowId !== null && rowIdOf(fixtureId, typeName) === rowId;
};

/** The tenant's plan with this global ID; undefined for another tenant's, another type's or a malformed ID. */
export function findPlan(state: PlansState, tenantId: string, id: string | null | undefined): StoredPlan | undefined {
  return state.plans.find((p) => p.tenantId === tenantId && sameRow(p.id, id, 'Plan'));
}

/**
 * One of the tenant's plans of `kind` (of `serviceId`'s, for service and application plans), for a row
 * to move onto (the server's `planForUse`): applications' custom plans are no one else's to choose.
 */
export function planForUse(state: PlansState, tenantId: string, id: string | null | undefined, kind: PlanKind, serviceId: string | null = null): StoredPlan | undefined {
  const plan = findPlan(state, tenantId, id);
  return plan && ownedBy(tenantId, kind, serviceId)(plan) ? plan : undefined;
}

/** The default plan of `kind` (the tenant's, or `serviceId`'s), if there is one (the server's `defaultPlanFor`). */
export function defaultPlanFor(state: PlansState, tenantId: string, kind: PlanKind, serviceId: string | null = null): StoredPlan | undefined {
  return state.plans.find((p) => ownedBy(tenantId, kind, serviceId)(p) && p.isDefault);
}

/** The service a plan or feature belongs to (null for the tenant's account plans), as the audit log names it. */
const ownerService = (state: CatalogState, owned: { serviceId: string | null }): ServiceFixture | null =>
  owned.serviceId ? (state.services.find((s) => s.id === owned.serviceId) ?? null) : null;

/** The plan settings an update may change, as the API names them (server: PLAN_FIELDS). */
const PLAN_FIELDS = ['name', 'description', 'setupFee', 'costPerMonth', 'trialPeriodDays', 'approvalRequired'] as const;

export function planOf(state: PlansState, planId: string): PlanFixture {
  const plan = state.plans.find((p) => p.id === planId);
  if (!plan) throw new Error(`Mock data: no plan ${planId}`);
  return plan;
}

const planInTenant = (state: PlansState, tenantId: string, planId: string) => state.plans.some((p) => p.id === planId && p.tenantId === tenantId);

export function findUsageLimit(state: PlansState, tenantId: string, id: string | null | undefined): UsageLimitFixture | undefined {
  return state.usageLimits.find((l) => sameRow(l.id, id, 'UsageLimit') && planInTenant(state, tenantId, l.planId));
}

export function findPricingRule(state: PlansState, tenantId: string, id: string | null | undefined): PricingRuleFixture | undefined {
  return state.pricingRules.find((r) => sameRow(r.id, id, 'PricingRule') && planInTenant(state, tenantId, r.planId));
}

export function findFeature(state: PlansState, tenantId: string, id: string | null | undefined): FeatureFixture | undefined {
  return state.features.find((f) => f.tenantId === tenantId && sameRow(f.id, id, 'Feature'));
}

function planOrder(orderBy: PlanOrder | null | undefined): KeysetOrder<PlanFixture> {
  const { field, direction } = orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
  return field === 'NAME'
    ? { key: field, kind: 'text', value: (p) => p.name, direction }
    : { key: field, kind: 'timestamp', value: (p) => p.createdAt, direction };
}

/**
 * One owner's plans of one kind matching the filter (name or system name contains the search, any
 * case; one of the states), in the order asked for (by creation, oldest first, by default).
 */
export function listPlans(
  state: PlansState,
  tenantId: string,
  kind: PlanKind,
  serviceId: string | null,
  filter: PlanFilter | null | undefined,
  orderBy: PlanOrder | null | undefined,
) {
  assertListingFilter(filter);
  const search = filter?.search?.trim().toLowerCase();
  const states = filter?.states?.length ? filter.states : null;
  const items = state.plans.filter(
    (p) =>
      ownedBy(tenantId, kind, serviceId)(p) &&
      (!search || p.name.toLowerCase().includes(search) || p.systemName.toLowerCase().includes(search)) &&
      (!states || states.includes(p.state)),
  );
  return { items, order: planOrder(orderBy) };
}

const byCreation = <T extends { createdAt: string }>(rows: T[]) => [...rows].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));

/** A plan's pricing rules of one metric, by range. */
const rulesOf = (state: PlansState, planId: string, metricId: string) =>
  state.pricingRules.filter((r) => r.planId === planId && r.metricId === metricId).sort((a, b) => Number(a.from) - Number(b.from));

const tierModeOf = (state: PlansState, planId: string, metricId: string): TierMode =>
  state.tierModes.find((m) => m.planId === planId && m.metricId === metricId)?.tierMode ?? DEFAULT_TIER_MODE;

/**
 * `Plan.metrics`: every metric and method of an application plan's service (hits first, then by
 * creation) with the plan's limits (by creation), pricing rules (by range) and tier mode; disabled
 * by a limit of 0. Empty for account and service plans.
 */
export function planMetrics(state: State, plan: PlanFixture) {
  if (plan.kind !== 'APPLICATION' || !plan.serviceId) return [];
  return metricsOfService(state, plan.serviceId).map((metric) => {
    const usageLimits = byCreation(state.usageLimits.filter((l) => l.planId === plan.id && l.metricId === metric.id));
    return {
      __typename: 'PlanMetric' as const,
      metric,
      enabled: !usageLimits.some((l) => l.value === '0'),
      usageLimits,
      pricingRules: rulesOf(state, plan.id, metric.id),
      tierMode: tierModeOf(state, plan.id, metric.id),
    };
  });
}

/** `Plan.features`: the features offered on plans of its kind and owner (by creation), and whether it includes each. */
export function planFeatures(state: PlansState, plan: PlanFixture) {
  const included = new Set(state.planFeatures.filter((f) => f.planId === plan.id).map((f) => f.featureId));
  return byCreation(state.features.filter((f) => f.tenantId === plan.tenantId && f.scope === plan.kind && f.serviceId === plan.serviceId)).map(
    (feature) => ({ __typename: 'PlanFeature' as const, feature, enabled: included.has(feature.id) }),
  );
}

// ── plans ──────────────────────────────────────────────────────────────────────────────────────

type PlanSettings = Omit<UpdatePlanInput, 'id'>;
type SettingValues = Partial<Pick<PlanFixture, 'name' | 'description' | 'setupFee' | 'costPerMonth' | 'trialPeriodDays' | 'approvalRequired'>>;

/** A fee: ≥ 0, at most 2 decimals, at most 18 digits before the point. */
function feeProblem(value: string): string | null {
  return /^\d{1,18}(\.\d{1,2})?$/.test(value) ? null : 'Use an amount ≥ 0 with at most 2 decimals.';
}

/** The settings given, trimmed (an empty description clears it), with their problems in the server's order. */
function checkSettings(kind: PlanKind, input: PlanSettings, errors: PlanError[]): SettingValues {
  const values: SettingValues = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) errors.push(planError('BLANK', 'Give the plan a name.', ['input', 'name']));
    else if (name.length > MAX_SERVICE_NAME_LENGTH) errors.push(planError('TOO_LONG', `Use at most ${MAX_SERVICE_NAME_LENGTH} characters.`, ['input', 'name']));
    values.name = name;
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > MAX_DESCRIPTION_LENGTH) {
      errors.push(planError('TOO_LONG', `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`, ['input', 'description']));
    }
    values.description = description || null;
  }
  for (const key of ['setupFee', 'costPerMonth'] as const) {
    const value = input[key];
    if (value == null) continue;
    const problem = feeProblem(value);
    // canonicalDecimal of an amount with at most 2 decimals is how numeric(20, 2) returns it ("100.00").
    if (problem) errors.push(planError('INVALID', problem, ['input', key]));
    else values[key] = canonicalDecimal(value);
  }
  if (input.trialPeriodDays != null) {
    if (kind === 'ACCOUNT') errors.push(planError('INVALID', 'Account plans have no trial period.', ['input', 'trialPeriodDays']));
    else if (!Number.isInteger(input.trialPeriodDays) || input.trialPeriodDays < 0 || input.trialPeriodDays > 3650) {
      errors.push(planError('INVALID', 'Use 0 to 3650 days.', ['input', 'trialPeriodDays']));
    } else values.trialPeriodDays = input.trialPeriodDays || null;
  }
  if (input.approvalRequired != null) values.approvalRequired = input.approvalRequired;
  return values;
}

/** A new plan's settings (server: `CreatePlanData`): a name is required; the trial is refused on an account plan. */
export type CreatePlanData = PlanSettings & { name: string; systemName?: string | null };

/**
 * A plan of a kind: an account plan of the tenant, or a service or application plan of the service
 * with this global ID. A derived system name that is taken gets a numeric suffix; a given one is
 * reported as TAKEN. New plans are HIDDEN and not the default unless `extra` says otherwise.
 */
export function createPlan(
  state: State,
  actor: MockActor,
  kind: PlanKind,
  serviceId: string | null | undefined,
  input: CreatePlanData,
  now: Date,
  extra: { state?: PlanState; isDefault?: boolean } = {},
): Outcome<{ plan: PlanFixture }> {
  const created = insertNewPlan(state, actor.tenantId, kind, serviceId, input, now, extra);
  if (!created.ok) return created;
  emit(state, actor, planCreated(created.plan, created.service), now);
  return { ok: true, plan: created.plan };
}

/** A new plan, checked and stored (the callers record it: `plan.created`, or `plan.copied` for a copy). */
function insertNewPlan(
  state: State,
  tenantId: string,
  kind: PlanKind,
  serviceId: string | null | undefined,
  input: CreatePlanData,
  now: Date,
  extra: { state?: PlanState; isDefault?: boolean } & CustomPlanLink,
): Outcome<{ plan: StoredPlan; service: ServiceFixture | null }> {
  let service: ServiceFixture | null = null;
  if (kind !== 'ACCOUNT') {
    service = findService(state, tenantId, serviceId) ?? null;
    if (!service) return { ok: false, userErrors: [notFound('service', ['input', 'serviceId'])] };
  } else if (serviceId != null) {
    // Not reachable through the API (CreateAccountPlanInput has no serviceId); kept as the server's createPlan keeps it.
    return { ok: false, userErrors: [planError('INVALID', 'Account plans belong to the tenant: give no service.', ['input', 'serviceId'])] };
  }
  const errors: PlanError[] = [];
  const values = checkSettings(kind, input, errors);
  const given = input.systemName?.trim() || null;
  const base = given ?? deriveServiceSystemName(values.name ?? '');
  if (given) {
    const problem = serviceSystemNameProblem(given);
    if (problem) errors.push(planError('INVALID', problem, ['input', 'systemName']));
  } else if (values.name && !base) {
    errors.push(planError('INVALID', 'The name has no letters or digits to derive a system name from; give one.', ['input', 'systemName']));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const owned = state.plans.filter(ownedBy(tenantId, kind, service?.id ?? null));
  // Custom plans are one per application and listed with none: only the owner's own plans count.
  if (!extra.customForApplicationId && owned.length >= MAX_PLANS_PER_OWNER) {
    const message = `${OwnerOf(kind)} has ${MAX_PLANS_PER_OWNER} ${kind.toLowerCase()} plans, the most it may have.`;
    return { ok: false, userErrors: [planError('LIMIT_REACHED', message, ['input'])] };
  }
  const taken = new Set(owned.map((p) => p.systemName));
  let systemName: string | null = null;
  for (let attempt = 1; attempt <= (given ? 1 : 50) && systemName === null; attempt++) {
    const candidate = given ?? systemNameCandidate(base, attempt);
    if (!taken.has(candidate)) systemName = candidate;
  }
  if (systemName === null) {
    const message = `Another ${kind.toLowerCase()} plan of ${ownerOf(kind)} has the system name "${base}".`;
    return { ok: false, userErrors: [planError('TAKEN', message, ['input', 'systemName'])] };
  }
  const at = now.toISOString();
  const plan = planFixture({
    id: toGlobalId('Plan', crypto.randomUUID()),
    tenantId,
    kind,
    serviceId: service?.id ?? null,
    name: values.name!,
    systemName,
    description: values.description ?? null,
    setupFee: values.setupFee ?? '0.00',
    costPerMonth: values.costPerMonth ?? '0.00',
    trialPeriodDays: values.trialPeriodDays ?? null,
    approvalRequired: values.approvalRequired ?? false,
    state: extra.state ?? 'HIDDEN',
    isDefault: extra.isDefault ?? false,
    createdAt: at,
    updatedAt: at,
  });
  const stored: StoredPlan = extra.customForApplicationId
    ? { ...plan, customForApplicationId: extra.customForApplicationId, customizedFromPlanId: extra.customizedFromPlanId ?? null }
    : plan;
  state.plans.push(stored);
  return { ok: true, plan: stored, service };
}

/**
 * `createApplicationPlan`, `createServicePlan`, `createAccountPlan` (server: `createPlanOf`): each kind's
 * input says what it takes — a service and a name, or for an account plan a name and no service nor trial
 * (sending those is a validation error before anything runs). A service ID that names none is NOT_FOUND.
 */
export function createPlanOfKind(
  state: State,
  actor: MockActor,
  kind: PlanKind,
  input: CreateApplicationPlanInput | CreateServicePlanInput | CreateAccountPlanInput,
  now: Date,
): Outcome<{ plan: PlanFixture }> {
  const { serviceId, ...data } = { serviceId: null, ...input };
  return createPlan(state, actor, kind, serviceId, data, now);
}

export function updatePlan(state: State, actor: MockActor, input: UpdatePlanInput, now: Date): Outcome<{ plan: PlanFixture }> {
  const plan = findPlan(state, actor.tenantId, input.id);
  if (!plan) return { ok: false, userErrors: [notFound('plan', ['input', 'id'])] };
  const { id: _id, ...settings } = input;
  const errors: PlanError[] = [];
  const values = checkSettings(plan.kind, settings, errors);
  if (settings.trialPeriodDays === 0) values.trialPeriodDays = null;
  if (errors.length) return { ok: false, userErrors: errors };
  if (Object.keys(values).length === 0) return { ok: true, plan };
  const before = { ...plan };
  Object.assign(plan, values, { updatedAt: now.toISOString() });
  const changes = changesOf(before, plan, PLAN_FIELDS);
  if (changes.length) {
    emit(state, actor, { type: 'plan', action: 'updated', target: planTarget(plan), summary: `Changed ${planPhrase(plan, ownerService(state, plan))}.`, changes }, now);
  }
  return { ok: true, plan };
}

/** `publishPlan` and `hidePlan`. */
export function setPlanState(state: State, actor: MockActor, id: string, planState: PlanState, now: Date): Outcome<{ plan: PlanFixture }> {
  const plan = findPlan(state, actor.tenantId, id);
  if (!plan) return { ok: false, userErrors: [notFound('plan', ['input', 'id'])] };
  if (plan.state === planState) return { ok: true, plan };
  Object.assign(plan, { state: planState, updatedAt: now.toISOString() });
  const published = planState === 'PUBLISHED';
  const summary = `${published ? 'Published' : 'Hid'} ${planPhrase(plan, ownerService(state, plan))}.`;
  emit(state, actor, { type: 'plan', action: published ? 'published' : 'hidden', target: planTarget(plan), summary }, now);
  return { ok: true, plan };
}

/** Makes the plan its owner's default of its kind; the previous default stops being one (its `updatedAt` stays). */
export function setDefaultPlan(state: State, actor: MockActor, id: string, now: Date): Outcome<{ plan: PlanFixture }> {
  const plan = findPlan(state, actor.tenantId, id);
  if (!plan) return { ok: false, userErrors: [notFound('plan', ['input', 'id'])] };
  if (plan.isDefault) return { ok: true, plan };
  if (customPlanOwner(plan)) {
    return { ok: false, userErrors: [planError('WRONG_KIND', "This is an application's custom plan: it cannot be the service's default.", ['input', 'id'])] };
  }
  const previous = state.plans.find((p) => ownedBy(plan.tenantId, plan.kind, plan.serviceId)(p) && p.isDefault);
  for (const other of state.plans.filter(ownedBy(plan.tenantId, plan.kind, plan.serviceId))) other.isDefault = false;
  Object.assign(plan, { isDefault: true, updatedAt: now.toISOString() });
  emit(state, actor, planMadeDefault(plan, ownerService(state, plan), previous), now);
  return { ok: true, plan };
}

/**
 * Copies a plan with its limits, pricing rules, tier modes and features: hidden, not the default,
 * named "<name> (copy)" unless a name is given (cut to the longest name), its system name derived.
 * As an application's custom plan (`custom`): "<name> (custom)", bound to it, its system name naming
 * the application (any number of applications may customize one plan).
 */
export function copyPlan(
  state: State,
  actor: MockActor,
  id: string,
  name: string | null | undefined,
  now: Date,
  custom: { customForApplicationId?: string } = {},
): Outcome<{ plan: StoredPlan }> {
  const source = findPlan(state, actor.tenantId, id);
  if (!source) return { ok: false, userErrors: [notFound('plan', ['input', 'id'])] };
  const forApplication = custom.customForApplicationId ?? null;
  const copyName = (name?.trim() || `${source.name} ${forApplication ? '(custom)' : '(copy)'}`).slice(0, MAX_SERVICE_NAME_LENGTH);
  const applicationKey = forApplication ? (rowIdOf(forApplication, 'Application') ?? forApplication).replace(/-/g, '') : null;
  // Not `createPlan`: the copy is one event, `plan.copied`, not a creation too.
  const created = insertNewPlan(
    state,
    actor.tenantId,
    source.kind,
    source.serviceId,
    {
      name: copyName,
      systemName: applicationKey ? `${source.systemName.slice(0, 60)}_custom_${applicationKey}` : undefined,
      description: source.description,
      setupFee: source.setupFee,
      costPerMonth: source.costPerMonth,
      trialPeriodDays: source.trialPeriodDays,
      approvalRequired: source.approvalRequired,
    },
    now,
    forApplication ? { customForApplicationId: forApplication, customizedFromPlanId: source.id } : {},
  );
  // The copy's system name is derived from its name: a problem with it is the name's (the server's rule).
  if (!created.ok) {
    return { ok: false, userErrors: created.userErrors.map((e) => (e.field?.[1] === 'systemName' || e.field?.[1] === 'serviceId' ? { ...e, field: ['input', 'name'] } : e)) };
  }
  const copy = created.plan;
  const at = now.toISOString();
  for (const limit of byCreation(state.usageLimits.filter((l) => l.planId === source.id))) {
    state.usageLimits.push({ ...limit, id: toGlobalId('UsageLimit', crypto.randomUUID()), planId: copy.id, createdAt: at });
  }
  for (const rule of byCreation(state.pricingRules.filter((r) => r.planId === source.id))) {
    state.pricingRules.push({ ...rule, id: toGlobalId('PricingRule', crypto.randomUUID()), planId: copy.id, createdAt: at });
  }
  for (const mode of state.tierModes.filter((m) => m.planId === source.id)) state.tierModes.push({ ...mode, planId: copy.id });
  for (const included of state.planFeatures.filter((f) => f.planId === source.id)) state.planFeatures.push({ ...included, planId: copy.id });
  const summary = `Copied ${planPhrase(source, created.service)} as "${copy.name}".`;
  emit(state, actor, { type: 'plan', action: 'copied', target: planTarget(copy), summary }, now);
  return { ok: true, plan: copy };
}

/** "1 application is on this plan; move them to another plan first.", naming pending requests for the plan too (the server's `planInUseMessage`). */
function planInUseMessage(users: readonly PlanUserCount[]): string {
  const on = users.filter((u) => !u.asking);
  const asking = users.filter((u) => u.asking);
  const phrase = (list: readonly PlanUserCount[]) => list.map((u) => `${u.count} ${u.what}`).join(' and ');
  const total = (list: readonly PlanUserCount[]) => list.reduce((sum, u) => sum + u.count, 0);
  const parts = [
    ...(on.length ? [`${phrase(on)} ${total(on) === 1 ? 'is' : 'are'} on this plan`] : []),
    ...(asking.length ? [`${phrase(asking)} ${total(asking) === 1 ? 'asks' : 'ask'} for ${on.length ? 'it' : 'this plan'}`] : []),
  ];
  const remedy = on.length && asking.length ? 'move them to another plan and decide on the requests first' : on.length ? 'move them to another plan first' : 'approve or reject them first';
  return `${parts.join(' and ')}; ${remedy}.`;
}

/** Deletes a plan nobody is on (PLAN_IN_USE with the count otherwise), nor one a pending plan change request asks for, with its limits, pricing rules and features. */
export function deletePlan(state: State, actor: MockActor, id: string, now: Date): Outcome<{ plan: PlanFixture }> {
  const plan = findPlan(state, actor.tenantId, id);
  if (!plan) return { ok: false, userErrors: [notFound('plan', ['input', 'id'])] };
  if (plan.isDefault) {
    return { ok: false, userErrors: [planError('DEFAULT_PLAN', 'This is the default plan, which signups get: make another plan the default first.', ['input', 'id'])] };
  }
  const users = planUsers.map((u) => u.count(state, plan)).filter((u) => u.count > 0);
  if (users.length) return { ok: false, userErrors: [planError('PLAN_IN_USE', planInUseMessage(users), ['input', 'id'])] };
  removePlans(state, new Set([plan.id]));
  emit(state, actor, planDeleted(plan, ownerService(state, plan)), now);
  return { ok: true, plan };
}

// ── limits, pricing, features ──────────────────────────────────────────────────────────────────

/** An application plan with a metric of its service, or the user errors saying why not. */
function planAndMetric(
  state: State,
  tenantId: string,
  planId: string,
  metricId: string,
  what: string,
): Outcome<{ plan: PlanFixture; service: ServiceFixture | null; metric: MetricFixture }> {
  const plan = findPlan(state, tenantId, planId);
  if (!plan) return { ok: false, userErrors: [notFound('plan', ['input', 'planId'])] };
  if (plan.kind !== 'APPLICATION') {
    const message = `${what} belong on application plans; this is a ${plan.kind.toLowerCase()} plan.`;
    return { ok: false, userErrors: [planError('WRONG_KIND', message, ['input', 'planId'])] };
  }
  const metric = findMetric(state, tenantId, metricId);
  if (!metric) return { ok: false, userErrors: [notFound('metric or method', ['input', 'metricId'])] };
  if (metric.serviceId !== plan.serviceId) {
    return { ok: false, userErrors: [planError('WRONG_SERVICE', 'The metric belongs to another service than the plan.', ['input', 'metricId'])] };
  }
  return { ok: true, plan, service: ownerService(state, plan), metric };
}

/** A whole number of units, min ≤ n ≤ 2^53 − 1, from a Decimal input, or null. */
function units(value: string, min: number): number | null {
  if (!/^\d{1,16}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= MAX_UNITS ? n : null;
}

/** Sets (creates, or replaces the value of) the limit of a metric over a period on an application plan. */
export function setUsageLimit(
  state: State,
  actor: MockActor,
  input: { planId: string; metricId: string; period: UsagePeriod; value: string },
  now: Date,
): Outcome<{ usageLimit: UsageLimitFixture }> {
  const found = planAndMetric(state, actor.tenantId, input.planId, input.metricId, 'Usage limits');
  if (!found.ok) return found;
  const value = units(input.value, 0);
  if (value === null) {
    return { ok: false, userErrors: [planError('INVALID', 'Use a whole number ≥ 0 (0 disables the metric on the plan).', ['input', 'value'])] };
  }
  const existing = state.usageLimits.find((l) => l.planId === found.plan.id && l.metricId === found.metric.id && l.period === input.period);
  // The same value again changes nothing, and records nothing.
  if (existing?.value === String(value)) return { ok: true, usageLimit: existing };
  if (existing) {
    const before = { ...existing };
    existing.value = String(value);
    emit(state, actor, usageLimitSet(existing, found.metric, found.plan, found.service, changesOf(before, existing, ['value'])), now);
    return { ok: true, usageLimit: existing };
  }
  const usageLimit = usageLimitFixture({
    id: toGlobalId('UsageLimit', crypto.randomUUID()),
    planId: found.plan.id,
    metricId: found.metric.id,
    period: input.period,
    value: String(value),
    createdAt: now.toISOString(),
  });
  state.usageLimits.push(usageLimit);
  emit(state, actor, usageLimitSet(usageLimit, found.metric, found.plan, found.service), now);
  return { ok: true, usageLimit };
}

export function deleteUsageLimit(state: State, actor: MockActor, id: string, now: Date): Outcome<{ usageLimit: UsageLimitFixture }> {
  const usageLimit = findUsageLimit(state, actor.tenantId, id);
  if (!usageLimit) return { ok: false, userErrors: [notFound('usage limit', ['input', 'id'])] };
  state.usageLimits = state.usageLimits.filter((l) => l !== usageLimit);
  const plan = planOf(state, usageLimit.planId);
  const metric = metricOf(state, usageLimit.metricId);
  emit(
    state,
    actor,
    {
      type: 'usage_limit',
      action: 'deleted',
      target: limitTarget(usageLimit, metric),
      summary: `Removed the limit of ${usageLimit.value} ${PER[usageLimit.period]} on ${metric.friendlyName} from ${planPhrase(plan, ownerService(state, plan), false)}.`,
    },
    now,
  );
  return { ok: true, usageLimit };
}

type PricingRuleData = Omit<UpdatePricingRuleInput, 'id'>;
type RuleValues = { from: number; to: number | null; costPerUnit: string };

const describeRange = (r: { from: string; to: string | null; costPerUnit: string }) => `${r.from}–${r.to ?? '∞'} at ${r.costPerUnit}`;

/** Checks a pricing rule's range and price, then against the other rules of its plan and metric. */
function checkPricingRule(
  state: PlansState,
  planId: string,
  metricId: string,
  current: PricingRuleFixture | null,
  input: PricingRuleData,
): Outcome<{ values: RuleValues }> {
  const errors: PlanError[] = [];
  const from = input.from != null ? units(input.from, 1) : current ? Number(current.from) : null;
  if (from === null) errors.push(planError('INVALID', '`from` is a whole number ≥ 1.', ['input', 'from']));
  let to: number | null = current?.to != null ? Number(current.to) : null;
  if (input.unbounded) to = null;
  else if (input.to != null) {
    to = units(input.to, 1);
    if (to === null) errors.push(planError('INVALID', '`to` is a whole number ≥ 1, or omitted for no end.', ['input', 'to']));
  }
  let costPerUnit = current?.costPerUnit ?? '0';
  if (input.costPerUnit != null) {
    if (/^\d{1,15}(\.\d{1,10})?$/.test(input.costPerUnit)) costPerUnit = roundCostPerUnit(input.costPerUnit);
    else errors.push(planError('INVALID', 'Use a price ≥ 0 with at most 15 digits before the point.', ['input', 'costPerUnit']));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const rule = { from: from!, to, costPerUnit };
  const problem = pricingRuleProblem(rule);
  if (problem) {
    const field = /cost|price/i.test(problem) ? 'costPerUnit' : to !== null && to < from! ? 'to' : 'from';
    return { ok: false, userErrors: [planError('INVALID', problem, ['input', field])] };
  }
  const others = state.pricingRules
    .filter((r) => r.planId === planId && r.metricId === metricId && r !== current)
    .sort((a, b) => Number(a.from) - Number(b.from))
    .map((r) => ({ from: r.from, to: r.to ?? null, costPerUnit: r.costPerUnit }));
  const clash = overlappingRule(others, rule);
  if (clash) return { ok: false, userErrors: [planError('OVERLAPPING_RANGE', `The range overlaps the rule ${describeRange(clash)}.`, ['input', 'from'])] };
  return { ok: true, values: rule };
}

const ruleFields = (values: RuleValues) => ({
  from: String(values.from),
  to: values.to === null ? null : String(values.to),
  costPerUnit: storedCost(values.costPerUnit),
});

export function createPricingRule(
  state: State,
  actor: MockActor,
  input: { planId: string; metricId: string; from: string; to?: string | null; costPerUnit: string },
  now: Date,
): Outcome<{ pricingRule: PricingRuleFixture }> {
  const found = planAndMetric(state, actor.tenantId, input.planId, input.metricId, 'Pricing rules');
  if (!found.ok) return found;
  const checked = checkPricingRule(state, found.plan.id, found.metric.id, null, input);
  if (!checked.ok) return checked;
  const pricingRule = pricingRuleFixture({
    id: toGlobalId('PricingRule', crypto.randomUUID()),
    planId: found.plan.id,
    metricId: found.metric.id,
    ...ruleFields(checked.values),
    createdAt: now.toISOString(),
  });
  state.pricingRules.push(pricingRule);
  emit(state, actor, pricingRuleCreated(pricingRule, found.metric, found.plan, found.service), now);
  return { ok: true, pricingRule };
}

/** A pricing rule's fields as the API names them, for its changes. */
const RULE_FIELDS = ['from', 'to', 'costPerUnit'] as const;

export function updatePricingRule(state: State, actor: MockActor, input: UpdatePricingRuleInput, now: Date): Outcome<{ pricingRule: PricingRuleFixture }> {
  const rule = findPricingRule(state, actor.tenantId, input.id);
  if (!rule) return { ok: false, userErrors: [notFound('pricing rule', ['input', 'id'])] };
  const { id: _id, ...data } = input;
  const checked = checkPricingRule(state, rule.planId, rule.metricId, rule, data);
  if (!checked.ok) return checked;
  const before = { ...rule };
  Object.assign(rule, ruleFields(checked.values));
  const changes = changesOf(before, rule, RULE_FIELDS);
  if (changes.length) {
    const plan = planOf(state, rule.planId);
    const metric = metricOf(state, rule.metricId);
    const summary = `Changed the pricing rule ${pricingRuleName(rule, metric)} of ${planPhrase(plan, ownerService(state, plan), false)}.`;
    emit(state, actor, { type: 'pricing_rule', action: 'updated', target: pricingRuleTarget(rule, metric), summary, changes }, now);
  }
  return { ok: true, pricingRule: rule };
}

export function deletePricingRule(state: State, actor: MockActor, id: string, now: Date): Outcome<{ pricingRule: PricingRuleFixture }> {
  const pricingRule = findPricingRule(state, actor.tenantId, id);
  if (!pricingRule) return { ok: false, userErrors: [notFound('pricing rule', ['input', 'id'])] };
  state.pricingRules = state.pricingRules.filter((r) => r !== pricingRule);
  const plan = planOf(state, pricingRule.planId);
  const metric = metricOf(state, pricingRule.metricId);
  const summary = `Deleted the pricing rule ${pricingRuleName(pricingRule, metric)} of ${planPhrase(plan, ownerService(state, plan), false)}.`;
  emit(state, actor, { type: 'pricing_rule', action: 'deleted', target: pricingRuleTarget(pricingRule, metric), summary }, now);
  return { ok: true, pricingRule };
}

/** How an application plan's pricing rules for one metric price a month; the plan is returned unchanged. */
export function setTierMode(
  state: State,
  actor: MockActor,
  input: { planId: string; metricId: string; tierMode: TierMode },
  now: Date,
): Outcome<{ plan: PlanFixture }> {
  const found = planAndMetric(state, actor.tenantId, input.planId, input.metricId, 'Pricing rules');
  if (!found.ok) return found;
  const existing = state.tierModes.find((m) => m.planId === found.plan.id && m.metricId === found.metric.id);
  const before = existing?.tierMode ?? DEFAULT_TIER_MODE;
  if (existing) existing.tierMode = input.tierMode;
  else state.tierModes.push({ planId: found.plan.id, metricId: found.metric.id, tierMode: input.tierMode });
  if (before !== input.tierMode) {
    const summary = `Set the tier mode of ${found.metric.friendlyName} to ${input.tierMode.toLowerCase()} on ${planPhrase(found.plan, found.service, false)}.`;
    const changes = [{ field: 'tierMode', from: before, to: input.tierMode }];
    emit(state, actor, { type: 'plan', action: 'tier_mode_set', target: planTarget(found.plan), summary, changes }, now);
  }
  return { ok: true, plan: found.plan };
}

/** A feature plans of one kind can include: a service's (service and application plans) or the tenant's (account plans). */
export function createFeature(state: State, actor: MockActor, input: CreateFeatureInput, now: Date): Outcome<{ feature: FeatureFixture }> {
  const { tenantId } = actor;
  let service: ServiceFixture | null = null;
  if (input.scope !== 'ACCOUNT') {
    service = findService(state, tenantId, input.serviceId) ?? null;
    if (!service) return { ok: false, userErrors: [notFound('service', ['input', 'serviceId'])] };
  } else if (input.serviceId != null) {
    return { ok: false, userErrors: [planError('INVALID', 'Account plan features belong to the tenant: give no service.', ['input', 'serviceId'])] };
  }
  const errors: PlanError[] = [];
  const name = input.name.trim();
  if (!name) errors.push(planError('BLANK', 'Give the feature a name.', ['input', 'name']));
  else if (name.length > MAX_SERVICE_NAME_LENGTH) errors.push(planError('TOO_LONG', `Use at most ${MAX_SERVICE_NAME_LENGTH} characters.`, ['input', 'name']));
  const description = input.description?.trim() || null;
  if (description && description.length > MAX_DESCRIPTION_LENGTH) {
    errors.push(planError('TOO_LONG', `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`, ['input', 'description']));
  }
  const given = input.systemName?.trim() || null;
  const base = given ?? deriveServiceSystemName(name);
  if (given) {
    const problem = serviceSystemNameProblem(given);
    if (problem) errors.push(planError('INVALID', problem, ['input', 'systemName']));
  } else if (name && !base) {
    errors.push(planError('INVALID', 'The name has no letters or digits to derive a system name from; give one.', ['input', 'systemName']));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const owned = state.features.filter((f) => f.tenantId === tenantId && f.scope === input.scope && f.serviceId === (service?.id ?? null));
  if (owned.length >= MAX_FEATURES_PER_OWNER) {
    return { ok: false, userErrors: [planError('LIMIT_REACHED', `At most ${MAX_FEATURES_PER_OWNER} features per plan kind and owner.`, ['input'])] };
  }
  const taken = new Set(owned.map((f) => f.systemName));
  let systemName: string | null = null;
  for (let attempt = 1; attempt <= (given ? 1 : 50) && systemName === null; attempt++) {
    const candidate = given ?? systemNameCandidate(base, attempt);
    if (!taken.has(candidate)) systemName = candidate;
  }
  if (systemName === null) return { ok: false, userErrors: [planError('TAKEN', `Another feature has the system name "${base}".`, ['input', 'systemName'])] };
  const feature = featureFixture({
    id: toGlobalId('Feature', crypto.randomUUID()),
    tenantId,
    serviceId: service?.id ?? null,
    scope: input.scope,
    name,
    systemName,
    description,
    createdAt: now.toISOString(),
  });
  state.features.push(feature);
  emit(state, actor, featureCreated(feature, service), now);
  return { ok: true, feature };
}

/** Renames a feature or changes its description (trimmed; an empty one clears it); its system name stays. */
export function updateFeature(state: State, actor: MockActor, input: UpdateFeatureInput, now: Date): Outcome<{ feature: FeatureFixture }> {
  const feature = findFeature(state, actor.tenantId, input.id);
  if (!feature) return { ok: false, userErrors: [notFound('feature', ['input', 'id'])] };
  const errors: PlanError[] = [];
  const values: Partial<Pick<FeatureFixture, 'name' | 'description'>> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) errors.push(planError('BLANK', 'Give the feature a name.', ['input', 'name']));
    else if (name.length > MAX_SERVICE_NAME_LENGTH) errors.push(planError('TOO_LONG', `Use at most ${MAX_SERVICE_NAME_LENGTH} characters.`, ['input', 'name']));
    else values.name = name;
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > MAX_DESCRIPTION_LENGTH) {
      errors.push(planError('TOO_LONG', `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`, ['input', 'description']));
    } else values.description = description || null;
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const before = { ...feature };
  Object.assign(feature, values);
  const changes = changesOf(before, feature, ['name', 'description']);
  if (changes.length) {
    const summary = `Changed the feature "${feature.name}" ${featureOwner(feature, ownerService(state, feature))}.`;
    emit(state, actor, { type: 'feature', action: 'updated', target: featureTarget(feature), summary, changes }, now);
  }
  return { ok: true, feature };
}

/** Deletes a feature: the plans that included it no longer do. */
export function deleteFeature(state: State, actor: MockActor, id: string, now: Date): Outcome<{ feature: FeatureFixture }> {
  const feature = findFeature(state, actor.tenantId, id);
  if (!feature) return { ok: false, userErrors: [notFound('feature', ['input', 'id'])] };
  state.features = state.features.filter((f) => f !== feature);
  state.planFeatures = state.planFeatures.filter((f) => f.featureId !== feature.id);
  const summary = `Deleted the feature "${feature.name}" ${featureOwner(feature, ownerService(state, feature))}.`;
  emit(state, actor, { type: 'feature', action: 'deleted', target: featureTarget(feature), summary }, now);
  return { ok: true, feature };
}

/** `Service.features`: the features offered on the service's application and service plans, in creation order. */
export function featuresOfService(state: PlansState, serviceId: string): FeatureFixture[] {
  return byCreation(state.features.filter((f) => f.serviceId === serviceId));
}

/** `accountFeatures`: the features the tenant offers on its account plans, in creation order. */
export function accountFeatures(state: PlansState, tenantId: string): FeatureFixture[] {
  return byCreation(state.features.filter((f) => f.tenantId === tenantId && f.serviceId === null));
}

/** `enableFeature` and `disableFeature`: the feature must be offered on the plan's kind and owner. */
export function setPlanFeature(
  state: State,
  actor: MockActor,
  input: { planId: string; featureId: string },
  enabled: boolean,
  now: Date,
): Outcome<{ plan: PlanFixture }> {
  const plan = findPlan(state, actor.tenantId, input.planId);
  if (!plan) return { ok: false, userErrors: [notFound('plan', ['input', 'planId'])] };
  const feature = findFeature(state, actor.tenantId, input.featureId);
  if (!feature) return { ok: false, userErrors: [notFound('feature', ['input', 'featureId'])] };
  if (feature.scope !== plan.kind) {
    const message = `The feature is offered on ${feature.scope.toLowerCase()} plans; this is a ${plan.kind.toLowerCase()} plan.`;
    return { ok: false, userErrors: [planError('WRONG_KIND', message, ['input', 'featureId'])] };
  }
  if (feature.serviceId !== plan.serviceId) {
    return { ok: false, userErrors: [planError('WRONG_SERVICE', 'The feature belongs to another service than the plan.', ['input', 'featureId'])] };
  }
  const included = state.planFeatures.some((f) => f.planId === plan.id && f.featureId === feature.id);
  // Only a change is recorded: enabling an included feature, or disabling one that is not, is none.
  if (enabled === included) return { ok: true, plan };
  if (enabled) state.planFeatures.push({ planId: plan.id, featureId: feature.id });
  else state.planFeatures = state.planFeatures.filter((f) => !(f.planId === plan.id && f.featureId === feature.id));
  emit(state, actor, featureSwitched(feature, plan, ownerService(state, plan), enabled), now);
  return { ok: true, plan };
}

// ── cost ───────────────────────────────────────────────────────────────────────────────────────

/**
 * `costPreview`: what a month with the given usage costs on the plan — its fees plus each metric's
 * variable cost by its pricing rules and tier mode (the shared `monthlyCost`). Null when the tenant
 * has no such plan (NOT_FOUND); a usage line that cannot be priced is BAD_USER_INPUT, as on the server.
 */
export function costPreview(state: State, tenantId: string, planId: string, usage: readonly MetricUsageInput[]) {
  const plan = findPlan(state, tenantId, planId);
  if (!plan) return null;
  if (usage.length > 100) throw badUserInput('Give at most 100 usage lines.', 'usage');
  const serviceMetrics = plan.serviceId ? metricsOfService(state, plan.serviceId) : [];
  const byRowId = new Map(serviceMetrics.map((m) => [rowIdOf(m.id, 'Metric')!, m]));
  const metricRowIds = usage.map((line) => rowIdOf(line.metricId, 'Metric'));
  for (const [i, line] of usage.entries()) {
    const rowId = metricRowIds[i];
    if (!rowId || !byRowId.has(rowId)) throw badUserInput(`usage[${i}]: no such metric or method of the plan's service.`, `usage.${i}.metricId`);
    if (!/^\d{1,30}$/.test(line.quantity)) throw badUserInput(`usage[${i}]: the quantity is a whole number ≥ 0.`, `usage.${i}.quantity`);
  }
  if (new Set(metricRowIds).size !== metricRowIds.length) throw badUserInput('Give each metric once.', 'usage');
  const lines = usage.map((line, i) => {
    const metric = byRowId.get(metricRowIds[i]!)!;
    return { metric, quantity: line.quantity, rules: rulesOf(state, plan.id, metric.id), mode: tierModeOf(state, plan.id, metric.id) };
  });
  const month = monthlyCost({
    setupFee: plan.setupFee,
    costPerMonth: plan.costPerMonth,
    variable: lines.map((line) => ({
      rules: line.rules.map((r) => ({ from: r.from, to: r.to ?? null, costPerUnit: r.costPerUnit })),
      mode: line.mode,
      quantity: line.quantity,
    })),
  });
  return {
    __typename: 'CostPreview' as const,
    setupFee: month.setupFee,
    costPerMonth: month.costPerMonth,
    variable: lines.map((line, i) => ({ __typename: 'MetricCost' as const, metric: line.metric, quantity: line.quantity, cost: month.variable[i]! })),
    total: month.total,
  };
}

// ── seed ───────────────────────────────────────────────────────────────────────────────────────

const seedPlan = (overrides: Partial<PlanFixture> & { tenantId: string; name: string }) =>
  planFixture({ ...overrides, setupFee: canonicalDecimal(overrides.setupFee ?? '0'), costPerMonth: canonicalDecimal(overrides.costPerMonth ?? '0') });

/** The Email API's plans in seed 000 (server/src/modules/plans/plans.seed.ts): the APIs each includes. */
const EMAIL_TIERS = [
  { name: 'Bronze', costPerMonth: '9.95', apis: ['web_api'] },
  { name: 'Silver', costPerMonth: '79.95', apis: ['web_api', 'smtp_api'] },
  { name: 'Gold', costPerMonth: '199.95', apis: ['web_api', 'smtp_api', 'event_webhook'] },
  { name: 'Platinum', costPerMonth: '399.95', apis: ['web_api', 'smtp_api', 'event_webhook', 'parse_webhook'] },
];
const EMAIL_APIS = ['web_api', 'smtp_api', 'event_webhook', 'parse_webhook'];

/** The Echo API's pay-as-you-go tiers: [from, to, cost per unit]. */
const ECHO_TIERS: [string, string | null, string][] = [
  ['1', '1000', '0'],
  ['1001', '100000', '0.001'],
  ['100001', null, '0.0005'],
];

/**
 * A seeded tenant's plans, as the server's createTenant, createService and demo seed leave them
 * (built from fixtures: stable ids, in creation order): the default account plan; each service's
 * default plans (Basic, the default, and Unlimited; the service plan Default); and on the demo
 * services, the server's demo plans — the Email API's Bronze (the default), Silver, Gold and Platinum
 * in place of Basic and Unlimited, with an overall throttle on hits and the APIs each leaves out
 * disabled; a daily limit on the Echo API's Basic, and its "Pay as you go" plan with three pricing
 * rules on echo and the feature "Email support".
 */
export function seedPlans(catalog: CatalogState, tenantId: string): PlansState {
  const state = emptyPlansState();
  const services = catalog.services.filter((s) => s.tenantId === tenantId);
  const metricId = (serviceId: string, systemName: string) => catalog.metrics.find((m) => m.serviceId === serviceId && m.systemName === systemName)!.id;
  const limit = (planId: string, metric: string, period: UsagePeriod, value: string) =>
    state.usageLimits.push(usageLimitFixture({ planId, metricId: metric, period, value }));
  for (const service of services) {
    const demoEmail = service.systemName === 'email_api';
    for (const spec of DEFAULT_SERVICE_PLANS) {
      if (demoEmail && spec.kind === 'APPLICATION') continue;
      state.plans.push(seedPlan({ ...spec, tenantId, serviceId: service.id }));
    }
    if (demoEmail) {
      for (const tier of EMAIL_TIERS) {
        const plan = seedPlan({ tenantId, serviceId: service.id, name: tier.name, costPerMonth: tier.costPerMonth, state: 'PUBLISHED', isDefault: tier.name === 'Bronze' });
        state.plans.push(plan);
        limit(plan.id, metricId(service.id, 'hits'), 'MINUTE', '600');
        for (const api of EMAIL_APIS.filter((a) => !tier.apis.includes(a))) limit(plan.id, metricId(service.id, api), 'ETERNITY', '0');
      }
    }
    if (service.systemName === 'echo_api') {
      const basic = state.plans.find((p) => p.serviceId === service.id && p.systemName === 'basic')!;
      limit(basic.id, metricId(service.id, 'hits'), 'DAY', '1000');
      const plan = seedPlan({
        tenantId,
        serviceId: service.id,
        name: 'Pay as you go',
        description: 'The first 1,000 echoes a month are free.',
        setupFee: '0',
        costPerMonth: '5.00',
        trialPeriodDays: 14,
        state: 'PUBLISHED',
      });
      state.plans.push(plan);
      for (const [from, to, costPerUnit] of ECHO_TIERS) {
        state.pricingRules.push(
          pricingRuleFixture({ planId: plan.id, metricId: metricId(service.id, 'echo'), from, to, costPerUnit: storedCost(roundCostPerUnit(costPerUnit)) }),
        );
      }
      const feature = featureFixture({
        tenantId,
        serviceId: service.id,
        scope: 'APPLICATION',
        name: 'Email support',
        description: 'Answers within one business day.',
      });
      state.features.push(feature);
      state.planFeatures.push({ planId: plan.id, featureId: feature.id });
    }
  }
  // The server's plans seed runs after its catalog seed: the Email API's tiers come after the Echo
  // API's default plans, and before its Pay as you go (what orders plans across services, such as a
  // signup's default application plans, sees it so).
  const echoDefaults = state.plans.filter((p) => p.serviceId === services.find((s) => s.systemName === 'echo_api')?.id && p.systemName !== 'pay_as_you_go');
  const tiers = state.plans.filter((p) => p.serviceId === services.find((s) => s.systemName === 'email_api')?.id && p.kind === 'APPLICATION');
  const after = Math.max(...echoDefaults.map((p) => Date.parse(p.createdAt)));
  if (echoDefaults.length && tiers.length) {
    tiers.forEach((plan, i) => Object.assign(plan, { createdAt: new Date(after + (i + 1) * 1000).toISOString(), updatedAt: new Date(after + (i + 1) * 1000).toISOString() }));
  }
  state.plans.push(seedPlan({ ...DEFAULT_ACCOUNT_PLAN, tenantId, serviceId: null }));
  return state;
}
