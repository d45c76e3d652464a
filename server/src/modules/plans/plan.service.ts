import {
  deriveServiceSystemName,
  MAX_DESCRIPTION_LENGTH,
  MAX_SERVICE_NAME_LENGTH,
  serviceSystemNameProblem,
  systemNameCandidate,
} from "@gatehouse/schema/catalog";
import { canonicalDecimal, monthlyCost, overlappingRule, pricingRuleProblem, roundCostPerUnit, variableCost } from "@gatehouse/schema/pricing";
import { and, asc, count, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { advisoryXactLock } from "../../db/locks.js";
import { rowsByIds } from "../../db/statement.js";
import { userError, type UserErrorOf, type UserOutcome } from "../../graphql/user-error.js";
import type { MetricRow, ServiceRow } from "../catalog/catalog.tables.js";
import { lockServiceOf, servicesByIds } from "../catalog/service.service.js";
import { metricsByIds, metricsOfServices } from "../catalog/metric.service.js";
import { changesOf, emit } from "../events/events.service.js";
import { PlanErrorCode } from "./plan.errors.js";
import { type PlanListArgs, planListing } from "./plan.type.js";
import {
  type FeatureRow,
  features,
  planFeatures,
  planMetricPricing,
  type PlanKind,
  type PlanRow,
  plans,
  type PlanState,
  type PricingRuleRow,
  pricingRules,
  type TierMode,
  type UsageLimitRow,
  usageLimits,
  type UsagePeriod,
} from "./plans.tables.js";
import { ofTenant } from "../../kit/listing.js";

export type PlanError = UserErrorOf<PlanErrorCode>;
export type Outcome<T> = UserOutcome<T, PlanErrorCode>;

export const plansByIds = rowsByIds(plans);

/** Which of these plans cost something (a setup fee, a monthly cost or pricing rules): porta's `paid?`. */
export async function paidPlanIds(tx: Executor, planIds: readonly string[]): Promise<Set<string>> {
  if (!planIds.length) return new Set();
  const rows = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        inArray(plans.id, [...planIds]),
        sql`(${plans.setupFee} > 0 or ${plans.costPerMonth} > 0 or exists (select 1 from ${pricingRules} where ${pricingRules.planId} = ${plans.id}))`,
      ),
    );
  return new Set(rows.map((r) => r.id));
}
export const usageLimitsByIds = rowsByIds(usageLimits);
export const pricingRulesByIds = rowsByIds(pricingRules);
export const featuresByIds = rowsByIds(features);

/** Bounds that keep one owner's plans and features manageable. */
export const MAX_PLANS_PER_OWNER = 200;
export const MAX_FEATURES_PER_OWNER = 200;
/** The largest whole number a limit or range bound may be (exact in JavaScript and in bigint). */
const MAX_UNITS = Number.MAX_SAFE_INTEGER;

const notFound = (what: string, field: string[]): PlanError => userError(PlanErrorCode.NOT_FOUND, `No such ${what}.`, field);
const ownerOf = (kind: PlanKind) => (kind === "ACCOUNT" ? "the tenant" : "the service");
const OwnerOf = (kind: PlanKind) => (kind === "ACCOUNT" ? "The tenant" : "The service");

// ── how the audit log names things ───────────────────────────────────────────────────────

const KIND_NAME: Record<PlanKind, string> = { ACCOUNT: "account plan", SERVICE: "service plan", APPLICATION: "application plan" };
/** `the application plan "Gold" of Email API`, `the account plan "Enterprise"`. */
const planPhrase = (plan: PlanRow, service: ServiceRow | null, withService = true) =>
  `the ${KIND_NAME[plan.kind]} "${plan.name}"${withService && service ? ` of ${service.name}` : ""}`;
const planTarget = (plan: PlanRow) => ({ type: "Plan", id: plan.id, name: plan.name });
/** `for application plans of Weather`, `for account plans`. */
const featureOwner = (feature: FeatureRow, service: ServiceRow | null) => `for ${KIND_NAME[feature.scope]}s${service ? ` of ${service.name}` : ""}`;
const featureTarget = (feature: FeatureRow) => ({ type: "Feature", id: feature.id, name: feature.name });
const PER: Record<UsagePeriod, string> = {
  MINUTE: "per minute",
  HOUR: "per hour",
  DAY: "per day",
  WEEK: "per week",
  MONTH: "per month",
  YEAR: "per year",
  ETERNITY: "in total",
};
/** `Echo 1000 per day`. */
const limitName = (limit: UsageLimitRow, metric: MetricRow) => `${metric.friendlyName} ${limit.value} ${PER[limit.period]}`;
const limitTarget = (limit: UsageLimitRow, metric: MetricRow) => ({ type: "UsageLimit", id: limit.id, name: limitName(limit, metric) });
/** `Echo 1–1000 @ 0.0010`, `Echo 100001–∞ @ 0.0005`. */
const ruleName = (rule: PricingRuleRow, metric: MetricRow) => `${metric.friendlyName} ${rule.from}–${rule.to ?? "∞"} @ ${rule.costPerUnit}`;
const ruleTarget = (rule: PricingRuleRow, metric: MetricRow) => ({ type: "PricingRule", id: rule.id, name: ruleName(rule, metric) });
/** The plan settings an update may change, as the API names them. */
const PLAN_FIELDS = ["name", "description", "setupFee", "costPerMonth", "trialPeriodDays", "approvalRequired"] as const;

async function metricOf(tx: Executor, metricId: string): Promise<MetricRow> {
  const [metric] = await metricsByIds(tx, [metricId]);
  return metric!;
}

// ── who else cares about plans ───────────────────────────────────────────────────────────────

/**
 * Accounts, subscriptions and applications on a plan, and pending requests to move onto it (the
 * accounts and applications modules register theirs): a plan anyone is on or asks for cannot be deleted.
 */
export interface PlanUsers {
  /** `what` in words for the count ("applications"); `asking`: they ask for the plan rather than being on it. */
  count(tx: Executor, plan: PlanRow): Promise<{ count: number; what: string; asking?: boolean }>;
}
const planUsers: PlanUsers[] = [];
export function registerPlanUsers(users: PlanUsers): void {
  planUsers.push(users);
}

// ── reads ────────────────────────────────────────────────────────────────────────────────

/**
 * Locks a plan's owner for the rest of the transaction: its service (the catalog's lock, which metric
 * deletions and service deletions take too), or for account plans the tenant's account plans (an
 * advisory lock). Every plan write takes the owner first and the plan second, so they never deadlock
 * with each other or with the catalog, and defaults, limits and metrics change one writer at a time.
 */
async function lockOwner(tx: Executor, actor: Actor, kind: PlanKind, serviceId: string | null): Promise<{ service: ServiceRow | null } | null> {
  if (kind !== "ACCOUNT") {
    const service = await lockServiceOf(tx, actor, serviceId);
    return service ? { service } : null;
  }
  await advisoryXactLock(tx, `gatehouse:account-plans:${actor.tenantId}`);
  return { service: null };
}

