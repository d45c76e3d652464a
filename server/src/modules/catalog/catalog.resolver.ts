import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context } from "../../graphql/context.js";
import { badUserInput, notFound } from "../../graphql/errors.js";
import { rowIdOf, toGlobalId } from "../../graphql/node.js";
import {
  CreateMappingRuleInput,
  CreateMethodInput,
  CreateMetricInput,
  CreateServiceInput,
  DeleteMappingRuleInput,
  DeleteMappingRulePayload,
  DeleteMetricInput,
  DeleteMetricPayload,
  DeleteServiceInput,
  DeleteServicePayload,
  ImportOpenApiInput,
  ImportOpenApiPayload,
  MappingRulePayload,
  MetricPayload,
  ServicePayload,
  UpdateMappingRuleInput,
  UpdateMetricInput,
  UpdateServiceInput,
} from "./catalog.input.js";
import { HttpMethod, type MappingRuleRow, type MetricRow, type ServiceRow } from "./catalog.tables.js";
import * as rules from "./mapping-rule.service.js";
import * as metricsService from "./metric.service.js";
import { importOpenApi, readImportDocument } from "./openapi-import.service.js";
import * as servicesService from "./service.service.js";
import { MappingRule, MappingRuleMatch, Metric, MetricKind, Service, type ServiceListArgs, serviceListing } from "./service.type.js";

/** The longest request path `matchPath` takes: what common servers accept in a request line. */
const MAX_MATCH_PATH_LENGTH = 8192;


