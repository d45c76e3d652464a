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
  /** Only admins (and their access tokens): not members, who otherwise read everything. */
  admin?: boolean;
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
  /**
   * A mutation that opens the request's transaction itself (`ctx.openRequestTransaction()`), after
   * slow work that must hold none — `login` checks a password hash first. Goes with `alone`.
   * See graphql/operation-mode.ts.
   */
  ownTransaction?: boolean;
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

export function ruleOf(extensions: Readonly<Record<string, unknown>> | null | undefined): AccessRule | undefined {
  return (extensions?.access as AccessRule | undefined) ?? undefined;
}

function checkRule(caller: Caller, rule: AccessRule | undefined, what: string): void {
  if (!rule) return;
  if (rule.master && !caller.master) throw forbidden(`${what} is only for the master (operator) tenant.`);
  if (rule.admin && caller.role !== "ADMIN") throw forbidden(`${what} is only for admins.`);
  if (rule.sessionOnly && caller.token) throw forbidden(`${what} cannot be used with an access token; sign in instead.`);
  if (rule.scope && caller.token && !caller.token.scopes.includes(rule.scope)) {
    throw forbidden(`${what} needs an access token with the ${rule.scope} scope.`);
  }
}

/** Type-level rules, for abstract results such as `node(id:)`, checked when the concrete type is known. */
export function assertTypeAllowed(caller: Caller, type: GraphQLNamedType): void {
  checkRule(caller, ruleOf(type.extensions), type.name);
}

/** One field of an operation, as the access check sees it. */
interface FieldUse {
  field: GraphQLField<unknown, unknown>;
  parentName: string;
  isRoot: boolean;
}

/** What an operation selects, in document order: computed once per parsed operation and reused. */
interface OperationUses {
  isMutation: boolean;
  fields: FieldUse[];
  rootFieldCount: number;
  aloneField: string | null;
}

/** Parsed documents are cached (Apollo's document store): their operations are analysed once. */
const usesCache = new WeakMap<OperationDefinitionNode, OperationUses>();

function usesOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationUses {
  const cached = usesCache.get(operation);
  if (cached) return cached;
  const uses: OperationUses = { isMutation: operation.operation === "mutation", fields: [], rootFieldCount: 0, aloneField: null };
  const typeInfo = new TypeInfo(schema);
  const fragments = new Map(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const visitedFragments = new Set<string>();
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(fieldNode) {
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!field || !parent || fieldNode.name.value.startsWith("__")) return;
          const isRoot = roots.has(parent as never);
          if (isRoot) {
            uses.rootFieldCount++;
            // Root fields are counted through fragments too, for the `alone` rule.
            if (ruleOf(field.extensions)?.alone) uses.aloneField = `\`${parent.name}.${field.name}\``;
          }
          uses.fields.push({ field, parentName: parent.name, isRoot });
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
  usesCache.set(operation, uses);
  return uses;
}

/**
 * Refuses the operation, before execution, when any field or type it selects is not allowed for the
 * caller (the first such field in document order is named). Also: anonymous callers reach only public
 * fields; mutations need a read-write token and, for members, a personal mutation. What the operation
 * selects is worked out once per parsed document; each request only checks its caller against it.
 */
export function assertOperationAllowed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  caller: Caller,
): void {
  // An integrator whose token is bad must hear it, not get `viewer: null` and guess.
  if (caller.rejectedToken) throw unauthenticated(caller.failure ?? "The access token is not valid.");
  const uses = usesOf(schema, document, operation);
  for (const { field, parentName, isRoot } of uses.fields) {
    const rule = ruleOf(field.extensions);
    const what = `\`${parentName}.${field.name}\``;
    if (!caller.authenticated && isRoot && !rule?.public) {
      throw unauthenticated(caller.failure ?? `Sign in or send a valid access token to use ${what}.`);
    }
    if (isRoot && uses.isMutation && caller.token && caller.token.permission !== "READ_WRITE") {
      throw forbidden(`${what} needs a read-write access token.`);
    }
    if (isRoot && uses.isMutation && caller.role === "MEMBER" && !rule?.public && !rule?.personal) {
      throw forbidden(`Members cannot run ${what} yet.`);
    }
    checkRule(caller, rule, what);
    const named = getNamedType(field.type);
    if (isObjectType(named) && !rule?.own) checkRule(caller, ruleOf(named.extensions), named.name);
  }
  if (uses.aloneField && uses.rootFieldCount > 1) throw badUserInput(`${uses.aloneField} must be the only field of its operation.`);
}
