import { HITS, MAX_MAPPING_RULES_PER_SERVICE, MAX_METRICS_PER_SERVICE } from "@gatehouse/schema/catalog";
import { baseFriendlyNameOf, MAX_OPENAPI_DOCUMENT_LENGTH, type OpenApiOperations, type PlannedOperation, planOpenApiImport } from "@gatehouse/schema/openapi";
import { describeDocumentProblem } from "@gatehouse/schema/openapi-text";
import type { Actor } from "../../auth/actor.js";
import { sql } from "drizzle-orm";
import { type Executor, rowsOf } from "../../db/client.js";
import { userError } from "../../graphql/user-error.js";
import { CatalogErrorCode } from "./catalog.errors.js";
import { type CatalogError, lockService, notFound, type Outcome } from "./catalog.shared.js";
import { type HttpMethod, type MappingRuleRow, mappingRules, type MetricRow, metrics, type ServiceRow } from "./catalog.tables.js";
import { mappingRulesOfServices } from "./mapping-rule.service.js";
import { metricsOfServices } from "./metric.service.js";
import { parseOpenApiDocument } from "./openapi-document.js";
import { emit } from "../events/events.service.js";

export interface OpenApiImportResult {
  service: ServiceRow;
  specification: string;
  title: string | null;
  operations: (PlannedOperation & { metric: MetricRow | null; mappingRule: MappingRuleRow | null })[];
  /** Methods and rules created, or with `dryRun` those that would be. */
  methodsCreated: number;
  mappingRulesCreated: number;
}

const documentError = (message: string): CatalogError => userError(CatalogErrorCode.INVALID_DOCUMENT, message, ["input", "document"]);

/**
 * Reads and validates a document to import (in a worker thread, openapi-document.ts): its operations,
 * or why it cannot be imported. Needs no transaction, and should hold none: it may take seconds.
 */
export async function readImportDocument(text: string): Promise<Outcome<{ api: OpenApiOperations }>> {
  if (!text.trim()) return { ok: false, userErrors: [userError(CatalogErrorCode.BLANK, "Give the document's text (JSON or YAML).", ["input", "document"])] };
  if (text.length > MAX_OPENAPI_DOCUMENT_LENGTH) {
    return { ok: false, userErrors: [userError(CatalogErrorCode.TOO_LONG, `A document has at most ${MAX_OPENAPI_DOCUMENT_LENGTH} characters.`, ["input", "document"])] };
  }
  const parsed = await parseOpenApiDocument(text);
  if (!parsed.ok) return { ok: false, userErrors: parsed.problems.map((p) => documentError(describeDocumentProblem(p))) };
  return { ok: true, api: parsed.api };
}

/**
 * Friendly names as the database compares them (`lower()`, the unique index's rule, which may differ
 * from JavaScript's for some letters): a function for the planner, for the names it will meet.
 */
async function databaseFold(tx: Executor, names: readonly string[]): Promise<(name: string) => string> {
  const distinct = [...new Set(names)];
  const rows = distinct.length
    ? await tx.execute<{ name: string; folded: string }>(sql`select n as name, lower(n) as folded from unnest(${sql.param(distinct)}::text[]) as n`)
    : [];
  const folded = new Map(rowsOf<{ name: string; folded: string }>(rows).map((r) => [r.name, r.folded]));
  return (name) => folded.get(name) ?? name.toLowerCase();
}

/** New friendly names the database would find equal (without case) to another new or existing one. */
async function friendlyNameClashes(tx: Executor, serviceId: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await tx.execute<{ name: string }>(sql`
    select n as name from unnest(${sql.param([...names])}::text[]) as n
    where lower(n) in (select lower(${metrics.friendlyName}) from ${metrics} where ${metrics.serviceId} = ${serviceId})
       or lower(n) in (select lower(x) from unnest(${sql.param([...names])}::text[]) as x group by lower(x) having count(*) > 1)`);
  return rowsOf<{ name: string }>(rows).map((r) => r.name);
}

/**
 * Imports a read document (readImportDocument) into a service: a method per operation (a child of
 * `hits`) and a mapping rule counting it, appended after the service's rules. With `dryRun` it only
 * says what it would do. The plan is made while the service is locked, so what a dry run showed is
 * what an import right after it does, unless the service changed in between; and an import of a
 * document already imported changes nothing. All of it, or nothing: one transaction.
 */
