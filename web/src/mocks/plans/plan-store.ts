import {
  createPlan as planFixture,
  type FeatureFixture,
  type MetricFixture,
  type PlanFeatureFixture,
  type PlanFixture,
  type PricingRuleFixture,
  type ServiceFixture,
  type TierModeFixture,
  type UsageLimitFixture,
} from '../../testing/factories';
import type { PlanKind, PlanState, UsagePeriod } from '../../gql/schema-types';
import { compareText } from '../connection';
import { emit, type AuditChange, type AuditState, type DomainEvent, type MockActor } from '../events/events';
import { toGlobalId } from '../global-id';

/**
 * The plans' rows (server/src/modules/plans/plans.tables.ts) and what other domains ask of them —
 * every new service's and tenant's default plans, the cascade when a service goes, and the limits
 * and pricing rules that use a metric (the catalog's metric dependents) — with no rule that needs
 * the catalog, so the catalog and tenants can use it (the server registers these with them; the
 * mock calls them). The plans' own rules are in plans.ts.
 */
/**
 * An application's custom plan (server: `custom_for_application_id`, `customized_from_plan_id`; 003
 * ch.11): a copy of an application plan bound to that one application (its global ID), not listed
 * with the service's plans, not choosable by others, never a default; and the plan it was copied
 * from, while that exists. Standard plans have neither.
 */
export interface CustomPlanLink {
  customForApplicationId?: string | null;
  customizedFromPlanId?: string | null;
}
export type StoredPlan = PlanFixture & CustomPlanLink;

export interface PlansState {
  plans: StoredPlan[];
  usageLimits: UsageLimitFixture[];
  pricingRules: PricingRuleFixture[];
  tierModes: TierModeFixture[];
  features: FeatureFixture[];
  planFeatures: PlanFeatureFixture[];
}

export const emptyPlansState = (): PlansState => ({ plans: [], usageLimits: [], pricingRules: [], tierModes: [], features: [], planFeatures: [] });

/**
 * The plans one owner has of one kind: the tenant's account plans, or a service's service or
 * application plans; applications' custom plans are not among them (the server's `ownerCondition`).
 */
export const ownedBy = (tenantId: string, kind: PlanKind, serviceId: string | null) => (plan: StoredPlan) =>
  plan.tenantId === tenantId && plan.kind === kind && plan.serviceId === serviceId && !plan.customForApplicationId;

/** The application whose custom plan this is (its global ID), or null for a standard plan. */
export const customPlanOwner = (plan: PlanFixture): string | null => (plan as StoredPlan).customForApplicationId ?? null;

interface DefaultPlan {
  kind: PlanKind;
  name: string;
  systemName: string;
  state: PlanState;
  isDefault: boolean;
}

/** A new service's plans (server: `createDefaultServicePlans`, 003 §20.1), in the order they are created. */
export const DEFAULT_SERVICE_PLANS: readonly DefaultPlan[] = [
  { kind: 'APPLICATION', name: 'Basic', systemName: 'basic', state: 'PUBLISHED', isDefault: true },
  { kind: 'APPLICATION', name: 'Unlimited', systemName: 'unlimited', state: 'PUBLISHED', isDefault: false },
  { kind: 'SERVICE', name: 'Default', systemName: 'default', state: 'PUBLISHED', isDefault: true },
];

/** A new tenant's default account plan (server: `createDefaultAccountPlan`); the master gets none. */
export const DEFAULT_ACCOUNT_PLAN: DefaultPlan = { kind: 'ACCOUNT', name: 'Default', systemName: 'default', state: 'PUBLISHED', isDefault: true };

/**
 * A default plan as the server creates it: free, no trial, no description. Created within one
 * request, the server's rows get increasing `clock_timestamp()`s: the mock spaces them a millisecond
 * apart (`offset`) so listings by creation keep their order.
 */
function defaultPlan(tenantId: string, serviceId: string | null, spec: DefaultPlan, now: Date, offset: number): PlanFixture {
  const at = new Date(now.getTime() + offset).toISOString();
  return planFixture({ ...spec, id: toGlobalId('Plan', crypto.randomUUID()), tenantId, serviceId, createdAt: at, updatedAt: at });
}

/** Gives a new service its default plans, each recorded as created (`plan.created`) by the service's creator. */
export function createDefaultServicePlans(state: PlansState & AuditState, actor: MockActor, service: ServiceFixture, now: Date): void {
  DEFAULT_SERVICE_PLANS.forEach((spec, i) => {
    const plan = defaultPlan(actor.tenantId, service.id, spec, now, i);
    state.plans.push(plan);
    emit(state, actor, planCreated(plan, service), now);
  });
}

