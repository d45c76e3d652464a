import DataLoader from "dataloader";
import type { Executor } from "../../db/client.js";
import { groupLoader, rowById, rowLoader } from "../../graphql/loader.js";
import { featureIdsOfPlans, featuresByIds, featuresForPlans, featuresOfServices, pricingRulesByIds, plansOfServicesLoader, pricingRulesOfPlans, tierModesOfPlans, usageLimitsByIds, usageLimitsOfPlans } from "./plan.service.js";
import { Plan } from "./plan.type.js";
import { type FeatureRow, type PlanRow, plans } from "./plans.tables.js";

/** A plan by id; listings fetch it ahead with their rows (an application's plan). */
const planById = rowById(plans, "plan", Plan);

export function createPlansLoaders(tx: Executor) {
  return {
    planById: planById(tx),
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