/**
 * The plan, with its owner and then itself locked until the transaction ends, if it is the actor's
 * tenant's; with its service (null for account plans), which the audit log names.
 */
async function lockPlan(tx: Executor, actor: Actor, planId: string | null): Promise<{ plan: PlanRow; service: ServiceRow | null } | null> {
  if (!planId) return null;
  const [found] = await tx
    .select({ kind: plans.kind, serviceId: plans.serviceId })
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.tenantId, actor.tenantId)));
  const owner = found ? await lockOwner(tx, actor, found.kind, found.serviceId) : null;
  if (!owner) return null;
  const [row] = await tx
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.tenantId, actor.tenantId)))
    .for("no key update");
  return row ? { plan: row, service: owner.service } : null;
}

export async function usageLimitsOfPlans(tx: Executor, planIds: readonly string[]): Promise<UsageLimitRow[]> {
  if (planIds.length === 0) return [];
  return tx.select().from(usageLimits).where(inArray(usageLimits.planId, [...planIds])).orderBy(asc(usageLimits.planId), asc(usageLimits.createdAt), asc(usageLimits.id));
}

export async function pricingRulesOfPlans(tx: Executor, planIds: readonly string[]): Promise<PricingRuleRow[]> {
  if (planIds.length === 0) return [];
  return tx.select().from(pricingRules).where(inArray(pricingRules.planId, [...planIds])).orderBy(asc(pricingRules.planId), asc(pricingRules.from), asc(pricingRules.id));
}

export async function tierModesOfPlans(tx: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return tx.select().from(planMetricPricing).where(inArray(planMetricPricing.planId, [...planIds]));
}

/** Ids of the features each plan includes. */
export async function featureIdsOfPlans(tx: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return tx.select({ planId: planFeatures.planId, featureId: planFeatures.featureId }).from(planFeatures).where(inArray(planFeatures.planId, [...planIds]));
}

/** The features offered on the given plans' kind and owner, per plan (one statement for any number of plans). */
export async function featuresForPlans(tx: Executor, planRows: readonly PlanRow[]): Promise<FeatureRow[]> {
  if (planRows.length === 0) return [];
  const serviceIds = [...new Set(planRows.map((p) => p.serviceId).filter((id): id is string => id !== null))];
  const tenantLevel = planRows.some((p) => p.kind === "ACCOUNT");
  const conditions = [
    serviceIds.length ? inArray(features.serviceId, serviceIds) : undefined,
    tenantLevel ? and(isNull(features.serviceId), eq(features.tenantId, planRows[0]!.tenantId)) : undefined,
  ].filter(Boolean);
  return tx
    .select()
    .from(features)
    .where(sql.join(conditions as ReturnType<typeof sql>[], sql` or `))
    .orderBy(asc(features.createdAt), asc(features.id));
}

/** The tenant's account plans, a page at a time. */
export function listAccountPlans(tx: Executor, actor: Actor, args: PlanListArgs) {
  return planListing.list(tx, args, ofTenant(plans.tenantId, actor.tenantId, { key: "account-plans", where: and(eq(plans.kind, "ACCOUNT"), isNull(plans.serviceId)) }));
}

/** The application (or service) plans of many services, nested under each: one query per page request (create per request). */
export function plansOfServicesLoader(tx: Executor, kind: "APPLICATION" | "SERVICE") {
  // Applications' custom plans are theirs alone: not listed with the service's plans.
  return planListing.nested(tx, plans.serviceId, { base: and(eq(plans.kind, kind), isNull(plans.customForApplicationId)) });
}

// ── plans ────────────────────────────────────────────────────────────────────────────────

export interface PlanSettings {
  name?: string | null;
  description?: string | null;
  setupFee?: string | null;
  costPerMonth?: string | null;
  trialPeriodDays?: number | null;
  approvalRequired?: boolean | null;
}

/** A fee: ≥ 0, at most 2 decimals, at most 18 digits before the point. */
function feeProblem(value: string): string | null {
  if (!/^\d{1,18}(\.\d{1,2})?$/.test(value)) return "Use an amount ≥ 0 with at most 2 decimals.";
  return null;
}

function checkSettings(kind: PlanKind, input: PlanSettings, errors: PlanError[]): Partial<PlanRow> {
  const values: Partial<PlanRow> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) errors.push(userError(PlanErrorCode.BLANK, "Give the plan a name.", ["input", "name"]));
    else if (name.length > MAX_SERVICE_NAME_LENGTH) errors.push(userError(PlanErrorCode.TOO_LONG, `Use at most ${MAX_SERVICE_NAME_LENGTH} characters.`, ["input", "name"]));
    values.name = name;
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > MAX_DESCRIPTION_LENGTH) errors.push(userError(PlanErrorCode.TOO_LONG, `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`, ["input", "description"]));
    values.description = description || null;
  }
  for (const key of ["setupFee", "costPerMonth"] as const) {
    const value = input[key];
    if (value == null) continue;
    const problem = feeProblem(value);
    if (problem) errors.push(userError(PlanErrorCode.INVALID, problem, ["input", key]));
    else values[key] = canonicalDecimal(value);
  }
  if (input.trialPeriodDays != null) {
    if (kind === "ACCOUNT") errors.push(userError(PlanErrorCode.INVALID, "Account plans have no trial period.", ["input", "trialPeriodDays"]));
    else if (!Number.isInteger(input.trialPeriodDays) || input.trialPeriodDays < 0 || input.trialPeriodDays > 3650) {
      errors.push(userError(PlanErrorCode.INVALID, "Use 0 to 3650 days.", ["input", "trialPeriodDays"]));
    } else values.trialPeriodDays = input.trialPeriodDays || null;
  }
  if (input.approvalRequired != null) values.approvalRequired = input.approvalRequired;
  return values;
}

/** The plans of an owner (the tenant's account plans, or a service's plans of a kind); applications' custom plans are not among them. */
const ownerCondition = (tenantId: string, kind: PlanKind, serviceId: string | null) =>
  and(eq(plans.tenantId, tenantId), eq(plans.kind, kind), serviceId ? eq(plans.serviceId, serviceId) : isNull(plans.serviceId), isNull(plans.customForApplicationId));

async function insertPlan(tx: Executor, row: Omit<typeof plans.$inferInsert, "systemName">, base: string, derived: boolean): Promise<PlanRow | null> {
  for (let attempt = 1; attempt <= (derived ? 50 : 1); attempt++) {
    const [created] = await tx
      .insert(plans)
      .values({ ...row, systemName: derived ? systemNameCandidate(base, attempt) : base })
      .onConflictDoNothing()
      .returning();
    if (created) return created;
  }
  return null;
}

export interface CreatePlanData extends PlanSettings {
  name: string;
  systemName?: string | null;
}

