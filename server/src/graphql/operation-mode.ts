import { type DocumentNode, getOperationAST, type GraphQLSchema, Kind, parse, type SelectionSetNode } from "graphql";
import { ruleOf } from "./access.js";

/**
 * How a request uses the database, known before it runs (http/graphql-http.ts opens the database
 * accordingly):
 *  - `read`: a query; its statements need no transaction (on PostgreSQL each reads the latest
 *    committed data, as they would in a READ COMMITTED transaction), so none is opened;
 *  - `write`: a mutation: one transaction, all or nothing;
 *  - `own`: a mutation whose only root field opens the request's transaction itself, after slow work
 *    that must not hold one (`login` checks a password hash first). Declared with `@Access({ ownTransaction: true })`.
 * Anything that does not parse or name a known operation is `read`: Apollo refuses it without running it.
 */
export type OperationMode = "read" | "write" | "own";

const cache = new Map<string, OperationMode>();
const CACHE_SIZE = 1000;
/** Longer documents are parsed each time (rare, and a cache of them would cost memory). */
const CACHED_SOURCE_LENGTH = 16 * 1024;

export function operationModeOf(schema: GraphQLSchema, source: string, operationName: string | null | undefined): OperationMode {
  const key = `${operationName ?? ""}\u0000${source}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let document: DocumentNode;
  try {
    document = parse(source, { noLocation: true });
  } catch {
    return "read";
  }
  const mode = modeOf(schema, document, operationName ?? undefined);
  if (key.length <= CACHED_SOURCE_LENGTH) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, mode);
  }
  return mode;
}

function modeOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): OperationMode {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== "mutation") return "read";
  const fields = rootFields(document, operation.selectionSet, new Set());
  const field = fields.length === 1 ? schema.getMutationType()?.getFields()[fields[0]!] : undefined;
  return field && ruleOf(field.extensions)?.ownTransaction ? "own" : "write";
}

/** The root fields an operation selects, through fragments too (as the access check counts them). */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode, seen: Set<string>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    // `__typename` is no field of the schema's (the access check skips it too).
    if (selection.kind === Kind.FIELD) return selection.name.value.startsWith("__") ? [] : [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(document, selection.selectionSet, seen);
    const name = selection.name.value;
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
    if (seen.has(name) || fragment?.kind !== Kind.FRAGMENT_DEFINITION) return [];
    seen.add(name);
    return rootFields(document, fragment.selectionSet, seen);
  });
}