/** Gives a new tenant its default account plan (`plan.created` by the tenant's setup). */
export function createDefaultAccountPlan(state: PlansState & AuditState, actor: MockActor, now: Date): void {
  const plan = defaultPlan(actor.tenantId, null, DEFAULT_ACCOUNT_PLAN, now, 0);
  state.plans.push(plan);
  emit(state, actor, planCreated(plan, null), now);
}

// ── how the audit log names plans and what belongs to them (server/src/modules/plans/plan.service.ts) ──

const KIND_NAME: Record<PlanKind, string> = { ACCOUNT: 'account plan', SERVICE: 'service plan', APPLICATION: 'application plan' };
/** `the application plan "Gold" of Email API`, `the account plan "Enterprise"`. */
export const planPhrase = (plan: PlanFixture, service: ServiceFixture | null, withService = true) =>
  `the ${KIND_NAME[plan.kind]} "${plan.name}"${withService && service ? ` of ${service.name}` : ''}`;
export const planTarget = (plan: PlanFixture) => ({ type: 'Plan', id: plan.id, name: plan.name });
/** `for application plans of Weather`, `for account plans`. */
export const featureOwner = (feature: FeatureFixture, service: ServiceFixture | null) =>
  `for ${KIND_NAME[feature.scope]}s${service ? ` of ${service.name}` : ''}`;
export const featureTarget = (feature: FeatureFixture) => ({ type: 'Feature', id: feature.id, name: feature.name });
export const PER: Record<UsagePeriod, string> = {
  MINUTE: 'per minute',
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
  ETERNITY: 'in total',
};
/** `Echo 1000 per day`. */
const limitName = (limit: UsageLimitFixture, metric: MetricFixture) => `${metric.friendlyName} ${limit.value} ${PER[limit.period]}`;
export const limitTarget = (limit: UsageLimitFixture, metric: MetricFixture) => ({ type: 'UsageLimit', id: limit.id, name: limitName(limit, metric) });
/** `Echo 1–1000 @ 0.0010`, `Echo 100001–∞ @ 0.0005`. */
export const pricingRuleName = (rule: PricingRuleFixture, metric: MetricFixture) => `${metric.friendlyName} ${rule.from}–${rule.to ?? '∞'} @ ${rule.costPerUnit}`;
export const pricingRuleTarget = (rule: PricingRuleFixture, metric: MetricFixture) => ({ type: 'PricingRule', id: rule.id, name: pricingRuleName(rule, metric) });

/** `plan.created`; a service's or tenant's own plans say whether they are published or the default. */
export function planCreated(plan: PlanFixture, service: ServiceFixture | null): DomainEvent {
  const state = [plan.state === 'PUBLISHED' ? 'published' : null, plan.isDefault ? 'the default' : null].filter(Boolean);
  return { type: 'plan', action: 'created', target: planTarget(plan), summary: `Created ${planPhrase(plan, service)}${state.length ? ` (${state.join(', ')})` : ''}.` };
}

/** `plan.made_default`, naming the plan that was the default before, if one was. */
export function planMadeDefault(plan: PlanFixture, service: ServiceFixture | null, previous: PlanFixture | undefined): DomainEvent {
  return {
    type: 'plan',
    action: 'made_default',
    target: planTarget(plan),
    summary: `Made ${planPhrase(plan, service)} the default${previous ? `, instead of "${previous.name}"` : ''}.`,
  };
}

export const planDeleted = (plan: PlanFixture, service: ServiceFixture | null): DomainEvent => ({
  type: 'plan',
  action: 'deleted',
  target: planTarget(plan),
  summary: `Deleted ${planPhrase(plan, service)}.`,
});

/** `usage_limit.set`: a new limit, or a new value of one (with the change). */
export function usageLimitSet(limit: UsageLimitFixture, metric: MetricFixture, plan: PlanFixture, service: ServiceFixture | null, changes?: AuditChange[]): DomainEvent {
  return {
    type: 'usage_limit',
    action: 'set',
    target: limitTarget(limit, metric),
    summary: `Limited ${metric.friendlyName} to ${limit.value} ${PER[limit.period]} on ${planPhrase(plan, service, false)}.`,
    ...(changes ? { changes } : {}),
  };
}

