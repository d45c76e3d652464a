import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context } from "../../graphql/context.js";
import { badUserInput, notFound } from "../../graphql/errors.js";
import { rowIdOf } from "../../graphql/node.js";
import { Metric, Service } from "../catalog/service.type.js";
import type { MetricRow, ServiceRow } from "../catalog/catalog.tables.js";
import {
  CopyPlanInput,
  CreateFeatureInput,
  CreateAccountPlanInput,
  CreateApplicationPlanInput,
  CreateServicePlanInput,
  CreatePricingRuleInput,
  DeleteFeatureInput,
  DeleteFeaturePayload,
  DeletePlanPayload,
  DeletePricingRuleInput,
  DeletePricingRulePayload,
  DeleteUsageLimitInput,
  DeleteUsageLimitPayload,
  FeaturePayload,
  MetricUsageInput,
  PlanFeatureInput,
  PlanIdInput,
  PlanPayload,
  PricingRulePayload,
  SetTierModeInput,
  SetUsageLimitInput,
  UpdateFeatureInput,
  UpdatePlanInput,
  UpdatePricingRuleInput,
  UsageLimitPayload,
} from "./plan.input.js";
import * as planService from "./plan.service.js";
import { CostPreview, Feature, Plan, type PlanListArgs, planListing, PlanMetric, PricingRule, UsageLimit, PlanFeature } from "./plan.type.js";
import type { FeatureRow, PlanKind, PlanRow, PricingRuleRow, UsageLimitRow } from "./plans.tables.js";

type Result<K extends string, T> = { ok: true } & Record<K, T>;
const payload = <K extends string, T>(key: K, result: Result<K, T> | { ok: false; userErrors: planService.PlanError[] }) =>
  result.ok ? { [key]: result[key], userErrors: [] } : { [key]: null, userErrors: result.userErrors };