/**
 * Creates a plan of a kind: an account plan of the tenant, or a service or application plan of a service
 * (`plan.created`; a new service's or tenant's own plans, published or the default, say so).
 */
export async function createPlan(
  tx: Executor,
  actor: Actor,
  kind: PlanKind,
  serviceId: string | null,
  input: CreatePlanData,
  extra: { state?: PlanState; isDefault?: boolean } = {},
): Promise<Outcome<{ plan: PlanRow }>> {
  const created = await insertNewPlan(tx, actor, kind, serviceId, input, extra);
  if (!created.ok) return created;
  const { plan, service } = created;
  const state = [plan.state === "PUBLISHED" ? "published" : null, plan.isDefault ? "the default" : null].filter(Boolean);
  await emit(tx, actor, {
    type: "plan",
    action: "created",
    target: planTarget(plan),
    summary: `Created ${planPhrase(plan, service)}${state.length ? ` (${state.join(", ")})` : ""}.`,
  });
  return { ok: true, plan };
}

/** A new plan's row, checked and inserted (the callers report it). */
async function insertNewPlan(
  tx: Executor,
  actor: Actor,
  kind: PlanKind,
  serviceId: string | null,
  input: CreatePlanData,
  extra: { state?: PlanState; isDefault?: boolean; customForApplicationId?: string; customizedFromPlanId?: string },
): Promise<Outcome<{ plan: PlanRow; service: ServiceRow | null }>> {
  let service: ServiceRow | null = null;
  if (kind !== "ACCOUNT") {
    service = await lockServiceOf(tx, actor, serviceId);
    if (!service) return { ok: false, userErrors: [notFound("service", ["input", "serviceId"])] };
  } else if (serviceId !== null) {
    return { ok: false, userErrors: [userError(PlanErrorCode.INVALID, "Account plans belong to the tenant: give no service.", ["input", "serviceId"])] };
  } else await lockOwner(tx, actor, kind, null);
  const errors: PlanError[] = [];
  const values = checkSettings(kind, { ...input, name: input.name ?? "" }, errors);
  const given = input.systemName?.trim() || null;
  const base = given ?? deriveServiceSystemName(values.name ?? "");
  if (given) {
    const problem = serviceSystemNameProblem(given);
    if (problem) errors.push(userError(PlanErrorCode.INVALID, problem, ["input", "systemName"]));
  } else if (values.name && !base) {
    errors.push(userError(PlanErrorCode.INVALID, "The name has no letters or digits to derive a system name from; give one.", ["input", "systemName"]));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  // Custom plans are one per application and listed with none: only the owner's own plans count.
  const [{ n } = { n: 0 }] = extra.customForApplicationId ? [] : await tx.select({ n: count() }).from(plans).where(ownerCondition(actor.tenantId, kind, service?.id ?? null));
  if (n >= MAX_PLANS_PER_OWNER) {
    return { ok: false, userErrors: [userError(PlanErrorCode.LIMIT_REACHED, `${OwnerOf(kind)} has ${MAX_PLANS_PER_OWNER} ${kind.toLowerCase()} plans, the most it may have.`, ["input"])] };
  }
  const plan = await insertPlan(
    tx,
    {
      ...values,
      name: values.name!,
      tenantId: actor.tenantId,
      kind,
      serviceId: service?.id ?? null,
      state: extra.state ?? "HIDDEN",
      isDefault: extra.isDefault ?? false,
      customForApplicationId: extra.customForApplicationId ?? null,
      customizedFromPlanId: extra.customizedFromPlanId ?? null,
    },
    base,
    given === null,
  );
  if (!plan) return { ok: false, userErrors: [userError(PlanErrorCode.TAKEN, `Another ${kind.toLowerCase()} plan of ${ownerOf(kind)} has the system name "${base}".`, ["input", "systemName"])] };
  return { ok: true, plan, service };
}

export async function updatePlan(tx: Executor, actor: Actor, planId: string | null, input: PlanSettings): Promise<Outcome<{ plan: PlanRow }>> {
  const locked = await lockPlan(tx, actor, planId);
  if (!locked) return { ok: false, userErrors: [notFound("plan", ["input", "id"])] };
  const { plan, service } = locked;
  const errors: PlanError[] = [];
  const values = checkSettings(plan.kind, input, errors);
  if (input.trialPeriodDays === 0) values.trialPeriodDays = null;
  if (errors.length) return { ok: false, userErrors: errors };
  if (Object.keys(values).length === 0) return { ok: true, plan };
  const [row] = await tx.update(plans).set({ ...values, updatedAt: sql`clock_timestamp()` }).where(eq(plans.id, plan.id)).returning();
  const changes = changesOf(plan, row!, PLAN_FIELDS);
  if (changes.length) await emit(tx, actor, { type: "plan", action: "updated", target: planTarget(row!), summary: `Changed ${planPhrase(row!, service)}.`, changes });
  return { ok: true, plan: row! };
}

export async function setPlanState(tx: Executor, actor: Actor, planId: string | null, state: PlanState): Promise<Outcome<{ plan: PlanRow }>> {
  const locked = await lockPlan(tx, actor, planId);
  if (!locked) return { ok: false, userErrors: [notFound("plan", ["input", "id"])] };
  const { plan, service } = locked;
  if (plan.state === state) return { ok: true, plan };
  const [row] = await tx.update(plans).set({ state, updatedAt: sql`clock_timestamp()` }).where(eq(plans.id, plan.id)).returning();
  const published = state === "PUBLISHED";
  await emit(tx, actor, {
    type: "plan",
    action: published ? "published" : "hidden",
    target: planTarget(row!),
    summary: `${published ? "Published" : "Hid"} ${planPhrase(row!, service)}.`,
  });
  return { ok: true, plan: row! };
}

/** Makes the plan its owner's default of its kind (the previous default stops being one). */
export async function setDefaultPlan(tx: Executor, actor: Actor, planId: string | null): Promise<Outcome<{ plan: PlanRow }>> {
  const locked = await lockPlan(tx, actor, planId);
  if (!locked) return { ok: false, userErrors: [notFound("plan", ["input", "id"])] };
  const { plan, service } = locked;
  if (plan.isDefault) return { ok: true, plan };
  if (plan.customForApplicationId) {
    return { ok: false, userErrors: [userError(PlanErrorCode.WRONG_KIND, "This is an application's custom plan: it cannot be the service's default.", ["input", "id"])] };
  }
  const [previous] = await tx
    .update(plans)
    .set({ isDefault: false })
    .where(and(ownerCondition(plan.tenantId, plan.kind, plan.serviceId), eq(plans.isDefault, true)))
    .returning({ name: plans.name });
  const [row] = await tx.update(plans).set({ isDefault: true, updatedAt: sql`clock_timestamp()` }).where(eq(plans.id, plan.id)).returning();
  await emit(tx, actor, {
    type: "plan",
    action: "made_default",
    target: planTarget(row!),
    summary: `Made ${planPhrase(row!, service)} the default${previous ? `, instead of "${previous.name}"` : ""}.`,
  });
  return { ok: true, plan: row! };
}

/**
 * Copies a plan with its limits, pricing rules, tier modes and features (003 §21.3): hidden, not the
 * default, named "<name> (copy)" unless a name is given, its system name derived from that name.
 */
export async function copyPlan(
  tx: Executor,
  actor: Actor,
  planId: string | null,
  name?: string | null,
  custom: { customForApplicationId?: string } = {},
): Promise<Outcome<{ plan: PlanRow }>> {
  const locked = await lockPlan(tx, actor, planId);
  if (!locked) return { ok: false, userErrors: [notFound("plan", ["input", "id"])] };
  const { plan: source, service } = locked;
  const suffix = custom.customForApplicationId ? "(custom)" : "(copy)";
  const copyName = (name?.trim() || `${source.name} ${suffix}`).slice(0, MAX_SERVICE_NAME_LENGTH);
  // Not `createPlan`: the copy is one event, `plan.copied`, not a creation too.
  const created = await insertNewPlan(
    tx,
    actor,
    source.kind,
    source.serviceId,
    {
      name: copyName,
      // A custom plan's system name names its application: any number of applications may customize one plan.
      systemName: custom.customForApplicationId ? `${source.systemName.slice(0, 60)}_custom_${custom.customForApplicationId.replace(/-/g, "")}` : undefined,
      description: source.description,
      setupFee: source.setupFee,
      costPerMonth: source.costPerMonth,
      trialPeriodDays: source.trialPeriodDays,
      approvalRequired: source.approvalRequired,
    },
    custom.customForApplicationId ? { customForApplicationId: custom.customForApplicationId, customizedFromPlanId: source.id } : {},
  );
  // The copy's system name is derived from its name: a problem with it is the name's.
  if (!created.ok) return { ok: false, userErrors: created.userErrors.map((e) => (e.field?.[1] === "systemName" || e.field?.[1] === "serviceId" ? { ...e, field: ["input", "name"] } : e)) };
  const copy = created.plan;
  await tx.execute(sql`insert into ${usageLimits} (tenant_id, plan_id, metric_id, period, value)
    select tenant_id, ${copy.id}, metric_id, period, value from ${usageLimits} where plan_id = ${source.id} order by created_at, id`);
  await tx.execute(sql`insert into ${pricingRules} (tenant_id, plan_id, metric_id, from_unit, to_unit, cost_per_unit)
    select tenant_id, ${copy.id}, metric_id, from_unit, to_unit, cost_per_unit from ${pricingRules} where plan_id = ${source.id} order by created_at, id`);
  await tx.execute(sql`insert into ${planMetricPricing} (tenant_id, plan_id, metric_id, tier_mode)
    select tenant_id, ${copy.id}, metric_id, tier_mode from ${planMetricPricing} where plan_id = ${source.id}`);
  await tx.execute(sql`insert into ${planFeatures} (tenant_id, plan_id, feature_id)
    select tenant_id, ${copy.id}, feature_id from ${planFeatures} where plan_id = ${source.id}`);
  await emit(tx, actor, { type: "plan", action: "copied", target: planTarget(copy), summary: `Copied ${planPhrase(source, service)} as "${copy.name}".` });
  return { ok: true, plan: copy };
}

/** "1 application is on this plan; move them to another plan first.", naming pending requests for the plan too. */
function planInUseMessage(users: { count: number; what: string; asking?: boolean }[]): string {
  const on = users.filter((u) => !u.asking);
  const asking = users.filter((u) => u.asking);
  const phrase = (list: typeof users) => list.map((u) => `${u.count} ${u.what}`).join(" and ");
  const total = (list: typeof users) => list.reduce((sum, u) => sum + u.count, 0);
  const parts = [
    ...(on.length ? [`${phrase(on)} ${total(on) === 1 ? "is" : "are"} on this plan`] : []),
    ...(asking.length ? [`${phrase(asking)} ${total(asking) === 1 ? "asks" : "ask"} for ${on.length ? "it" : "this plan"}`] : []),
  ];
  const remedy = on.length && asking.length ? "move them to another plan and decide on the requests first" : on.length ? "move them to another plan first" : "approve or reject them first";
  return `${parts.join(" and ")}; ${remedy}.`;
}

/** Deletes a plan nobody is on (PLAN_IN_USE with the count otherwise), nor one a pending plan change request asks for, with its limits, pricing rules and features. */
export async function deletePlan(tx: Executor, actor: Actor, planId: string | null): Promise<Outcome<{ plan: PlanRow }>> {
  const locked = await lockPlan(tx, actor, planId);
  if (!locked) return { ok: false, userErrors: [notFound("plan", ["input", "id"])] };
  const { plan, service } = locked;
  if (plan.isDefault) {
    return { ok: false, userErrors: [userError(PlanErrorCode.DEFAULT_PLAN, "This is the default plan, which signups get: make another plan the default first.", ["input", "id"])] };
  }
  const users = (await Promise.all(planUsers.map((u) => u.count(tx, plan)))).filter((u) => u.count > 0);
  if (users.length) return { ok: false, userErrors: [userError(PlanErrorCode.PLAN_IN_USE, planInUseMessage(users), ["input", "id"])] };
  await tx.delete(plans).where(eq(plans.id, plan.id));
  await emit(tx, actor, { type: "plan", action: "deleted", target: planTarget(plan), summary: `Deleted ${planPhrase(plan, service)}.` });
  return { ok: true, plan };
}

// ── plans for other modules (accounts, subscriptions, applications choose theirs) ──────────

/**
 * One of the actor's tenant's plans of `kind` (of `serviceId`'s, for service and application plans),
 * share-locked until the transaction ends so it cannot be deleted while a row moves onto it; null if
 * there is none with that ID.
 */
export async function planForUse(tx: Executor, actor: Actor, planId: string | null, kind: PlanKind, serviceId: string | null = null): Promise<PlanRow | null> {
  if (!planId) return null;
  const [plan] = await tx
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), ownerCondition(actor.tenantId, kind, serviceId)))
    .for("key share");
  return plan ?? null;
}

