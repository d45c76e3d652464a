import { GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { fetchJobNode, JobFailureResolver, JobResolver } from "../jobs/job.resolver.js";
import type { GatehouseModule, ResolverClass } from "../modules/module.js";
import { HeartbeatResolver } from "./heartbeat.resolver.js";
import { toGlobalId } from "./node.js";
import { NodeResolver, registerNodeType } from "./node.resolver.js";
import { pubSub } from "./pubsub.js";
import { DecimalScalar, JSONScalar, scalarsMap, URLScalar } from "./scalars.js";

/** Builds the executable schema from the registered modules. */
export async function buildGatehouseSchema(modules: GatehouseModule[]): Promise<GraphQLSchema> {
  registerNodeType("Job", fetchJobNode);
  for (const module of modules) {
    for (const [typeName, fetch] of Object.entries(module.nodes)) registerNodeType(typeName, fetch);
  }
  const resolvers: NonEmptyArray<ResolverClass> = [NodeResolver, HeartbeatResolver, JobResolver, JobFailureResolver, ...modules.flatMap((m) => m.resolvers)];
  const built = await buildSchema({ resolvers, scalarsMap, validate: false, pubSub });
  // The scalars of the contract are part of it before the first field uses them.
  const config = built.toConfig();
  const schema = new GraphQLSchema({ ...config, types: [...config.types, DecimalScalar, URLScalar, JSONScalar] });
  const roots = { Query: "Read the API program.", Mutation: "Change the API program.", Subscription: "Live events over graphql-ws." };
  for (const [name, description] of Object.entries(roots)) {
    const root = schema.getType(name);
    if (root) root.description = description;
  }
  // Every Node's `id` is its global ID: encoded here, once, for all types.
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === "Node")) continue;
    const idField = type.getFields().id;
    if (idField) idField.resolve = (source: { id: string }) => toGlobalId(type.name, source.id);
  }
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printGatehouseSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
