import { MAX_MAPPING_RULES_PER_SERVICE, MAX_METRICS_PER_SERVICE } from '@gatehouse/schema/catalog';
import {
  MAX_OPENAPI_DOCUMENT_LENGTH,
  MAX_OPENAPI_OPERATIONS,
  planOpenApiImport,
  type PlannedOperation,
} from '@gatehouse/schema/openapi';
import { describeDocumentProblem, readOpenApiText } from '@gatehouse/schema/openapi-text';
import { createMappingRule as mappingRuleFixture, createMetric as metricFixture, type MappingRuleFixture, type MetricFixture, type ServiceFixture } from '../../testing/factories';
import type { HttpMethod } from '../../gql/schema-types';
import { emit, type AuditState, type MockActor } from '../events/events';
import { toGlobalId } from '../global-id';
import {
  catalogError,
  findService,
  hitsOf,
  mappingRulesOfService,
  metricsOfService,
  notFound,
  type CatalogError,
  type CatalogState,
  type Outcome,
} from './catalog';

/**
 * `importOpenApi` as server/src/modules/catalog/openapi-import.service.ts and openapi-document.ts do
 * it: the same order of checks, codes, messages and fields, and the same shared rules
 * (`openApiOperations`, `planOpenApiImport` of @gatehouse/schema/openapi) on a document parsed by
 * the same reader (`readOpenApiText` of @gatehouse/schema/openapi-text), so positions in the text are the server's.
 *
 * What the mock does not do: the server validates a document against the OpenAPI or Swagger schema
 * with @readme/openapi-parser (a Node library) once it has the right shape, and refuses what
 * violates it (INVALID_DOCUMENT "… (line L, column C, at some.path)"). The mock skips that step: a
 * document that parses and has the shape `openApiOperations` reads — an OpenAPI 3.x or Swagger 2.0
 * map with `paths` — is accepted, even if the server would refuse it (an operation without
 * `responses`, a server without `url`, a path parameter not declared…). The parity flows keep to
 * documents both accept or both refuse for the same reason.
 */

export interface OpenApiImportResult {
  service: ServiceFixture;
  specification: string;
  title: string | null;
  operations: (PlannedOperation & { metric: MetricFixture | null; mappingRule: MappingRuleFixture | null })[];
  /** Methods and rules created, or with `dryRun` those that would be. */
  methodsCreated: number;
  mappingRulesCreated: number;
}

const documentError = (message: string): CatalogError => catalogError('INVALID_DOCUMENT', message, ['input', 'document']);
const ruleKey = (httpMethod: string, pattern: string, systemName: string | undefined) => `${httpMethod} ${pattern} ${systemName}`;

/**
 * Imports an OpenAPI or Swagger document into a service of the tenant: a method per operation (a
 * child of `hits`) and a mapping rule counting it, appended after the service's rules; with
 * `dryRun` only what it would do. Importing the same document again changes nothing.
 */
