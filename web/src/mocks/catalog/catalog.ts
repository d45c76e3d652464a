import {
  deriveMetricSystemName,
  deriveServiceSystemName,
  HITS,
  MAX_DESCRIPTION_LENGTH,
  MAX_MAPPING_RULE_DELTA,
  MAX_MAPPING_RULES_PER_SERVICE,
  MAX_METRIC_NAME_LENGTH,
  MAX_METRICS_PER_SERVICE,
  MAX_SERVICE_NAME_LENGTH,
  MAX_UNIT_LENGTH,
  metricSystemNameProblem,
  parameterNameProblem,
  serviceSystemNameProblem,
  systemNameCandidate,
} from '@gatehouse/schema/catalog';
import { compileMappingRules, mappingRulePatternProblem, matchMappingRules } from '@gatehouse/schema/mapping-rules';
import {
  createCatalog,
  createHitsMetric,
  createMappingRule as mappingRuleFixture,
  createMetric as metricFixture,
  createService as serviceFixture,
  type CatalogMetricSpec,
  type MappingRuleFixture,
  type MetricFixture,
  type ServiceFixture,
} from '../../testing/factories';
import type {
  CatalogErrorCode,
  CreateMappingRuleInput,
  CreateServiceInput,
  HttpMethod,
  ServiceFilter,
  ServiceOrder,
  UpdateMappingRuleInput,
  UpdateMetricInput,
  UpdateServiceInput,
} from '../../gql/schema-types';
import type { KeysetOrder } from '../connection';
import { changesOf, emit, type AuditState, type DomainEvent, type MockActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import { assertListingFilter } from '../listing-filter';
import { badUserInput, userError } from '../mock-errors';
import { createDefaultServicePlans, describeMetricUse, removeMetricUse, removeServicePlans, type PlansState } from '../plans/plan-store';

/**
 * The catalog: services (products), their metrics and methods, and the mapping rules that count
 * requests, with the rules of server/src/modules/catalog (service.service.ts, metric.service.ts,
 * mapping-rule.service.ts): the same validation order, codes, messages and fields. Every read and
 * write is scoped to one tenant, as row-level security scopes the server's (the master sees only
 * its own catalog, which is empty).
 *
 * The plans domain keeps rows about services and metrics (server: registerServiceSetup and
 * registerMetricDependents): a new service gets its default plans, a deleted one takes its plans
 * and features along, and a metric that limits or pricing rules use is renamed or deleted only when
 * confirmed (deleting it then removes them). Writes that touch them take the plans' state too.
 */
export interface CatalogState {
  services: ServiceFixture[];
  metrics: MetricFixture[];
  mappingRules: MappingRuleFixture[];
}

/** The longest request path `Service.matchPath` takes (server/src/modules/catalog/catalog.resolver.ts). */
export const MAX_MATCH_PATH_LENGTH = 8192;

export const catalogError = (code: CatalogErrorCode, message: string, field: string[]) => userError('CatalogUserError', code, message, field);
export type CatalogError = ReturnType<typeof catalogError>;
export const notFound = (what: string, field: string[]) => catalogError('NOT_FOUND', `No such ${what}.`, field);

/** Outcome of a write: what the payload shows, or why nothing changed. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; userErrors: CatalogError[] };

// ── reads ──────────────────────────────────────────────────────────────────────────────────────

const sameRow = (fixtureId: string, globalId: string | null | undefined, typeName: string) => {
  const rowId = globalId ? rowIdOf(globalId, typeName) : null;
  return rowId !== null && rowIdOf(fixtureId, typeName) === rowId;
};

/** The tenant's service with this global ID; undefined for another tenant's, another type's or a malformed ID. */
export function findService(state: CatalogState, tenantId: string, id: string | null | undefined): ServiceFixture | undefined {
  return state.services.find((s) => s.tenantId === tenantId && sameRow(s.id, id, 'Service'));
}

export function serviceOf(state: CatalogState, serviceId: string): ServiceFixture {
  const service = state.services.find((s) => s.id === serviceId);
  if (!service) throw new Error(`Mock data: no service ${serviceId}`);
  return service;
}

export function metricOf(state: CatalogState, metricId: string): MetricFixture {
  const metric = state.metrics.find((m) => m.id === metricId);
  if (!metric) throw new Error(`Mock data: no metric ${metricId}`);
  return metric;
}

const inTenant = (state: CatalogState, tenantId: string, serviceId: string) =>
  state.services.some((s) => s.id === serviceId && s.tenantId === tenantId);

/** The tenant's metric or method with this global ID. */
export function findMetric(state: CatalogState, tenantId: string, id: string | null | undefined): MetricFixture | undefined {
  return state.metrics.find((m) => sameRow(m.id, id, 'Metric') && inTenant(state, tenantId, m.serviceId));
}

/** The tenant's mapping rule with this global ID. */
export function findMappingRule(state: CatalogState, tenantId: string, id: string | null | undefined): MappingRuleFixture | undefined {
  return state.mappingRules.find((r) => sameRow(r.id, id, 'MappingRule') && inTenant(state, tenantId, r.serviceId));
}

function serviceOrder(orderBy: ServiceOrder | null | undefined): KeysetOrder<ServiceFixture> {
  const { field, direction } = orderBy ?? { field: 'NAME', direction: 'ASC' };
  return field === 'CREATED_AT'
    ? { key: field, kind: 'timestamp', value: (s) => s.createdAt, direction }
    : { key: field, kind: 'text', value: (s) => s.name, direction };
}

/** The tenant's services matching the filter: name or system name contains the search (any case), one of the states. */
export function listServices(state: CatalogState, tenantId: string, filter: ServiceFilter | null | undefined, orderBy: ServiceOrder | null | undefined) {
  assertListingFilter(filter);
  const search = filter?.search?.trim().toLowerCase();
  const states = filter?.states?.length ? filter.states : null;
  const items = state.services.filter(
    (s) =>
      s.tenantId === tenantId &&
      (!search || s.name.toLowerCase().includes(search) || s.systemName.toLowerCase().includes(search)) &&
      (!states || states.includes(s.state)),
  );
  return { items, order: serviceOrder(orderBy) };
}

/**
 * A service's metrics and methods as the server lists them: `hits` first, then the others by creation
 * (the server breaks ties by row id; the mock by insertion).
 */
export function metricsOfService(state: CatalogState, serviceId: string): MetricFixture[] {
  const rank = (m: MetricFixture) => (isBuiltin(m) ? 0 : 1);
  return state.metrics
    .filter((m) => m.serviceId === serviceId)
    .sort((a, b) => rank(a) - rank(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** A service's mapping rules in evaluation order. */
export function mappingRulesOfService(state: CatalogState, serviceId: string): MappingRuleFixture[] {
  return state.mappingRules.filter((r) => r.serviceId === serviceId).sort((a, b) => a.position - b.position);
}

/** Top-level metrics (`hits` included) and methods of a service. */
export function metricCounts(state: CatalogState, serviceId: string): { metrics: number; methods: number } {
  const own = state.metrics.filter((m) => m.serviceId === serviceId);
  const methods = own.filter((m) => m.parentId !== null).length;
  return { metrics: own.length - methods, methods };
}

export const isBuiltin = (metric: MetricFixture) => metric.parentId === null && metric.systemName === HITS;
export const isMapped = (state: CatalogState, metric: MetricFixture) => state.mappingRules.some((r) => r.metricId === metric.id);

/** How the service's rules count one request (the shared matcher, as the server's `matchServiceRules`). */
export function matchPath(state: CatalogState, service: ServiceFixture, httpMethod: HttpMethod, path: string) {
  if (path.length > MAX_MATCH_PATH_LENGTH) throw badUserInput(`Use a path of at most ${MAX_MATCH_PATH_LENGTH} characters.`, 'path');
  const rules = mappingRulesOfService(state, service.id);
  const metrics = metricsOfService(state, service.id);
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const compiled = compileMappingRules(
    rules.map((r) => ({
      httpMethod: r.httpMethod,
      pattern: r.pattern,
      metricSystemName: byId.get(r.metricId)!.systemName,
      delta: r.delta,
      position: r.position,
      last: r.last,
    })),
    metrics.map((m) => ({ systemName: m.systemName, parentSystemName: m.parentId ? (byId.get(m.parentId)?.systemName ?? null) : null })),
  );
  const result = matchMappingRules(compiled, httpMethod, path);
  const bySystemName = new Map(metrics.map((m) => [m.systemName, m]));
  return {
    __typename: 'MappingRuleMatch' as const,
    matchedRules: result.matchedRules.map((i) => rules[i]!),
    increments: Object.entries(result.increments).map(([systemName, value]) => ({
      __typename: 'MetricIncrement' as const,
      metric: bySystemName.get(systemName)!,
      value,
    })),
  };
}

// ── services ───────────────────────────────────────────────────────────────────────────────────

type ServiceSettings = Omit<UpdateServiceInput, 'id'>;
type SettingValues = Partial<Omit<ServiceFixture, '__typename' | 'id' | 'tenantId' | 'systemName' | 'createdAt' | 'updatedAt'>>;

/** The settings given, trimmed (an empty description clears it), with their problems in the server's order. */
function checkSettings(input: ServiceSettings, errors: CatalogError[]): SettingValues {
  const values: SettingValues = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (!name) errors.push(catalogError('BLANK', 'Give the service a name.', ['input', 'name']));
    else if (name.length > MAX_SERVICE_NAME_LENGTH) errors.push(catalogError('TOO_LONG', `Use at most ${MAX_SERVICE_NAME_LENGTH} characters.`, ['input', 'name']));
    values.name = name;
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > MAX_DESCRIPTION_LENGTH) {
      errors.push(catalogError('TOO_LONG', `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`, ['input', 'description']));
    }
    values.description = description || null;
  }
  for (const key of ['userKeyParameter', 'appIdParameter', 'appKeyParameter'] as const) {
    const value = input[key];
    if (value == null) continue;
    const problem = parameterNameProblem(value.trim());
    if (problem) errors.push(catalogError(value.trim() ? 'INVALID' : 'BLANK', problem, ['input', key]));
    values[key] = value.trim();
  }
  if (input.authMode != null) values.authMode = input.authMode;
  if (input.customKeysAllowed != null) values.customKeysAllowed = input.customKeysAllowed;
  if (input.emailDevelopersOnUsageAlerts != null) values.emailDevelopersOnUsageAlerts = input.emailDevelopersOnUsageAlerts;
  if (input.state != null) values.state = input.state;
  return values;
}

/** What the catalog writes with other domains' rows: services, metrics and plans, and the audit log. */
type WithPlans = CatalogState & PlansState & AuditState;

// ── how the audit log names the catalog (server/src/modules/catalog/*.service.ts) ──────────────

const serviceTarget = (service: ServiceFixture) => ({ type: 'Service', id: service.id, name: service.name });
const metricTarget = (metric: MetricFixture) => ({ type: 'Metric', id: metric.id, name: metric.friendlyName });
const kindOf = (metric: MetricFixture) => (metric.parentId ? 'method' : 'metric');
/** `GET /pets/{id}$`: a rule as the audit log names it. */
const ruleName = (rule: MappingRuleFixture) => `${rule.httpMethod} ${rule.pattern}`;
const ruleTarget = (rule: MappingRuleFixture) => ({ type: 'MappingRule', id: rule.id, name: ruleName(rule) });
/** The settings an update may change, as the API names them (server: SERVICE_FIELDS). */
const SERVICE_FIELDS = ['name', 'description', 'authMode', 'userKeyParameter', 'appIdParameter', 'appKeyParameter', 'customKeysAllowed', 'emailDevelopersOnUsageAlerts', 'state'] as const;

/** `service.deleted`: everyone who may see the product is told (SERVICE_DELETED), in words for them. */
export function serviceDeleted(service: ServiceFixture, actor: MockActor): DomainEvent {
  const by = actor.kind === 'user' ? ` by ${actor.user.email}` : '';
  return {
    type: 'service',
    action: 'deleted',
    target: serviceTarget(service),
    summary: `Deleted the service "${service.name}" with its metrics, mapping rules and plans.`,
    notify: {
      type: 'SERVICE_DELETED',
      serviceId: service.id,
      summary: `The product "${service.name}" was deleted${by}, with its metrics, mapping rules and plans.`,
    },
  };
}

export const serviceCreated = (service: ServiceFixture): DomainEvent => ({
  type: 'service',
  action: 'created',
  target: serviceTarget(service),
  summary: `Created the service "${service.name}".`,
});

export const metricCreated = (metric: MetricFixture, service: ServiceFixture): DomainEvent => ({
  type: kindOf(metric),
  action: 'created',
  target: metricTarget(metric),
  summary: `Created the ${kindOf(metric)} "${metric.friendlyName}" (${metric.systemName}) of ${service.name}.`,
});

export const mappingRuleCreated = (rule: MappingRuleFixture, metric: MetricFixture, service: ServiceFixture): DomainEvent => ({
  type: 'mapping_rule',
  action: 'created',
  target: ruleTarget(rule),
  summary: `Added the mapping rule ${ruleName(rule)} → ${metric.systemName} (+${rule.delta}) at position ${rule.position} of ${service.name}.`,
});

/**
 * A service with its built-in metric `hits` and its default plans. A derived system name that is
 * taken gets a numeric suffix; a given one is reported as TAKEN.
 */
export function createService(state: WithPlans, actor: MockActor, input: CreateServiceInput, now: Date): Outcome<{ service: ServiceFixture }> {
  const { tenantId } = actor;
  const errors: CatalogError[] = [];
  const values = checkSettings({ ...input, state: null }, errors);
  const given = input.systemName?.trim() || null;
  const base = given ?? deriveServiceSystemName(values.name ?? '');
  if (given) {
    const problem = serviceSystemNameProblem(given);
    if (problem) errors.push(catalogError('INVALID', problem, ['input', 'systemName']));
  } else if (values.name && !base) {
    errors.push(catalogError('INVALID', 'The name has no letters or digits to derive a system name from; give one.', ['input', 'systemName']));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const taken = (systemName: string) => state.services.some((s) => s.tenantId === tenantId && s.systemName === systemName);
  let systemName: string | null = null;
  for (let attempt = 1; attempt <= (given ? 1 : 50) && systemName === null; attempt++) {
    const candidate = given ?? systemNameCandidate(base, attempt);
    if (!taken(candidate)) systemName = candidate;
  }
  if (systemName === null) return { ok: false, userErrors: [catalogError('TAKEN', `Another service has the system name "${base}".`, ['input', 'systemName'])] };
  const at = now.toISOString();
  const service = serviceFixture({
    ...values,
    id: toGlobalId('Service', crypto.randomUUID()),
    tenantId,
    name: values.name!,
    systemName,
    description: values.description ?? null,
    createdAt: at,
    updatedAt: at,
  });
  state.services.push(service);
  state.metrics.push(createHitsMetric(service.id, { id: toGlobalId('Metric', crypto.randomUUID()), createdAt: at }));
  emit(state, actor, serviceCreated(service), now);
  createDefaultServicePlans(state, actor, service, now);
  return { ok: true, service };
}

/** The service every new tenant but the master starts with (server: `createDefaultService`), by the tenant's setup. */
export function createDefaultService(state: WithPlans, actor: MockActor, now: Date): ServiceFixture {
  const result = createService(state, actor, { name: 'API', systemName: 'api', description: "The tenant's first API." }, now);
  if (!result.ok) throw new Error(`Mock: default service: ${result.userErrors.map((e) => e.message).join('; ')}`);
  return result.service;
}

export function updateService(state: CatalogState & AuditState, actor: MockActor, input: UpdateServiceInput, now: Date): Outcome<{ service: ServiceFixture }> {
  const service = findService(state, actor.tenantId, input.id);
  if (!service) return { ok: false, userErrors: [notFound('service', ['input', 'id'])] };
  const { id: _id, ...settings } = input;
  const errors: CatalogError[] = [];
  const values = checkSettings(settings, errors);
  if (errors.length) return { ok: false, userErrors: errors };
  if (Object.keys(values).length === 0) return { ok: true, service };
  const before = { ...service };
  Object.assign(service, values, { updatedAt: now.toISOString() });
  const changes = changesOf(before, service, SERVICE_FIELDS);
  if (changes.length) {
    emit(state, actor, { type: 'service', action: 'updated', target: serviceTarget(service), summary: `Changed the service "${service.name}".`, changes }, now);
  }
  return { ok: true, service };
}

/**
 * What other domains keep that goes with a deleted service (the server's foreign keys ON DELETE
 * CASCADE to services: its subscriptions and applications). `state` is the whole store.
 */
export type ServiceCascade = (state: CatalogState, serviceId: string) => void;
const serviceCascades: ServiceCascade[] = [];
export function registerServiceCascade(cascade: ServiceCascade): void {
  if (!serviceCascades.includes(cascade)) serviceCascades.push(cascade);
}

/** Deletes a service with its metrics, mapping rules, plans and features; the tenant's last service stays. */
export function deleteService(state: WithPlans, actor: MockActor, id: string, now: Date): Outcome<{ service: ServiceFixture }> {
  const service = findService(state, actor.tenantId, id);
  if (!service) return { ok: false, userErrors: [notFound('service', ['input', 'id'])] };
  if (state.services.filter((s) => s.tenantId === actor.tenantId).length <= 1) {
    return {
      ok: false,
      userErrors: [catalogError('LAST_SERVICE', "This is the tenant's only service; create another before deleting it.", ['input', 'id'])],
    };
  }
  state.services = state.services.filter((s) => s !== service);
  state.metrics = state.metrics.filter((m) => m.serviceId !== service.id);
  state.mappingRules = state.mappingRules.filter((r) => r.serviceId !== service.id);
  for (const cascade of serviceCascades) cascade(state, service.id);
  removeServicePlans(state, service.id);
  emit(state, actor, serviceDeleted(service, actor), now);
  return { ok: true, service };
}

// ── metrics and methods ────────────────────────────────────────────────────────────────────────

function checkText(
  value: string | null | undefined,
  field: string,
  max: number,
  what: string,
  errors: CatalogError[],
  required: boolean,
): string | null | undefined {
  if (value == null) return value;
  const text = value.trim();
  if (!text && required) errors.push(catalogError('BLANK', `Give ${what}.`, ['input', field]));
  else if (text.length > max) errors.push(catalogError('TOO_LONG', `Use at most ${max} characters.`, ['input', field]));
  return text;
}

/** Names another metric or method of the service already uses: friendly names in any case, system names exactly. */
function nameClashes(state: CatalogState, serviceId: string, names: { systemName?: string; friendlyName?: string }, exceptId?: string): CatalogError[] {
  const others = state.metrics.filter((m) => m.serviceId === serviceId && m.id !== exceptId);
  const errors: CatalogError[] = [];
  const friendly = names.friendlyName?.toLowerCase();
  if (friendly && others.some((m) => m.friendlyName.toLowerCase() === friendly)) {
    errors.push(catalogError('TAKEN', `Another metric or method of this service is named "${names.friendlyName}".`, ['input', 'friendlyName']));
  }
  if (names.systemName && others.some((m) => m.systemName === names.systemName)) {
    errors.push(catalogError('TAKEN', `Another metric or method of this service has the system name "${names.systemName}".`, ['input', 'systemName']));
  }
  return errors;
}

/** The service's built-in `hits`, parent of its methods. */
export function hitsOf(state: CatalogState, serviceId: string): MetricFixture {
  const hits = state.metrics.find((m) => m.serviceId === serviceId && m.systemName === HITS);
  if (!hits) throw new Error(`Mock data: service ${serviceId} has no hits metric`);
  return hits;
}

export interface MetricData {
  serviceId: string;
  friendlyName: string;
  systemName?: string | null;
  unit?: string | null;
  description?: string | null;
}

/** A top-level metric (`kind: 'metric'`, with a unit) or a method (a child of `hits`, counted in hits). */
export function createMetric(
  state: CatalogState & AuditState,
  actor: MockActor,
  input: MetricData,
  kind: 'metric' | 'method',
  now: Date,
): Outcome<{ metric: MetricFixture }> {
  const service = findService(state, actor.tenantId, input.serviceId);
  if (!service) return { ok: false, userErrors: [notFound('service', ['input', 'serviceId'])] };
  const errors: CatalogError[] = [];
  const friendlyName = checkText(input.friendlyName, 'friendlyName', MAX_METRIC_NAME_LENGTH, 'it a name', errors, true)!;
  const unit = kind === 'method' ? 'hit' : checkText(input.unit ?? '', 'unit', MAX_UNIT_LENGTH, 'a unit (a singular noun such as mb)', errors, true)!;
  const description = checkText(input.description, 'description', MAX_DESCRIPTION_LENGTH, 'a description', errors, false) || null;
  const given = input.systemName?.trim() || null;
  const base = given ?? deriveMetricSystemName(friendlyName);
  if (given) {
    const problem = metricSystemNameProblem(given);
    if (problem) errors.push(catalogError('INVALID', problem, ['input', 'systemName']));
  } else if (friendlyName && !base) {
    errors.push(catalogError('INVALID', 'The name has no letters or digits to derive a system name from; give one.', ['input', 'systemName']));
  }
  if (errors.length) return { ok: false, userErrors: errors };
  if (state.metrics.filter((m) => m.serviceId === service.id).length >= MAX_METRICS_PER_SERVICE) {
    return {
      ok: false,
      userErrors: [catalogError('LIMIT_REACHED', `A service has at most ${MAX_METRICS_PER_SERVICE} metrics and methods.`, ['input', 'serviceId'])],
    };
  }
  let systemName = given ?? base;
  if (!given) {
    for (let attempt = 1; attempt <= 50; attempt++) {
      systemName = systemNameCandidate(base, attempt);
      if (nameClashes(state, service.id, { systemName }).length === 0) break;
    }
  }
  const clashes = nameClashes(state, service.id, { systemName, friendlyName });
  if (clashes.length) return { ok: false, userErrors: clashes };
  const metric = metricFixture({
    id: toGlobalId('Metric', crypto.randomUUID()),
    serviceId: service.id,
    parentId: kind === 'method' ? hitsOf(state, service.id).id : null,
    systemName,
    friendlyName,
    unit,
    description,
    createdAt: now.toISOString(),
  });
  state.metrics.push(metric);
  emit(state, actor, metricCreated(metric, service), now);
  return { ok: true, metric };
}

/** "2 mapping rules (GET /a, POST /b)": the rules that increment the metric, as the server names them; null when none do. */
function describeMappingRules(state: CatalogState, metric: MetricFixture): string | null {
  const rules = state.mappingRules.filter((r) => r.metricId === metric.id).sort((a, b) => a.position - b.position);
  if (rules.length === 0) return null;
  const n = rules.length;
  const shown = rules.slice(0, 3).map((r) => `${r.httpMethod} ${r.pattern}`);
  return `${n} mapping rule${n === 1 ? '' : 's'} (${shown.join(', ')}${n > 3 ? ', …' : ''})`;
}

/**
 * What uses the metric, as the server's metric dependents name it, joined with " and ": its mapping
 * rules, then the plans' usage limits and pricing rules ("… and 1 usage limit (on Gold)"); null when nothing does.
 */
function describeDependents(state: WithPlans, metric: MetricFixture): string | null {
  const used = [describeMappingRules(state, metric), describeMetricUse(state, metric.id)].filter((d): d is string => d !== null);
  return used.length ? used.join(' and ') : null;
}

/** Positions 1..n again, in the current order, after rules were removed. */
function renumberMappingRules(state: CatalogState, serviceId: string): void {
  mappingRulesOfService(state, serviceId).forEach((rule, i) => (rule.position = i + 1));
}

export function updateMetric(state: WithPlans, actor: MockActor, input: UpdateMetricInput, now: Date): Outcome<{ metric: MetricFixture }> {
  const metric = findMetric(state, actor.tenantId, input.id);
  if (!metric) return { ok: false, userErrors: [notFound('metric or method', ['input', 'id'])] };
  const errors: CatalogError[] = [];
  const values: Partial<MetricFixture> = {};
  const friendlyName = checkText(input.friendlyName, 'friendlyName', MAX_METRIC_NAME_LENGTH, 'it a name', errors, true);
  if (friendlyName != null) values.friendlyName = friendlyName;
  if (input.unit != null) {
    if (metric.parentId) errors.push(catalogError('INVALID', 'A method counts hits; it has no unit of its own.', ['input', 'unit']));
    else values.unit = checkText(input.unit, 'unit', MAX_UNIT_LENGTH, 'a unit', errors, true)!;
  }
  const description = checkText(input.description, 'description', MAX_DESCRIPTION_LENGTH, 'a description', errors, false);
  if (description != null) values.description = description || null;
  const systemName = input.systemName?.trim();
  if (input.systemName != null && systemName !== metric.systemName) {
    if (isBuiltin(metric)) {
      errors.push(catalogError('BUILTIN', 'The built-in metric hits keeps its system name.', ['input', 'systemName']));
    } else {
      const problem = metricSystemNameProblem(systemName ?? '');
      if (problem) errors.push(catalogError('INVALID', problem, ['input', 'systemName']));
      else values.systemName = systemName;
    }
  }
  if (errors.length) return { ok: false, userErrors: errors };
  const clashes = nameClashes(state, metric.serviceId, { systemName: values.systemName, friendlyName: values.friendlyName }, metric.id);
  if (clashes.length) return { ok: false, userErrors: clashes };
  if (values.systemName && !input.confirm) {
    const used = describeDependents(state, metric);
    if (used) {
      const message = `"${metric.systemName}" is used by ${used}; gateways reporting it by name would break. Confirm to rename it anyway.`;
      return { ok: false, userErrors: [catalogError('HAS_DEPENDENTS', message, ['input', 'systemName'])] };
    }
  }
  const before = { ...metric };
  Object.assign(metric, values);
  const changes = changesOf(before, metric, ['friendlyName', 'systemName', 'unit', 'description']);
  if (changes.length) {
    const summary = `Changed the ${kindOf(metric)} "${metric.friendlyName}" of ${serviceOf(state, metric.serviceId).name}.`;
    emit(state, actor, { type: kindOf(metric), action: 'updated', target: metricTarget(metric), summary, changes }, now);
  }
  return { ok: true, metric };
}

/**
 * Deletes a metric or method; the mapping rules (ids returned, the others move up) and the plans'
 * limits and pricing rules that use it go too when confirmed.
 */
export function deleteMetric(
  state: WithPlans,
  actor: MockActor,
  id: string,
  confirm: boolean,
  now: Date,
): Outcome<{ metric: MetricFixture; mappingRuleIds: string[] }> {
  const metric = findMetric(state, actor.tenantId, id);
  if (!metric) return { ok: false, userErrors: [notFound('metric or method', ['input', 'id'])] };
  if (isBuiltin(metric)) return { ok: false, userErrors: [catalogError('BUILTIN', 'The built-in metric hits cannot be deleted.', ['input', 'id'])] };
  if (!confirm) {
    const used = describeDependents(state, metric);
    if (used) {
      const message = `"${metric.systemName}" is used by ${used}. Confirm to delete them with it.`;
      return { ok: false, userErrors: [catalogError('HAS_DEPENDENTS', message, ['input', 'id'])] };
    }
  }
  // What it takes along, named in the audit log as the confirmation named it.
  const used = confirm ? describeDependents(state, metric) : null;
  const removed = state.mappingRules.filter((r) => r.metricId === metric.id);
  state.mappingRules = state.mappingRules.filter((r) => r.metricId !== metric.id);
  if (removed.length) renumberMappingRules(state, metric.serviceId);
  removeMetricUse(state, metric.id);
  state.metrics = state.metrics.filter((m) => m !== metric);
  const summary = `Deleted the ${kindOf(metric)} "${metric.friendlyName}" of ${serviceOf(state, metric.serviceId).name}${used ? `, with ${used}` : ''}.`;
  emit(state, actor, { type: kindOf(metric), action: 'deleted', target: metricTarget(metric), summary }, now);
  return { ok: true, metric, mappingRuleIds: removed.map((r) => r.id) };
}

// ── mapping rules ──────────────────────────────────────────────────────────────────────────────

type RuleValues = Partial<Pick<MappingRuleFixture, 'httpMethod' | 'pattern' | 'delta' | 'last' | 'metricId' | 'position'>>;

function checkRule(
  state: CatalogState,
  tenantId: string,
  service: ServiceFixture,
  input: Omit<UpdateMappingRuleInput, 'id'>,
  metricGiven: boolean,
  errors: CatalogError[],
): RuleValues {
  const values: RuleValues = {};
  if (input.httpMethod != null) values.httpMethod = input.httpMethod;
  if (input.pattern != null) {
    const pattern = input.pattern.trim();
    const problem = mappingRulePatternProblem(pattern);
    if (problem) errors.push(catalogError(pattern ? 'INVALID' : 'BLANK', problem, ['input', 'pattern']));
    values.pattern = pattern;
  }
  if (input.delta != null) {
    if (input.delta < 1 || input.delta > MAX_MAPPING_RULE_DELTA) {
      errors.push(catalogError('INVALID', `The increment must be between 1 and ${MAX_MAPPING_RULE_DELTA}.`, ['input', 'delta']));
    }
    values.delta = input.delta;
  }
  if (input.last != null) values.last = input.last;
  if (metricGiven) {
    const metric = findMetric(state, tenantId, input.metricId);
    if (!metric) errors.push(notFound('metric or method', ['input', 'metricId']));
    else if (metric.serviceId !== service.id) errors.push(catalogError('WRONG_SERVICE', 'The metric belongs to another service.', ['input', 'metricId']));
    else values.metricId = metric.id;
  }
  return values;
}

const ruleCount = (state: CatalogState, serviceId: string) => state.mappingRules.filter((r) => r.serviceId === serviceId).length;

/** Shifts the positions of a service's rules in [from, to] by `by` (+1 to make room, -1 to close a gap). */
function shift(state: CatalogState, serviceId: string, from: number, to: number, by: 1 | -1): void {
  for (const rule of state.mappingRules) {
    if (rule.serviceId === serviceId && rule.position >= from && rule.position <= to) rule.position += by;
  }
}

const positionError = () => catalogError('INVALID', 'Positions start at 1.', ['input', 'position']);

/** A rule at a position (the end when omitted or beyond it); the rules from there move down by one. */
export function createMappingRule(
  state: CatalogState & AuditState,
  actor: MockActor,
  input: CreateMappingRuleInput,
  now: Date,
): Outcome<{ mappingRule: MappingRuleFixture }> {
  const service = findService(state, actor.tenantId, input.serviceId);
  if (!service) return { ok: false, userErrors: [notFound('service', ['input', 'serviceId'])] };
  const errors: CatalogError[] = [];
  const { serviceId: _serviceId, ...rule } = input;
  const values = checkRule(state, actor.tenantId, service, rule, true, errors);
  if (input.position != null && input.position < 1) errors.push(positionError());
  if (errors.length) return { ok: false, userErrors: errors };
  const n = ruleCount(state, service.id);
  if (n >= MAX_MAPPING_RULES_PER_SERVICE) {
    return {
      ok: false,
      userErrors: [catalogError('LIMIT_REACHED', `A service has at most ${MAX_MAPPING_RULES_PER_SERVICE} mapping rules.`, ['input', 'serviceId'])],
    };
  }
  const position = Math.min(input.position ?? n + 1, n + 1);
  shift(state, service.id, position, n, 1);
  const mappingRule = mappingRuleFixture({
    id: toGlobalId('MappingRule', crypto.randomUUID()),
    serviceId: service.id,
    metricId: values.metricId!,
    httpMethod: values.httpMethod!,
    pattern: values.pattern!,
    delta: values.delta ?? 1,
    last: values.last ?? false,
    position,
    createdAt: now.toISOString(),
  });
  state.mappingRules.push(mappingRule);
  emit(state, actor, mappingRuleCreated(mappingRule, metricOf(state, mappingRule.metricId), service), now);
  return { ok: true, mappingRule };
}

/** Changes a rule; a new position (at most the number of rules) moves the rules in between by one. */
export function updateMappingRule(
  state: CatalogState & AuditState,
  actor: MockActor,
  input: UpdateMappingRuleInput,
  now: Date,
): Outcome<{ mappingRule: MappingRuleFixture }> {
  const rule = findMappingRule(state, actor.tenantId, input.id);
  if (!rule) return { ok: false, userErrors: [notFound('mapping rule', ['input', 'id'])] };
  const service = serviceOf(state, rule.serviceId);
  const errors: CatalogError[] = [];
  const { id: _id, ...given } = input;
  const values = checkRule(state, actor.tenantId, service, given, input.metricId != null, errors);
  if (input.position != null && input.position < 1) errors.push(positionError());
  if (errors.length) return { ok: false, userErrors: errors };
  if (input.position != null && input.position !== rule.position) {
    const to = Math.min(input.position, ruleCount(state, service.id));
    if (to < rule.position) shift(state, service.id, to, rule.position - 1, 1);
    else shift(state, service.id, rule.position + 1, to, -1);
    values.position = to;
  }
  const before = { ...rule, metric: metricOf(state, rule.metricId).systemName };
  Object.assign(rule, values);
  const after = { ...rule, metric: metricOf(state, rule.metricId).systemName };
  const changes = changesOf(before, after, ['httpMethod', 'pattern', 'metric', 'delta', 'position', 'last']);
  if (changes.length) {
    const summary = `Changed the mapping rule ${ruleName(rule)} of ${service.name}.`;
    emit(state, actor, { type: 'mapping_rule', action: 'updated', target: ruleTarget(rule), summary, changes }, now);
  }
  return { ok: true, mappingRule: rule };
}

/** Deletes a rule; the rules after it move up. */
export function deleteMappingRule(state: CatalogState & AuditState, actor: MockActor, id: string, now: Date): Outcome<{ mappingRule: MappingRuleFixture }> {
  const rule = findMappingRule(state, actor.tenantId, id);
  if (!rule) return { ok: false, userErrors: [notFound('mapping rule', ['input', 'id'])] };
  const metric = metricOf(state, rule.metricId);
  state.mappingRules = state.mappingRules.filter((r) => r !== rule);
  shift(state, rule.serviceId, rule.position + 1, Number.MAX_SAFE_INTEGER, -1);
  const summary = `Deleted the mapping rule ${ruleName(rule)} → ${metric.systemName} of ${serviceOf(state, rule.serviceId).name}.`;
  emit(state, actor, { type: 'mapping_rule', action: 'deleted', target: ruleTarget(rule), summary }, now);
  return { ok: true, mappingRule: rule };
}

// ── seed ───────────────────────────────────────────────────────────────────────────────────────

/**
 * The demo catalog of the server's seed (server/src/modules/catalog/catalog.seed.ts), for the demo
 * tenant: SendGrid's Email API (a metric per API, api_user/api_key) and an Echo API with methods.
 */
const DEMO_SERVICES: { service: Partial<ServiceFixture> & { name: string; systemName: string }; metrics: CatalogMetricSpec[] }[] = [
  {
    service: {
      name: 'Email API',
      systemName: 'email_api',
      description: 'Send and receive email: the web API, SMTP relay and event and parse webhooks.',
      authMode: 'APP_ID_APP_KEY',
      appIdParameter: 'api_user',
      appKeyParameter: 'api_key',
    },
    metrics: [
      {
        kind: 'metric',
        friendlyName: 'Web API',
        systemName: 'web_api',
        unit: 'call',
        rules: [
          ['GET', '/api/'],
          ['POST', '/api/'],
          ['PUT', '/api/'],
          ['DELETE', '/api/'],
        ],
      },
      { kind: 'metric', friendlyName: 'SMTP API', systemName: 'smtp_api', unit: 'message', rules: [['POST', '/smtp/send$']] },
      { kind: 'metric', friendlyName: 'Event Webhook', systemName: 'event_webhook', unit: 'event', rules: [['POST', '/webhooks/event']] },
      { kind: 'metric', friendlyName: 'Parse Webhook', systemName: 'parse_webhook', unit: 'message', rules: [['POST', '/webhooks/parse']] },
    ],
  },
  {
    service: {
      name: 'Echo API',
      systemName: 'echo_api',
      description: 'Echoes what it is sent: the API the integration guides use.',
      authMode: 'USER_KEY',
    },
    metrics: [
      {
        kind: 'method',
        friendlyName: 'Echo',
        systemName: 'echo',
        rules: [
          ['GET', '/echo/{message}'],
          ['POST', '/echo$'],
        ],
      },
      { kind: 'method', friendlyName: 'Status', systemName: 'status', rules: [['GET', '/status$']] },
      { kind: 'method', friendlyName: 'Search', systemName: 'search', rules: [['GET', '/search?q={query}']] },
      { kind: 'metric', friendlyName: 'Data transfer', systemName: 'data_transfer', unit: 'kb', rules: [] },
    ],
  },
];

/** The default service of a seeded tenant, as `createTenant` gives it (built from fixtures: stable ids). */
export function seedDefaultService(tenantId: string): ReturnType<typeof createCatalog> {
  return createCatalog({ tenantId, name: 'API', systemName: 'api', description: "The tenant's first API." });
}

/**
 * The product the server's demo seed creates and deletes at once (catalog.seed.ts), so the demo's
 * team starts with a notification and held mail: gone from the catalog, still in the log.
 */
export function retiredDemoService(tenantId: string, createdAt: string): ServiceFixture {
  return serviceFixture({
    id: toGlobalId('Service', '00000000-0000-4000-9000-000000000001'),
    tenantId,
    name: 'Legacy SMS API',
    systemName: 'legacy_sms',
    description: 'The old SMS gateway, retired.',
    createdAt,
    updatedAt: createdAt,
  });
}

/** The demo tenant's catalog: its default service, then the server's demo services. */
export function seedDemoCatalog(tenantId: string): CatalogState {
  const parts = [seedDefaultService(tenantId), ...DEMO_SERVICES.map((demo) => createCatalog({ tenantId, ...demo.service }, demo.metrics))];
  return {
    services: parts.map((p) => p.service),
    metrics: parts.flatMap((p) => p.metrics),
    mappingRules: parts.flatMap((p) => p.mappingRules),
  };
}