/**
 * Copies an application plan as the custom plan of one application (003 ch.11): limits, pricing rules
 * and features with it, named "<name> (custom)", hidden. Edits of the original no longer reach it.
 */
export async function customPlanFor(tx: Executor, actor: Actor, planId: string, applicationId: string): Promise<Outcome<{ plan: PlanRow }>> {
  return copyPlan(tx, actor, planId, null, { customForApplicationId: applicationId });
}

/** The default plan of `kind` (the tenant's, or `serviceId`'s), share-locked like `planForUse`; null when there is none. */
export async function defaultPlanFor(tx: Executor, actor: Actor, kind: PlanKind, serviceId: string | null = null): Promise<PlanRow | null> {
  const [plan] = await tx
    .select()
    .from(plans)
    .where(and(ownerCondition(actor.tenantId, kind, serviceId), eq(plans.isDefault, true)))
    .for("key share");
  return plan ?? null;
}

// ── limits, pricing, features ─────────────────────────────────────────────────────────────

/** A plan of the given kind with a metric of its service, or the user errors saying why not. */
async function planAndMetric(
  tx: Executor,
  actor: Actor,
  planId: string | null,
  metricId: string | null,
  kinds: readonly PlanKind[],
  what: string,
): Promise<Outcome<{ plan: PlanRow; service: ServiceRow | null; metric: MetricRow }>> {
  const locked = await lockPlan(tx, actor, planId);
  if (!locked) return { ok: false, userErrors: [notFound("plan", ["input", "planId"])] };
  const { plan, service } = locked;
  if (!kinds.includes(plan.kind)) {
    return { ok: false, userErrors: [userError(PlanErrorCode.WRONG_KIND, `${what} belong on application plans; this is a ${plan.kind.toLowerCase()} plan.`, ["input", "planId"])] };
  }
  const [metric] = metricId ? await metricsByIds(tx, [metricId]) : [];
  if (!metric || metric.tenantId !== actor.tenantId) return { ok: false, userErrors: [notFound("metric or method", ["input", "metricId"])] };
  if (metric.serviceId !== plan.serviceId) {
    return { ok: false, userErrors: [userError(PlanErrorCode.WRONG_SERVICE, "The metric belongs to another service than the plan.", ["input", "metricId"])] };
  }
  return { ok: true, plan, service, metric };
}