export async function importOpenApi(tx: Executor, actor: Actor, serviceId: string | null, api: OpenApiOperations, dryRun: boolean): Promise<Outcome<OpenApiImportResult>> {
  const service = await lockService(tx, actor, serviceId);
  if (!service) return { ok: false, userErrors: [notFound("service", ["input", "serviceId"])] };
  const [existingMetrics, existingRules] = await Promise.all([metricsOfServices(tx, [service.id]), mappingRulesOfServices(tx, [service.id])]);
  const metricById = new Map(existingMetrics.map((m) => [m.id, m]));
  const fold = await databaseFold(tx, [...existingMetrics.map((m) => m.friendlyName), ...api.operations.map(baseFriendlyNameOf)]);
  const plan = planOpenApiImport(
    api,
    existingMetrics,
    existingRules.map((r) => ({ httpMethod: r.httpMethod, pattern: r.pattern, metricSystemName: metricById.get(r.metricId)?.systemName ?? "" })),
    fold,
  );
  const newMethods = plan.filter((p) => p.action === "CREATE_METHOD_AND_RULE");
  const newRules = plan.filter((p) => p.action === "CREATE_METHOD_AND_RULE" || p.action === "CREATE_RULE");
  if (existingMetrics.length + newMethods.length > MAX_METRICS_PER_SERVICE) {
    return {
      ok: false,
      userErrors: [userError(CatalogErrorCode.LIMIT_REACHED, `The import adds ${newMethods.length} methods to ${existingMetrics.length} metrics and methods; a service has at most ${MAX_METRICS_PER_SERVICE}.`, ["input", "document"])],
    };
  }
  if (existingRules.length + newRules.length > MAX_MAPPING_RULES_PER_SERVICE) {
    return {
      ok: false,
      userErrors: [userError(CatalogErrorCode.LIMIT_REACHED, `The import adds ${newRules.length} mapping rules to ${existingRules.length}; a service has at most ${MAX_MAPPING_RULES_PER_SERVICE}.`, ["input", "document"])],
    };
  }

  // The planner compared names as the database does where it could; what it could not (a numbered
  // variant of a name it had not seen) is checked here, before anything is written.
  const clashes = await friendlyNameClashes(tx, service.id, newMethods.map((p) => p.methodFriendlyName));
  if (clashes.length) {
    return {
      ok: false,
      userErrors: [
        userError(
          CatalogErrorCode.TAKEN,
          `The method names ${clashes.map((n) => `"${n}"`).join(", ")} equal other metrics' or methods' names when compared without case; rename the operations' summaries and import again.`,
          ["input", "document"],
        ),
      ],
    };
  }
  const bySystemName = new Map(existingMetrics.map((m) => [m.systemName, m]));
  const ruleByKey = new Map(existingRules.map((r) => [`${r.httpMethod} ${r.pattern} ${metricById.get(r.metricId)?.systemName}`, r]));
  if (!dryRun && newMethods.length) {
    const hits = existingMetrics.find((m) => m.systemName === HITS && m.parentId === null)!;
    const created = await tx
      .insert(metrics)
      .values(
        newMethods.map((p) => ({
          tenantId: service.tenantId,
          serviceId: service.id,
          parentId: hits.id,
          systemName: p.methodSystemName,
          friendlyName: p.methodFriendlyName,
          unit: "hit",
          description: p.description,
        })),
      )
      .returning();
    for (const m of created) bySystemName.set(m.systemName, m);
  }
  if (!dryRun && newRules.length) {
    const created = await tx
      .insert(mappingRules)
      .values(
        newRules.map((p, i) => ({
          tenantId: service.tenantId,
          serviceId: service.id,
          metricId: bySystemName.get(p.methodSystemName)!.id,
          httpMethod: p.httpMethod as HttpMethod,
          pattern: p.pattern,
          delta: 1,
          last: false,
          position: existingRules.length + i + 1,
        })),
      )
      .returning();
    const byId = new Map([...bySystemName.values()].map((m) => [m.id, m]));
    for (const r of created) ruleByKey.set(`${r.httpMethod} ${r.pattern} ${byId.get(r.metricId)?.systemName}`, r);
  }
  if (!dryRun && (newMethods.length || newRules.length)) {
    await emit(tx, actor, {
      type: "service",
      action: "openapi_imported",
      target: { type: "Service", id: service.id, name: service.name },
      summary: `Imported ${api.title ? `"${api.title}" (${api.specification})` : `an ${api.specification} document`} into ${service.name}: ${newMethods.length} method${newMethods.length === 1 ? "" : "s"} and ${newRules.length} mapping rule${newRules.length === 1 ? "" : "s"}.`,
    });
  }
  return {
    ok: true,
    service,
    specification: api.specification,
    title: api.title,
    operations: plan.map((p) => ({
      ...p,
      metric: p.action === "SKIPPED" ? null : (bySystemName.get(p.methodSystemName) ?? null),
      mappingRule: p.action === "SKIPPED" ? null : (ruleByKey.get(`${p.httpMethod} ${p.pattern} ${p.methodSystemName}`) ?? null),
    })),
    methodsCreated: newMethods.length,
    mappingRulesCreated: newRules.length,
  };
}
