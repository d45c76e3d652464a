import {
  getNamedType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { badUserInput, forbidden, unauthenticated } from './mock-errors';
import type { AccessRule, AccessRules, TypeAccessRules } from './mock-module';

/** The caller as the access check sees it; the mock knows sessions only (no bearer tokens). */
export interface Caller {
  authenticated: boolean;
  master: boolean;
  role: 'ADMIN' | 'MEMBER' | null;
}

/** A field's or a type's own rule (the server's `checkRule`): master-only, then admin-only. */
function checkRule(caller: Caller, rule: AccessRule | undefined, what: string): void {
  if (!rule) return;
  if (rule.master && !caller.master) throw forbidden(`${what} is only for the master (operator) tenant.`);
  if (rule.admin && caller.role !== 'ADMIN') throw forbidden(`${what} is only for admins.`);
}

/** Type-level rules, for `node(id:)`: checked as if the type had been selected directly. */
export function assertTypeAllowed(caller: Caller, typeRules: TypeAccessRules, typeName: string): void {
  checkRule(caller, (typeRules as Record<string, AccessRule | undefined>)[typeName], typeName);
}

/**
 * The server's access check (server/src/graphql/access.ts), run on the whole operation before
 * anything executes: a refused operation has no `data`, only the error, and its HTTP status.
 * Anonymous callers reach public root fields only; members run personal mutations only;
 * master-only fields need the master tenant, admin-only ones an admin, and so do fields whose type
 * has such a rule; a field marked `alone` must be its operation's only root field.
 */
export function assertOperationAllowed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  caller: Caller,
  rules: AccessRules,
  typeRules: TypeAccessRules = {},
): void {
  const isMutation = operation.operation === 'mutation';
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const ruleOf = (typeName: string, fieldName: string): AccessRule | undefined =>
    (rules as Record<string, Record<string, AccessRule> | undefined>)[typeName]?.[fieldName];
  let rootFieldCount = 0;
  let aloneField: string | null = null;
  const typeInfo = new TypeInfo(schema);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const visitedFragments = new Set<string>();
  let error: Error | null = null;

  const check = (typeName: string, fieldName: string, isRoot: boolean, returnType: string | null) => {
    const rule = ruleOf(typeName, fieldName);
    const what = `\`${typeName}.${fieldName}\``;
    if (isRoot) {
      rootFieldCount++;
      if (rule?.alone) aloneField = what;
    }
    if (!caller.authenticated && isRoot && !rule?.public) throw unauthenticated(`Sign in or send a valid access token to use ${what}.`);
    if (isRoot && isMutation && caller.role === 'MEMBER' && !rule?.public && !rule?.personal) {
      throw forbidden(`Members cannot run ${what} yet.`);
    }
    checkRule(caller, rule, what);
    if (returnType) assertTypeAllowed(caller, typeRules, returnType);
  };

  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(fieldNode) {
          if (error) return false;
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (!field || !parent || fieldNode.name.value.startsWith('__')) return undefined;
          const named = getNamedType(field.type);
          try {
            check(parent.name, fieldNode.name.value, roots.has(parent as never), isObjectType(named) ? named.name : null);
          } catch (e) {
            error = e as Error;
            return false;
          }
          return undefined;
        },
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !visitedFragments.has(spread.name.value)) {
            visitedFragments.add(spread.name.value);
            walk(fragment);
          }
        },
      }),
    );
  };
  walk(operation);
  if (error) throw error;
  if (aloneField && rootFieldCount > 1) throw badUserInput(`${aloneField} must be the only field of its operation.`);
}