/** A whole number of units, 0 ≤ n ≤ 2^53 − 1, from a Decimal input, or null. */
function units(value: string, min: number): number | null {
  if (!/^\d{1,16}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= MAX_UNITS ? n : null;
}

/** Sets (creates or replaces) the limit of a metric over a period on an application plan. */
export async function setUsageLimit(
  tx: Executor,
  actor: Actor,
  input: { planId: string | null; metricId: string | null; period: UsagePeriod; value: string },
): Promise<Outcome<{ usageLimit: UsageLimitRow }>> {
  const found = await planAndMetric(tx, actor, input.planId, input.metricId, ["APPLICATION"], "Usage limits");
  if (!found.ok) return found;
  const value = units(input.value, 0);
  if (value === null) return { ok: false, userErrors: [userError(PlanErrorCode.INVALID, "Use a whole number ≥ 0 (0 disables the metric on the plan).", ["input", "value"])] };
  // The limit it replaces, if any (stable: the plan is locked).
  const [existing] = await tx
    .select()
    .from(usageLimits)
    .where(and(eq(usageLimits.planId, found.plan.id), eq(usageLimits.metricId, found.metric.id), eq(usageLimits.period, input.period)));
  if (existing && existing.value === value) return { ok: true, usageLimit: existing };
  const [row] = await tx
    .insert(usageLimits)
    .values({ tenantId: actor.tenantId, planId: found.plan.id, metricId: found.metric.id, period: input.period, value })
    .onConflictDoUpdate({ target: [usageLimits.planId, usageLimits.metricId, usageLimits.period], set: { value } })
    .returning();
  await emit(tx, actor, {
    type: "usage_limit",
    action: "set",
    target: limitTarget(row!, found.metric),
    summary: `Limited ${found.metric.friendlyName} to ${row!.value} ${PER[row!.period]} on ${planPhrase(found.plan, found.service, false)}.`,
    ...(existing ? { changes: changesOf(existing, row!, ["value"]) } : {}),
  });
  return { ok: true, usageLimit: row! };
}

export async function deleteUsageLimit(tx: Executor, actor: Actor, limitId: string | null): Promise<Outcome<{ usageLimit: UsageLimitRow }>> {
  const [found] = limitId ? await usageLimitsByIds(tx, [limitId]) : [];
  const locked = found && found.tenantId === actor.tenantId ? await lockPlan(tx, actor, found.planId) : null;
  // Read again under the plan's lock: another request may have deleted it meanwhile.
  const [limit] = locked ? await tx.delete(usageLimits).where(eq(usageLimits.id, found!.id)).returning() : [];
  if (!limit) return { ok: false, userErrors: [notFound("usage limit", ["input", "id"])] };
  const metric = await metricOf(tx, limit.metricId);
  await emit(tx, actor, {
    type: "usage_limit",
    action: "deleted",
    target: limitTarget(limit, metric),
    summary: `Removed the limit of ${limit.value} ${PER[limit.period]} on ${metric.friendlyName} from ${planPhrase(locked!.plan, locked!.service, false)}.`,
  });
  return { ok: true, usageLimit: limit };
}

const describeRange = (r: { from: number; to: number | null; costPerUnit: string }) => `${r.from}–${r.to ?? "∞"} at ${r.costPerUnit}`;

interface PricingRuleData {
  from?: string | null;
  to?: string | null;
  unbounded?: boolean | null;
  costPerUnit?: string | null;
}

/** Checks a pricing rule's range and price against the others of its plan and metric. */
async function checkPricingRule(
  tx: Executor,
  planId: string,
  metricId: string,
  current: { from: number; to: number | null; costPerUnit: string } | null,
  input: PricingRuleData,
  exceptId: string | null,
): Promise<Outcome<{ values: { from: number; to: number | null; costPerUnit: string } }>> {
  const errors: PlanError[] = [];
  const from = input.from != null ? units(input.from, 1) : (current?.from ?? null);
  if (from === null) errors.push(userError(PlanErrorCode.INVALID, "`from` is a whole number ≥ 1.", ["input", "from"]));
  let to: number | null = current?.to ?? null;
  if (input.unbounded) to = null;
  else if (input.to != null) {
    to = units(input.to, 1);
    if (to === null) errors.push(userError(PlanErrorCode.INVALID, "`to` is a whole number ≥ 1, or omitted for no end.", ["input", "to"]));
  }
  let costPerUnit = current?.costPerUnit ?? "0";
  if (input.costPerUnit != null) {
    const problem = /^\d{1,15}(\.\d{1,10})?$/.test(input.costPerUnit) ? null : "Use a price ≥ 0 with at most 15 digits before the point.";
    if (problem) errors.push(userError(PlanErrorCode.INVALID, problem, ["input", "costPerUnit"]));
    else costPerUnit = roundCostPerUnit(input.costPerUnit);
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const rule = { from: from!, to, costPerUnit };
  const problem = pricingRuleProblem(rule);
  if (problem) {
    const field = /cost|price/i.test(problem) ? "costPerUnit" : to !== null && to < from! ? "to" : "from";
    return { ok: false, userErrors: [userError(PlanErrorCode.INVALID, problem, ["input", field])] };
  }
  const others = await tx
    .select({ id: pricingRules.id, from: pricingRules.from, to: pricingRules.to, costPerUnit: pricingRules.costPerUnit })
    .from(pricingRules)
    .where(and(eq(pricingRules.planId, planId), eq(pricingRules.metricId, metricId), exceptId ? ne(pricingRules.id, exceptId) : undefined))
    .orderBy(asc(pricingRules.from), asc(pricingRules.id));
  const clash = overlappingRule(others, rule);
  if (clash) {
    return { ok: false, userErrors: [userError(PlanErrorCode.OVERLAPPING_RANGE, `The range overlaps the rule ${describeRange(clash)}.`, ["input", "from"])] };
  }
  return { ok: true, values: rule };
}

export async function createPricingRule(
  tx: Executor,
  actor: Actor,
  input: { planId: string | null; metricId: string | null; from: string; to?: string | null; costPerUnit: string },
): Promise<Outcome<{ pricingRule: PricingRuleRow }>> {
  const found = await planAndMetric(tx, actor, input.planId, input.metricId, ["APPLICATION"], "Pricing rules");
  if (!found.ok) return found;
  const checked = await checkPricingRule(tx, found.plan.id, found.metric.id, null, input, null);
  if (!checked.ok) return checked;
  const [row] = await tx
    .insert(pricingRules)
    .values({ tenantId: actor.tenantId, planId: found.plan.id, metricId: found.metric.id, ...checked.values })
    .returning();
  await emit(tx, actor, {
    type: "pricing_rule",
    action: "created",
    target: ruleTarget(row!, found.metric),
    summary: `Added the pricing rule ${ruleName(row!, found.metric)} to ${planPhrase(found.plan, found.service, false)}.`,
  });
  return { ok: true, pricingRule: row! };
}

async function lockedPricingRule(
  tx: Executor,
  actor: Actor,
  ruleId: string | null,
): Promise<{ rule: PricingRuleRow; plan: PlanRow; service: ServiceRow | null } | null> {
  const [rule] = ruleId ? await pricingRulesByIds(tx, [ruleId]) : [];
  const locked = rule && rule.tenantId === actor.tenantId ? await lockPlan(tx, actor, rule.planId) : null;
  if (!locked) return null;
  // Read again under the plan's lock: another request may have changed it meanwhile.
  const [current] = await pricingRulesByIds(tx, [rule!.id]);
  return current ? { rule: current, ...locked } : null;
}

/** A pricing rule's fields as the API names them, for its changes. */
const RULE_FIELDS = ["from", "to", "costPerUnit"] as const;

export async function updatePricingRule(tx: Executor, actor: Actor, ruleId: string | null, input: PricingRuleData): Promise<Outcome<{ pricingRule: PricingRuleRow }>> {
  const locked = await lockedPricingRule(tx, actor, ruleId);
  if (!locked) return { ok: false, userErrors: [notFound("pricing rule", ["input", "id"])] };
  const { rule } = locked;
  const checked = await checkPricingRule(tx, rule.planId, rule.metricId, rule, input, rule.id);
  if (!checked.ok) return checked;
  const [row] = await tx.update(pricingRules).set(checked.values).where(eq(pricingRules.id, rule.id)).returning();
  const changes = changesOf(rule, row!, RULE_FIELDS);
  if (changes.length) {
    const metric = await metricOf(tx, row!.metricId);
    await emit(tx, actor, {
      type: "pricing_rule",
      action: "updated",
      target: ruleTarget(row!, metric),
      summary: `Changed the pricing rule ${ruleName(row!, metric)} of ${planPhrase(locked.plan, locked.service, false)}.`,
      changes,
    });
  }
  return { ok: true, pricingRule: row! };
}

export async function deletePricingRule(tx: Executor, actor: Actor, ruleId: string | null): Promise<Outcome<{ pricingRule: PricingRuleRow }>> {
  const locked = await lockedPricingRule(tx, actor, ruleId);
  if (!locked) return { ok: false, userErrors: [notFound("pricing rule", ["input", "id"])] };
  const { rule } = locked;
  await tx.delete(pricingRules).where(eq(pricingRules.id, rule.id));
  const metric = await metricOf(tx, rule.metricId);
  await emit(tx, actor, {
    type: "pricing_rule",
    action: "deleted",
    target: ruleTarget(rule, metric),
    summary: `Deleted the pricing rule ${ruleName(rule, metric)} of ${planPhrase(locked.plan, locked.service, false)}.`,
  });
  return { ok: true, pricingRule: rule };
}

export async function setTierMode(
  tx: Executor,
  actor: Actor,
  input: { planId: string | null; metricId: string | null; tierMode: TierMode },
): Promise<Outcome<{ plan: PlanRow }>> {
  const found = await planAndMetric(tx, actor, input.planId, input.metricId, ["APPLICATION"], "Pricing rules");
  if (!found.ok) return found;
  const [current] = await tx
    .select({ tierMode: planMetricPricing.tierMode })
    .from(planMetricPricing)
    .where(and(eq(planMetricPricing.planId, found.plan.id), eq(planMetricPricing.metricId, found.metric.id)));
  const before = current?.tierMode ?? "GRADUATED";
  await tx
    .insert(planMetricPricing)
    .values({ tenantId: actor.tenantId, planId: found.plan.id, metricId: found.metric.id, tierMode: input.tierMode })
    .onConflictDoUpdate({ target: [planMetricPricing.planId, planMetricPricing.metricId], set: { tierMode: input.tierMode } });
  if (before !== input.tierMode) {
    await emit(tx, actor, {
      type: "plan",
      action: "tier_mode_set",
      target: planTarget(found.plan),
      summary: `Set the tier mode of ${found.metric.friendlyName} to ${input.tierMode.toLowerCase()} on ${planPhrase(found.plan, found.service, false)}.`,
      changes: [{ field: "tierMode", from: before, to: input.tierMode }],
    });
  }
  return { ok: true, plan: found.plan };
}

export async function createFeature(
  tx: Executor,
  actor: Actor,
  input: { scope: PlanKind; serviceId: string | null; serviceGiven: boolean; name: string; systemName?: string | null; description?: string | null },
): Promise<Outcome<{ feature: FeatureRow }>> {
  let service: ServiceRow | null = null;
  if (input.scope !== "ACCOUNT") {
    service = await lockServiceOf(tx, actor, input.serviceId);
    if (!service) return { ok: false, userErrors: [notFound("service", ["input", "serviceId"])] };
  } else if (input.serviceGiven) {
    return { ok: false, userErrors: [userError(PlanErrorCode.INVALID, "Account plan features belong to the tenant: give no service.", ["input", "serviceId"])] };
  }
  const errors: PlanError[] = [];
  const name = input.name.trim();
  if (!name) errors.push(userError(PlanErrorCode.BLANK, "Give the feature a name.", ["input", "name"]));
  else if (name.length > MAX_SERVICE_NAME_LENGTH) errors.push(userError(PlanErrorCode.TOO_LONG, `Use at most ${MAX_SERVICE_NAME_LENGTH} characters.`, ["input", "name"]));
  const description = input.description?.trim() || null;
  if (description && description.length > MAX_DESCRIPTION_LENGTH) errors.push(userError(PlanErrorCode.TOO_LONG, `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`, ["input", "description"]));
  const given = input.systemName?.trim() || null;
  const base = given ?? deriveServiceSystemName(name);
  if (given) {
    const problem = serviceSystemNameProblem(given);
    if (problem) errors.push(userError(PlanErrorCode.INVALID, problem, ["input", "systemName"]));
  } else if (name && !base) {
    errors.push(userError(PlanErrorCode.INVALID, "The name has no letters or digits to derive a system name from; give one.", ["input", "systemName"]));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const owner = and(eq(features.tenantId, actor.tenantId), eq(features.scope, input.scope), service ? eq(features.serviceId, service.id) : isNull(features.serviceId));
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(features).where(owner);
  if (n >= MAX_FEATURES_PER_OWNER) return { ok: false, userErrors: [userError(PlanErrorCode.LIMIT_REACHED, `At most ${MAX_FEATURES_PER_OWNER} features per plan kind and owner.`, ["input"])] };
  let feature: FeatureRow | undefined;
  for (let attempt = 1; attempt <= (given ? 1 : 50) && !feature; attempt++) {
    [feature] = await tx
      .insert(features)
      .values({ tenantId: actor.tenantId, serviceId: service?.id ?? null, scope: input.scope, name, description, systemName: given ?? systemNameCandidate(base, attempt) })
      .onConflictDoNothing()
      .returning();
  }
  if (!feature) return { ok: false, userErrors: [userError(PlanErrorCode.TAKEN, `Another feature has the system name "${base}".`, ["input", "systemName"])] };
  await emit(tx, actor, { type: "feature", action: "created", target: featureTarget(feature), summary: `Created the feature "${feature.name}" ${featureOwner(feature, service)}.` });
  return { ok: true, feature };
}

/** Includes a feature in a plan, or leaves it out: the feature must be offered on the plan's kind and owner. */
export async function setPlanFeature(
  tx: Executor,
  actor: Actor,
  input: { planId: string | null; featureId: string | null },
  enabled: boolean,
): Promise<Outcome<{ plan: PlanRow }>> {
  const locked = await lockPlan(tx, actor, input.planId);
  if (!locked) return { ok: false, userErrors: [notFound("plan", ["input", "planId"])] };
  const { plan, service } = locked;
  const [feature] = input.featureId ? await featuresByIds(tx, [input.featureId]) : [];
  if (!feature || feature.tenantId !== actor.tenantId) return { ok: false, userErrors: [notFound("feature", ["input", "featureId"])] };
  if (feature.scope !== plan.kind) {
    return { ok: false, userErrors: [userError(PlanErrorCode.WRONG_KIND, `The feature is offered on ${feature.scope.toLowerCase()} plans; this is a ${plan.kind.toLowerCase()} plan.`, ["input", "featureId"])] };
  }
  if (feature.serviceId !== plan.serviceId) return { ok: false, userErrors: [userError(PlanErrorCode.WRONG_SERVICE, "The feature belongs to another service than the plan.", ["input", "featureId"])] };
  const changed = enabled
    ? await tx.insert(planFeatures).values({ tenantId: actor.tenantId, planId: plan.id, featureId: feature.id }).onConflictDoNothing().returning({ planId: planFeatures.planId })
    : await tx.delete(planFeatures).where(and(eq(planFeatures.planId, plan.id), eq(planFeatures.featureId, feature.id))).returning({ planId: planFeatures.planId });
  if (changed.length) {
    await emit(tx, actor, {
      type: "feature",
      action: enabled ? "enabled" : "disabled",
      target: featureTarget(feature),
      summary: `${enabled ? "Enabled" : "Disabled"} the feature "${feature.name}" on ${planPhrase(plan, service)}.`,
    });
  }
  return { ok: true, plan };
}

// ── cost ─────────────────────────────────────────────────────────────────────────────────

export interface CostPreviewResult {
  setupFee: string;
  costPerMonth: string;
  variable: { metric: MetricRow; quantity: string; cost: string }[];
  total: string;
}

/**
 * What a month with the given usage costs on a plan: fees plus each metric's variable cost by its
 * pricing rules and tier mode. A usage line problem is a message for BAD_USER_INPUT.
 */
export async function costPreview(
  tx: Executor,
  planRowId: string | null,
  usage: readonly { metricId: string | null; quantity: string }[],
): Promise<{ ok: true; preview: CostPreviewResult } | { ok: false; problem: string; field?: string } | null> {
  const [plan] = planRowId ? await plansByIds(tx, [planRowId]) : [];
  if (!plan) return null;
  if (usage.length > 100) return { ok: false, problem: "Give at most 100 usage lines.", field: "usage" };
  const metricIds = usage.map((u) => u.metricId);
  const serviceMetrics = plan.serviceId ? await metricsOfServices(tx, [plan.serviceId]) : [];
  const byId = new Map(serviceMetrics.map((m) => [m.id, m]));
  for (const [i, line] of usage.entries()) {
    if (!line.metricId || !byId.has(line.metricId)) return { ok: false, problem: `usage[${i}]: no such metric or method of the plan's service.`, field: `usage.${i}.metricId` };
    if (!/^\d{1,30}$/.test(line.quantity)) return { ok: false, problem: `usage[${i}]: the quantity is a whole number ≥ 0.`, field: `usage.${i}.quantity` };
  }
  if (new Set(metricIds).size !== metricIds.length) return { ok: false, problem: "Give each metric once.", field: "usage" };
  const [rules, modes] = await Promise.all([pricingRulesOfPlans(tx, [plan.id]), tierModesOfPlans(tx, [plan.id])]);
  const modeOf = new Map(modes.map((m) => [m.metricId, m.tierMode]));
  const variable = usage.map((line) => ({
    metric: byId.get(line.metricId!)!,
    quantity: line.quantity,
    rules: rules.filter((r) => r.metricId === line.metricId).map((r) => ({ from: r.from, to: r.to, costPerUnit: r.costPerUnit })),
    mode: modeOf.get(line.metricId!) ?? "GRADUATED",
  }));
  const month = monthlyCost({
    setupFee: plan.setupFee,
    costPerMonth: plan.costPerMonth,
    variable: variable.map((v) => ({ rules: v.rules, mode: v.mode, quantity: v.quantity })),
  });
  return {
    ok: true,
    preview: {
      setupFee: month.setupFee,
      costPerMonth: month.costPerMonth,
      variable: variable.map((v, i) => ({ metric: v.metric, quantity: v.quantity, cost: month.variable[i] ?? variableCost(v.rules, v.mode, v.quantity) })),
      total: month.total,
    },
  };
}

// ── defaults ─────────────────────────────────────────────────────────────────────────────

/** A new service's plans (003 §20.1): application plans Basic (the default) and Unlimited, and a default service plan. */
export async function createDefaultServicePlans(tx: Executor, actor: Actor, service: ServiceRow): Promise<void> {
  const made = [
    await createPlan(tx, actor, "APPLICATION", service.id, { name: "Basic", systemName: "basic" }, { state: "PUBLISHED", isDefault: true }),
    await createPlan(tx, actor, "APPLICATION", service.id, { name: "Unlimited", systemName: "unlimited" }, { state: "PUBLISHED" }),
    await createPlan(tx, actor, "SERVICE", service.id, { name: "Default", systemName: "default" }, { state: "PUBLISHED", isDefault: true }),
  ];
  const failed = made.find((m) => !m.ok);
  if (failed && !failed.ok) throw new Error(`default plans: ${failed.userErrors.map((e) => e.message).join("; ")}`);
}

/** A new tenant's default account plan. */
export async function createDefaultAccountPlan(tx: Executor, actor: Actor): Promise<void> {
  const made = await createPlan(tx, actor, "ACCOUNT", null, { name: "Default", systemName: "default" }, { state: "PUBLISHED", isDefault: true });
  if (!made.ok) throw new Error(`default account plan: ${made.userErrors.map((e) => e.message).join("; ")}`);
}

// ── metrics the plans use (the catalog asks before renaming or deleting one) ────────────────

export async function describeMetricUse(tx: Executor, metric: MetricRow): Promise<string | null> {
  const [limits, rules] = await Promise.all([
    tx.select({ n: count() }).from(usageLimits).where(eq(usageLimits.metricId, metric.id)),
    tx.select({ n: count() }).from(pricingRules).where(eq(pricingRules.metricId, metric.id)),
  ]);
  const l = limits[0]?.n ?? 0;
  const r = rules[0]?.n ?? 0;
  if (l + r === 0) return null;
  const names = await tx
    .selectDistinct({ name: plans.name })
    .from(plans)
    .where(sql`${plans.id} in (select plan_id from ${usageLimits} where metric_id = ${metric.id} union select plan_id from ${pricingRules} where metric_id = ${metric.id})`)
    .orderBy(asc(plans.name))
    .limit(4);
  const parts = [l ? `${l} usage limit${l === 1 ? "" : "s"}` : null, r ? `${r} pricing rule${r === 1 ? "" : "s"}` : null].filter(Boolean);
  const shown = names.slice(0, 3).map((p) => p.name);
  return `${parts.join(" and ")} (on ${shown.join(", ")}${names.length > 3 ? ", …" : ""})`;
}

export async function removeMetricUse(tx: Executor, metric: MetricRow): Promise<void> {
  await tx.delete(usageLimits).where(eq(usageLimits.metricId, metric.id));
  await tx.delete(pricingRules).where(eq(pricingRules.metricId, metric.id));
  await tx.delete(planMetricPricing).where(eq(planMetricPricing.metricId, metric.id));
}

export { servicesByIds };

/** The feature, with its owner (service, or the tenant's account plans) locked, if it is the actor's tenant's. */
async function lockFeature(tx: Executor, actor: Actor, featureId: string | null): Promise<{ feature: FeatureRow; service: ServiceRow | null } | null> {
  if (!featureId) return null;
  const [found] = await tx
    .select({ scope: features.scope, serviceId: features.serviceId })
    .from(features)
    .where(and(eq(features.id, featureId), eq(features.tenantId, actor.tenantId)));
  const owner = found ? await lockOwner(tx, actor, found.scope, found.serviceId) : null;
  if (!owner) return null;
  const [row] = await featuresByIds(tx, [featureId]);
  return row ? { feature: row, service: owner.service } : null;
}

/** Renames a feature or changes its description; its system name stays. */
export async function updateFeature(
  tx: Executor,
  actor: Actor,
  featureId: string | null,
  input: { name?: string | null; description?: string | null },
): Promise<Outcome<{ feature: FeatureRow }>> {
  const locked = await lockFeature(tx, actor, featureId);
  if (!locked) return { ok: false, userErrors: [notFound("feature", ["input", "id"])] };
  const { feature, service } = locked;
  const errors: PlanError[] = [];
  const values: Partial<FeatureRow> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) errors.push(userError(PlanErrorCode.BLANK, "Give the feature a name.", ["input", "name"]));
    else if (name.length > MAX_SERVICE_NAME_LENGTH) errors.push(userError(PlanErrorCode.TOO_LONG, `Use at most ${MAX_SERVICE_NAME_LENGTH} characters.`, ["input", "name"]));
    else values.name = name;
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > MAX_DESCRIPTION_LENGTH) errors.push(userError(PlanErrorCode.TOO_LONG, `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`, ["input", "description"]));
    else values.description = description || null;
  }
  if (errors.length) return { ok: false, userErrors: errors };
  if (Object.keys(values).length === 0) return { ok: true, feature };
  const [row] = await tx.update(features).set(values).where(eq(features.id, feature.id)).returning();
  const changes = changesOf(feature, row!, ["name", "description"]);
  if (changes.length) {
    await emit(tx, actor, { type: "feature", action: "updated", target: featureTarget(row!), summary: `Changed the feature "${row!.name}" ${featureOwner(row!, service)}.`, changes });
  }
  return { ok: true, feature: row! };
}