async function createPlanOf(ctx: Context, kind: PlanKind, input: CreateApplicationPlanInput | CreateServicePlanInput | CreateAccountPlanInput) {
  const { serviceId, ...data } = { serviceId: null, ...input };
  // A service's ID that names none is NOT_FOUND (an empty row id finds nothing).
  const service = serviceId === null ? null : (rowIdOf(serviceId, "Service") ?? "");
  return payload("plan", await planService.createPlan(ctx.tx, actorOf(ctx), kind, service, data));
}

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => Plan, { description: "One plan by ID (NOT_FOUND when the tenant has none with it)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async plan(@Arg("id", () => ID, { description: "Global ID of the plan." }) id: string, @Ctx() ctx: Context) {
    const rowId = rowIdOf(id, "Plan");
    const plan = rowId ? await ctx.loaders.plans.planById.load(rowId) : null;
    if (!plan) throw notFound("Plan");
    return plan;
  }

  @Query(() => planListing.Connection, { description: "The tenant's account plans." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  accountPlans(@Args(() => planListing.Args) args: PlanListArgs, @Ctx() ctx: Context) {
    return planService.listAccountPlans(ctx.tx, actorOf(ctx), args);
  }

  @Query(() => CostPreview, { description: "What a month with this usage would cost on a plan: setup fee, monthly cost and each metric's variable cost." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async costPreview(
    @Arg("planId", () => ID, { description: "The plan." }) planId: string,
    @Arg("usage", () => [MetricUsageInput], { description: "A month's usage per metric (at most 100 lines, each metric once)." }) usage: MetricUsageInput[],
    @Ctx() ctx: Context,
  ) {
    const result = await planService.costPreview(
      ctx.tx,
      rowIdOf(planId, "Plan"),
      usage.map((u) => ({ metricId: rowIdOf(u.metricId, "Metric"), quantity: u.quantity })),
    );
    if (!result) throw notFound("Plan");
    if (!result.ok) throw badUserInput(result.problem, result.field);
    return result.preview;
  }

  @FieldResolver(() => Service, { nullable: true, description: "The service of a service or application plan; null for an account plan." })
  async service(@Root() plan: PlanRow, @Ctx() ctx: Context) {
    return plan.serviceId ? ctx.loaders.catalog.serviceById.load(plan.serviceId) : null;
  }

  @FieldResolver(() => [PlanMetric], { description: "Every metric and method of the plan's service with this plan's limits and pricing (empty for account and service plans)." })
  async metrics(@Root() plan: PlanRow, @Ctx() ctx: Context) {
    if (plan.kind !== "APPLICATION" || !plan.serviceId) return [];
    const [serviceMetrics, limits, rules, modes] = await Promise.all([
      ctx.loaders.catalog.metricsOfService.load(plan.serviceId),
      ctx.loaders.plans.usageLimitsOfPlan.load(plan.id),
      ctx.loaders.plans.pricingRulesOfPlan.load(plan.id),
      ctx.loaders.plans.tierModesOfPlan.load(plan.id),
    ]);
    return serviceMetrics.map((metric: MetricRow) => {
      const own = limits.filter((l) => l.metricId === metric.id);
      return {
        metric,
        enabled: !own.some((l) => l.value === 0),
        usageLimits: own,
        pricingRules: rules.filter((r) => r.metricId === metric.id),
        tierMode: modes.find((m) => m.metricId === metric.id)?.tierMode ?? "GRADUATED",
      };
    });
  }

  @FieldResolver(() => [PlanFeature], { description: "The features offered on plans of its kind and owner, and whether this plan includes each." })
  async features(@Root() plan: PlanRow, @Ctx() ctx: Context) {
    const [offered, included] = await Promise.all([ctx.loaders.plans.featuresOfPlan.load(plan), ctx.loaders.plans.featureIdsOfPlan.load(plan.id)]);
    const on = new Set(included.map((f) => f.featureId));
    return offered.map((feature: FeatureRow) => ({ feature, enabled: on.has(feature.id) }));
  }

  @Mutation(() => PlanPayload, { description: "Creates an application plan of a service (hidden until published)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  createApplicationPlan(@Arg("input", () => CreateApplicationPlanInput, { description: "The plan." }) input: CreateApplicationPlanInput, @Ctx() ctx: Context) {
    return createPlanOf(ctx, "APPLICATION", input);
  }

  @Mutation(() => PlanPayload, { description: "Creates a service plan of a service (hidden until published)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  createServicePlan(@Arg("input", () => CreateServicePlanInput, { description: "The plan." }) input: CreateServicePlanInput, @Ctx() ctx: Context) {
    return createPlanOf(ctx, "SERVICE", input);
  }

  @Mutation(() => PlanPayload, { description: "Creates an account plan of the tenant (hidden until published)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  createAccountPlan(@Arg("input", () => CreateAccountPlanInput, { description: "The plan." }) input: CreateAccountPlanInput, @Ctx() ctx: Context) {
    return createPlanOf(ctx, "ACCOUNT", input);
  }

  @Mutation(() => PlanPayload, { description: "Changes a plan's settings." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async updatePlan(@Arg("input", () => UpdatePlanInput, { description: "The changes." }) input: UpdatePlanInput, @Ctx() ctx: Context) {
    const { id, ...settings } = input;
    return payload("plan", await planService.updatePlan(ctx.tx, actorOf(ctx), rowIdOf(id, "Plan"), settings));
  }

  @Mutation(() => PlanPayload, { description: "Copies a plan with its limits, pricing rules, features and settings; the copy is hidden." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async copyPlan(@Arg("input", () => CopyPlanInput, { description: "The plan to copy." }) input: CopyPlanInput, @Ctx() ctx: Context) {
    return payload("plan", await planService.copyPlan(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Plan"), input.name));
  }

  @Mutation(() => PlanPayload, { description: "Publishes a plan: developers can pick it." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async publishPlan(@Arg("input", () => PlanIdInput, { description: "The plan." }) input: PlanIdInput, @Ctx() ctx: Context) {
    return payload("plan", await planService.setPlanState(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Plan"), "PUBLISHED"));
  }

  @Mutation(() => PlanPayload, { description: "Hides a plan: only admins can give it." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async hidePlan(@Arg("input", () => PlanIdInput, { description: "The plan." }) input: PlanIdInput, @Ctx() ctx: Context) {
    return payload("plan", await planService.setPlanState(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Plan"), "HIDDEN"));
  }

  @Mutation(() => PlanPayload, { description: "Makes a plan its owner's default of its kind (what signups get)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async setDefaultPlan(@Arg("input", () => PlanIdInput, { description: "The plan." }) input: PlanIdInput, @Ctx() ctx: Context) {
    return payload("plan", await planService.setDefaultPlan(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Plan")));
  }

  @Mutation(() => DeletePlanPayload, { description: "Deletes a plan nobody is on (PLAN_IN_USE otherwise)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deletePlan(@Arg("input", () => PlanIdInput, { description: "The plan." }) input: PlanIdInput, @Ctx() ctx: Context) {
    const result = await planService.deletePlan(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Plan"));
    return result.ok ? { deletedPlanId: input.id, userErrors: [] } : { deletedPlanId: null, userErrors: result.userErrors };
  }

  @Mutation(() => UsageLimitPayload, { description: "Sets the limit of a metric over a period on an application plan (0 disables the metric)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async setUsageLimit(@Arg("input", () => SetUsageLimitInput, { description: "The limit." }) input: SetUsageLimitInput, @Ctx() ctx: Context) {
    return payload(
      "usageLimit",
      await planService.setUsageLimit(ctx.tx, actorOf(ctx), { planId: rowIdOf(input.planId, "Plan"), metricId: rowIdOf(input.metricId, "Metric"), period: input.period, value: input.value }),
    );
  }

  @Mutation(() => DeleteUsageLimitPayload, { description: "Deletes a usage limit." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deleteUsageLimit(@Arg("input", () => DeleteUsageLimitInput, { description: "The limit." }) input: DeleteUsageLimitInput, @Ctx() ctx: Context) {
    const result = await planService.deleteUsageLimit(ctx.tx, actorOf(ctx), rowIdOf(input.id, "UsageLimit"));
    return result.ok ? { deletedUsageLimitId: input.id, userErrors: [] } : { deletedUsageLimitId: null, userErrors: result.userErrors };
  }

  @Mutation(() => PricingRulePayload, { description: "Adds a pricing rule; its range must not overlap another of the same plan and metric." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createPricingRule(@Arg("input", () => CreatePricingRuleInput, { description: "The rule." }) input: CreatePricingRuleInput, @Ctx() ctx: Context) {
    return payload(
      "pricingRule",
      await planService.createPricingRule(ctx.tx, actorOf(ctx), { ...input, planId: rowIdOf(input.planId, "Plan"), metricId: rowIdOf(input.metricId, "Metric") }),
    );
  }

  @Mutation(() => PricingRulePayload, { description: "Changes a pricing rule's range or price." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async updatePricingRule(@Arg("input", () => UpdatePricingRuleInput, { description: "The changes." }) input: UpdatePricingRuleInput, @Ctx() ctx: Context) {
    const { id, ...data } = input;
    return payload("pricingRule", await planService.updatePricingRule(ctx.tx, actorOf(ctx), rowIdOf(id, "PricingRule"), data));
  }

  @Mutation(() => DeletePricingRulePayload, { description: "Deletes a pricing rule." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deletePricingRule(@Arg("input", () => DeletePricingRuleInput, { description: "The rule." }) input: DeletePricingRuleInput, @Ctx() ctx: Context) {
    const result = await planService.deletePricingRule(ctx.tx, actorOf(ctx), rowIdOf(input.id, "PricingRule"));
    return result.ok ? { deletedPricingRuleId: input.id, userErrors: [] } : { deletedPricingRuleId: null, userErrors: result.userErrors };
  }

  @Mutation(() => PlanPayload, { description: "Sets how an application plan's pricing rules for one metric price a month (GRADUATED or VOLUME)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async setTierMode(@Arg("input", () => SetTierModeInput, { description: "The plan, metric and mode." }) input: SetTierModeInput, @Ctx() ctx: Context) {
    return payload("plan", await planService.setTierMode(ctx.tx, actorOf(ctx), { planId: rowIdOf(input.planId, "Plan"), metricId: rowIdOf(input.metricId, "Metric"), tierMode: input.tierMode }));
  }

  @Mutation(() => FeaturePayload, { description: "Creates a feature that plans of one kind (and service) can include." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createFeature(@Arg("input", () => CreateFeatureInput, { description: "The feature." }) input: CreateFeatureInput, @Ctx() ctx: Context) {
    return payload(
      "feature",
      await planService.createFeature(ctx.tx, actorOf(ctx), {
        ...input,
        serviceGiven: input.serviceId != null,
        serviceId: input.serviceId != null ? rowIdOf(input.serviceId, "Service") : null,
      }),
    );
  }

  @Mutation(() => FeaturePayload, { description: "Renames a feature or changes its description." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async updateFeature(@Arg("input", () => UpdateFeatureInput, { description: "The changes." }) input: UpdateFeatureInput, @Ctx() ctx: Context) {
    const { id, ...data } = input;
    return payload("feature", await planService.updateFeature(ctx.tx, actorOf(ctx), rowIdOf(id, "Feature"), data));
  }

  @Mutation(() => DeleteFeaturePayload, { description: "Deletes a feature; the plans that included it no longer do." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deleteFeature(@Arg("input", () => DeleteFeatureInput, { description: "The feature." }) input: DeleteFeatureInput, @Ctx() ctx: Context) {
    const result = await planService.deleteFeature(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Feature"));
    return result.ok ? { deletedFeatureId: input.id, userErrors: [] } : { deletedFeatureId: null, userErrors: result.userErrors };
  }

  @Query(() => [Feature], { description: "The features the tenant offers on account plans, in creation order." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  accountFeatures(@Ctx() ctx: Context) {
    return planService.accountFeatures(ctx.tx, actorOf(ctx));
  }

  @Mutation(() => PlanPayload, { description: "Includes a feature in a plan." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async enableFeature(@Arg("input", () => PlanFeatureInput, { description: "The plan and the feature." }) input: PlanFeatureInput, @Ctx() ctx: Context) {
    return payload("plan", await planService.setPlanFeature(ctx.tx, actorOf(ctx), { planId: rowIdOf(input.planId, "Plan"), featureId: rowIdOf(input.featureId, "Feature") }, true));
  }

  @Mutation(() => PlanPayload, { description: "Leaves a feature out of a plan." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async disableFeature(@Arg("input", () => PlanFeatureInput, { description: "The plan and the feature." }) input: PlanFeatureInput, @Ctx() ctx: Context) {
    return payload("plan", await planService.setPlanFeature(ctx.tx, actorOf(ctx), { planId: rowIdOf(input.planId, "Plan"), featureId: rowIdOf(input.featureId, "Feature") }, false));
  }
}

/** The plans module adds a service's plans and features to the catalog's Service type. */
@Resolver(() => Service)
export class ServicePlansResolver {
  @FieldResolver(() => planListing.Connection, { description: "The service's application plans." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  applicationPlans(@Root() service: ServiceRow, @Args(() => planListing.Args) args: PlanListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.plans.applicationPlansOfService(service.id, args);
  }

  @FieldResolver(() => [Feature], { description: "The features offered on its application and service plans (see `scope`), in creation order." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  features(@Root() service: ServiceRow, @Ctx() ctx: Context) {
    return ctx.loaders.plans.featuresOfService.load(service.id);
  }

  @FieldResolver(() => planListing.Connection, { description: "The service's service plans." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  servicePlans(@Root() service: ServiceRow, @Args(() => planListing.Args) args: PlanListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.plans.servicePlansOfService(service.id, args);
  }
}

@Resolver(() => UsageLimit)
export class UsageLimitResolver {
  @FieldResolver(() => Plan, { description: "The plan." })
  async plan(@Root() limit: UsageLimitRow, @Ctx() ctx: Context) {
    return ctx.loaders.plans.planById.load(limit.planId);
  }

  @FieldResolver(() => Metric, { description: "The metric or method it limits." })
  async metric(@Root() limit: UsageLimitRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.metricById.load(limit.metricId);
  }
}

@Resolver(() => PricingRule)
export class PricingRuleResolver {
  @FieldResolver(() => Plan, { description: "The plan." })
  async plan(@Root() rule: PricingRuleRow, @Ctx() ctx: Context) {
    return ctx.loaders.plans.planById.load(rule.planId);
  }

  @FieldResolver(() => Metric, { description: "The metric or method it prices." })
  async metric(@Root() rule: PricingRuleRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.metricById.load(rule.metricId);
  }
}

@Resolver(() => Feature)
export class FeatureResolver {
  @FieldResolver(() => Service, { nullable: true, description: "The service of a service or application plan feature; null for an account plan feature." })
  async service(@Root() feature: FeatureRow, @Ctx() ctx: Context) {
    return feature.serviceId ? ctx.loaders.catalog.serviceById.load(feature.serviceId) : null;
  }
}
