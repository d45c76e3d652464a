import { hasLoneSurrogate, MAX_LONG_TEXT_LENGTH, MAX_STRING_INPUT_LENGTH } from "@gatehouse/schema/lengths";
import {
  type ASTNode,
  type DocumentNode,
  getNamedType,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { badUserInput } from "./errors.js";

/** The scalar whose values may be longer than other strings (graphql/scalars.ts). */
const LONG_TEXT = "LongText";

/**
 * Checks every string a caller sends, once, before anything runs, whatever field it is for: the
 * string literals of the document and every string in the variables. PostgreSQL text cannot hold
 * the NUL character — a statement given one fails — so no input may contain it; and no string may
 * be longer than MAX_STRING_INPUT_LENGTH (fields check their own, tighter bounds where they use
 * them), except where the schema types it LongText (MAX_LONG_TEXT_LENGTH). Throws BAD_USER_INPUT
 * naming the argument or variable at fault.
 */
export function assertStringInputsAllowed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): void {
  // A parsed document is cached and reused (Apollo's document store): its literals are checked once.
  if (!checkedDocuments.has(document)) {
    checkLiterals(schema, document);
    checkedDocuments.add(document);
  }
  const declared = new Map((operation?.variableDefinitions ?? []).map((d) => [d.variable.name.value, typeFromAST(schema, d.type) ?? null]));
  // Iterative: the variables may nest as deep as JSON allows. Each value goes with the type the
  // operation declares for it, where it does (a variable it does not declare is refused later).
  const pending: [value: unknown, type: GraphQLInputType | null, path: string][] = Object.entries(variables ?? {}).map(([name, value]) => [
    value,
    (declared.get(name) as GraphQLInputType | undefined) ?? null,
    `$${name}`,
  ]);
  while (pending.length) {
    const [value, declaredType, path] = pending.pop()!;
    const type = declaredType && isNonNullType(declaredType) ? declaredType.ofType : declaredType;
    if (typeof value === "string") {
      const problem = stringProblem(value, type);
      if (problem) throw refusal("variable", path, problem);
    } else if (Array.isArray(value)) {
      const itemType = type && isListType(type) ? (type.ofType as GraphQLInputType) : null;
      value.forEach((item, i) => pending.push([item, itemType, `${path}[${i}]`]));
    } else if (value !== null && typeof value === "object") {
      const fields = type && isInputObjectType(type) ? type.getFields() : null;
      for (const [key, item] of Object.entries(value)) pending.push([item, fields?.[key]?.type ?? null, `${path}.${key}`]);
    }
  }
}

/** Documents whose string literals all passed. */
const checkedDocuments = new WeakSet<DocumentNode>();

function checkLiterals(schema: GraphQLSchema, document: DocumentNode): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node, _key, parent, _path, ancestors) {
        const problem = stringProblem(node.value, typeInfo.getInputType() ?? null);
        if (problem) throw refusal("argument", literalPath([...ancestors, parent ?? []]), problem);
      },
    }),
  );
}

function stringProblem(value: string, type: GraphQLInputType | null): string | null {
  const max = type && getNamedType(type).name === LONG_TEXT ? MAX_LONG_TEXT_LENGTH : MAX_STRING_INPUT_LENGTH;
  if (value.length > max) return `is longer than ${max} characters`;
  if (value.includes("\u0000")) return "contains the NUL character (\\u0000), which no field accepts";
  // A lone half of a surrogate pair has no UTF-8 form (JSON stored in the database refuses it). A LongText
  // document is read as it is, its names made well-formed where they are taken (schema/src/openapi.ts).
  if (max === MAX_STRING_INPUT_LENGTH && hasLoneSurrogate(value)) return "contains an unpaired surrogate (half of a UTF-16 pair), which is not text";
  return null;
}

const refusal = (what: "argument" | "variable", path: string, problem: string) => badUserInput(`The ${what} \`${path}\` ${problem}.`, path);

/** `filter.search`, `input.name`, `$after` (a variable's default value): where a literal sits. */
function literalPath(ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>): string {
  const names: string[] = [];
  for (const node of ancestors) {
    if (Array.isArray(node) || !("kind" in node)) continue;
    const n = node as ASTNode;
    if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) names.push(n.name.value);
    else if (n.kind === Kind.VARIABLE_DEFINITION) names.push(`$${n.variable.name.value}`);
  }
  return names.join(".") || "(string)";
}
