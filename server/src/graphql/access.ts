import {
  getNamedType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { Extensions } from "type-graphql";
import type { AccessTokenPermission, AccessTokenScope, TeamRole } from "../auth/principal.js";
import { badUserInput, forbidden, unauthenticated } from "./errors.js";

/**
 * Who may use a field or type. Declared with `@Access(...)` next to the field and enforced in one
 * place (`assertOperationAllowed`) before execution, so no resolver has to remember it.
 */
export interface AccessRule {
  /** Anonymous callers may use it (login, viewer). */
  public?: boolean;
  /** An access token must carry this scope. Session users are limited by their role instead. */
  scope?: AccessTokenScope;
  /** Only users of the master tenant. */
  master?: boolean;
  /** Not through an access token: a token cannot mint tokens or change passwords. */
  sessionOnly?: boolean;
  /** A mutation a MEMBER may run although members cannot write yet (their own password and tokens). */
  personal?: boolean;
  /**
   * Must be the only root field of its operation. `login` is: its failed attempts must be counted
   * even if another field of the request failed and rolled the request back.
   */
  alone?: boolean;
  /** The field returns the caller's own object: its type's rule does not apply to it (`viewer`). */
  own?: boolean;
}

export const Access = (rule: AccessRule) => Extensions({ access: rule });

/** What the access check needs to know of the caller. */
export interface Caller {
  authenticated: boolean;
  /** Why presented credentials were refused (expired, revoked…), for the error message. */
  failure: string | null;
  /** An access token was sent and refused: the whole request is refused, public fields included. */
  rejectedToken: boolean;
  master: boolean;
  role: TeamRole | null;
  token: { scopes: readonly AccessTokenScope[]; permission: AccessTokenPermission } | null;
}

function ruleOf(extensions: Readonly<Record<string, unknown>> | null | undefined): AccessRule | undefined {
  return (extensions?.access as AccessRule | undefined) ?? undefined;
}

function checkRule(caller: Caller, rule: AccessRule | undefined, what: string): void {
  if (!rule) return;
  if (rule.master && !caller.master) throw forbidden(`${what} is only for the master (operator) tenant.`);
  if (rule.sessionOnly && caller.token) throw forbidden(`${what} cannot be used with an access token; sign in instead.`);
  if (rule.scope && caller.token && !caller.token.scopes.includes(rule.scope)) {
    throw forbidden(`${what} needs an access token with the ${rule.scope} scope.`);
  }
}

/** Type-level rules, for abstract results such as `node(id:)`, checked when the concrete type is known. */
export function assertTypeAllowed(caller: Caller, type: GraphQLNamedType): void {
  checkRule(caller, ruleOf(type.extensions), type.name);
}

/**
 * Walks the operation once, before execution, and refuses it when any field or type it selects is
 * not allowed for the caller. Also: anonymous callers reach only public fields; mutations need a
 * read-write token and, for members, a personal mutation.
 */
export function assertOperationAllowed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  caller: Caller,
): void {
  // An integrator whose token is bad must hear it, not get `viewer: null` and guess.
  if (caller.rejectedToken) throw unauthenticated(caller.failure ?? "The access token is not valid.");
  const isMutation = operation.operation === "mutation";
  // Root fields are counted through fragments too, for the `alone` rule.
  let rootFieldCount = 0;
  let aloneField: string | null = null;
  const typeInfo = new TypeInfo(schema);
  const fragments = new Map(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const visitedFragments = new Set<string>();
  let error: Error | null = null;

  const check = (field: GraphQLField<unknown, unknown>, parentName: string, isRoot: boolean) => {
    const rule = ruleOf(field.extensions);
    const what = `\`${parentName}.${field.name}\``;
    if (isRoot) {
      rootFieldCount++;
      if (rule?.alone) aloneField = what;
    }
    if (!caller.authenticated && isRoot && !rule?.public) {
      throw unauthenticated(caller.failure ?? `Sign in or send a valid access token to use ${what}.`);
    }
    if (isRoot && isMutation && caller.token && caller.token.permission !== "READ_WRITE") {
      throw forbidden(`${what} needs a read-write access token.`);
    }
    if (isRoot && isMutation && caller.role === "MEMBER" && !rule?.public && !rule?.personal) {
      throw forbidden(`Members cannot run ${what} yet.`);
    }
    checkRule(caller, rule, what);
    const named = getNamedType(field.type);
    if (isObjectType(named) && !rule?.own) checkRule(caller, ruleOf(named.extensions), named.name);
  };

  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(fieldNode) {
          if (error) return false;
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!field || !parent || fieldNode.name.value.startsWith("__")) return undefined;
          const isRoot = parent === schema.getQueryType() || parent === schema.getMutationType() || parent === schema.getSubscriptionType();
          try {
            check(field, parent.name, isRoot);
          } catch (e) {
            error = e as Error;
            return false;
          }
          return undefined;
        },
        FragmentSpread(spread) {
          const name = spread.name.value;
          const fragment = fragments.get(name);
          if (fragment && !visitedFragments.has(name)) {
            visitedFragments.add(name);
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
