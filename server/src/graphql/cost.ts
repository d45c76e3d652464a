import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import {
  type DocumentNode,
  getNamedType,
  GraphQLError,
  type GraphQLSchema,
  isLeafType,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { pageRequest } from "./connection/keyset.js";
import { badUserInput, ErrorCode } from "./errors.js";

/**
 * The cost of a field: 0 for a scalar, 1 for an object, and a list field that takes `first`/`last`
 * (a connection) or `ids` multiplies what it selects by the number of items it may return.
 * So a page of 50 accounts, each with its 10 applications, costs about 50 × (1 + 10) — known
 * before anything runs, from the query and its variables alone.
 */
export const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
  const argNames = new Set(field.args.map((a) => a.name));
  let multiplier = 1;
  if (argNames.has("first") || argNames.has("last")) {
    // Page sizes are checked here, before execution, so 10,000 is BAD_USER_INPUT rather than "too costly".
    multiplier = pageRequest(args).size;
  } else if (argNames.has("ids") && Array.isArray(args.ids)) {
    multiplier = args.ids.length;
  }
  return own + multiplier * childComplexity;
};

/** Costs of parsed documents (Apollo caches those): by operation name and variables, a few per document. */
const costCache = new WeakMap<DocumentNode, Map<string, number>>();
const COSTS_PER_DOCUMENT = 32;
const MAX_CACHED_KEY = 1024;

/**
 * The cost of an operation (see costEstimator), known from the document and its variables alone: so it
 * is computed once per document and variables (up to COSTS_PER_DOCUMENT variants of one document).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  let costs = costCache.get(document);
  const key = `${operationName ?? ""}\u0000${variables && Object.keys(variables).length ? JSON.stringify(variables) : ""}`;
  const known = costs?.get(key);
  if (known !== undefined) return known;
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, operationName, variables, estimators: [costEstimator] });
  } catch (error) {
    // Variables that do not match their types (an unknown enum value…) fail here first.
    if (error instanceof GraphQLError) throw badUserInput(error.message);
    throw error;
  }
  // Large variables (a list of ids) are not kept: the cache must stay small whatever callers send.
  if (key.length > MAX_CACHED_KEY) return cost;
  if (!costs) costCache.set(document, (costs = new Map()));
  if (costs.size >= COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value!);
  costs.set(key, cost);
  return cost;
}

export function tooCostly(cost: number, maximum: number): GraphQLError {
  return new GraphQLError(`This query costs ${cost}, over the limit of ${maximum}. Ask for fewer items per page or fewer fields.`, {
    extensions: { code: ErrorCode.QUERY_TOO_COSTLY, cost: { requestedQueryCost: cost, maximumAvailable: maximum } },
  });
}

/** Depth and alias limits, reported with QUERY_TOO_COSTLY like the cost limit. */
export function limitRules(maxDepth: number, maxAliases: number): ValidationRule[] {
  // Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED; the `limit` extension tells the
  // error formatter to report these as QUERY_TOO_COSTLY instead.
  const reject = (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ""), {
        extensions: { code: ErrorCode.QUERY_TOO_COSTLY, limit: true },
      }),
    );
  return [
    maxDepthRule({ n: maxDepth, exposeLimits: true, propagateOnRejection: false, onReject: [reject], ignoreIntrospection: true }),
    maxAliasesRule({ n: maxAliases, exposeLimits: true, propagateOnRejection: false, onReject: [reject] }),
  ] as unknown as ValidationRule[];
}