export const pricingRuleCreated = (rule: PricingRuleFixture, metric: MetricFixture, plan: PlanFixture, service: ServiceFixture | null): DomainEvent => ({
  type: 'pricing_rule',
  action: 'created',
  target: pricingRuleTarget(rule, metric),
  summary: `Added the pricing rule ${pricingRuleName(rule, metric)} to ${planPhrase(plan, service, false)}.`,
});

export const featureCreated = (feature: FeatureFixture, service: ServiceFixture | null): DomainEvent => ({
  type: 'feature',
  action: 'created',
  target: featureTarget(feature),
  summary: `Created the feature "${feature.name}" ${featureOwner(feature, service)}.`,
});

/** `feature.enabled` or `feature.disabled` on a plan. */
export const featureSwitched = (feature: FeatureFixture, plan: PlanFixture, service: ServiceFixture | null, enabled: boolean): DomainEvent => ({
  type: 'feature',
  action: enabled ? 'enabled' : 'disabled',
  target: featureTarget(feature),
  summary: `${enabled ? 'Enabled' : 'Disabled'} the feature "${feature.name}" on ${planPhrase(plan, service)}.`,
});

/**
 * What other domains keep that goes with a deleted plan (the server's foreign keys ON DELETE CASCADE
 * to plans: a plan change request from or to it). `state` is the whole store the deletion runs in.
 */
export type PlanCascade = (state: PlansState, planIds: ReadonlySet<string>) => void;
const planCascades: PlanCascade[] = [];
export function registerPlanCascade(cascade: PlanCascade): void {
  if (!planCascades.includes(cascade)) planCascades.push(cascade);
}

/** Deletes plans with their limits, pricing rules, tier modes and included features (the server's cascades). */
export function removePlans(state: PlansState, planIds: ReadonlySet<string>): void {
  if (planIds.size === 0) return;
  state.plans = state.plans.filter((p) => !planIds.has(p.id));
  // A custom plan copied from a deleted one no longer knows its original (ON DELETE SET NULL).
  for (const plan of state.plans) if (plan.customizedFromPlanId && planIds.has(plan.customizedFromPlanId)) plan.customizedFromPlanId = null;
  state.usageLimits = state.usageLimits.filter((l) => !planIds.has(l.planId));
  state.pricingRules = state.pricingRules.filter((r) => !planIds.has(r.planId));
  state.tierModes = state.tierModes.filter((m) => !planIds.has(m.planId));
  state.planFeatures = state.planFeatures.filter((f) => !planIds.has(f.planId));
  for (const cascade of planCascades) cascade(state, planIds);
}

/** What goes with a deleted service: its service and application plans and its features. */
export function removeServicePlans(state: PlansState, serviceId: string): void {
  removePlans(state, new Set(state.plans.filter((p) => p.serviceId === serviceId).map((p) => p.id)));
  const features = new Set(state.features.filter((f) => f.serviceId === serviceId).map((f) => f.id));
  state.features = state.features.filter((f) => !features.has(f.id));
  state.planFeatures = state.planFeatures.filter((f) => !features.has(f.featureId));
}

/**
 * "1 usage limit and 2 pricing rules (on Gold, Silver)": what of the plans uses a metric (global
 * ID), as the server's `describeMetricUse` names it — the plans by name (byte order, as the
 * server's PostgreSQL sorts them), at most three, then an ellipsis; null when nothing does.
 */
export function describeMetricUse(state: PlansState, metricId: string): string | null {
  const limits = state.usageLimits.filter((l) => l.metricId === metricId);
  const rules = state.pricingRules.filter((r) => r.metricId === metricId);
  if (limits.length + rules.length === 0) return null;
  const planIds = new Set([...limits, ...rules].map((x) => x.planId));
  const names = [...new Set(state.plans.filter((p) => planIds.has(p.id)).map((p) => p.name))].sort(compareText);
  const l = limits.length;
  const r = rules.length;
  const parts = [l ? `${l} usage limit${l === 1 ? '' : 's'}` : null, r ? `${r} pricing rule${r === 1 ? '' : 's'}` : null].filter(Boolean);
  return `${parts.join(' and ')} (on ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''})`;
}

/** Removes the limits, pricing rules and tier modes of a metric being deleted (confirmed). */
export function removeMetricUse(state: PlansState, metricId: string): void {
  state.usageLimits = state.usageLimits.filter((l) => l.metricId !== metricId);
  state.pricingRules = state.pricingRules.filter((r) => r.metricId !== metricId);
  state.tierModes = state.tierModes.filter((m) => m.metricId !== metricId);
}
