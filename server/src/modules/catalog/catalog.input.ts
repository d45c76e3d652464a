import {
  MAX_DESCRIPTION_LENGTH,
  MAX_MAPPING_RULE_DELTA,
  MAX_METRIC_NAME_LENGTH,
  MAX_PARAMETER_NAME_LENGTH,
  MAX_SERVICE_NAME_LENGTH,
  MAX_SYSTEM_NAME_LENGTH,
  MAX_UNIT_LENGTH,
} from "@gatehouse/schema/catalog";
import { MAX_OPENAPI_DOCUMENT_LENGTH } from "@gatehouse/schema/openapi";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { LongTextScalar } from "../../graphql/scalars.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { HttpMethod, ServiceAuthMode, ServiceState } from "./catalog.tables.js";
import { CatalogUserError } from "./catalog.errors.js";
import { MappingRule, Metric, Service } from "./service.type.js";

type CatalogErrors = InstanceType<typeof CatalogUserError>[];

@InputType("CreateServiceInput", { description: "A new service (product). It gets the built-in metric `hits`." })
export class CreateServiceInput {
  @Field(() => String, { description: `Name (1–${MAX_SERVICE_NAME_LENGTH} characters).` })
  name: string;
  @Field(() => String, { nullable: true, description: `\`[a-z0-9_-]\`, 1–${MAX_SYSTEM_NAME_LENGTH} characters; derived from the name when omitted. Cannot be changed later.` })
  systemName?: string | null;
  @Field(() => String, { nullable: true, description: `What the API does (at most ${MAX_DESCRIPTION_LENGTH} characters).` })
  description?: string | null;
  @Field(() => ServiceAuthMode.graphql, { nullable: true, description: "How gateways identify applications; USER_KEY when omitted." })
  authMode?: ServiceAuthMode | null;
  @Field(() => String, { nullable: true, description: `Parameter carrying the user key; \`user_key\` when omitted (at most ${MAX_PARAMETER_NAME_LENGTH} characters).` })
  userKeyParameter?: string | null;
  @Field(() => String, { nullable: true, description: "Parameter carrying the application ID; `app_id` when omitted." })
  appIdParameter?: string | null;
  @Field(() => String, { nullable: true, description: "Parameter carrying the application key; `app_key` when omitted." })
  appKeyParameter?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether admins may set custom keys; false when omitted." })
  customKeysAllowed?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Whether usage alerts are also emailed to the developers; false when omitted." })
  emailDevelopersOnUsageAlerts?: boolean | null;
}

@InputType("UpdateServiceInput", { description: "Changes to a service; omitted fields stay as they are. The system name cannot change." })
export class UpdateServiceInput {
  @Field(() => ID, { description: "The service." })
  id: string;
  @Field(() => String, { nullable: true, description: `Name (1–${MAX_SERVICE_NAME_LENGTH} characters).` })
  name?: string | null;
  @Field(() => String, { nullable: true, description: "Description; an empty string clears it." })
  description?: string | null;
  @Field(() => ServiceAuthMode.graphql, { nullable: true, description: "How gateways identify applications." })
  authMode?: ServiceAuthMode | null;
  @Field(() => String, { nullable: true, description: "Parameter carrying the user key." })
  userKeyParameter?: string | null;
  @Field(() => String, { nullable: true, description: "Parameter carrying the application ID." })
  appIdParameter?: string | null;
  @Field(() => String, { nullable: true, description: "Parameter carrying the application key." })
  appKeyParameter?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether admins may set custom keys." })
  customKeysAllowed?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Whether usage alerts are also emailed to the developers." })
  emailDevelopersOnUsageAlerts?: boolean | null;
  @Field(() => ServiceState.graphql, { nullable: true, description: "ACTIVE, or SUSPENDED to refuse all traffic." })
  state?: ServiceState | null;
}

@ObjectType("ServicePayload", { description: "Result of `createService` and `updateService`." })
export class ServicePayload {
  @Field(() => Service, { nullable: true, description: "The service as it is now." })
  service: Service | null;
  @Field(() => [CatalogUserError], { description: "Why nothing changed." })
  userErrors: CatalogErrors;
}

@InputType("DeleteServiceInput", { description: "The service to delete, with everything that belongs to it." })
export class DeleteServiceInput {
  @Field(() => ID, { description: "The service." })
  id: string;
}

@ObjectType("DeleteServicePayload", { description: "Result of `deleteService`." })
export class DeleteServicePayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted service." })
  deletedServiceId: string | null;
  @Field(() => [CatalogUserError], { description: "Why it was not deleted." })
  userErrors: CatalogErrors;
}

