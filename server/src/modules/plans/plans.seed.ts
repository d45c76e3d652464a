import { and, count, eq, inArray } from "drizzle-orm";
import type { SystemActor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { metricsOfServices } from "../catalog/metric.service.js";
import { servicesByIds } from "../catalog/service.service.js";
import { services } from "../catalog/catalog.tables.js";
import { createFeature, createPlan, createPricingRule, deletePlan, setDefaultPlan, setPlanFeature, setUsageLimit } from "./plan.service.js";
import { plans, pricingRules, usageLimits } from "./plans.tables.js";

function must<T extends { ok: boolean }>(what: string, result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`demo ${what}: ${JSON.stringify((result as { userErrors?: unknown }).userErrors)}`);
  return result as Extract<T, { ok: true }>;
}

/**
 * The demo tenant's plans: seed 000's Email API plans Bronze, Silver, Gold and Platinum (Bronze: only the
 * web API; an overall throttle on hits), and a tiered pay-as-you-go plan on the Echo API. A service is
 * seeded once, while its plans are still the ones every service starts with (Basic and Unlimited, no
 * limits): anything an admin changed since is left alone, and a metric that is gone is skipped.
 */
export async function seedDemoPlans(tx: Executor, tenantId: string): Promise<void> {
  const actor: SystemActor = { kind: "system", tenantId, master: false, name: "demo-seed", onBehalfOf: null };
  const serviceId = async (systemName: string) =>
    (await tx.select({ id: services.id }).from(services).where(and(eq(services.tenantId, tenantId), eq(services.systemName, systemName))))[0]?.id;
  const planOf = async (service: string, systemName: string) =>
    (await tx.select().from(plans).where(and(eq(plans.serviceId, service), eq(plans.kind, "APPLICATION"), eq(plans.systemName, systemName))))[0];
  /** Still as created: exactly the application plans Basic and Unlimited, and no limits or pricing on them. */
  const untouched = async (service: string) => {
    const own = await tx.select({ id: plans.id, systemName: plans.systemName }).from(plans).where(and(eq(plans.serviceId, service), eq(plans.kind, "APPLICATION")));
    if (own.map((p) => p.systemName).sort().join(",") !== "basic,unlimited") return false;
    const [limits] = await tx.select({ n: count() }).from(usageLimits).where(inArray(usageLimits.planId, own.map((p) => p.id)));
    const [rules] = await tx.select({ n: count() }).from(pricingRules).where(inArray(pricingRules.planId, own.map((p) => p.id)));
    return (limits?.n ?? 0) + (rules?.n ?? 0) === 0;
  };

  const email = await serviceId("email_api");
  if (email && (await untouched(email))) {
    const metricIds = new Map((await metricsOfServices(tx, [email])).map((m) => [m.systemName, m.id]));
    const tiers = [
      { name: "Bronze", costPerMonth: "9.95", apis: ["web_api"] },
      { name: "Silver", costPerMonth: "79.95", apis: ["web_api", "smtp_api"] },
      { name: "Gold", costPerMonth: "199.95", apis: ["web_api", "smtp_api", "event_webhook"] },
      { name: "Platinum", costPerMonth: "399.95", apis: ["web_api", "smtp_api", "event_webhook", "parse_webhook"] },
    ];
    for (const tier of tiers) {
      const { plan } = must(`plan ${tier.name}`, await createPlan(tx, actor, "APPLICATION", email, { name: tier.name, costPerMonth: tier.costPerMonth }, { state: "PUBLISHED" }));
      // An overall throttle on hits, so a rogue script cannot bring the API down.
      must("throttle", await setUsageLimit(tx, actor, { planId: plan.id, metricId: metricIds.get("hits")!, period: "MINUTE", value: "600" }));
      for (const api of ["web_api", "smtp_api", "event_webhook", "parse_webhook"].filter((a) => !tier.apis.includes(a) && metricIds.has(a))) {
        must(`disable ${api}`, await setUsageLimit(tx, actor, { planId: plan.id, metricId: metricIds.get(api)!, period: "ETERNITY", value: "0" }));
      }
      if (tier.name === "Bronze") must("default", await setDefaultPlan(tx, actor, plan.id));
    }
    // Seed 000 replaces the plans every service starts with.
    for (const systemName of ["basic", "unlimited"]) {
      const plan = await planOf(email, systemName);
      if (plan) must(`delete ${systemName}`, await deletePlan(tx, actor, plan.id));
    }
  }

  const echo = await serviceId("echo_api");
  if (echo && (await untouched(echo))) {
    const [service] = await servicesByIds(tx, [echo]);
    const metricIds = new Map((await metricsOfServices(tx, [echo])).map((m) => [m.systemName, m.id]));
    const basic = await planOf(echo, "basic");
    if (basic) must("basic limit", await setUsageLimit(tx, actor, { planId: basic.id, metricId: metricIds.get("hits")!, period: "DAY", value: "1000" }));
    const { plan } = must(
      "pay as you go",
      await createPlan(tx, actor, "APPLICATION", echo, { name: "Pay as you go", description: "The first 1,000 echoes a month are free.", setupFee: "0", costPerMonth: "5.00", trialPeriodDays: 14 }, { state: "PUBLISHED" }),
    );
    const tiers: [string, string | null, string][] = [
      ["1", "1000", "0"],
      ["1001", "100000", "0.001"],
      ["100001", null, "0.0005"],
    ];
    const echoMethod = metricIds.get("echo");
    for (const [from, to, costPerUnit] of echoMethod ? tiers : []) {
      must("pricing rule", await createPricingRule(tx, actor, { planId: plan.id, metricId: echoMethod!, from, to, costPerUnit }));
    }
    const { feature } = must("feature", await createFeature(tx, actor, { scope: "APPLICATION", serviceId: service!.id, serviceGiven: true, name: "Email support", description: "Answers within one business day." }));
    must("enable feature", await setPlanFeature(tx, actor, { planId: plan.id, featureId: feature.id }, true));
  }
}
