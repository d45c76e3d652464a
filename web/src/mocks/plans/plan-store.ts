import {
  createPlan as planFixture,
  type FeatureFixture,
  type PlanFeatureFixture,
  type PlanFixture,
  type PricingRuleFixture,
  type TierModeFixture,
  type UsageLimitFixture,
} from '../../testing/factories';
import type { PlanKind, PlanState } from '../../gql/schema-types';
import { compareText } from '../connection';
import { toGlobalId } from '../global-id';

/**
 * The plans' rows (server/src/modules/plans/plans.tables.ts) and what other domains ask of them —
 * every new service's and tenant's default plans, the cascade when a service goes, and the limits
 * and pricing rules that use a metric (the catalog's metric dependents) — with no rule that needs
 * the catalog, so the catalog and tenants can use it (the server registers these with them; the
 * mock calls them). The plans' own rules are in plans.ts.
 */
export interface PlansState {
  plans: PlanFixture[];
  usageLimits: UsageLimitFixture[];
  pricingRules: PricingRuleFixture[];
  tierModes: TierModeFixture[];
  features: FeatureFixture[];
  planFeatures: PlanFeatureFixture[];
}

export const emptyPlansState = (): PlansState => ({ plans: [], usageLimits: [], pricingRules: [], tierModes: [], features: [], planFeatures: [] });

/** The plans one owner has of one kind: the tenant's account plans, or a service's service or application plans. */
export const ownedBy = (tenantId: string, kind: PlanKind, serviceId: string | null) => (plan: PlanFixture) =>
  plan.tenantId === tenantId && plan.kind === kind && plan.serviceId === serviceId;

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

/** Gives a new service (global ID) its default plans. */
export function createDefaultServicePlans(state: PlansState, tenantId: string, serviceId: string, now: Date): void {
  DEFAULT_SERVICE_PLANS.forEach((spec, i) => state.plans.push(defaultPlan(tenantId, serviceId, spec, now, i)));
}

/** Gives a new tenant its default account plan. */
export function createDefaultAccountPlan(state: PlansState, tenantId: string, now: Date): void {
  state.plans.push(defaultPlan(tenantId, null, DEFAULT_ACCOUNT_PLAN, now, 0));
}

/** Deletes plans with their limits, pricing rules, tier modes and included features (the server's cascades). */
export function removePlans(state: PlansState, planIds: ReadonlySet<string>): void {
  if (planIds.size === 0) return;
  state.plans = state.plans.filter((p) => !planIds.has(p.id));
  state.usageLimits = state.usageLimits.filter((l) => !planIds.has(l.planId));
  state.pricingRules = state.pricingRules.filter((r) => !planIds.has(r.planId));
  state.tierModes = state.tierModes.filter((m) => !planIds.has(m.planId));
  state.planFeatures = state.planFeatures.filter((f) => !planIds.has(f.planId));
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
