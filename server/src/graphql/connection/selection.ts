import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import type { Context, Loaders } from "../context.js";

/** What a listing needs to fetch nested fields ahead (kit/listing.ts `prefetch`): the field's resolve info and the request's loaders. */
export interface ListSelection {
  info: GraphQLResolveInfo;
  loaders: Loaders;
}

/**
 * The key under which a connection field's arguments carry the field's selection (`carrySelections`),
 * so that the listing the resolver calls — through a service, with the arguments — finds it there.
 */
export const LIST_SELECTION = Symbol("listSelection");

/** The selection the arguments of a connection field carry, if any. */
export function selectionOf(args: object): ListSelection | undefined {
  return (args as { [LIST_SELECTION]?: ListSelection })[LIST_SELECTION];
}

/** Connection types whose listing fetches fields of its nodes ahead: the fields of these types carry their selection. */
const prefetchingConnections = new Set<string>();
const carrying = new WeakSet<GraphQLFieldResolver<unknown, Context>>();

export function carrySelectionFor(connectionTypeName: string): void {
  prefetchingConnections.add(connectionTypeName);
}

/**
 * Makes every field whose type is a connection of a listing that fetches ahead (`carrySelectionFor`) pass
 * its resolver a copy of its arguments carrying the field's selection (`LIST_SELECTION`): the resolver
 * hands its arguments to a service, the service to the listing, which reads what to fetch ahead from
 * them — no resolver or service has to pass the resolve info along. A copy, because graphql-jit may
 * share one arguments object between calls (literal arguments). Call once the modules are loaded.
 */
export function carrySelections(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, Context> | undefined;
      if (!resolve || carrying.has(resolve) || !prefetchingConnections.has(getNamedType(field.type).name)) continue;
      const carried: GraphQLFieldResolver<unknown, Context> = (source, args, context, info) =>
        resolve(source, { ...args, [LIST_SELECTION]: { info, loaders: context.loaders } }, context, info);
      carrying.add(carried);
      field.resolve = carried;
    }
  }
}

/**
 * What a connection field's selection asks of its nodes: for each of `fields` (fields of the node type,
 * e.g. `users` of `Tenant`), the arguments of every place it is selected — under `nodes { … }` or
 * `edges { node { … } }`, through fragments and inline fragments, with aliases and variables — as the
 * field's resolver will get them (`getArgumentValues`, as graphql-js computes them).
 *
 * Null when the selection has anything this walk does not decide for sure: a directive on the way
 * (`@include`/`@skip` on the connection field, `nodes`, `edges`, `node`, a fragment, or the field itself:
 * graphql-jit resolves them at run time, and a field skipped must not be fetched; directives on other
 * fields do not matter), a fragment it cannot find, arguments that do not coerce. The caller then fetches nothing
 * ahead and the fields' resolvers load as usual. Works on graphql-js's and graphql-jit's resolve info alike:
 * both give `fieldNodes`, `fragments`, `variableValues`, `schema` and `returnType`.
 */
export function nodeFieldArguments(info: GraphQLResolveInfo, fields: ReadonlySet<string>): ReadonlyMap<string, readonly NodeFieldUse[]> | null {
  // Without variables the answer depends on the document alone: worked out once per parsed document
  // (Apollo keeps them; graphql-jit gives each request of a document the same field nodes).
  const cacheable = !info.operation?.variableDefinitions?.length && info.fieldNodes.length > 0;
  const byFields = cacheable ? walked.get(info.fieldNodes[0]!) : undefined;
  const cached = byFields?.get(fields);
  if (cached !== undefined) return cached;
  let found: Map<string, NodeFieldUse[]> | null;
  try {
    found = walk(info, fields);
  } catch {
    found = null;
  }
  if (cacheable) {
    if (byFields) byFields.set(fields, found);
    else walked.set(info.fieldNodes[0]!, new Map([[fields, found]]));
  }
  return found;
}

/** One place a field of the nodes is selected: the arguments its resolver gets, and its node in the document. */
export interface NodeFieldUse {
  args: Record<string, unknown>;
  field: FieldNode;
}

/** Answers for operations without variables, by the connection field's node and the fields asked about. */
const walked = new WeakMap<FieldNode, Map<ReadonlySet<string>, Map<string, NodeFieldUse[]> | null>>();

/** A directive, an unknown fragment…: the walk gives up. */
class Unusual extends Error {}

