import { MAX_DESCRIPTION_LENGTH, MAX_SERVICE_NAME_LENGTH, MAX_SYSTEM_NAME_LENGTH } from "@gatehouse/schema/catalog";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../../graphql/scalars.js";
import { PlanUserError } from "./plan.errors.js";
import { CostPreview, Feature, Plan, PricingRule, UsageLimit } from "./plan.type.js";
import { PlanKind, TierMode, UsagePeriod } from "./plans.tables.js";

type PlanErrors = InstanceType<typeof PlanUserError>[];

/** Settings every kind of plan has; omitted fields keep their value (or the default, on creation). */
@InputType()
abstract class PlanFeesInput {
  @Field(() => String, { nullable: true, description: "Description; an empty string clears it." })
  description?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Setup fee, ≥ 0, 2 decimals; 0 when omitted on creation." })
  setupFee?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Cost per month, ≥ 0, 2 decimals; 0 when omitted on creation." })
  costPerMonth?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether new subscriptions or applications wait for approval; false when omitted on creation." })
  approvalRequired?: boolean | null;
}

const NAME = `Name (1–${MAX_SERVICE_NAME_LENGTH} characters).`;
const SYSTEM_NAME = `\`[a-z0-9_-]\`, 1–${MAX_SYSTEM_NAME_LENGTH} characters, unique among the owner's plans of the kind; derived from the name when omitted.`;
const TRIAL = "Trial days, 0–3650; 0 (or omitted on creation) for none.";

/** A new plan of a service: an application plan or a service plan. */
@InputType()
abstract class CreateServiceScopedPlanInput extends PlanFeesInput {
  @Field(() => ID, { description: "The service." })
  serviceId: string;
  @Field(() => String, { description: NAME })
  name: string;
  @Field(() => String, { nullable: true, description: SYSTEM_NAME })
  systemName?: string | null;
  @Field(() => Int, { nullable: true, description: TRIAL })
  trialPeriodDays?: number | null;
}

@InputType("CreateApplicationPlanInput", { description: "A new application plan of a service." })
export class CreateApplicationPlanInput extends CreateServiceScopedPlanInput {}

@InputType("CreateServicePlanInput", { description: "A new service plan of a service." })
export class CreateServicePlanInput extends CreateServiceScopedPlanInput {}

@InputType("CreateAccountPlanInput", { description: "A new account plan of the tenant." })
export class CreateAccountPlanInput extends PlanFeesInput {
  @Field(() => String, { description: NAME })
  name: string;
  @Field(() => String, { nullable: true, description: SYSTEM_NAME })
  systemName?: string | null;
}

@InputType("UpdatePlanInput", { description: "Changes to a plan's settings; omitted fields keep their value." })
export class UpdatePlanInput extends PlanFeesInput {
  @Field(() => ID, { description: "The plan." })
  id: string;
  @Field(() => String, { nullable: true, description: NAME })
  name?: string | null;
  @Field(() => Int, { nullable: true, description: `${TRIAL} Service and application plans only.` })
  trialPeriodDays?: number | null;
}

@InputType("PlanIdInput", { description: "A plan." })
export class PlanIdInput {
  @Field(() => ID, { description: "The plan." })
  id: string;
}

@InputType("CopyPlanInput", { description: "The plan to copy, with its limits, pricing rules, features and settings." })
export class CopyPlanInput {
  @Field(() => ID, { description: "The plan to copy." })
  id: string;
  @Field(() => String, { nullable: true, description: 'Name of the copy; "<name> (copy)" when omitted.' })
  name?: string | null;
}

@ObjectType("PlanPayload", { description: "Result of a plan mutation." })
export class PlanPayload {
  @Field(() => Plan, { nullable: true, description: "The plan as it is now." })
  plan: Plan | null;
  @Field(() => [PlanUserError], { description: "Why nothing changed." })
  userErrors: PlanErrors;
}

@ObjectType("DeletePlanPayload", { description: "Result of `deletePlan`." })
export class DeletePlanPayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted plan." })
  deletedPlanId: string | null;
  @Field(() => [PlanUserError], { description: "Why it was not deleted." })
  userErrors: PlanErrors;
}

@InputType("SetUsageLimitInput", { description: "The limit of a metric over a period on a plan (created or replaced)." })
export class SetUsageLimitInput {
  @Field(() => ID, { description: "The application plan." })
  planId: string;
  @Field(() => ID, { description: "A metric or method of the plan's service." })
  metricId: string;
  @Field(() => UsagePeriod.graphql, { description: "The period." })
  period: UsagePeriod;
  @Field(() => DecimalScalar, { description: "Units per period, a whole number ≥ 0; 0 disables the metric on the plan." })
  value: string;
}

@ObjectType("UsageLimitPayload", { description: "Result of `setUsageLimit`." })
export class UsageLimitPayload {
  @Field(() => UsageLimit, { nullable: true, description: "The limit." })
  usageLimit: UsageLimit | null;
  @Field(() => [PlanUserError], { description: "Why nothing changed." })
  userErrors: PlanErrors;
}

@InputType("DeleteUsageLimitInput", { description: "The limit to delete." })
export class DeleteUsageLimitInput {
  @Field(() => ID, { description: "The usage limit." })
  id: string;
}

