import { Field, ID, InterfaceType } from "type-graphql";

/** Marks a value returned through the Node interface with its GraphQL type name. */
export const NODE_TYPE = Symbol("nodeType");

@InterfaceType("Node", {
  description: "An object with a stable, opaque global ID; fetch any of them with `node(id:)`.",
  resolveType: (value: Record<symbol, string>) => value[NODE_TYPE],
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID. Stable for the life of the object; do not parse it." })
  id: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Global IDs encode the type and the row key: `base64url("Tenant:<uuid>")`. */
export function toGlobalId(typeName: string, id: string): string {
  return Buffer.from(`${typeName}:${id}`).toString("base64url");
}

/** Returns null for anything that is not a well-formed global ID (callers answer NOT_FOUND). */
export function fromGlobalId(globalId: string): { typeName: string; id: string } | null {
  if (globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const at = decoded.indexOf(":");
  if (at <= 0) return null;
  const typeName = decoded.slice(0, at);
  const id = decoded.slice(at + 1);
  if (!/^[A-Za-z]+$/.test(typeName) || !uuidPattern.test(id)) return null;
  return { typeName, id };
}

/** The row key behind a global ID of the expected type, or null. */
export function rowIdOf(globalId: string, typeName: string): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.typeName === typeName ? parsed.id : null;
}
