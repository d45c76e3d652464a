import { ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { Field, Int, ObjectType } from "type-graphql";
import { escapeLike } from "../../db/like.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import { Node } from "../../graphql/node.js";
import { DecimalScalar } from "../../graphql/scalars.js";
import { Metric } from "../catalog/service.type.js";
import type { MetricRow } from "../catalog/catalog.tables.js";
import { PlanKind, type PlanRow, PlanState, plans, pricingRules, TierMode, UsagePeriod } from "./plans.tables.js";

@ObjectType("Plan", { implements: Node, description: "An account, service or application plan: what it costs, and for application plans what it allows." })
export class Plan extends Node {
  @Field(() => PlanKind.graphql, { description: "ACCOUNT, SERVICE or APPLICATION." })
  kind: PlanKind;
  @Field(() => String, { description: "Name shown to admins and developers." })
  name: string;
  @Field(() => String, { description: "Unique among the owner's plans of this kind, `[a-z0-9_-]`." })
  systemName: string;
  @Field(() => String, { nullable: true, description: "What the plan offers." })
  description: string | null;
  @Field(() => DecimalScalar, { description: "Charged once, when a subscription starts." })
  setupFee: string;
  @Field(() => DecimalScalar, { description: "Charged every month (prorated by days in the first one)." })
  costPerMonth: string;
  @Field(() => Int, { nullable: true, description: "Days of free trial (service and application plans); null for none." })
  trialPeriodDays: number | null;
  @Field(() => Boolean, { description: "New subscriptions or applications on it wait for an admin's approval." })
  approvalRequired: boolean;
  @Field(() => PlanState.graphql, { description: "HIDDEN or PUBLISHED." })
  state: PlanState;
  @Field(() => Boolean, { description: "The owner's default plan of this kind (signups get it)." })
  isDefault: boolean;
  @Field(() => Date, { description: "When the plan was created." })
  createdAt: Date;
  @Field(() => Date, { description: "When its settings last changed." })
  updatedAt: Date;
}

@ObjectType("UsageLimit", { implements: Node, description: "How much of a metric an application on the plan may use per period; 0 disables the metric." })
export class UsageLimit extends Node {
  @Field(() => UsagePeriod.graphql, { description: "The calendar period (UTC)." })
  period: UsagePeriod;
  @Field(() => DecimalScalar, { description: "Units allowed per period, a whole number ≥ 0 (as a string: it may exceed 2^31)." })
  value: string;
}

@ObjectType("PricingRule", { implements: Node, description: "The price of a metric's units within a range of a month's usage." })
export class PricingRule extends Node {
  @Field(() => DecimalScalar, { description: "First unit of the range (≥ 1)." })
  from: string;
  @Field(() => DecimalScalar, { nullable: true, description: "Last unit of the range; null for no end." })
  to: string | null;
  @Field(() => DecimalScalar, { description: "Price per unit, 4 decimals." })
  costPerUnit: string;
}

@ObjectType("Feature", { implements: Node, description: "Something a plan may include, listed to developers when they compare plans." })
export class Feature extends Node {
  @Field(() => PlanKind.graphql, { description: "The kind of plan it is offered on." })
  scope: PlanKind;
  @Field(() => String, { description: "Name." })
  name: string;
  @Field(() => String, { description: "Unique among the owner's features of this scope." })
  systemName: string;
  @Field(() => String, { nullable: true, description: "What it is." })
  description: string | null;
}

@ObjectType("PlanMetric", { description: "One metric or method of the plan's service, with the plan's limits and pricing for it." })
export class PlanMetric {
  @Field(() => Metric, { description: "The metric or method." })
  metric: MetricRow;
  @Field(() => Boolean, { description: "False when a limit of 0 disables it on this plan." })
  enabled: boolean;
  @Field(() => [UsageLimit], { description: "Its limits, by period." })
  usageLimits: unknown[];
  @Field(() => [PricingRule], { description: "Its pricing rules, by range." })
  pricingRules: unknown[];
  @Field(() => TierMode.graphql, { description: "How its pricing rules price a month." })
  tierMode: TierMode;
}

@ObjectType("PlanFeature", { description: "A feature the plan's owner offers, and whether this plan includes it." })
export class PlanFeature {
  @Field(() => Feature, { description: "The feature." })
  feature: unknown;
  @Field(() => Boolean, { description: "Whether the plan includes it." })
  enabled: boolean;
}

@ObjectType("MetricCost", { description: "What a month's usage of one metric costs on a plan." })
export class MetricCost {
  @Field(() => Metric, { description: "The metric or method." })
  metric: MetricRow;
  @Field(() => DecimalScalar, { description: "Units used." })
  quantity: string;
  @Field(() => DecimalScalar, { description: "Their cost by the plan's pricing rules." })
  cost: string;
}

@ObjectType("CostPreview", { description: "What a month with the given usage would cost on a plan (the first month: setup fee included, no proration, no tax)." })
export class CostPreview {
  @Field(() => DecimalScalar, { description: "The plan's setup fee." })
  setupFee: string;
  @Field(() => DecimalScalar, { description: "The plan's monthly cost." })
  costPerMonth: string;
  @Field(() => [MetricCost], { description: "Variable costs, per metric given." })
  variable: MetricCost[];
  @Field(() => DecimalScalar, { description: "Setup fee + monthly cost + variable costs." })
  total: string;
}

export const planListing = defineListing({
  name: "Plan",
  things: "plans",
  node: Plan,
  table: plans,
  id: plans.id,
  row: {} as PlanRow,
  orders: {
    CREATED_AT: { column: plans.createdAt, description: "Creation time." },
    NAME: { column: plans.name, description: "Name." },
  },
  defaultOrder: { field: "CREATED_AT", direction: "ASC" },
  filters: {
    search: filter.text("Matches the name or system name, case-insensitive.", (search) =>
      or(ilike(plans.name, `%${escapeLike(search)}%`), ilike(plans.systemName, `%${escapeLike(search)}%`)),
    ),
    states: filter.anyOf<PlanState>(PlanState, "Only plans in these states.", (states) => inArray(plans.state, states)),
  },
});
export type PlanListArgs = ListingArgsOf<typeof planListing>;

/**
 * For other modules' filters (applications "paid or free"): the plan in `planColumn` costs something — a
 * setup fee, a monthly cost, or pricing rules (porta's `paid?`).
 */
export function paidPlanCondition(planColumn: PgColumn): SQL {
  return sql`exists (select 1 from ${plans} where ${plans.id} = ${planColumn} and (${plans.setupFee} > 0 or ${plans.costPerMonth} > 0 or exists (select 1 from ${pricingRules} where ${pricingRules.planId} = ${plans.id})))`;
}
