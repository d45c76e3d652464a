import { GraphQLSchema, isInterfaceType, isObjectType, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { fetchJobNode, JobFailureResolver, JobResolver } from "../jobs/job.resolver.js";
import type { GatehouseModule, ResolverClass } from "../kit/module.js";
import { HeartbeatResolver } from "./heartbeat.resolver.js";
import { NODE_TYPE, toGlobalId } from "./node.js";
import { NodeResolver, registerNodeType } from "./node.resolver.js";
import { pubSub } from "./pubsub.js";
import { scalarsMap } from "./scalars.js";

/** Builds the executable schema from the registered modules. */
export async function buildGatehouseSchema(modules: readonly GatehouseModule[]): Promise<GraphQLSchema> {
  registerNodeType("Job", fetchJobNode);
  for (const module of modules) {
    for (const [typeName, fetch] of Object.entries(module.nodes ?? {})) registerNodeType(typeName, fetch);
  }
  const resolvers: NonEmptyArray<ResolverClass> = [NodeResolver, HeartbeatResolver, JobResolver, JobFailureResolver, ...modules.flatMap((m) => m.resolvers)];
  const schema = await buildSchema({ resolvers, scalarsMap, validate: false, pubSub });
  const roots = { Query: "Read the API program.", Mutation: "Change the API program.", Subscription: "Live events over graphql-ws." };
  for (const [name, description] of Object.entries(roots)) {
    const root = schema.getType(name);
    if (root) root.description = description;
  }
  // Type-level access rules, as each module declares them (graphql/access.ts reads `extensions.access`).
  for (const module of modules) {
    for (const [typeName, rule] of Object.entries(module.typeAccess ?? {})) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`Module ${module.name} declares access for ${typeName}, which is not an object type.`);
      type.extensions = { ...type.extensions, access: rule };
    }
  }
  // type-graphql wraps resolveType in an async function; a value returned through Node carries its type
  // name (node.ts), so it resolves synchronously — which graphql-jit (jit-executor.ts) requires.
  const node = schema.getType("Node");
  if (isInterfaceType(node)) node.resolveType = (value) => (value as Record<symbol, string>)[NODE_TYPE];
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
