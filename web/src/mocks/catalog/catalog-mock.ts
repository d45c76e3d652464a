import { connection } from '../connection';
import { toGlobalId } from '../global-id';
import { notFound } from '../mock-errors';
import type { MockModule } from '../mock-module';
import { actorOf, requireViewer } from '../viewer';
import {
  createMappingRule,
  createMetric,
  createService,
  deleteMappingRule,
  deleteMetric,
  deleteService,
  findMappingRule,
  findMetric,
  findService,
  isBuiltin,
  isMapped,
  listServices,
  mappingRulesOfService,
  matchPath,
  metricCounts,
  metricOf,
  metricsOfService,
  serviceOf,
  updateMappingRule,
  updateMetric,
  updateService,
} from './catalog';
import { importOpenApi } from './openapi-import';

const tenantOf = (ctx: Parameters<typeof requireViewer>[0]) => requireViewer(ctx).tenantId;

/**
 * The catalog domain (server/src/modules/catalog): services (products), their metrics and methods,
 * and the mapping rules that count requests. Members read it; every mutation is refused to them by
 * the access check (none is personal), as on the server.
 */
export const catalogMock: MockModule = {
  name: 'catalog',
  resolvers: {
    Query: {
      services: (_, args, ctx) => {
        const { items, order } = listServices(ctx.state, tenantOf(ctx), args.filter, args.orderBy);
        return connection(items, args, 'Service', order);
      },
      service: (_, { id }, ctx) => {
        const service = findService(ctx.state, tenantOf(ctx), id);
        if (!service) throw notFound('Service');
        return service;
      },
    },
    Mutation: {
      createService: (_, { input }, ctx) => {
        const result = createService(ctx.state, actorOf(ctx), input, ctx.now);
        return { __typename: 'ServicePayload', ...(result.ok ? { service: result.service, userErrors: [] } : { service: null, userErrors: result.userErrors }) };
      },
      updateService: (_, { input }, ctx) => {
        const result = updateService(ctx.state, actorOf(ctx), input, ctx.now);
        return { __typename: 'ServicePayload', ...(result.ok ? { service: result.service, userErrors: [] } : { service: null, userErrors: result.userErrors }) };
      },
      deleteService: (_, { input }, ctx) => {
        const result = deleteService(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'DeleteServicePayload',
          ...(result.ok ? { deletedServiceId: input.id, userErrors: [] } : { deletedServiceId: null, userErrors: result.userErrors }),
        };
      },
      createMetric: (_, { input }, ctx) => {
        const result = createMetric(ctx.state, actorOf(ctx), input, 'metric', ctx.now);
        return { __typename: 'MetricPayload', ...(result.ok ? { metric: result.metric, userErrors: [] } : { metric: null, userErrors: result.userErrors }) };
      },
      createMethod: (_, { input }, ctx) => {
        const result = createMetric(ctx.state, actorOf(ctx), input, 'method', ctx.now);
        return { __typename: 'MetricPayload', ...(result.ok ? { metric: result.metric, userErrors: [] } : { metric: null, userErrors: result.userErrors }) };
      },
      updateMetric: (_, { input }, ctx) => {
        const result = updateMetric(ctx.state, actorOf(ctx), input, ctx.now);
        return { __typename: 'MetricPayload', ...(result.ok ? { metric: result.metric, userErrors: [] } : { metric: null, userErrors: result.userErrors }) };
      },
      deleteMetric: (_, { input }, ctx) => {
        const result = deleteMetric(ctx.state, actorOf(ctx), input.id, input.confirm === true, ctx.now);
        return {
          __typename: 'DeleteMetricPayload',
          ...(result.ok
            ? { deletedMetricId: input.id, deletedMappingRuleIds: result.mappingRuleIds, userErrors: [] }
            : { deletedMetricId: null, deletedMappingRuleIds: [], userErrors: result.userErrors }),
        };
      },
      createMappingRule: (_, { input }, ctx) => {
        const result = createMappingRule(ctx.state, actorOf(ctx), input, ctx.now);
        return {
          __typename: 'MappingRulePayload',
          ...(result.ok ? { mappingRule: result.mappingRule, userErrors: [] } : { mappingRule: null, userErrors: result.userErrors }),
        };
      },
      updateMappingRule: (_, { input }, ctx) => {
        const result = updateMappingRule(ctx.state, actorOf(ctx), input, ctx.now);
        return {
          __typename: 'MappingRulePayload',
          ...(result.ok ? { mappingRule: result.mappingRule, userErrors: [] } : { mappingRule: null, userErrors: result.userErrors }),
        };
      },
      importOpenApi: (_, { input }, ctx) => {
        const dryRun = input.dryRun === true;
        // LongText (a string by its scalar) is typed `unknown` by codegen, which maps no TypeScript type to it.
        const result = importOpenApi(ctx.state, actorOf(ctx), input.serviceId, input.document, dryRun, ctx.now);
        if (!result.ok) {
          return {
            __typename: 'ImportOpenApiPayload',
            dryRun,
            specification: null,
            title: null,
            operations: [],
            methodsCreated: 0,
            mappingRulesCreated: 0,
            service: null,
            userErrors: result.userErrors,
          };
        }
        const { ok: _ok, operations, ...rest } = result;
        return {
          __typename: 'ImportOpenApiPayload',
          ...rest,
          operations: operations.map((o) => ({ __typename: 'OpenApiOperationImport', ...o })),
          dryRun,
          userErrors: [],
        };
      },
      deleteMappingRule: (_, { input }, ctx) => {
        const result = deleteMappingRule(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'DeleteMappingRulePayload',
          ...(result.ok ? { deletedMappingRuleId: input.id, userErrors: [] } : { deletedMappingRuleId: null, userErrors: result.userErrors }),
        };
      },
    },
    Service: {
      metrics: (service, _, ctx) => metricsOfService(ctx.state, service.id),
      metricCount: (service, _, ctx) => metricCounts(ctx.state, service.id).metrics,
      methodCount: (service, _, ctx) => metricCounts(ctx.state, service.id).methods,
      mappingRules: (service, _, ctx) => mappingRulesOfService(ctx.state, service.id),
      matchPath: (service, { httpMethod, path }, ctx) => matchPath(ctx.state, service, httpMethod, path),
    },
    Metric: {
      kind: (metric) => (metric.parentId ? 'METHOD' : 'METRIC'),
      builtin: (metric) => isBuiltin(metric),
      parent: (metric, _, ctx) => (metric.parentId ? metricOf(ctx.state, metric.parentId) : null),
      mapped: (metric, _, ctx) => isMapped(ctx.state, metric),
      service: (metric, _, ctx) => serviceOf(ctx.state, metric.serviceId),
    },
    MappingRule: {
      metric: (rule, _, ctx) => metricOf(ctx.state, rule.metricId),
      service: (rule, _, ctx) => serviceOf(ctx.state, rule.serviceId),
    },
  },
  // Row-level security: a tenant's catalog is its own; not even the master sees another's.
  nodes: {
    Service: (ctx, rowId) => (ctx.viewer ? (findService(ctx.state, ctx.viewer.tenantId, toGlobalId('Service', rowId)) ?? null) : null),
    Metric: (ctx, rowId) => (ctx.viewer ? (findMetric(ctx.state, ctx.viewer.tenantId, toGlobalId('Metric', rowId)) ?? null) : null),
    MappingRule: (ctx, rowId) => (ctx.viewer ? (findMappingRule(ctx.state, ctx.viewer.tenantId, toGlobalId('MappingRule', rowId)) ?? null) : null),
  },
};
