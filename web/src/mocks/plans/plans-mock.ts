import type { FeatureFixture, PlanFixture, PricingRuleFixture, UsageLimitFixture } from '../../testing/factories';
import { metricOf, serviceOf } from '../catalog/catalog';
import { connection } from '../connection';
import { toGlobalId } from '../global-id';
import { notFound } from '../mock-errors';
import type { MockModule } from '../mock-module';
import { actorOf, requireViewer } from '../viewer';
import {
  accountFeatures,
  copyPlan,
  costPreview,
  createFeature,
  createPlanOfKind,
  createPricingRule,
  deleteFeature,
  deletePlan,
  deletePricingRule,
  deleteUsageLimit,
  featuresOfService,
  findFeature,
  findPlan,
  findPricingRule,
  findUsageLimit,
  listPlans,
  planFeatures,
  planMetrics,
  planOf,
  setDefaultPlan,
  setPlanFeature,
  setPlanState,
  setTierMode,
  setUsageLimit,
  updateFeature,
  updatePlan,
  updatePricingRule,
  type Outcome,
} from './plans';

const tenantOf = (ctx: Parameters<typeof requireViewer>[0]) => requireViewer(ctx).tenantId;

const planPayload = (result: Outcome<{ plan: PlanFixture }>) => ({
  __typename: 'PlanPayload' as const,
  ...(result.ok ? { plan: result.plan, userErrors: [] } : { plan: null, userErrors: result.userErrors }),
});
const usageLimitPayload = (result: Outcome<{ usageLimit: UsageLimitFixture }>) => ({
  __typename: 'UsageLimitPayload' as const,
  ...(result.ok ? { usageLimit: result.usageLimit, userErrors: [] } : { usageLimit: null, userErrors: result.userErrors }),
});
const pricingRulePayload = (result: Outcome<{ pricingRule: PricingRuleFixture }>) => ({
  __typename: 'PricingRulePayload' as const,
  ...(result.ok ? { pricingRule: result.pricingRule, userErrors: [] } : { pricingRule: null, userErrors: result.userErrors }),
});
const featurePayload = (result: Outcome<{ feature: FeatureFixture }>) => ({
  __typename: 'FeaturePayload' as const,
  ...(result.ok ? { feature: result.feature, userErrors: [] } : { feature: null, userErrors: result.userErrors }),
});

/**
 * The plans domain (server/src/modules/plans): account plans of the tenant, service and
 * application plans of each service (`Service.applicationPlans`, `Service.servicePlans`), their
 * usage limits and pricing rules, features (`Service.features`, `accountFeatures`), and the cost
 * of a month. Members read them; every mutation is refused to them by the access check (none is
 * personal), as on the server.
 */
