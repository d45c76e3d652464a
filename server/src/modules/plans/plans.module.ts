import { withTenantScope } from "../../db/tenancy.js";
import { defineModule } from "../../kit/module.js";
import { registerMetricDependents } from "../catalog/metric.service.js";
import { registerServiceSetup } from "../catalog/service.service.js";
import { registerTenantSetup } from "../tenants/tenant.service.js";
import { FeatureResolver, PlanResolver, PricingRuleResolver, ServicePlansResolver, UsageLimitResolver } from "./plan.resolver.js";
import { createDefaultAccountPlan, createDefaultServicePlans, describeMetricUse, removeMetricUse } from "./plan.service.js";
import { createPlansLoaders } from "./plans.loaders.js";
import { seedDemoPlans } from "./plans.seed.js";

// Every new service gets its default plans, every new tenant its default account plan; a metric that
// limits or pricing rules use is renamed or deleted only when confirmed (and then takes them along).
registerServiceSetup(createDefaultServicePlans);
registerTenantSetup(createDefaultAccountPlan);
registerMetricDependents({
  describe: describeMetricUse,
  remove: async (tx, metric) => {
    await removeMetricUse(tx, metric);
    return {};
  },
});

/** Account, service and application plans; features; usage limits; pricing rules and their cost. */
export const plansModule = defineModule({
  name: "plans",
  resolvers: [PlanResolver, ServicePlansResolver, UsageLimitResolver, PricingRuleResolver, FeatureResolver],
  loaders: { plans: createPlansLoaders },
  nodes: {
    Plan: (ctx, id) => ctx.loaders.plans.planById.load(id),
    UsageLimit: (ctx, id) => ctx.loaders.plans.usageLimitById.load(id),
    PricingRule: (ctx, id) => ctx.loaders.plans.pricingRuleById.load(id),
    Feature: (ctx, id) => ctx.loaders.plans.featureById.load(id),
  },
  typeAccess: {
    Plan: { scope: "ACCOUNT_MANAGEMENT" },
    UsageLimit: { scope: "ACCOUNT_MANAGEMENT" },
    PricingRule: { scope: "ACCOUNT_MANAGEMENT" },
    Feature: { scope: "ACCOUNT_MANAGEMENT" },
  },
  async seedDemo(seed) {
    const acme = seed.acmeTenantId;
    if (!acme) return;
    await withTenantScope(seed.tx, { tenantId: acme, master: false }, seed.scope, () => seedDemoPlans(seed.tx, acme));
  },
});