function walk(info: GraphQLResolveInfo, fields: ReadonlySet<string>): Map<string, NodeFieldUse[]> | null {
  const { schema, fragments, variableValues } = info;
  const connectionType = getNamedType(info.returnType);
  if (!isObjectType(connectionType)) return null;
  const connectionFields = connectionType.getFields();
  const nodeType = connectionFields.nodes && getNamedType(connectionFields.nodes.type);
  const edgeType = connectionFields.edges && getNamedType(connectionFields.edges.type);
  if (!nodeType || !isObjectType(nodeType)) return null;
  const nodeFields = nodeType.getFields();
  const edgeNodeType = edgeType && isObjectType(edgeType) && edgeType.getFields().node ? getNamedType(edgeType.getFields().node!.type) : null;

  const found = new Map<string, NodeFieldUse[]>();

  /** Whether a fragment typed `name` applies to an object of `type`. */
  const applies = (name: string, type: GraphQLObjectType): boolean => {
    const condition: GraphQLNamedType | undefined = schema.getType(name);
    if (!condition) throw new Unusual();
    return condition === type || (isAbstractType(condition) && schema.isSubType(condition, type));
  };

  /** A field the walk goes into or collects: it must not be conditional. */
  const unconditional = (field: FieldNode) => {
    if (field.directives?.length) throw new Unusual();
    return field;
  };

  /** Calls `onField` for every field `selectionSet` selects on an object of `type`, fragments expanded. */
  const eachField = (selectionSet: SelectionSetNode | undefined, type: GraphQLObjectType, onField: (field: FieldNode) => void, spread: ReadonlySet<string> = new Set()) => {
    if (!selectionSet) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        onField(selection);
        continue;
      }
      if (selection.directives?.length) throw new Unusual();
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || applies(selection.typeCondition.name.value, type)) eachField(selection.selectionSet, type, onField, spread);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // Validation refuses cycles; a fragment spread twice on one path would be one.
        if (!fragment || fragment.directives?.length || spread.has(name)) throw new Unusual();
        if (applies(fragment.typeCondition.name.value, type)) eachField(fragment.selectionSet, type, onField, new Set([...spread, name]));
      }
    }
  };

  const onNodeField = (field: FieldNode) => {
    const name = field.name.value;
    if (!fields.has(name)) return;
    const definition = nodeFields[name];
    if (!definition) throw new Unusual();
    const use = { args: getArgumentValues(definition, unconditional(field), variableValues), field };
    const list = found.get(name);
    if (list) list.push(use);
    else found.set(name, [use]);
  };

  for (const fieldNode of info.fieldNodes) {
    if (fieldNode.directives?.length) return null;
    eachField(fieldNode.selectionSet, connectionType, (field) => {
      if (field.name.value === "nodes") eachField(unconditional(field).selectionSet, nodeType, onNodeField);
      else if (field.name.value === "edges" && edgeType && isObjectType(edgeType)) {
        eachField(unconditional(field).selectionSet, edgeType, (edgeField) => {
          if (edgeField.name.value === "node" && edgeNodeType === nodeType) eachField(unconditional(edgeField).selectionSet, nodeType, onNodeField);
        });
      }
    });
  }
  return found;
}

/** What `selectedNodeFields` reads of a resolve info: the connection field's nodes in the document and its type. */
export type NodeSelection = Pick<GraphQLResolveInfo, "fieldNodes" | "returnType" | "fragments" | "schema">;

/**
 * The names of the fields a connection field's selection asks of its nodes — under `nodes { … }` or
 * `edges { node { … } }`, through fragments and inline fragments — whatever their directives say (a field
 * that `@skip` drops is named too: the answer is what the nodes may be asked for, never less). A listing
 * fetches the columns these fields read (kit/listing.ts). Null when the selection is not a connection's.
 * Worked out once per field node of a parsed document: it does not depend on variables.
 */
export function selectedNodeFields(selection: NodeSelection): ReadonlySet<string> | null {
  return oncePerFieldNode(selection, nodeNamesOf, walkNodeNames, null);
}

/**
 * The names of the fields selected on the object an object-typed field returns (`plan { id name }` →
 * id, name), through fragments and inline fragments that apply, whatever their directives say (never
 * less than may be asked). Null when the field's type is not an object type or a fragment is unknown.
 * Worked out once per field node of a parsed document.
 */
export function selectedObjectFields(selection: NodeSelection): ReadonlySet<string> | null {
  return oncePerFieldNode(selection, objectNamesOf, walkObjectNames, null);
}

/**
 * Whether a connection field's selection may read a cursor: it selects `edges` (each edge's cursor is
 * made with it), or `pageInfo { startCursor }` / `pageInfo { endCursor }` — through fragments, whatever
 * their directives say (never less than may be asked). True when the selection is not a connection's.
 * A page whose cursors are not read need not fetch its order's column (kit/listing.ts). Worked out once
 * per field node of a parsed document.
 */
