import {
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
} from 'graphql';
import { assertOperationAllowed } from './access';
import { limitRules, MAX_QUERY_COST, operationCost, tooCostly } from './cost';
import type { MockContext } from './mock-context';
import { ErrorCode } from './mock-errors';
import { accessRules, mockSchema, typeAccessRules } from './mock-schema';
import { MOCK_BASE_DOMAIN, state, viewer } from './store';
import { assertStringInputsAllowed } from './string-inputs';

export interface GraphqlRequest {
  query?: unknown;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface GraphqlResponse {
  status: number;
  body: {
    data?: unknown;
    errors?: GraphQLFormattedError[];
    /** Absent only when the request was refused before parsing, as the server does. */
    extensions?: { cost: { requestedQueryCost: number; maximumAvailable: number }; rolledBack?: true };
  };
}

const publicCodes = new Set<string>(Object.values(ErrorCode));
/** The HTTP status of an operation refused before execution (server/src/graphql/apollo.ts). */
const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, QUERY_TOO_COSTLY: 400, BAD_USER_INPUT: 400 };

/** As the server's error formatter leaves an error: known codes kept, anything else internal. */
export function formatError(error: GraphQLError): GraphQLFormattedError {
  const formatted = error.toJSON();
  const code = String(formatted.extensions?.['code'] ?? '');
  if (publicCodes.has(code)) return formatted;
  // The server hides unexpected messages in production; the mock keeps them, they are its own bugs.
  return { ...formatted, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function refused(errors: readonly GraphQLError[], code?: ErrorCode, cost = 0): GraphqlResponse {
  const formatted = errors.map((e) => {
    const f = e.toJSON();
    return code || !publicCodes.has(String(f.extensions?.['code'])) ? { ...f, extensions: { code: code ?? ErrorCode.BAD_USER_INPUT } } : f;
  });
  const first = String(formatted[0]?.extensions?.['code']);
  return {
    status: statusOf[first] ?? 500,
    body: { errors: formatted, extensions: { cost: { requestedQueryCost: cost, maximumAvailable: MAX_QUERY_COST } } },
  };
}

function parseQuery(query: unknown): { document: DocumentNode } | { refused: GraphqlResponse } {
  if (typeof query !== 'string' || query === '') {
    const message = 'GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.';
    return { refused: refused([new GraphQLError(message)], ErrorCode.BAD_USER_INPUT) };
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return { refused: refused([error as GraphQLError], ErrorCode.BAD_USER_INPUT) };
  }
  // The server refuses a subscription over HTTP before parsing (server/src/http/graphql-http.ts): no cost is reported.
  if (document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && (d as OperationDefinitionNode).operation === 'subscription')) {
    const message = 'Subscriptions run over WebSocket (graphql-ws) at /graphql; send queries and mutations over HTTP.';
    return { refused: { status: 400, body: { errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] } } };
  }
  return { document };
}

/**
 * One GraphQL request through the server's pipeline, in the server's order and with its errors:
 * parse and validate (limits included) → every string sent (NUL, length) → access rules → cost → execute, as one transaction
 * (a mutation that fails keeps nothing) → `extensions.cost`. The session is the store's.
 */
export async function executeOperation(request: GraphqlRequest, options: { requestId?: string } = {}): Promise<GraphqlResponse> {
  const schema = mockSchema();
  const parsed = parseQuery(request.query);
  if ('refused' in parsed) return parsed.refused;
  const { document } = parsed;
  const validationErrors = validate(schema, document, [...specifiedRules, ...limitRules()]);
  if (validationErrors.length > 0) {
    const limit = validationErrors.find((e) => e.extensions['code'] === ErrorCode.QUERY_TOO_COSTLY);
    return refused(limit ? [limit] : validationErrors, limit ? undefined : ErrorCode.BAD_USER_INPUT);
  }
  const operationName = request.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    const message = operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.';
    return refused([new GraphQLError(message)], ErrorCode.BAD_USER_INPUT);
  }
  const variables = request.variables ?? undefined;
  const caller = viewer();
  const callerTenant = caller ? state.tenants.find((t) => t.id === caller.tenantId) : undefined;
  // As on the server, a refused operation reports the cost it was measured at (0 if refused before).
  let cost = 0;
  try {
    assertStringInputsAllowed(schema, document, operation, variables);
    assertOperationAllowed(
      schema,
      document,
      operation,
      { authenticated: !!caller, master: !!callerTenant?.isMaster, role: caller?.role ?? null },
      accessRules(),
      typeAccessRules(),
    );
    cost = operationCost(schema, document, operationName, variables);
    if (cost > MAX_QUERY_COST) throw tooCostly(cost);
  } catch (error) {
    if (error instanceof GraphQLError) return refused([error], undefined, cost);
    throw error;
  }

  const before = operation.operation === 'mutation' ? structuredClone(state) : null;
  const contextValue: MockContext = { state, viewer: caller, baseDomain: MOCK_BASE_DOMAIN, now: new Date(), requestId: options.requestId ?? crypto.randomUUID() };
  const result = await execute({ schema, document, variableValues: variables, operationName, contextValue });
  const extensions: NonNullable<GraphqlResponse['body']['extensions']> = { cost: { requestedQueryCost: cost, maximumAvailable: MAX_QUERY_COST } };
  const body: GraphqlResponse['body'] = { extensions };
  if (result.errors?.length) body.errors = result.errors.map(formatError);
  body.data = result.data ?? null;
  if (before && result.errors?.length) {
    // The server runs each request in one transaction: nothing of a failed mutation is kept or shown.
    Object.assign(state, before);
    // Like the server, `rolledBack` marks data withheld; an error that already nulled `data` has none.
    if (result.data) {
      body.data = null;
      extensions.rolledBack = true;
    }
  }
  return { status: 200, body: JSON.parse(JSON.stringify(body)) as GraphqlResponse['body'] };
}