@InputType("CreateMetricInput", { description: "A new top-level metric of a service." })
export class CreateMetricInput {
  @Field(() => ID, { description: "The service." })
  serviceId: string;
  @Field(() => String, { description: `Name shown in the admin, unique within the service (1–${MAX_METRIC_NAME_LENGTH} characters).` })
  friendlyName: string;
  @Field(() => String, { nullable: true, description: "`[A-Za-z0-9_/-]`, unique within the service; derived from the friendly name when omitted." })
  systemName?: string | null;
  @Field(() => String, { description: `Unit, a singular noun such as \`mb\` (1–${MAX_UNIT_LENGTH} characters).` })
  unit: string;
  @Field(() => String, { nullable: true, description: "What it counts." })
  description?: string | null;
}

@InputType("CreateMethodInput", { description: "A new method of a service: a child of `hits`." })
export class CreateMethodInput {
  @Field(() => ID, { description: "The service." })
  serviceId: string;
  @Field(() => String, { description: `Name shown in the admin, unique within the service (1–${MAX_METRIC_NAME_LENGTH} characters).` })
  friendlyName: string;
  @Field(() => String, { nullable: true, description: "`[A-Za-z0-9_/-]`, unique within the service; derived from the friendly name when omitted." })
  systemName?: string | null;
  @Field(() => String, { nullable: true, description: "What it counts." })
  description?: string | null;
}

@InputType("UpdateMetricInput", { description: "Changes to a metric or method; omitted fields stay as they are." })
export class UpdateMetricInput {
  @Field(() => ID, { description: "The metric or method." })
  id: string;
  @Field(() => String, { nullable: true, description: "Name shown in the admin." })
  friendlyName?: string | null;
  @Field(() => String, { nullable: true, description: "New system name. Gateways report with it: changing it breaks integrations that use the old one." })
  systemName?: string | null;
  @Field(() => String, { nullable: true, description: "Unit (metrics; a method counts hits)." })
  unit?: string | null;
  @Field(() => String, { nullable: true, description: "Description; an empty string clears it." })
  description?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Change the system name although mapping rules or limits use the metric." })
  confirm?: boolean | null;
}

@InputType("DeleteMetricInput", { description: "The metric or method to delete." })
export class DeleteMetricInput {
  @Field(() => ID, { description: "The metric or method." })
  id: string;
  @Field(() => Boolean, { nullable: true, description: "Delete it although mapping rules or limits use it: they are deleted too." })
  confirm?: boolean | null;
}

@ObjectType("MetricPayload", { description: "Result of `createMetric`, `createMethod` and `updateMetric`." })
export class MetricPayload {
  @Field(() => Metric, { nullable: true, description: "The metric or method as it is now." })
  metric: Metric | null;
  @Field(() => [CatalogUserError], { description: "Why nothing changed." })
  userErrors: CatalogErrors;
}

@ObjectType("DeleteMetricPayload", { description: "Result of `deleteMetric`." })
export class DeleteMetricPayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted metric or method." })
  deletedMetricId: string | null;
  @Field(() => [ID], { description: "IDs of the mapping rules deleted with it (when confirmed)." })
  deletedMappingRuleIds: string[];
  @Field(() => [CatalogUserError], { description: "Why it was not deleted." })
  userErrors: CatalogErrors;
}

@InputType("CreateMappingRuleInput", { description: "A new mapping rule." })
export class CreateMappingRuleInput {
  @Field(() => ID, { description: "The service." })
  serviceId: string;
  @Field(() => HttpMethod.graphql, { description: "The verb it matches." })
  httpMethod: HttpMethod;
  @Field(() => String, { description: "Path pattern starting with `/` (see MappingRule.pattern)." })
  pattern: string;
  @Field(() => ID, { description: "The metric or method of the same service it increments." })
  metricId: string;
  @Field(() => Int, { nullable: true, description: `Increment, 1–${MAX_MAPPING_RULE_DELTA}; 1 when omitted.` })
  delta?: number | null;
  @Field(() => Int, { nullable: true, description: "Position (1 = first); after the last rule when omitted." })
  position?: number | null;
  @Field(() => Boolean, { nullable: true, description: "Stop evaluating after this rule when it matches; false when omitted." })
  last?: boolean | null;
}

@InputType("UpdateMappingRuleInput", { description: "Changes to a mapping rule; omitted fields stay as they are." })
export class UpdateMappingRuleInput {
  @Field(() => ID, { description: "The mapping rule." })
  id: string;
  @Field(() => HttpMethod.graphql, { nullable: true, description: "The verb it matches." })
  httpMethod?: HttpMethod | null;
  @Field(() => String, { nullable: true, description: "Path pattern." })
  pattern?: string | null;
  @Field(() => ID, { nullable: true, description: "The metric or method it increments." })
  metricId?: string | null;
  @Field(() => Int, { nullable: true, description: "Increment." })
  delta?: number | null;
  @Field(() => Int, { nullable: true, description: "New position: the rules between move by one." })
  position?: number | null;
  @Field(() => Boolean, { nullable: true, description: "Stop evaluating after this rule when it matches." })
  last?: boolean | null;
}

