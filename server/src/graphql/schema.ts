import { getNullableType, GraphQLSchema, isInterfaceType, isListType, isObjectType, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { ExportResolver, fetchExportNode } from "../jobs/export.resolver.js";
import { fetchJobNode, JobFailureResolver, JobResolver } from "../jobs/job.resolver.js";
import type { GatehouseModule, ResolverClass } from "../kit/module.js";
import { carrySelections } from "./connection/selection.js";
import { bindResolversDirectly, resolveEntityFieldsByProperty } from "./direct-resolvers.js";
import { HeartbeatResolver } from "./heartbeat.resolver.js";
import { NODE_TYPE, toGlobalId } from "./node.js";
import { NodeResolver, registerNodeType } from "./node.resolver.js";
import { pubSub } from "./pubsub.js";
import { scalarsMap } from "./scalars.js";

/** Builds the executable schema from the registered modules. */
export async function buildGatehouseSchema(modules: readonly GatehouseModule[]): Promise<GraphQLSchema> {
  registerNodeType("Job", fetchJobNode);
  registerNodeType("Export", fetchExportNode);
  for (const module of modules) {
    for (const [typeName, fetch] of Object.entries(module.nodes ?? {})) registerNodeType(typeName, fetch);
  }
  const resolvers: NonEmptyArray<ResolverClass> = [NodeResolver, HeartbeatResolver, JobResolver, JobFailureResolver, ExportResolver, ...modules.flatMap((m) => m.resolvers)];
  resolveEntityFieldsByProperty();
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
  bindResolversDirectly(schema);
  // type-graphql wraps resolveType in an async function; a value returned through Node carries its type
  // name (node.ts), so it resolves synchronously — which graphql-jit (jit-executor.ts) requires.
  const node = schema.getType("Node");
  if (isInterfaceType(node)) node.resolveType = (value) => (value as Record<symbol, string>)[NODE_TYPE];
  // A list whose items are promises settles them all before graphql-jit sees it, failed ones as errors
  // in place: graphql-jit loses the place of an item that fails before an earlier one resolves (it
  // answered `nodes(ids: [a, "nope"])` with one item instead of two). graphql-js takes the same shape.
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (resolve && isListType(getNullableType(field.type))) field.resolve = (...args) => settleItems(resolve(...args));
    }
  }
  // Every Node's `id` is its global ID: encoded here, once, for all types.
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === "Node")) continue;
    const idField = type.getFields().id;
    if (idField) idField.resolve = (source: { id: string }) => toGlobalId(type.name, source.id);
  }
  // Listing fields hand their selection to the listing, which fetches nested fields ahead and only the
  // columns the selection reads (kit/listing.ts).
  carrySelections(schema);
  return schema;
}

function settleItems(result: unknown): unknown {
  if (isPromiseLike(result)) return Promise.resolve(result).then(settleItems);
  if (!Array.isArray(result) || !result.some(isPromiseLike)) return result;
  return Promise.all(result.map((item) => Promise.resolve(item).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printGatehouseSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
