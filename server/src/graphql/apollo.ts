import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestListener } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import { assertOperationAllowed } from "./access.js";
import { callerOf, type Context } from "./context.js";
import { limitRules, operationCost, tooCostly } from "./cost.js";
import { createErrorFormatter } from "./errors.js";
import { assertStringInputsAllowed } from "./string-inputs.js";
import { jitGateway } from "./jit-executor.js";

/**
 * What the pipeline tells the HTTP layer. Apollo gives plugins a shallow copy of the context, so
 * this must be an object shared by reference, never a flag set on the context itself.
 */
export interface RequestOutcome {
  outcome: {
    /** A mutation hit an error: the HTTP layer rolls the whole request back. */
    rollback: boolean;
    /** For the request log. */
    operation?: { name: string | null; type: string; cost?: number };
  };
}

/** Refusals by code; docs/decisions/0004-http-status-of-graphql-responses.md is the whole rule. */
const refusalStatus: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, QUERY_TOO_COSTLY: 400, BAD_USER_INPUT: 400 };

/**
 * An operation stopped before execution gets the HTTP status of its refusal; anything else (a
 * defect in a check) is reported like an error during execution, with 200 — as for queries and
 * mutations alike. Apollo would send 500 for both.
 */
function withHttpStatus(error: unknown): GraphQLError {
  const e =
    error instanceof GraphQLError
      ? error
      : new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined });
  const status = refusalStatus[String(e.extensions.code)] ?? 200;
  return new GraphQLError(e.message, { originalError: e.originalError ?? undefined, extensions: { ...e.extensions, http: { status } } });
}

/**
 * Runs, for every operation and before anything executes: the check of every string the caller
 * sent, the access rules (authentication, token scopes and permission, master-only, member writes)
 * and the cost limit. Reports the cost in `extensions.cost` of every response.
 */
function gatehousePlugin(maxCost: number): ApolloServerPlugin<Context & RequestOutcome> {
  // The hooks keep nothing of their own per request (what they need is in the context): one object serves every request.
  const hooks: GraphQLRequestListener<Context & RequestOutcome> = {
    async didResolveOperation({ contextValue, document, operation, request, schema }) {
      if (!operation) return;
      contextValue.outcome.operation = { name: operation.name?.value ?? null, type: operation.operation };
      try {
        assertStringInputsAllowed(schema, document, operation, request.variables);
        assertOperationAllowed(schema, document, operation, callerOf(contextValue));
        const cost = operationCost(schema, document, request.operationName ?? undefined, request.variables);
        contextValue.cost = cost;
        contextValue.outcome.operation.cost = cost;
        if (cost > maxCost) throw tooCostly(cost, maxCost);
      } catch (error) {
        throw withHttpStatus(error);
      }
    },
    async didEncounterErrors({ contextValue, operation }) {
      if (operation?.operation === "mutation") contextValue.outcome.rollback = true;
    },
    async willSendResponse({ response, contextValue }) {
      if (response.body.kind !== "single") return;
      const result = response.body.singleResult;
      if (contextValue.outcome.rollback && result.data) {
        // Nothing of this mutation was kept: do not show results (a token, a tenant) that do not exist.
        result.data = null;
        result.extensions = { ...result.extensions, rolledBack: true };
      }
      result.extensions = {
        ...result.extensions,
        cost: { requestedQueryCost: contextValue.cost ?? 0, maximumAvailable: maxCost },
      };
    },
  };
  return {
    async requestDidStart() {
      return hooks;
    },
  };
}

export function createApollo(schema: GraphQLSchema, config: Config, logger: Logger) {
  return new ApolloServer<Context & RequestOutcome>({
    gateway: jitGateway(schema),
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: the database connection a request gets (a transaction or none)
    // is decided from its document before Apollo runs it, and a hash-only request has none to read
    // (graphql/operation-mode.ts). Clients that try APQ hear PERSISTED_QUERY_NOT_SUPPORTED and send the query.
    persistedQueries: false,
    // Apollo's default pretty-prints every response (indentation): more bytes and CPU for no reader.
    stringifyResult: (result) => JSON.stringify(result),
    // main.ts stops the server on SIGINT/SIGTERM (HTTP, then the database). Apollo's own handler would
    // re-raise the signal once it stopped and kill the process before the database is closed.
    stopOnTerminationSignals: false,
    validationRules: limitRules(config.maxQueryDepth, config.maxAliases),
    formatError: createErrorFormatter({
      exposeInternalMessages: config.env === "development",
      onInternalError: (error) => logger.error({ err: error }, "unexpected error in a GraphQL request"),
    }),
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), gatehousePlugin(config.maxQueryCost)],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
}
