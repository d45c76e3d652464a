import { MAX_MAPPING_RULE_DELTA, MAX_MAPPING_RULES_PER_SERVICE } from "@gatehouse/schema/catalog";
import { ilike, inArray, or } from "drizzle-orm";
import { Field, Int, ObjectType } from "type-graphql";
import { escapeLike } from "../../db/like.js";
import { Node } from "../../graphql/node.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import { HttpMethod, type MappingRuleRow, type MetricRow, ServiceAuthMode, type ServiceRow, ServiceState, services } from "./catalog.tables.js";

@ObjectType("Service", { implements: Node, description: "A product: an API the tenant sells access to, with its metrics, methods and mapping rules." })
export class Service extends Node {
  @Field(() => String, { description: "Name shown to admins and developers." })
  name: string;
  @Field(() => String, { description: "Unique within the tenant, `[a-z0-9_-]`; fixed when the service is created." })
  systemName: string;
  @Field(() => String, { nullable: true, description: "What the API does." })
  description: string | null;
  @Field(() => ServiceAuthMode.graphql, { description: "How gateways identify the calling application." })
  authMode: ServiceAuthMode;
  @Field(() => String, { description: "Name of the request parameter or header that carries the user key (USER_KEY)." })
  userKeyParameter: string;
  @Field(() => String, { description: "Name of the parameter that carries the application ID (APP_ID_APP_KEY)." })
  appIdParameter: string;
  @Field(() => String, { description: "Name of the parameter that carries the application key (APP_ID_APP_KEY)." })
  appKeyParameter: string;
  @Field(() => Boolean, { description: "Whether admins may set an application's key to a value of their choosing." })
  customKeysAllowed: boolean;
  @Field(() => Boolean, { description: "Whether a usage alert of an application (50 % … 300 % of a limit) is also emailed to its developer account's admins; the team is always notified." })
  emailDevelopersOnUsageAlerts: boolean;
  @Field(() => ServiceState.graphql, { description: "Whether the service accepts traffic." })
  state: ServiceState;
  @Field(() => Date, { description: "When the service was created." })
  createdAt: Date;
  @Field(() => Date, { description: "When its settings last changed." })
  updatedAt: Date;
}

export const MetricKind = defineEnum("MetricKind", "A metric, or a method (a child of `hits`).", {
  METRIC: "A top-level metric with its own unit; `hits` is the built-in one.",
  METHOD: "A method of the API: reporting it also increments `hits`.",
});
export type MetricKind = EnumValue<typeof MetricKind>;

@ObjectType("Metric", { implements: Node, description: "A metric or method of a service: what usage is counted in, limited and priced by." })
export class Metric extends Node {
  @Field(() => String, { description: "Name gateways report usage with; unique within the service, `[A-Za-z0-9_/-]`." })
  systemName: string;
  @Field(() => String, { description: "Name shown in the admin; unique within the service." })
  friendlyName: string;
  @Field(() => String, { description: "Unit counted, a singular noun (`hit`, `mb`)." })
  unit: string;
  @Field(() => String, { nullable: true, description: "What it counts." })
  description: string | null;
  @Field(() => Date, { description: "When it was created." })
  createdAt: Date;
}

@ObjectType("MappingRule", { implements: Node, description: "Maps requests (verb and path pattern) to a metric or method and an increment." })
export class MappingRule extends Node {
  @Field(() => HttpMethod.graphql, { description: "The verb it matches." })
  httpMethod: HttpMethod;
  @Field(() => String, {
    description: "Absolute path pattern: `{name}` matches one path segment, a trailing `$` requires the path to end there (otherwise it is a prefix), `?a=1&b={x}` requires those query parameters.",
  })
  pattern: string;
  @Field(() => Int, { description: "How much a matching request increments the metric (> 0)." })
  delta: number;
  @Field(() => Int, { description: "Order of evaluation, from 1." })
  position: number;
  @Field(() => Boolean, { description: "When it matches, no later rule is evaluated." })
  last: boolean;
  @Field(() => Date, { description: "When it was created." })
  createdAt: Date;
}

// The most one request can add to a metric (every rule matching at the largest increment) must fit a GraphQL Int.
if (MAX_MAPPING_RULES_PER_SERVICE * MAX_MAPPING_RULE_DELTA > 2 ** 31 - 1) throw new Error("MetricIncrement.value could overflow a GraphQL Int.");

@ObjectType("MetricIncrement", { description: "What a request adds to one metric." })
export class MetricIncrement {
  @Field(() => Metric, { description: "The metric or method." })
  metric: MetricRow;
  @Field(() => Int, { description: "The increment, methods rolled up into `hits`." })
  value: number;
}

@ObjectType("MappingRuleMatch", { description: "How a service's mapping rules count one request." })
export class MappingRuleMatch {
  @Field(() => [MappingRule], { description: "The rules that matched, in evaluation order." })
  matchedRules: MappingRuleRow[];
  @Field(() => [MetricIncrement], { description: "Increments per metric, methods rolled up into `hits`." })
  increments: MetricIncrement[];
}

export const serviceListing = defineListing({
  name: "Service",
  things: "services",
  node: Service,
  table: services,
  id: services.id,
  row: {} as ServiceRow,
  orders: {
    CREATED_AT: { column: services.createdAt, description: "Creation time." },
    NAME: { column: services.name, description: "Name." },
  },
  defaultOrder: { field: "NAME", direction: "ASC" },
  filters: {
    search: filter.text("Matches the name or system name, case-insensitive.", (search) =>
      or(ilike(services.name, `%${escapeLike(search)}%`), ilike(services.systemName, `%${escapeLike(search)}%`)),
    ),
    states: filter.anyOf<ServiceState>(ServiceState, "Only services in these states.", (states) => inArray(services.state, states)),
  },
});
export type ServiceListArgs = ListingArgsOf<typeof serviceListing>;
