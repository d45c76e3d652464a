import DataLoader from "dataloader";
import type { Executor } from "../../db/client.js";
import { groupLoader, rowLoader } from "../../graphql/loader.js";
import { featureIdsOfPlans, featuresByIds, featuresForPlans, featuresOfServices, plansByIds, pricingRulesByIds, plansOfServicesLoader, pricingRulesOfPlans, tierModesOfPlans, usageLimitsByIds, usageLimitsOfPlans } from "./plan.service.js";
import type { FeatureRow, PlanRow } from "./plans.tables.js";

export function createPlansLoaders(tx: Executor) {
  return {
    planById: rowLoader((ids) => plansByIds(tx, ids)),
    usageLimitById: rowLoader((ids) => usageLimitsByIds(tx, ids)),
    pricingRuleById: rowLoader((ids) => pricingRulesByIds(tx, ids)),
    featureById: rowLoader((ids) => featuresByIds(tx, ids)),
    usageLimitsOfPlan: groupLoader((ids) => usageLimitsOfPlans(tx, ids), (r) => r.planId),
    pricingRulesOfPlan: groupLoader((ids) => pricingRulesOfPlans(tx, ids), (r) => r.planId),
    tierModesOfPlan: groupLoader((ids) => tierModesOfPlans(tx, ids), (r) => r.planId),
    featuresOfService: groupLoader((ids) => featuresOfServices(tx, ids), (r) => r.serviceId!),
    featureIdsOfPlan: groupLoader((ids) => featureIdsOfPlans(tx, ids), (r) => r.planId),
    /** The features offered on each plan's kind and owner. */
    featuresOfPlan: new DataLoader<PlanRow, FeatureRow[], string>(
      async (planRows) => {
        const all = await featuresForPlans(tx, planRows);
        return planRows.map((p) => all.filter((f) => f.scope === p.kind && f.serviceId === p.serviceId && f.tenantId === p.tenantId));
      },
      { cacheKeyFn: (p) => p.id },
    ),
    applicationPlansOfService: plansOfServicesLoader(tx, "APPLICATION"),
    servicePlansOfService: plansOfServicesLoader(tx, "SERVICE"),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    plans: ReturnType<typeof createPlansLoaders>;
  }
}
