import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { assertTypeAllowed } from "./access.js";
import { callerOf, type Context } from "./context.js";
import { badUserInput, notFound } from "./errors.js";
import { fromGlobalId, Node, NODE_TYPE } from "./node.js";

/** Loads the object behind a row id for `node(id:)`; null when it does not exist for the caller. */
export type NodeFetcher = (ctx: Context, id: string) => Promise<object | null>;

export const MAX_NODES = 100;

const fetchers = new Map<string, NodeFetcher>();

/** Modules register each of their Node types once (see modules/registry.ts). */
export function registerNodeType(typeName: string, fetch: NodeFetcher): void {
  fetchers.set(typeName, fetch);
}

async function resolveNode(ctx: Context, info: GraphQLResolveInfo, globalId: string): Promise<object> {
  const parsed = fromGlobalId(globalId);
  const fetch = parsed && fetchers.get(parsed.typeName);
  const type = parsed && info.schema.getType(parsed.typeName);
  if (!parsed || !fetch || !type) throw notFound("Node");
  // Type-level access rules (token scopes…) apply as if the type had been selected directly.
  assertTypeAllowed(callerOf(ctx), type);
  const row = await fetch(ctx, parsed.id);
  if (!row) throw notFound("Node");
  return { ...row, [NODE_TYPE]: parsed.typeName };
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID. NOT_FOUND when it does not exist or is not yours to see." })
  node(@Arg("id", () => ID, { description: "Global ID." }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveNode(ctx, info, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: "Objects by global ID, in the same order; null (with a NOT_FOUND error) for each one that cannot be seen.",
  })
  nodes(@Arg("ids", () => [ID], { description: "Global IDs (at most 100)." }) ids: string[], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (ids.length > MAX_NODES) throw badUserInput(`Ask for at most ${MAX_NODES} IDs at a time.`, "ids");
    return ids.map((id) => resolveNode(ctx, info, id));
  }
}