@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => serviceListing.Connection, { description: "The tenant's services (products)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  services(@Args(() => serviceListing.Args) args: ServiceListArgs, @Ctx() ctx: Context) {
    return servicesService.listServices(ctx.tx, actorOf(ctx), args);
  }

  @Query(() => Service, { description: "One service by ID (NOT_FOUND when the tenant has none with it)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async service(@Arg("id", () => ID, { description: "Global ID of the service." }) id: string, @Ctx() ctx: Context) {
    const rowId = rowIdOf(id, "Service");
    const service = rowId ? await ctx.loaders.catalog.serviceById.load(rowId) : null;
    if (!service) throw notFound("Service");
    return service;
  }

  @FieldResolver(() => [Metric], { description: "Its metrics and methods: `hits` first, then by creation." })
  metrics(@Root() service: ServiceRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.metricsOfService.load(service.id);
  }

  @FieldResolver(() => Int, { description: "Number of top-level metrics, `hits` included." })
  async metricCount(@Root() service: ServiceRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.catalog.metricCounts.load(service.id)).metrics;
  }

  @FieldResolver(() => Int, { description: "Number of methods." })
  async methodCount(@Root() service: ServiceRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.catalog.metricCounts.load(service.id)).methods;
  }

  @FieldResolver(() => [MappingRule], { description: "Its mapping rules in evaluation order." })
  mappingRules(@Root() service: ServiceRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.mappingRulesOfService.load(service.id);
  }

  @FieldResolver(() => MappingRuleMatch, { description: "How its mapping rules would count a request: which rules match and what each metric gets." })
  matchPath(
    @Root() service: ServiceRow,
    @Arg("httpMethod", () => HttpMethod.graphql, { description: "The request's verb." }) httpMethod: string,
    @Arg("path", () => String, { description: "The request's path with its query string, e.g. `/v3/mail/send?x=1`." }) path: string,
    @Ctx() ctx: Context,
  ) {
    if (path.length > MAX_MATCH_PATH_LENGTH) throw badUserInput(`Use a path of at most ${MAX_MATCH_PATH_LENGTH} characters.`, "path");
    return rules.matchServiceRules(ctx.tx, service.id, httpMethod, path);
  }

  @Mutation(() => ServicePayload, { description: "Creates a service with the built-in metric `hits`." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createService(@Arg("input", () => CreateServiceInput, { description: "The service." }) input: CreateServiceInput, @Ctx() ctx: Context) {
    const result = await servicesService.createService(ctx.tx, actorOf(ctx), input);
    return result.ok ? { service: result.service, userErrors: [] } : { service: null, userErrors: result.userErrors };
  }

  @Mutation(() => ServicePayload, { description: "Changes a service's settings." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async updateService(@Arg("input", () => UpdateServiceInput, { description: "The changes." }) input: UpdateServiceInput, @Ctx() ctx: Context) {
    const { id, ...settings } = input;
    const result = await servicesService.updateService(ctx.tx, actorOf(ctx), rowIdOf(id, "Service"), settings);
    return result.ok ? { service: result.service, userErrors: [] } : { service: null, userErrors: result.userErrors };
  }

  @Mutation(() => ImportOpenApiPayload, {
    description:
      "Imports an OpenAPI 3.x or Swagger 2.0 document: a method per operation (system name from `operationId`, else verb and path) and a mapping rule counting it, " +
      "after the service's rules. Importing the same document again changes nothing; `dryRun` only says what it would do. An invalid document is refused with where it is wrong.",
  })
  // The document is read and validated holding no transaction or connection (it may take seconds); the
  // request's transaction opens for the import itself.
  @Access({ scope: "ACCOUNT_MANAGEMENT", alone: true, ownTransaction: true })
  async importOpenApi(@Arg("input", () => ImportOpenApiInput, { description: "The service and the document." }) input: ImportOpenApiInput, @Ctx() ctx: Context) {
    const dryRun = input.dryRun === true;
    const refused = (userErrors: ImportOpenApiPayload["userErrors"]) => ({ dryRun, specification: null, title: null, operations: [], methodsCreated: 0, mappingRulesCreated: 0, service: null, userErrors });
    const read = await readImportDocument(input.document);
    if (!read.ok) return refused(read.userErrors);
    if (!ctx.openRequestTransaction) throw new Error("importOpenApi runs as an ownTransaction mutation (graphql/operation-mode.ts)");
    const tx = await ctx.openRequestTransaction(ctx);
    const result = await importOpenApi(tx, actorOf(ctx), rowIdOf(input.serviceId, "Service"), read.api, dryRun);
    return result.ok ? { ...result, dryRun, userErrors: [] } : refused(result.userErrors);
  }

  @Mutation(() => DeleteServicePayload, {
    description: "Deletes a service with its metrics, methods, mapping rules, plans, applications and subscriptions. The tenant's last service cannot be deleted.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deleteService(@Arg("input", () => DeleteServiceInput, { description: "The service." }) input: DeleteServiceInput, @Ctx() ctx: Context) {
    const result = await servicesService.deleteService(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Service"));
    return result.ok ? { deletedServiceId: input.id, userErrors: [] } : { deletedServiceId: null, userErrors: result.userErrors };
  }
}

@Resolver(() => Metric)
export class MetricResolver {
  @FieldResolver(() => MetricKind.graphql, { description: "METRIC, or METHOD for a child of `hits`." })
  kind(@Root() metric: MetricRow) {
    return metric.parentId ? "METHOD" : "METRIC";
  }

  @FieldResolver(() => Boolean, { description: "True for `hits`, the metric every service has." })
  builtin(@Root() metric: MetricRow) {
    return metric.parentId === null && metric.systemName === "hits";
  }

  @FieldResolver(() => Metric, { nullable: true, description: "The metric a method rolls up into (`hits`); null for metrics." })
  parent(@Root() metric: MetricRow, @Ctx() ctx: Context) {
    return metric.parentId ? ctx.loaders.catalog.metricById.load(metric.parentId) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether a mapping rule increments it." })
  mapped(@Root() metric: MetricRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.metricIsMapped.load(metric.id);
  }

  @FieldResolver(() => Service, { description: "The service it belongs to." })
  async service(@Root() metric: MetricRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.serviceById.load(metric.serviceId);
  }

  @Mutation(() => MetricPayload, { description: "Adds a top-level metric with its own unit to a service." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createMetric(@Arg("input", () => CreateMetricInput, { description: "The metric." }) input: CreateMetricInput, @Ctx() ctx: Context) {
    const { serviceId, ...data } = input;
    const result = await metricsService.createMetric(ctx.tx, actorOf(ctx), rowIdOf(serviceId, "Service"), data, "metric");
    return result.ok ? { metric: result.metric, userErrors: [] } : { metric: null, userErrors: result.userErrors };
  }

  @Mutation(() => MetricPayload, { description: "Adds a method to a service: a child of `hits`, so reporting it also counts a hit." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createMethod(@Arg("input", () => CreateMethodInput, { description: "The method." }) input: CreateMethodInput, @Ctx() ctx: Context) {
    const { serviceId, ...data } = input;
    const result = await metricsService.createMetric(ctx.tx, actorOf(ctx), rowIdOf(serviceId, "Service"), data, "method");
    return result.ok ? { metric: result.metric, userErrors: [] } : { metric: null, userErrors: result.userErrors };
  }

  @Mutation(() => MetricPayload, { description: "Changes a metric or method. Renaming one that mapping rules or limits use needs `confirm`." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async updateMetric(@Arg("input", () => UpdateMetricInput, { description: "The changes." }) input: UpdateMetricInput, @Ctx() ctx: Context) {
    const { id, ...data } = input;
    const result = await metricsService.updateMetric(ctx.tx, actorOf(ctx), rowIdOf(id, "Metric"), data);
    return result.ok ? { metric: result.metric, userErrors: [] } : { metric: null, userErrors: result.userErrors };
  }

  @Mutation(() => DeleteMetricPayload, { description: "Deletes a metric or method. One that mapping rules or limits use needs `confirm`, and takes them along." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deleteMetric(@Arg("input", () => DeleteMetricInput, { description: "The metric or method." }) input: DeleteMetricInput, @Ctx() ctx: Context) {
    const result = await metricsService.deleteMetric(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Metric"), input.confirm === true);
    return result.ok
      ? { deletedMetricId: input.id, deletedMappingRuleIds: result.mappingRuleIds.map((id) => toGlobalId("MappingRule", id)), userErrors: [] }
      : { deletedMetricId: null, deletedMappingRuleIds: [], userErrors: result.userErrors };
  }
}

@Resolver(() => MappingRule)
export class MappingRuleResolver {
  @FieldResolver(() => Metric, { description: "The metric or method it increments." })
  async metric(@Root() rule: MappingRuleRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.metricById.load(rule.metricId);
  }

  @FieldResolver(() => Service, { description: "The service it belongs to." })
  async service(@Root() rule: MappingRuleRow, @Ctx() ctx: Context) {
    return ctx.loaders.catalog.serviceById.load(rule.serviceId);
  }

  @Mutation(() => MappingRulePayload, { description: "Adds a mapping rule at a position (the end when omitted)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createMappingRule(@Arg("input", () => CreateMappingRuleInput, { description: "The rule." }) input: CreateMappingRuleInput, @Ctx() ctx: Context) {
    const { serviceId, metricId, ...data } = input;
    const result = await rules.createMappingRule(ctx.tx, actorOf(ctx), rowIdOf(serviceId, "Service"), { ...data, metricId: rowIdOf(metricId, "Metric") });
    return result.ok ? { mappingRule: result.mappingRule, userErrors: [] } : { mappingRule: null, userErrors: result.userErrors };
  }

  @Mutation(() => MappingRulePayload, { description: "Changes a mapping rule; a new position moves the rules in between by one." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async updateMappingRule(@Arg("input", () => UpdateMappingRuleInput, { description: "The changes." }) input: UpdateMappingRuleInput, @Ctx() ctx: Context) {
    const { id, metricId, ...data } = input;
    const result = await rules.updateMappingRule(ctx.tx, actorOf(ctx), rowIdOf(id, "MappingRule"), {
      ...data,
      metricGiven: metricId != null,
      metricId: metricId != null ? rowIdOf(metricId, "Metric") : null,
    });
    return result.ok ? { mappingRule: result.mappingRule, userErrors: [] } : { mappingRule: null, userErrors: result.userErrors };
  }

  @Mutation(() => DeleteMappingRulePayload, { description: "Deletes a mapping rule; the rules after it move up." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deleteMappingRule(@Arg("input", () => DeleteMappingRuleInput, { description: "The rule." }) input: DeleteMappingRuleInput, @Ctx() ctx: Context) {
    const result = await rules.deleteMappingRule(ctx.tx, actorOf(ctx), rowIdOf(input.id, "MappingRule"));
    return result.ok ? { deletedMappingRuleId: input.id, userErrors: [] } : { deletedMappingRuleId: null, userErrors: result.userErrors };
  }
}