export const plansMock: MockModule = {
  name: 'plans',
  resolvers: {
    Query: {
      plan: (_, { id }, ctx) => {
        const plan = findPlan(ctx.state, tenantOf(ctx), id);
        if (!plan) throw notFound('Plan');
        return plan;
      },
      accountPlans: (_, args, ctx) => {
        const { items, order } = listPlans(ctx.state, tenantOf(ctx), 'ACCOUNT', null, args.filter, args.orderBy);
        return connection(items, args, 'Plan', order);
      },
      accountFeatures: (_, __, ctx) => accountFeatures(ctx.state, tenantOf(ctx)),
      costPreview: (_, { planId, usage }, ctx) => {
        const preview = costPreview(ctx.state, tenantOf(ctx), planId, usage);
        if (!preview) throw notFound('Plan');
        return preview;
      },
    },
    Mutation: {
      createApplicationPlan: (_, { input }, ctx) => planPayload(createPlanOfKind(ctx.state, actorOf(ctx), 'APPLICATION', input, ctx.now)),
      createServicePlan: (_, { input }, ctx) => planPayload(createPlanOfKind(ctx.state, actorOf(ctx), 'SERVICE', input, ctx.now)),
      createAccountPlan: (_, { input }, ctx) => planPayload(createPlanOfKind(ctx.state, actorOf(ctx), 'ACCOUNT', input, ctx.now)),
      updatePlan: (_, { input }, ctx) => planPayload(updatePlan(ctx.state, actorOf(ctx), input, ctx.now)),
      copyPlan: (_, { input }, ctx) => planPayload(copyPlan(ctx.state, actorOf(ctx), input.id, input.name, ctx.now)),
      publishPlan: (_, { input }, ctx) => planPayload(setPlanState(ctx.state, actorOf(ctx), input.id, 'PUBLISHED', ctx.now)),
      hidePlan: (_, { input }, ctx) => planPayload(setPlanState(ctx.state, actorOf(ctx), input.id, 'HIDDEN', ctx.now)),
      setDefaultPlan: (_, { input }, ctx) => planPayload(setDefaultPlan(ctx.state, actorOf(ctx), input.id, ctx.now)),
      deletePlan: (_, { input }, ctx) => {
        const result = deletePlan(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'DeletePlanPayload',
          ...(result.ok ? { deletedPlanId: input.id, userErrors: [] } : { deletedPlanId: null, userErrors: result.userErrors }),
        };
      },
      setUsageLimit: (_, { input }, ctx) => usageLimitPayload(setUsageLimit(ctx.state, actorOf(ctx), input, ctx.now)),
      deleteUsageLimit: (_, { input }, ctx) => {
        const result = deleteUsageLimit(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'DeleteUsageLimitPayload',
          ...(result.ok ? { deletedUsageLimitId: input.id, userErrors: [] } : { deletedUsageLimitId: null, userErrors: result.userErrors }),
        };
      },
      createPricingRule: (_, { input }, ctx) => pricingRulePayload(createPricingRule(ctx.state, actorOf(ctx), input, ctx.now)),
      updatePricingRule: (_, { input }, ctx) => pricingRulePayload(updatePricingRule(ctx.state, actorOf(ctx), input, ctx.now)),
      deletePricingRule: (_, { input }, ctx) => {
        const result = deletePricingRule(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'DeletePricingRulePayload',
          ...(result.ok ? { deletedPricingRuleId: input.id, userErrors: [] } : { deletedPricingRuleId: null, userErrors: result.userErrors }),
        };
      },
      setTierMode: (_, { input }, ctx) => planPayload(setTierMode(ctx.state, actorOf(ctx), input, ctx.now)),
      createFeature: (_, { input }, ctx) => featurePayload(createFeature(ctx.state, actorOf(ctx), input, ctx.now)),
      updateFeature: (_, { input }, ctx) => featurePayload(updateFeature(ctx.state, actorOf(ctx), input, ctx.now)),
      deleteFeature: (_, { input }, ctx) => {
        const result = deleteFeature(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'DeleteFeaturePayload',
          ...(result.ok ? { deletedFeatureId: input.id, userErrors: [] } : { deletedFeatureId: null, userErrors: result.userErrors }),
        };
      },
      enableFeature: (_, { input }, ctx) => planPayload(setPlanFeature(ctx.state, actorOf(ctx), input, true, ctx.now)),
      disableFeature: (_, { input }, ctx) => planPayload(setPlanFeature(ctx.state, actorOf(ctx), input, false, ctx.now)),
    },
    Service: {
      applicationPlans: (service, args, ctx) => {
        const { items, order } = listPlans(ctx.state, service.tenantId, 'APPLICATION', service.id, args.filter, args.orderBy);
        return connection(items, args, 'Plan', order);
      },
      servicePlans: (service, args, ctx) => {
        const { items, order } = listPlans(ctx.state, service.tenantId, 'SERVICE', service.id, args.filter, args.orderBy);
        return connection(items, args, 'Plan', order);
      },
      features: (service, _, ctx) => featuresOfService(ctx.state, service.id),
    },
    Plan: {
      service: (plan, _, ctx) => (plan.serviceId ? serviceOf(ctx.state, plan.serviceId) : null),
      metrics: (plan, _, ctx) => planMetrics(ctx.state, plan),
      features: (plan, _, ctx) => planFeatures(ctx.state, plan),
    },
    UsageLimit: {
      plan: (limit, _, ctx) => planOf(ctx.state, limit.planId),
      metric: (limit, _, ctx) => metricOf(ctx.state, limit.metricId),
    },
    PricingRule: {
      plan: (rule, _, ctx) => planOf(ctx.state, rule.planId),
      metric: (rule, _, ctx) => metricOf(ctx.state, rule.metricId),
    },
    Feature: {
      service: (feature, _, ctx) => (feature.serviceId ? serviceOf(ctx.state, feature.serviceId) : null),
    },
  },
  // Row-level security: a tenant's plans, limits, pricing rules and features are its own.
  nodes: {
    Plan: (ctx, rowId) => (ctx.viewer ? (findPlan(ctx.state, ctx.viewer.tenantId, toGlobalId('Plan', rowId)) ?? null) : null),
    UsageLimit: (ctx, rowId) => (ctx.viewer ? (findUsageLimit(ctx.state, ctx.viewer.tenantId, toGlobalId('UsageLimit', rowId)) ?? null) : null),
    PricingRule: (ctx, rowId) => (ctx.viewer ? (findPricingRule(ctx.state, ctx.viewer.tenantId, toGlobalId('PricingRule', rowId)) ?? null) : null),
    Feature: (ctx, rowId) => (ctx.viewer ? (findFeature(ctx.state, ctx.viewer.tenantId, toGlobalId('Feature', rowId)) ?? null) : null),
  },
};
