import DataLoader from "dataloader";
import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { rowLoader } from "../../graphql/loader.js";
import { featureIdsOfPlans, featuresByIds, featuresForPlans, plansByIds, pricingRulesByIds, pricingRulesOfPlans, tierModesOfPlans, usageLimitsByIds, usageLimitsOfPlans } from "./plan.service.js";
import { planListing } from "./plan.type.js";
import { type FeatureRow, type PlanRow, plans } from "./plans.tables.js";

/** Rows of many parents in one statement, handed out per parent key. */
function groupedLoader<Row>(fetch: (keys: readonly string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
  return new DataLoader<string, Row[]>(async (keys) => {
    const groups = new Map<string, Row[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}

export function createPlansLoaders(tx: Executor) {
  return {
    planById: rowLoader((ids) => plansByIds(tx, ids)),
    usageLimitById: rowLoader((ids) => usageLimitsByIds(tx, ids)),
    pricingRuleById: rowLoader((ids) => pricingRulesByIds(tx, ids)),
    featureById: rowLoader((ids) => featuresByIds(tx, ids)),
    usageLimitsOfPlan: groupedLoader((ids) => usageLimitsOfPlans(tx, ids), (r) => r.planId),
    pricingRulesOfPlan: groupedLoader((ids) => pricingRulesOfPlans(tx, ids), (r) => r.planId),
    tierModesOfPlan: groupedLoader((ids) => tierModesOfPlans(tx, ids), (r) => r.planId),
    featureIdsOfPlan: groupedLoader((ids) => featureIdsOfPlans(tx, ids), (r) => r.planId),
    /** The features offered on each plan's kind and owner. */
    featuresOfPlan: new DataLoader<PlanRow, FeatureRow[], string>(
      async (planRows) => {
        const all = await featuresForPlans(tx, planRows);
        return planRows.map((p) => all.filter((f) => f.scope === p.kind && f.serviceId === p.serviceId && f.tenantId === p.tenantId));
      },
      { cacheKeyFn: (p) => p.id },
    ),
    applicationPlansOfService: planListing.nested(tx, plans.serviceId, { base: eq(plans.kind, "APPLICATION") }),
    servicePlansOfService: planListing.nested(tx, plans.serviceId, { base: and(eq(plans.kind, "SERVICE")) }),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    plans: ReturnType<typeof createPlansLoaders>;
  }
}