@ObjectType("MappingRulePayload", { description: "Result of `createMappingRule` and `updateMappingRule`." })
export class MappingRulePayload {
  @Field(() => MappingRule, { nullable: true, description: "The rule as it is now." })
  mappingRule: MappingRule | null;
  @Field(() => [CatalogUserError], { description: "Why nothing changed." })
  userErrors: CatalogErrors;
}

@InputType("DeleteMappingRuleInput", { description: "The mapping rule to delete." })
export class DeleteMappingRuleInput {
  @Field(() => ID, { description: "The mapping rule." })
  id: string;
}

@ObjectType("DeleteMappingRulePayload", { description: "Result of `deleteMappingRule`." })
export class DeleteMappingRulePayload {
  @Field(() => ID, { nullable: true, description: "ID of the deleted rule." })
  deletedMappingRuleId: string | null;
  @Field(() => [CatalogUserError], { description: "Why it was not deleted." })
  userErrors: CatalogErrors;
}

export const OpenApiImportAction = defineEnum("OpenApiImportAction", "What an OpenAPI import does with one operation.", {
  CREATE_METHOD_AND_RULE: "Creates a method for the operation and a mapping rule counting it.",
  CREATE_RULE: "The method exists (same system name): adds only the mapping rule.",
  UNCHANGED: "The method and its mapping rule exist: nothing to do.",
  SKIPPED: "A mapping rule cannot count the operation (see `note`).",
});
export type OpenApiImportAction = EnumValue<typeof OpenApiImportAction>;

@InputType("ImportOpenApiInput", { description: "An OpenAPI 3.x or Swagger 2.0 document to import into a service." })
export class ImportOpenApiInput {
  @Field(() => ID, { description: "The service." })
  serviceId: string;
  @Field(() => LongTextScalar, {
    description: `The document's text, JSON or YAML (at most ${MAX_OPENAPI_DOCUMENT_LENGTH.toLocaleString("en")} characters; send it as a variable). References to other files or URLs are not followed.`,
  })
  document: string;
  @Field(() => Boolean, { nullable: true, description: "Only say what the import would do; false when omitted." })
  dryRun?: boolean | null;
}

@ObjectType("OpenApiOperationImport", { description: "One operation of an imported document and what the import does with it." })
export class OpenApiOperationImport {
  @Field(() => String, { description: "The operation's verb (TRACE too, which is skipped)." })
  httpMethod: string;
  @Field(() => String, { description: "Its path as the document writes it." })
  path: string;
  @Field(() => String, { nullable: true, description: "Its `operationId`." })
  operationId: string | null;
  @Field(() => String, { description: "The mapping rule's pattern: the base path (Swagger `basePath`, or the first server URL's path), the path, and `$`." })
  pattern: string;
  @Field(() => String, { description: "The method's system name: from `operationId`, else verb and path." })
  methodSystemName: string;
  @Field(() => String, { description: "The method's friendly name: the summary, else `operationId`, else verb and path." })
  methodFriendlyName: string;
  @Field(() => OpenApiImportAction.graphql, { description: "What the import does with it." })
  action: OpenApiImportAction;
  @Field(() => String, { nullable: true, description: "Why it is skipped, or how a name was changed to stay unique." })
  note: string | null;
  @Field(() => Metric, { nullable: true, description: "The method (or metric) that counts it; null in a dry run when it is still to be created, and when skipped." })
  metric: Metric | null;
  @Field(() => MappingRule, { nullable: true, description: "The mapping rule that counts it; null in a dry run when it is still to be created, and when skipped." })
  mappingRule: MappingRule | null;
}

@ObjectType("ImportOpenApiPayload", { description: "Result of `importOpenApi`." })
export class ImportOpenApiPayload {
  @Field(() => Boolean, { description: "True when nothing was written (a dry run)." })
  dryRun: boolean;
  @Field(() => String, { nullable: true, description: 'The document\'s specification and version, e.g. "OpenAPI 3.0.3" or "Swagger 2.0".' })
  specification: string | null;
  @Field(() => String, { nullable: true, description: "The document's `info.title`." })
  title: string | null;
  @Field(() => [OpenApiOperationImport], { description: "Every operation in document order, with what the import does with it." })
  operations: OpenApiOperationImport[];
  @Field(() => Int, { description: "Methods created (in a dry run: that would be)." })
  methodsCreated: number;
  @Field(() => Int, { description: "Mapping rules created (in a dry run: that would be)." })
  mappingRulesCreated: number;
  @Field(() => Service, { nullable: true, description: "The service as it is now." })
  service: Service | null;
  @Field(() => [CatalogUserError], { description: "Why nothing was imported." })
  userErrors: CatalogErrors;
}