@ObjectType("DeleteUsageLimitPayload", { description: "Result of `deleteUsageLimit`." })
export class DeleteUsageLimitPayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted limit." })
  deletedUsageLimitId: string | null;
  @Field(() => [PlanUserError], { description: "Why it was not deleted." })
  userErrors: PlanErrors;
}

@InputType("CreatePricingRuleInput", { description: "A price for a range of a metric's monthly units on an application plan." })
export class CreatePricingRuleInput {
  @Field(() => ID, { description: "The application plan." })
  planId: string;
  @Field(() => ID, { description: "A metric or method of the plan's service." })
  metricId: string;
  @Field(() => DecimalScalar, { description: "First unit, a whole number ≥ 1." })
  from: string;
  @Field(() => DecimalScalar, { nullable: true, description: "Last unit (≥ from); omitted for no end." })
  to?: string | null;
  @Field(() => DecimalScalar, { description: "Price per unit, ≥ 0; more than 4 decimals are rounded (half up)." })
  costPerUnit: string;
}

@InputType("UpdatePricingRuleInput", { description: "Changes to a pricing rule." })
export class UpdatePricingRuleInput {
  @Field(() => ID, { description: "The pricing rule." })
  id: string;
  @Field(() => DecimalScalar, { nullable: true, description: "First unit." })
  from?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Last unit; send `unbounded: true` for no end." })
  to?: string | null;
  @Field(() => Boolean, { nullable: true, description: "True to remove the range's end." })
  unbounded?: boolean | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Price per unit." })
  costPerUnit?: string | null;
}

@ObjectType("PricingRulePayload", { description: "Result of `createPricingRule` and `updatePricingRule`." })
export class PricingRulePayload {
  @Field(() => PricingRule, { nullable: true, description: "The rule." })
  pricingRule: PricingRule | null;
  @Field(() => [PlanUserError], { description: "Why nothing changed." })
  userErrors: PlanErrors;
}

@InputType("DeletePricingRuleInput", { description: "The pricing rule to delete." })
export class DeletePricingRuleInput {
  @Field(() => ID, { description: "The pricing rule." })
  id: string;
}

@ObjectType("DeletePricingRulePayload", { description: "Result of `deletePricingRule`." })
export class DeletePricingRulePayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted rule." })
  deletedPricingRuleId: string | null;
  @Field(() => [PlanUserError], { description: "Why it was not deleted." })
  userErrors: PlanErrors;
}

@InputType("SetTierModeInput", { description: "How a plan's pricing rules for one metric price a month." })
export class SetTierModeInput {
  @Field(() => ID, { description: "The application plan." })
  planId: string;
  @Field(() => ID, { description: "The metric or method." })
  metricId: string;
  @Field(() => TierMode.graphql, { description: "GRADUATED or VOLUME." })
  tierMode: TierMode;
}

@InputType("CreateFeatureInput", { description: "A feature plans of one kind can include." })
export class CreateFeatureInput {
  @Field(() => PlanKind.graphql, { description: "The kind of plan it is for." })
  scope: PlanKind;
  @Field(() => ID, { nullable: true, description: "The service (service and application plan features); omitted for account plan features." })
  serviceId?: string | null;
  @Field(() => String, { description: `Name (1–${MAX_SERVICE_NAME_LENGTH} characters).` })
  name: string;
  @Field(() => String, { nullable: true, description: "`[a-z0-9_-]`; derived from the name when omitted." })
  systemName?: string | null;
  @Field(() => String, { nullable: true, description: `What it is (at most ${MAX_DESCRIPTION_LENGTH} characters).` })
  description?: string | null;
}

@InputType("UpdateFeatureInput", { description: "Changes to a feature; omitted fields keep their value. Its system name stays." })
export class UpdateFeatureInput {
  @Field(() => ID, { description: "The feature." })
  id: string;
  @Field(() => String, { nullable: true, description: `Name (1–${MAX_SERVICE_NAME_LENGTH} characters).` })
  name?: string | null;
  @Field(() => String, { nullable: true, description: "Description; an empty string clears it." })
  description?: string | null;
}

@InputType("DeleteFeatureInput", { description: "The feature to delete; plans that include it no longer do." })
export class DeleteFeatureInput {
  @Field(() => ID, { description: "The feature." })
  id: string;
}

@ObjectType("DeleteFeaturePayload", { description: "Result of `deleteFeature`." })
export class DeleteFeaturePayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted feature." })
  deletedFeatureId: string | null;
  @Field(() => [PlanUserError], { description: "Why it was not deleted." })
  userErrors: PlanErrors;
}

@ObjectType("FeaturePayload", { description: "Result of `createFeature`." })
export class FeaturePayload {
  @Field(() => Feature, { nullable: true, description: "The feature." })
  feature: Feature | null;
  @Field(() => [PlanUserError], { description: "Why nothing changed." })
  userErrors: PlanErrors;
}

@InputType("PlanFeatureInput", { description: "A feature and a plan of its scope and owner." })
export class PlanFeatureInput {
  @Field(() => ID, { description: "The plan." })
  planId: string;
  @Field(() => ID, { description: "The feature." })
  featureId: string;
}

@InputType("MetricUsageInput", { description: "A month's usage of one metric." })
export class MetricUsageInput {
  @Field(() => ID, { description: "A metric or method of the plan's service." })
  metricId: string;
  @Field(() => DecimalScalar, { description: "Units, a whole number ≥ 0." })
  quantity: string;
}

export { CostPreview };