export function readsCursors(selection: NodeSelection): boolean {
  return oncePerFieldNode(selection, cursorsReadBy, walkCursors, true);
}

const cursorsReadBy = new WeakMap<FieldNode, boolean>();

function walkCursors(selection: NodeSelection): boolean {
  const connectionType = getNamedType(selection.returnType);
  if (!isObjectType(connectionType)) return true;
  const pageInfoField = connectionType.getFields().pageInfo;
  const pageInfoType = pageInfoField && getNamedType(pageInfoField.type);
  let reads = false;
  for (const fieldNode of selection.fieldNodes) {
    eachSelectedField(selection, fieldNode.selectionSet, connectionType, (field) => {
      if (field.name.value === "edges") reads = true;
      else if (field.name.value === "pageInfo") {
        if (!pageInfoType || !isObjectType(pageInfoType)) reads = true;
        else
          eachSelectedField(selection, field.selectionSet, pageInfoType, (info) => {
            if (info.name.value === "startCursor" || info.name.value === "endCursor") reads = true;
          });
      }
    });
  }
  return reads;
}

const nodeNamesOf = new WeakMap<FieldNode, Set<string> | null>();
const objectNamesOf = new WeakMap<FieldNode, Set<string> | null>();

/** `walk`'s answer for a selection (`givenUp` when it throws), kept per field node when there is one. */
function oncePerFieldNode<T>(selection: NodeSelection, cache: WeakMap<FieldNode, T>, walk: (selection: NodeSelection) => T, givenUp: T): T {
  const single = selection.fieldNodes.length === 1 ? selection.fieldNodes[0]! : null;
  if (single && cache.has(single)) return cache.get(single)!;
  let answer: T;
  try {
    answer = walk(selection);
  } catch {
    answer = givenUp;
  }
  if (single) cache.set(single, answer);
  return answer;
}

/**
 * Calls `onField` for every field `selectionSet` selects on an object of `type`, fragments and inline
 * fragments that apply expanded, whatever their directives; `Unusual` for a fragment it cannot find.
 */
function eachSelectedField(
  { fragments, schema }: Pick<NodeSelection, "fragments" | "schema">,
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLObjectType,
  onField: (field: FieldNode) => void,
  spread: ReadonlySet<string> = new Set(),
): void {
  if (!selectionSet) return;
  const applies = (name: string): boolean => {
    const condition: GraphQLNamedType | undefined = schema.getType(name);
    if (!condition) throw new Unusual();
    return condition === type || (isAbstractType(condition) && schema.isSubType(condition, type));
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) onField(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || applies(selection.typeCondition.name.value)) eachSelectedField({ fragments, schema }, selection.selectionSet, type, onField, spread);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || spread.has(name)) throw new Unusual();
      if (applies(fragment.typeCondition.name.value)) eachSelectedField({ fragments, schema }, fragment.selectionSet, type, onField, new Set([...spread, name]));
    }
  }
}

function walkNodeNames(selection: NodeSelection): Set<string> | null {
  const connectionType = getNamedType(selection.returnType);
  if (!isObjectType(connectionType)) return null;
  const connectionFields = connectionType.getFields();
  const nodeType = connectionFields.nodes && getNamedType(connectionFields.nodes.type);
  if (!nodeType || !isObjectType(nodeType)) return null;
  const edgeType = connectionFields.edges && getNamedType(connectionFields.edges.type);
  const names = new Set<string>();
  const onNodeField = (field: FieldNode) => names.add(field.name.value);
  for (const fieldNode of selection.fieldNodes) {
    eachSelectedField(selection, fieldNode.selectionSet, connectionType, (field) => {
      if (field.name.value === "nodes") eachSelectedField(selection, field.selectionSet, nodeType, onNodeField);
      else if (field.name.value === "edges" && edgeType && isObjectType(edgeType)) {
        const edgeNode = edgeType.getFields().node;
        if (!edgeNode || getNamedType(edgeNode.type) !== nodeType) return;
        eachSelectedField(selection, field.selectionSet, edgeType, (edgeField) => {
          if (edgeField.name.value === "node") eachSelectedField(selection, edgeField.selectionSet, nodeType, onNodeField);
        });
      }
    });
  }
  return names;
}

function walkObjectNames(selection: NodeSelection): Set<string> | null {
  const type = getNamedType(selection.returnType);
  if (!isObjectType(type)) return null;
  const names = new Set<string>();
  for (const fieldNode of selection.fieldNodes) eachSelectedField(selection, fieldNode.selectionSet, type, (field) => names.add(field.name.value));
  return names;
}