export function importOpenApi(
  state: CatalogState & AuditState,
  actor: MockActor,
  serviceId: string,
  text: string,
  dryRun: boolean,
  now: Date,
): Outcome<OpenApiImportResult> {
  if (!text.trim()) return { ok: false, userErrors: [catalogError('BLANK', "Give the document's text (JSON or YAML).", ['input', 'document'])] };
  if (text.length > MAX_OPENAPI_DOCUMENT_LENGTH) {
    return { ok: false, userErrors: [catalogError('TOO_LONG', `A document has at most ${MAX_OPENAPI_DOCUMENT_LENGTH} characters.`, ['input', 'document'])] };
  }
  // As on the server, the document is read before the service is looked up (with the same reader,
  // but without the server's validation against the specification: see above).
  const parsed = readOpenApiText(text);
  if (!parsed.ok) return { ok: false, userErrors: parsed.problems.map((p) => documentError(describeDocumentProblem(p))) };
  const { api } = parsed;
  if (api.operations.length === 0) return { ok: false, userErrors: [documentError('The document has no operations under `paths`.')] };
  if (api.operations.length > MAX_OPENAPI_OPERATIONS) {
    return { ok: false, userErrors: [documentError(`The document has ${api.operations.length} operations; an import takes at most ${MAX_OPENAPI_OPERATIONS}.`)] };
  }

  const service = findService(state, actor.tenantId, serviceId);
  if (!service) return { ok: false, userErrors: [notFound('service', ['input', 'serviceId'])] };
  // In the server's order: hits first, then by creation; rules by position.
  const existingMetrics = metricsOfService(state, service.id);
  const existingRules = mappingRulesOfService(state, service.id);
  const metricById = new Map(existingMetrics.map((m) => [m.id, m]));
  const plan = planOpenApiImport(
    api,
    existingMetrics,
    existingRules.map((r) => ({ httpMethod: r.httpMethod, pattern: r.pattern, metricSystemName: metricById.get(r.metricId)?.systemName ?? '' })),
  );
  const newMethods = plan.filter((p) => p.action === 'CREATE_METHOD_AND_RULE');
  const newRules = plan.filter((p) => p.action === 'CREATE_METHOD_AND_RULE' || p.action === 'CREATE_RULE');
  if (existingMetrics.length + newMethods.length > MAX_METRICS_PER_SERVICE) {
    const message = `The import adds ${newMethods.length} methods to ${existingMetrics.length} metrics and methods; a service has at most ${MAX_METRICS_PER_SERVICE}.`;
    return { ok: false, userErrors: [catalogError('LIMIT_REACHED', message, ['input', 'document'])] };
  }
  if (existingRules.length + newRules.length > MAX_MAPPING_RULES_PER_SERVICE) {
    const message = `The import adds ${newRules.length} mapping rules to ${existingRules.length}; a service has at most ${MAX_MAPPING_RULES_PER_SERVICE}.`;
    return { ok: false, userErrors: [catalogError('LIMIT_REACHED', message, ['input', 'document'])] };
  }

  const bySystemName = new Map(existingMetrics.map((m) => [m.systemName, m]));
  const ruleByKey = new Map(existingRules.map((r) => [ruleKey(r.httpMethod, r.pattern, metricById.get(r.metricId)?.systemName), r]));
  if (!dryRun && newMethods.length) {
    const hits = hitsOf(state, service.id);
    for (const p of newMethods) {
      const metric = metricFixture({
        id: toGlobalId('Metric', crypto.randomUUID()),
        serviceId: service.id,
        parentId: hits.id,
        systemName: p.methodSystemName,
        friendlyName: p.methodFriendlyName,
        unit: 'hit',
        description: p.description,
        createdAt: now.toISOString(),
      });
      state.metrics.push(metric);
      bySystemName.set(metric.systemName, metric);
    }
  }
  if (!dryRun && newRules.length) {
    newRules.forEach((p, i) => {
      const metric = bySystemName.get(p.methodSystemName)!;
      const rule = mappingRuleFixture({
        id: toGlobalId('MappingRule', crypto.randomUUID()),
        serviceId: service.id,
        metricId: metric.id,
        httpMethod: p.httpMethod as HttpMethod,
        pattern: p.pattern,
        delta: 1,
        last: false,
        position: existingRules.length + i + 1,
        createdAt: now.toISOString(),
      });
      state.mappingRules.push(rule);
      ruleByKey.set(ruleKey(rule.httpMethod, rule.pattern, metric.systemName), rule);
    });
  }
  if (!dryRun && (newMethods.length || newRules.length)) {
    const what = api.title ? `"${api.title}" (${api.specification})` : `an ${api.specification} document`;
    const counts = `${newMethods.length} method${newMethods.length === 1 ? '' : 's'} and ${newRules.length} mapping rule${newRules.length === 1 ? '' : 's'}`;
    const target = { type: 'Service', id: service.id, name: service.name };
    emit(state, actor, { type: 'service', action: 'openapi_imported', target, summary: `Imported ${what} into ${service.name}: ${counts}.` }, now);
  }
  return {
    ok: true,
    service,
    specification: api.specification,
    title: api.title,
    operations: plan.map((p) => ({
      ...p,
      metric: p.action === 'SKIPPED' ? null : (bySystemName.get(p.methodSystemName) ?? null),
      mappingRule: p.action === 'SKIPPED' ? null : (ruleByKey.get(ruleKey(p.httpMethod, p.pattern, p.methodSystemName)) ?? null),
    })),
    methodsCreated: newMethods.length,
    mappingRulesCreated: newRules.length,
  };
}
