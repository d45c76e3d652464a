import {
  deriveMetricSystemName,
  HITS,
  MAX_DESCRIPTION_LENGTH,
  MAX_METRIC_NAME_LENGTH,
  MAX_METRICS_PER_SERVICE,
  MAX_UNIT_LENGTH,
  metricSystemNameProblem,
  systemNameCandidate,
} from "@gatehouse/schema/catalog";
import { and, asc, count, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { userError } from "../../graphql/user-error.js";
import { CatalogErrorCode } from "./catalog.errors.js";
import { mappingRules, type MetricRow, metrics, type ServiceRow } from "./catalog.tables.js";
import { type CatalogError, lockService, notFound, type Outcome } from "./catalog.shared.js";
import { changesOf, emit } from "../events/events.service.js";

const metricTarget = (metric: MetricRow) => ({ type: "Metric", id: metric.id, name: metric.friendlyName });
const kindOf = (metric: MetricRow) => (metric.parentId ? "method" : "metric");

export const metricsByIds = rowsByIds(metrics);

/** Every metric and method of the given services: `hits` first, then the others (metrics and methods) by creation. */
export async function metricsOfServices(tx: Executor, serviceIds: readonly string[]): Promise<MetricRow[]> {
  if (serviceIds.length === 0) return [];
  return tx
    .select()
    .from(metrics)
    .where(inArray(metrics.serviceId, [...serviceIds]))
    .orderBy(asc(metrics.serviceId), sql`(${metrics.parentId} is null and ${metrics.systemName} = ${HITS}) desc`, asc(metrics.createdAt), asc(metrics.id));
}

/** Metrics (with `hits`) and methods per service, for listings: one statement for any number of services. */
export async function metricCountsOfServices(tx: Executor, serviceIds: readonly string[]) {
  if (serviceIds.length === 0) return [];
  return tx
    .select({ serviceId: metrics.serviceId, metrics: sql<number>`count(*) filter (where ${metrics.parentId} is null)::int`, methods: sql<number>`count(${metrics.parentId})::int` })
    .from(metrics)
    .where(inArray(metrics.serviceId, [...serviceIds]))
    .groupBy(metrics.serviceId);
}

/** Ids of the metrics that at least one mapping rule increments, among the given ones. */
export async function mappedMetricIds(tx: Executor, metricIds: readonly string[]): Promise<Set<string>> {
  if (metricIds.length === 0) return new Set();
  const rows = await tx.selectDistinct({ id: mappingRules.metricId }).from(mappingRules).where(inArray(mappingRules.metricId, [...metricIds]));
  return new Set(rows.map((r) => r.id));
}

export async function createHitsMetric(tx: Executor, service: ServiceRow): Promise<MetricRow> {
  const [row] = await tx
    .insert(metrics)
    .values({ tenantId: service.tenantId, serviceId: service.id, systemName: HITS, friendlyName: "Hits", unit: "hit", description: "Number of API hits" })
    .returning();
  return row!;
}

async function hitsOf(tx: Executor, serviceId: string): Promise<MetricRow> {
  const [row] = await tx
    .select()
    .from(metrics)
    .where(and(eq(metrics.serviceId, serviceId), eq(metrics.systemName, HITS)));
  if (!row) throw new Error(`service ${serviceId} has no hits metric`);
  return row;
}

/**
 * Something else that refers to metrics (mapping rules here; limits and pricing rules in the plans
 * module): what to tell the caller, and how to remove it when the caller confirms.
 */
export interface MetricDependents {
  /** E.g. "2 mapping rules (GET /a, POST /b)", or null when nothing depends on the metric. */
  describe(tx: Executor, metric: MetricRow): Promise<string | null>;
  /** Removes what depends on the metric; returns the global-ID-able row ids it removed, by kind. */
  remove(tx: Executor, metric: MetricRow): Promise<{ mappingRuleIds?: string[] }>;
}

const dependents: MetricDependents[] = [
  {
    async describe(tx, metric) {
      const rows = await tx
        .select({ httpMethod: mappingRules.httpMethod, pattern: mappingRules.pattern })
        .from(mappingRules)
        .where(eq(mappingRules.metricId, metric.id))
        .orderBy(asc(mappingRules.position))
        .limit(4);
      if (rows.length === 0) return null;
      const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(mappingRules).where(eq(mappingRules.metricId, metric.id));
      const shown = rows.slice(0, 3).map((r) => `${r.httpMethod} ${r.pattern}`);
      return `${n} mapping rule${n === 1 ? "" : "s"} (${shown.join(", ")}${n > 3 ? ", …" : ""})`;
    },
    async remove(tx, metric) {
      const removed = await tx.delete(mappingRules).where(eq(mappingRules.metricId, metric.id)).returning({ id: mappingRules.id, serviceId: mappingRules.serviceId });
      if (removed.length) await renumberMappingRules(tx, metric.serviceId);
      return { mappingRuleIds: removed.map((r) => r.id) };
    },
  },
];

/** Registers what another module keeps about metrics (the plans module: limits and pricing rules). */
export function registerMetricDependents(d: MetricDependents): void {
  dependents.push(d);
}

/** Positions 1..n again, in the current order, after rules were removed. */
export async function renumberMappingRules(tx: Executor, serviceId: string): Promise<void> {
  await tx.execute(sql`update ${mappingRules} set position = ordered.n
    from (select id, row_number() over (order by position, id)::int as n from ${mappingRules} where service_id = ${serviceId}) as ordered
    where ${mappingRules.id} = ordered.id and ${mappingRules.position} <> ordered.n`);
}

async function describeDependents(tx: Executor, metric: MetricRow): Promise<string[]> {
  const found = await Promise.all(dependents.map((d) => d.describe(tx, metric)));
  return found.filter((d): d is string => d !== null);
}

export interface MetricData {
  friendlyName: string;
  systemName?: string | null;
  unit?: string | null;
  description?: string | null;
}

function checkText(value: string | null | undefined, field: string, max: number, what: string, errors: CatalogError[], required: boolean): string | null | undefined {
  if (value == null) return value;
  const text = value.trim();
  if (!text && required) errors.push(userError(CatalogErrorCode.BLANK, `Give ${what}.`, ["input", field]));
  else if (text.length > max) errors.push(userError(CatalogErrorCode.TOO_LONG, `Use at most ${max} characters.`, ["input", field]));
  return text;
}

/**
 * Names another metric of the service already uses, as user errors. Compared in SQL with the unique
 * indexes' own rules (`lower()` for friendly names), so the check and the index never disagree.
 */
async function nameClashes(tx: Executor, serviceId: string, names: { systemName?: string; friendlyName?: string }, exceptId?: string): Promise<CatalogError[]> {
  const systemClash = names.systemName ? sql`${metrics.systemName} = ${names.systemName}` : sql`false`;
  const friendlyClash = names.friendlyName ? sql`lower(${metrics.friendlyName}) = lower(${names.friendlyName})` : sql`false`;
  if (!names.systemName && !names.friendlyName) return [];
  const [clash] = await tx
    .select({ system: sql<boolean>`coalesce(bool_or(${systemClash}), false)`, friendly: sql<boolean>`coalesce(bool_or(${friendlyClash}), false)` })
    .from(metrics)
    .where(and(eq(metrics.serviceId, serviceId), or(systemClash, friendlyClash), exceptId ? ne(metrics.id, exceptId) : undefined));
  const errors: CatalogError[] = [];
  if (clash?.friendly) {
    errors.push(userError(CatalogErrorCode.TAKEN, `Another metric or method of this service is named "${names.friendlyName}".`, ["input", "friendlyName"]));
  }
  if (clash?.system) {
    errors.push(userError(CatalogErrorCode.TAKEN, `Another metric or method of this service has the system name "${names.systemName}".`, ["input", "systemName"]));
  }
  return errors;
}

/** Creates a top-level metric (`kind: "metric"`, with a unit) or a method (a child of `hits`, counted in hits). */
export async function createMetric(
  tx: Executor,
  actor: Actor,
  serviceId: string | null,
  input: MetricData,
  kind: "metric" | "method",
): Promise<Outcome<{ metric: MetricRow }>> {
  const service = await lockService(tx, actor, serviceId);
  if (!service) return { ok: false, userErrors: [notFound("service", ["input", "serviceId"])] };
  const errors: CatalogError[] = [];
  const friendlyName = checkText(input.friendlyName, "friendlyName", MAX_METRIC_NAME_LENGTH, "it a name", errors, true)!;
  const unit = kind === "method" ? "hit" : checkText(input.unit ?? "", "unit", MAX_UNIT_LENGTH, "a unit (a singular noun such as mb)", errors, true)!;
  const description = checkText(input.description, "description", MAX_DESCRIPTION_LENGTH, "a description", errors, false) || null;
  const given = input.systemName?.trim() || null;
  const base = given ?? deriveMetricSystemName(friendlyName);
  if (given) {
    const problem = metricSystemNameProblem(given);
    if (problem) errors.push(userError(CatalogErrorCode.INVALID, problem, ["input", "systemName"]));
  } else if (friendlyName && !base) {
    errors.push(userError(CatalogErrorCode.INVALID, "The name has no letters or digits to derive a system name from; give one.", ["input", "systemName"]));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(metrics).where(eq(metrics.serviceId, service.id));
  if (n >= MAX_METRICS_PER_SERVICE) {
    return { ok: false, userErrors: [userError(CatalogErrorCode.LIMIT_REACHED, `A service has at most ${MAX_METRICS_PER_SERVICE} metrics and methods.`, ["input", "serviceId"])] };
  }
  // The service is locked: no other write to its metrics runs until this transaction ends.
  let systemName = given ?? base;
  if (!given) {
    for (let attempt = 1; attempt <= 50; attempt++) {
      systemName = systemNameCandidate(base, attempt);
      if ((await nameClashes(tx, service.id, { systemName })).length === 0) break;
    }
  }
  const clashes = await nameClashes(tx, service.id, { systemName, friendlyName });
  if (clashes.length) return { ok: false, userErrors: clashes };
  const parentId = kind === "method" ? (await hitsOf(tx, service.id)).id : null;
  const [metric] = await tx
    .insert(metrics)
    .values({ tenantId: service.tenantId, serviceId: service.id, parentId, systemName, friendlyName, unit, description })
    .returning();
  await emit(tx, actor, {
    type: kindOf(metric!),
    action: "created",
    target: metricTarget(metric!),
    summary: `Created the ${kindOf(metric!)} "${metric!.friendlyName}" (${metric!.systemName}) of ${service.name}.`,
  });
  return { ok: true, metric: metric! };
}

async function lockMetric(tx: Executor, actor: Actor, metricId: string | null): Promise<{ metric: MetricRow; service: ServiceRow } | null> {
  if (!metricId) return null;
  const [found] = await tx.select({ serviceId: metrics.serviceId }).from(metrics).where(and(eq(metrics.id, metricId), eq(metrics.tenantId, actor.tenantId)));
  const service = found ? await lockService(tx, actor, found.serviceId) : null;
  const [metric] = service ? await metricsByIds(tx, [metricId]) : [];
  return service && metric ? { metric, service } : null;
}

export async function updateMetric(
  tx: Executor,
  actor: Actor,
  metricId: string | null,
  input: { friendlyName?: string | null; systemName?: string | null; unit?: string | null; description?: string | null; confirm?: boolean | null },
): Promise<Outcome<{ metric: MetricRow }>> {
  const locked = await lockMetric(tx, actor, metricId);
  if (!locked) return { ok: false, userErrors: [notFound("metric or method", ["input", "id"])] };
  const { metric } = locked;
  const errors: CatalogError[] = [];
  const values: Partial<MetricRow> = {};
  const friendlyName = checkText(input.friendlyName, "friendlyName", MAX_METRIC_NAME_LENGTH, "it a name", errors, true);
  if (friendlyName != null) values.friendlyName = friendlyName;
  if (input.unit != null) {
    if (metric.parentId) errors.push(userError(CatalogErrorCode.INVALID, "A method counts hits; it has no unit of its own.", ["input", "unit"]));
    else values.unit = checkText(input.unit, "unit", MAX_UNIT_LENGTH, "a unit", errors, true)!;
  }
  const description = checkText(input.description, "description", MAX_DESCRIPTION_LENGTH, "a description", errors, false);
  if (description != null) values.description = description || null;
  const systemName = input.systemName?.trim();
  if (input.systemName != null && systemName !== metric.systemName) {
    if (metric.systemName === HITS && !metric.parentId) {
      errors.push(userError(CatalogErrorCode.BUILTIN, "The built-in metric hits keeps its system name.", ["input", "systemName"]));
    } else {
      const problem = metricSystemNameProblem(systemName ?? "");
      if (problem) errors.push(userError(CatalogErrorCode.INVALID, problem, ["input", "systemName"]));
      else values.systemName = systemName;
    }
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const clashes = await nameClashes(tx, metric.serviceId, { systemName: values.systemName, friendlyName: values.friendlyName }, metric.id);
  if (clashes.length) return { ok: false, userErrors: clashes };
  if (values.systemName && !input.confirm) {
    const used = await describeDependents(tx, metric);
    if (used.length) {
      return {
        ok: false,
        userErrors: [
          userError(
            CatalogErrorCode.HAS_DEPENDENTS,
            `"${metric.systemName}" is used by ${used.join(" and ")}; gateways reporting it by name would break. Confirm to rename it anyway.`,
            ["input", "systemName"],
          ),
        ],
      };
    }
  }
  if (Object.keys(values).length === 0) return { ok: true, metric };
  const [row] = await tx.update(metrics).set(values).where(eq(metrics.id, metric.id)).returning();
  const changes = changesOf(metric, row!, ["friendlyName", "systemName", "unit", "description"]);
  if (changes.length) {
    await emit(tx, actor, {
      type: kindOf(row!),
      action: "updated",
      target: metricTarget(row!),
      summary: `Changed the ${kindOf(row!)} "${row!.friendlyName}" of ${locked.service.name}.`,
      changes,
    });
  }
  return { ok: true, metric: row! };
}

export async function deleteMetric(
  tx: Executor,
  actor: Actor,
  metricId: string | null,
  confirm: boolean,
): Promise<Outcome<{ metric: MetricRow; mappingRuleIds: string[] }>> {
  const locked = await lockMetric(tx, actor, metricId);
  if (!locked) return { ok: false, userErrors: [notFound("metric or method", ["input", "id"])] };
  const { metric } = locked;
  if (metric.systemName === HITS && !metric.parentId) {
    return { ok: false, userErrors: [userError(CatalogErrorCode.BUILTIN, "The built-in metric hits cannot be deleted.", ["input", "id"])] };
  }
  if (!confirm) {
    const used = await describeDependents(tx, metric);
    if (used.length) {
      return {
        ok: false,
        userErrors: [userError(CatalogErrorCode.HAS_DEPENDENTS, `"${metric.systemName}" is used by ${used.join(" and ")}. Confirm to delete them with it.`, ["input", "id"])],
      };
    }
  }
  const mappingRuleIds: string[] = [];
  const used = confirm ? await describeDependents(tx, metric) : [];
  for (const d of dependents) mappingRuleIds.push(...((await d.remove(tx, metric)).mappingRuleIds ?? []));
  await tx.delete(metrics).where(eq(metrics.id, metric.id));
  await emit(tx, actor, {
    type: kindOf(metric),
    action: "deleted",
    target: metricTarget(metric),
    summary: `Deleted the ${kindOf(metric)} "${metric.friendlyName}" of ${locked.service.name}${used.length ? `, with ${used.join(" and ")}` : ""}.`,
  });
  return { ok: true, metric, mappingRuleIds };
}
