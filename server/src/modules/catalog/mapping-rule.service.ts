import { MAX_MAPPING_RULE_DELTA, MAX_MAPPING_RULES_PER_SERVICE } from "@gatehouse/schema/catalog";
import { compileMappingRules, matchMappingRules, mappingRulePatternProblem } from "@gatehouse/schema/mapping-rules";
import { and, asc, count, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { userError } from "../../graphql/user-error.js";
import { CatalogErrorCode } from "./catalog.errors.js";
import { type CatalogError, lockService, notFound, type Outcome } from "./catalog.shared.js";
import { type HttpMethod, type MappingRuleRow, mappingRules, type MetricRow, metrics, type ServiceRow } from "./catalog.tables.js";
import { metricsOfServices } from "./metric.service.js";
import { changesOf, emit } from "../events/events.service.js";

/** A rule as the audit log names it: `GET /pets/{id}$ → get_pet`. */
async function describeRule(tx: Executor, rule: MappingRuleRow) {
  const [metric] = await tx.select({ systemName: metrics.systemName }).from(metrics).where(eq(metrics.id, rule.metricId));
  return { rule: `${rule.httpMethod} ${rule.pattern}`, metric: metric?.systemName ?? "?" };
}
const ruleTarget = (rule: MappingRuleRow) => ({ type: "MappingRule", id: rule.id, name: `${rule.httpMethod} ${rule.pattern}` });

export const mappingRulesByIds = rowsByIds(mappingRules);

/** The mapping rules of the given services, in evaluation order. */
export async function mappingRulesOfServices(tx: Executor, serviceIds: readonly string[]): Promise<MappingRuleRow[]> {
  if (serviceIds.length === 0) return [];
  return tx
    .select()
    .from(mappingRules)
    .where(inArray(mappingRules.serviceId, [...serviceIds]))
    .orderBy(asc(mappingRules.serviceId), asc(mappingRules.position), asc(mappingRules.id));
}

export interface MappingRuleData {
  httpMethod?: HttpMethod | null;
  pattern?: string | null;
  /** Row id of the metric (null when the given global ID named none). */
  metricId?: string | null;
  delta?: number | null;
  position?: number | null;
  last?: boolean | null;
}

async function checkRule(tx: Executor, service: ServiceRow, input: MappingRuleData, metricGiven: boolean, errors: CatalogError[]): Promise<Partial<MappingRuleRow>> {
  const values: Partial<MappingRuleRow> = {};
  if (input.httpMethod != null) values.httpMethod = input.httpMethod;
  if (input.pattern != null) {
    const pattern = input.pattern.trim();
    const problem = mappingRulePatternProblem(pattern);
    if (problem) errors.push(userError(pattern ? CatalogErrorCode.INVALID : CatalogErrorCode.BLANK, problem, ["input", "pattern"]));
    values.pattern = pattern;
  }
  if (input.delta != null) {
    if (input.delta < 1 || input.delta > MAX_MAPPING_RULE_DELTA) {
      errors.push(userError(CatalogErrorCode.INVALID, `The increment must be between 1 and ${MAX_MAPPING_RULE_DELTA}.`, ["input", "delta"]));
    }
    values.delta = input.delta;
  }
  if (input.last != null) values.last = input.last;
  if (metricGiven) {
    const [metric] = input.metricId ? await tx.select({ id: metrics.id, serviceId: metrics.serviceId }).from(metrics).where(eq(metrics.id, input.metricId)) : [];
    if (!metric) errors.push(notFound("metric or method", ["input", "metricId"]));
    else if (metric.serviceId !== service.id) errors.push(userError(CatalogErrorCode.WRONG_SERVICE, "The metric belongs to another service.", ["input", "metricId"]));
    else values.metricId = metric.id;
  }
  return values;
}

async function ruleCount(tx: Executor, serviceId: string): Promise<number> {
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(mappingRules).where(eq(mappingRules.serviceId, serviceId));
  return n;
}

/** Shifts the positions of a service's rules in [from, to] by `by` (+1 to make room, -1 to close a gap). */
async function shift(tx: Executor, serviceId: string, from: number, to: number, by: 1 | -1): Promise<void> {
  if (from > to) return;
  await tx
    .update(mappingRules)
    .set({ position: sql`${mappingRules.position} + ${by}` })
    .where(and(eq(mappingRules.serviceId, serviceId), gte(mappingRules.position, from), lte(mappingRules.position, to)));
}

export async function createMappingRule(
  tx: Executor,
  actor: Actor,
  serviceId: string | null,
  input: MappingRuleData & { httpMethod: HttpMethod; pattern: string },
): Promise<Outcome<{ mappingRule: MappingRuleRow }>> {
  const service = await lockService(tx, actor, serviceId);
  if (!service) return { ok: false, userErrors: [notFound("service", ["input", "serviceId"])] };
  const errors: CatalogError[] = [];
  const values = await checkRule(tx, service, input, true, errors);
  if (input.position != null && input.position < 1) errors.push(userError(CatalogErrorCode.INVALID, "Positions start at 1.", ["input", "position"]));
  if (errors.length) return { ok: false, userErrors: errors };
  const n = await ruleCount(tx, service.id);
  if (n >= MAX_MAPPING_RULES_PER_SERVICE) {
    return { ok: false, userErrors: [userError(CatalogErrorCode.LIMIT_REACHED, `A service has at most ${MAX_MAPPING_RULES_PER_SERVICE} mapping rules.`, ["input", "serviceId"])] };
  }
  const position = Math.min(input.position ?? n + 1, n + 1);
  await shift(tx, service.id, position, n, 1);
  const [row] = await tx
    .insert(mappingRules)
    .values({
      tenantId: service.tenantId,
      serviceId: service.id,
      metricId: values.metricId!,
      httpMethod: values.httpMethod!,
      pattern: values.pattern!,
      delta: values.delta ?? 1,
      last: values.last ?? false,
      position,
    })
    .returning();
  const named = await describeRule(tx, row!);
  await emit(tx, actor, {
    type: "mapping_rule",
    action: "created",
    target: ruleTarget(row!),
    summary: `Added the mapping rule ${named.rule} → ${named.metric} (+${row!.delta}) at position ${row!.position} of ${service.name}.`,
  });
  return { ok: true, mappingRule: row! };
}

async function lockRule(tx: Executor, actor: Actor, ruleId: string | null): Promise<{ rule: MappingRuleRow; service: ServiceRow } | null> {
  if (!ruleId) return null;
  const [found] = await tx
    .select({ serviceId: mappingRules.serviceId })
    .from(mappingRules)
    .where(and(eq(mappingRules.id, ruleId), eq(mappingRules.tenantId, actor.tenantId)));
  const service = found ? await lockService(tx, actor, found.serviceId) : null;
  const [rule] = service ? await mappingRulesByIds(tx, [ruleId]) : [];
  return service && rule ? { rule, service } : null;
}

export async function updateMappingRule(tx: Executor, actor: Actor, ruleId: string | null, input: MappingRuleData & { metricGiven: boolean }): Promise<Outcome<{ mappingRule: MappingRuleRow }>> {
  const locked = await lockRule(tx, actor, ruleId);
  if (!locked) return { ok: false, userErrors: [notFound("mapping rule", ["input", "id"])] };
  const { rule, service } = locked;
  const errors: CatalogError[] = [];
  const values = await checkRule(tx, service, input, input.metricGiven, errors);
  if (input.position != null && input.position < 1) errors.push(userError(CatalogErrorCode.INVALID, "Positions start at 1.", ["input", "position"]));
  if (errors.length) return { ok: false, userErrors: errors };
  if (input.position != null && input.position !== rule.position) {
    const to = Math.min(input.position, await ruleCount(tx, service.id));
    if (to < rule.position) await shift(tx, service.id, to, rule.position - 1, 1);
    else await shift(tx, service.id, rule.position + 1, to, -1);
    values.position = to;
  }
  if (Object.keys(values).length === 0) return { ok: true, mappingRule: rule };
  const [row] = await tx.update(mappingRules).set(values).where(eq(mappingRules.id, rule.id)).returning();
  const before = await describeRule(tx, rule);
  // The metric's name is read again only when the rule now counts another one.
  const after = row!.metricId === rule.metricId ? { rule: `${row!.httpMethod} ${row!.pattern}`, metric: before.metric } : await describeRule(tx, row!);
  const changes = changesOf({ ...rule, metric: before.metric }, { ...row!, metric: after.metric }, ["httpMethod", "pattern", "metric", "delta", "position", "last"]);
  if (changes.length) {
    await emit(tx, actor, { type: "mapping_rule", action: "updated", target: ruleTarget(row!), summary: `Changed the mapping rule ${after.rule} of ${service.name}.`, changes });
  }
  return { ok: true, mappingRule: row! };
}

export async function deleteMappingRule(tx: Executor, actor: Actor, ruleId: string | null): Promise<Outcome<{ mappingRule: MappingRuleRow }>> {
  const locked = await lockRule(tx, actor, ruleId);
  if (!locked) return { ok: false, userErrors: [notFound("mapping rule", ["input", "id"])] };
  const { rule, service } = locked;
  const named = await describeRule(tx, rule);
  await tx.delete(mappingRules).where(eq(mappingRules.id, rule.id));
  await shift(tx, service.id, rule.position + 1, 2_147_483_647, -1);
  await emit(tx, actor, { type: "mapping_rule", action: "deleted", target: ruleTarget(rule), summary: `Deleted the mapping rule ${named.rule} → ${named.metric} of ${service.name}.` });
  return { ok: true, mappingRule: rule };
}

/** How the service's rules count one request: the matched rules and the increments, methods rolled up into hits. */
export async function matchServiceRules(tx: Executor, serviceId: string, method: string, pathWithQuery: string) {
  const [rules, serviceMetrics] = await Promise.all([mappingRulesOfServices(tx, [serviceId]), metricsOfServices(tx, [serviceId])]);
  const byId = new Map<string, MetricRow>(serviceMetrics.map((m) => [m.id, m]));
  // Queries read without a transaction: a rule whose metric was deleted between the two reads is gone too.
  const live = rules.filter((r) => byId.has(r.metricId));
  const compiled = compileMappingRules(
    live.map((r) => ({ httpMethod: r.httpMethod, pattern: r.pattern, metricSystemName: byId.get(r.metricId)!.systemName, delta: r.delta, position: r.position, last: r.last })),
    serviceMetrics.map((m) => ({ systemName: m.systemName, parentSystemName: m.parentId ? (byId.get(m.parentId)?.systemName ?? null) : null })),
  );
  const result = matchMappingRules(compiled, method, pathWithQuery);
  const bySystemName = new Map(serviceMetrics.map((m) => [m.systemName, m]));
  return {
    matchedRules: result.matchedRules.map((i) => live[i]!),
    increments: Object.entries(result.increments).map(([systemName, value]) => ({ metric: bySystemName.get(systemName)!, value })),
  };
}
