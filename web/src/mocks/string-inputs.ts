import { hasLoneSurrogate, MAX_LONG_TEXT_LENGTH, MAX_STRING_INPUT_LENGTH } from '@gatehouse/schema/lengths';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { badUserInput } from './mock-errors';

/** The scalar whose values may be longer than other strings (scalars.ts, as server/src/graphql/scalars.ts). */
const LONG_TEXT = 'LongText';

/**
 * The server's check of every string a caller sends (server/src/graphql/string-inputs.ts), run
 * before the access rules and the cost: no string literal of the document and no string in the
 * variables may contain NUL or be longer than MAX_STRING_INPUT_LENGTH — except where the schema
 * types it LongText (MAX_LONG_TEXT_LENGTH): a literal by the input type at its place, a variable's
 * value by the type the operation declares for it. BAD_USER_INPUT names the argument or variable
 * at fault, with the server's message and `field`.
 */
export function assertStringInputsAllowed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node, _key, parent, _path, ancestors) {
        const problem = stringProblem(node.value, typeInfo.getInputType() ?? null);
        if (problem) throw refusal('argument', literalPath([...ancestors, parent ?? []]), problem);
      },
    }),
  );
  const declared = new Map((operation?.variableDefinitions ?? []).map((d) => [d.variable.name.value, typeFromAST(schema, d.type) ?? null]));
  // Each value goes with the type the operation declares for it, where it does (a variable it does
  // not declare is refused later, and is held to MAX_STRING_INPUT_LENGTH here).
  const pending: [value: unknown, type: GraphQLInputType | null, path: string][] = Object.entries(variables ?? {}).map(([name, value]) => [
    value,
    (declared.get(name) as GraphQLInputType | undefined) ?? null,
    `$${name}`,
  ]);
  while (pending.length) {
    const [value, declaredType, path] = pending.pop()!;
    const type = declaredType && isNonNullType(declaredType) ? declaredType.ofType : declaredType;
    if (typeof value === 'string') {
      const problem = stringProblem(value, type);
      if (problem) throw refusal('variable', path, problem);
    } else if (Array.isArray(value)) {
      const itemType = type && isListType(type) ? (type.ofType as GraphQLInputType) : null;
      value.forEach((item, i) => pending.push([item, itemType, `${path}[${i}]`]));
    } else if (value !== null && typeof value === 'object') {
      const fields = type && isInputObjectType(type) ? type.getFields() : null;
      for (const [key, item] of Object.entries(value)) pending.push([item, fields?.[key]?.type ?? null, `${path}.${key}`]);
    }
  }
}

function stringProblem(value: string, type: GraphQLInputType | null): string | null {
  const max = type && getNamedType(type).name === LONG_TEXT ? MAX_LONG_TEXT_LENGTH : MAX_STRING_INPUT_LENGTH;
  if (value.length > max) return `is longer than ${max} characters`;
  if (value.includes('\u0000')) return 'contains the NUL character (\\u0000), which no field accepts';
  // As the server: a lone half of a surrogate pair has no UTF-8 form; LongText documents are read as they are.
  if (max === MAX_STRING_INPUT_LENGTH && hasLoneSurrogate(value)) return 'contains an unpaired surrogate (half of a UTF-16 pair), which is not text';
  return null;
}

const refusal = (what: 'argument' | 'variable', path: string, problem: string) => badUserInput(`The ${what} \`${path}\` ${problem}.`, path);

/** `filter.search`, `input.name`, `$after` (a variable's default value): where a literal sits. */
function literalPath(ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>): string {
  const names: string[] = [];
  for (const node of ancestors) {
    if (Array.isArray(node) || !('kind' in node)) continue;
    const n = node as ASTNode;
    if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) names.push(n.name.value);
    else if (n.kind === Kind.VARIABLE_DEFINITION) names.push(`$${n.variable.name.value}`);
  }
  return names.join('.') || '(string)';
}