/** Deletes a feature: the plans that included it no longer do. */
export async function deleteFeature(tx: Executor, actor: Actor, featureId: string | null): Promise<Outcome<{ feature: FeatureRow }>> {
  const locked = await lockFeature(tx, actor, featureId);
  if (!locked) return { ok: false, userErrors: [notFound("feature", ["input", "id"])] };
  const { feature, service } = locked;
  await tx.delete(features).where(eq(features.id, feature.id));
  await emit(tx, actor, { type: "feature", action: "deleted", target: featureTarget(feature), summary: `Deleted the feature "${feature.name}" ${featureOwner(feature, service)}.` });
  return { ok: true, feature };
}

/** The features offered on the given services' plans (both kinds), per service, in creation order. */
export async function featuresOfServices(tx: Executor, serviceIds: readonly string[]): Promise<FeatureRow[]> {
  if (serviceIds.length === 0) return [];
  return tx
    .select()
    .from(features)
    .where(inArray(features.serviceId, [...serviceIds]))
    .orderBy(asc(features.serviceId), asc(features.createdAt), asc(features.id));
}

/** The tenant's account plan features, in creation order. */
export async function accountFeatures(tx: Executor, actor: Actor): Promise<FeatureRow[]> {
  return tx
    .select()
    .from(features)
    .where(and(eq(features.tenantId, actor.tenantId), isNull(features.serviceId)))
    .orderBy(asc(features.createdAt), asc(features.id));
}
