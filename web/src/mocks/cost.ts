import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { pageRequest } from './connection';
import { badUserInput, ErrorCode } from './mock-errors';

/** The server's defaults (GATEHOUSE_MAX_QUERY_COST and server/src/config/config.ts). */
export const MAX_QUERY_COST = 5000;
const MAX_QUERY_DEPTH = 12;
const MAX_ALIASES = 20;

/**
 * The server's cost of an operation (server/src/graphql/cost.ts), reported in `extensions.cost`
 * and refused over the limit: 0 for a scalar, 1 for an object, and a field taking `first`/`last`
 * or `ids` multiplies what it selects by the number of items it may return.
 */
const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
  const argNames = new Set(field.args.map((a) => a.name));
  let multiplier = 1;
  if (argNames.has('first') || argNames.has('last')) multiplier = pageRequest(args).size;
  else if (argNames.has('ids') && Array.isArray(args['ids'])) multiplier = args['ids'].length;
  return own + multiplier * childComplexity;
};

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  try {
    return getComplexity({ schema, query: document, operationName, variables, estimators: [costEstimator] });
  } catch (error) {
    // Variables that do not match their types, and bad page sizes, fail here first.
    if (error instanceof GraphQLError) throw badUserInput(error.message);
    throw error;
  }
}

export function tooCostly(cost: number): GraphQLError {
  return new GraphQLError(`This query costs ${cost}, over the limit of ${MAX_QUERY_COST}. Ask for fewer items per page or fewer fields.`, {
    extensions: { code: ErrorCode.QUERY_TOO_COSTLY, cost: { requestedQueryCost: cost, maximumAvailable: MAX_QUERY_COST } },
  });
}

/** Depth and alias limits: validation errors reported as QUERY_TOO_COSTLY, like the server's. */
export function limitRules(): ValidationRule[] {
  const reject = (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: ErrorCode.QUERY_TOO_COSTLY } }),
    );
  return [
    maxDepthRule({ n: MAX_QUERY_DEPTH, exposeLimits: true, propagateOnRejection: false, onReject: [reject], ignoreIntrospection: true }),
    maxAliasesRule({ n: MAX_ALIASES, exposeLimits: true, propagateOnRejection: false, onReject: [reject] }),
  ] as unknown as ValidationRule[];
}
