import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { GraphQLSchema } from "graphql";
import type { Database, Executor } from "../db/client.js";
import type { RequestConnection } from "../db/request-connection.js";
import { inTenantTransaction } from "../db/tenancy.js";
import { operationModeOf } from "../graphql/operation-mode.js";
import { definesSubscription, DOCUMENT_BUDGETS, documentBudgetProblem, documentNestingProblem } from "../graphql/document-source.js";
import { requestContext } from "./request-context.js";
import type { RequestOutcome } from "../graphql/apollo.js";
import type { Context } from "../graphql/context.js";
import type { Composition } from "../kit/module.js";
import { authenticateRequest, presentedCredential, scopeRequest } from "../auth/authenticate.js";
import type { Authentication } from "../auth/principal.js";
import { RecentAuthentications, sameAuthentication } from "../auth/recent-authentications.js";
import { sessionTokenFromCookieHeader } from "../auth/session-cookie.js";
import { clientAddress, credentialsOf, isSecure, readBody, requestIdOf } from "./request.js";

/**
 * The largest request body read. A caller with credentials may send a LongText argument (a whole
 * OpenAPI document, MAX_LONG_TEXT_LENGTH characters, which JSON escapes and UTF-8 may enlarge); one
 * without has nothing that long to send, and gets less buffered for it.
 */
export const MAX_BODY_BYTES = { anonymous: 1024 * 1024, credentialed: 4 * 1024 * 1024 } as const;

/** `ctx.tx` of an `own` mutation before it opened its transaction: using it is a defect. */
const notOpened = new Proxy({} as Executor, {
  get() {
    throw new Error("This operation opens its transaction itself: call ctx.openRequestTransaction() first.");
  },
});

/**
 * POST/GET /graphql. Each request runs on one connection scoped to the caller's tenant by row-level
 * security; a mutation is one transaction, and one that fails rolls back entirely (no half-written
 * state); cookies are only sent once the transaction committed.
 */
export function graphqlHandler(
  composition: Composition,
  schema: GraphQLSchema,
  apollo: ApolloServer<Context & RequestOutcome>,
  database: Database,
  config: Config,
  logger: Logger,
) {
  const recent = new RecentAuthentications();
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    // Every answer carries the request's ID, refusals before anything ran included.
    const requestId = requestIdOf(req);
    res.setHeader("x-request-id", requestId);
    let body: unknown;
    if (req.method === "POST") {
      const { bearer, sessionToken } = credentialsOf(req);
      const raw = await readBody(req, bearer || sessionToken ? MAX_BODY_BYTES.credentialed : MAX_BODY_BYTES.anonymous);
      if (raw === null) {
        // The rest of the body is never read: the connection cannot carry another request.
        res.setHeader("connection", "close");
        return sendJson(res, 413, { errors: [{ message: "Request body too large.", extensions: { code: "BAD_USER_INPUT" } }] });
      }
      if (isJson(req.headers["content-type"])) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJson(res, 400, { errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_USER_INPUT" } }] });
        }
      } else {
        // Apollo answers it: a CSRF refusal for the simple types a cross-site form can send, else a bad request.
        body = raw;
      }
    }
    // Refused before Apollo parses and validates the document, which would fail on these (graphql/document-source.ts).
    const source = sourceOf(body, url);
    const problem =
      documentNestingProblem(source) ??
      documentBudgetProblem(source, DOCUMENT_BUDGETS.authenticated, "a signed-in caller") ??
      (definesSubscription(source) ? "Subscriptions run over WebSocket (graphql-ws) at /graphql; send queries and mutations over HTTP." : null);
    if (problem) return sendJson(res, 400, { errors: [{ message: problem, extensions: { code: "BAD_USER_INPUT" } }] });
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const started = performance.now();
    const cookies: string[] = [];
    const outcome: RequestOutcome["outcome"] = { rollback: false };
    let who = null as { tenantId: string; userId: string; via: "token" | "session" } | null;
    let response: Awaited<ReturnType<typeof apollo.executeHTTPGraphQLRequest>> | undefined;
    // A query needs no transaction, a mutation one, and `login` opens its own after checking the
    // password (graphql/operation-mode.ts, db/request-connection.ts).
    const mode = operationModeOf(schema, source, operationNameOf(body, url));
    const credentials = credentialsOf(req);
    const presented = presentedCredential(config.secret, credentials);
    const recentKey = presented ? `${presented.kind}:${presented.hash}` : null;
    // A query of a caller seen lately runs as that caller while its opening statement is under way
    // (auth/recent-authentications.ts); everything else waits for the opening.
    const guess = mode === "read" && recentKey ? recent.get(recentKey) : undefined;
    // Address and scheme are worked out only for the resolvers that read them (login, cookies).
    let secure: boolean | undefined;
    let address: string | undefined;
    const http = {
      get secure() {
        return (secure ??= isSecure(req, config.trustedProxies));
      },
      get clientAddress() {
        return (address ??= clientAddress(req, config.trustedProxies));
      },
      host: req.headers.host,
      userAgent: req.headers["user-agent"],
      sessionToken: sessionTokenFromCookieHeader(req.headers.cookie),
      setCookie: (cookie: string) => cookies.push(cookie),
      requestId,
    };
    const execute = (executor: Executor, authentication: Authentication) => {
      const context = { ...requestContext(composition, executor, authentication, http, config, logger), outcome };
      return apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
        context: async () => context,
      });
    };
    const whoOf = ({ auth }: Authentication) => (auth ? { tenantId: auth.tenantId, userId: auth.userId, via: auth.token ? ("token" as const) : ("session" as const) } : null);
    let connection: RequestConnection | null = await database.openRequest(mode === "write" ? "write" : "read");
    try {
      if (guess) {
        const opened = connection;
        // Sent first, so the query's statements that follow it on the connection run in the scope it sets.
        const opening = authenticateRequest(opened, config.secret, credentials, new Date(), presented);
        const [actual, ran] = await Promise.allSettled([opening, execute(opened.executor, guess)]);
        if (actual.status === "rejected") throw actual.reason;
        recent.remember(recentKey!, actual.value);
        if (ran.status === "fulfilled" && sameAuthentication(actual.value, guess)) {
          who = whoOf(guess);
          response = ran.value;
        } else {
          // Not the caller it was (a revoked or expired credential, another role or scopes): nothing
          // computed as the guess is kept, and the request runs again as the database sees the caller.
          connection = null;
          cookies.length = 0;
          outcome.rollback = false;
          outcome.operation = undefined;
          await opened.end("rollback");
          connection = await database.openRequest("read");
        }
      }
      if (!response) {
        // One statement opens the request: the application role, the caller, and the caller's tenant scope.
        const authentication = await authenticateRequest(connection, config.secret, credentials, new Date(), presented);
        if (recentKey) recent.remember(recentKey, authentication);
        const { auth } = authentication;
        // Anonymous callers get the smaller budget, checked before Apollo parses anything.
        const overBudget = auth ? null : documentBudgetProblem(source, DOCUMENT_BUDGETS.anonymous, "an anonymous caller");
        if (overBudget) {
          response = refusedResponse(400, overBudget);
        } else {
          who = whoOf(authentication);
          if (mode === "own") {
            // Nothing is held while the resolver does its slow part; it opens the request's transaction when it writes.
            await connection.end("commit");
            connection = null;
            const context: Context & RequestOutcome = { ...requestContext(composition, notOpened, authentication, http, config, logger), outcome };
            context.openTransaction = (fn) => inTenantTransaction(database.db, context.scope, fn);
            // Apollo hands resolvers a copy of the context: the resolver's own is the one to update.
            context.openRequestTransaction = async (resolverContext) => {
              if (connection) throw new Error("openRequestTransaction: the request's transaction is already open.");
              connection = await database.openRequest("write");
              await scopeRequest(connection, resolverContext.scope);
              resolverContext.tx = connection.executor;
              resolverContext.loaders = composition.createLoaders(connection.executor);
              return connection.executor;
            };
            response = await apollo.executeHTTPGraphQLRequest({
              httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
              context: async () => context,
            });
          } else {
            response = await execute(connection.executor, authentication);
          }
        }
      }
      const open = connection as RequestConnection | null;
      connection = null;
      // A mutation that hit an error keeps nothing: not its writes, not its cookies.
      if (outcome.rollback) cookies.length = 0;
      await open?.end(outcome.rollback ? "rollback" : "commit");
    } catch (error) {
      cookies.length = 0;
      await connection?.end("rollback").catch((failure: unknown) => logger.error({ err: failure }, "GraphQL request rollback failed"));
      // The transaction failed after execution (a statement error aborted it): nothing was kept.
      if (!response) throw error;
      logger.error({ err: error }, "GraphQL request transaction failed");
      response = failedResponse();
    }
    if (!response) throw new Error("GraphQL request produced no response");
    // One structured line per request: enough to find slow, costly or failing operations per tenant.
    logger.info(
      {
        operation: outcome.operation?.name ?? null,
        type: outcome.operation?.type ?? null,
        cost: outcome.operation?.cost ?? null,
        status: response.status ?? 200,
        rolledBack: outcome.rollback,
        ms: Math.round(performance.now() - started),
        requestId,
        ...who,
      },
      "graphql request",
    );
    for (const [name, value] of response.headers) res.setHeader(name, value);
    if (cookies.length) res.setHeader("set-cookie", cookies);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** A request refused before Apollo saw it, in the shape Apollo answers refusals. */
function refusedResponse(status: number, message: string) {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] });
  return { status, headers: new HeaderMap([["content-type", "application/json"]]), body: { kind: "complete" as const, string: body } };
}

/**
 * Sent when the request's transaction could not commit: its result cannot be trusted. The request
 * was executed, so 200, as when a mutation rolls back (docs/decisions/0004-http-status-of-graphql-responses.md).
 */
function failedResponse() {
  const body = JSON.stringify({
    errors: [{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
    data: null,
    extensions: { rolledBack: true },
  });
  return { status: 200, headers: new HeaderMap([["content-type", "application/json"]]), body: { kind: "complete" as const, string: body } };
}

/** The operation name of a POST body or of a GET's `operationName` parameter. */
function operationNameOf(body: unknown, url: URL): string | null {
  if (body === undefined) return url.searchParams.get("operationName");
  const name = body !== null && typeof body === "object" ? (body as { operationName?: unknown }).operationName : undefined;
  return typeof name === "string" ? name : null;
}

/** The document of a POST body or of a GET's `query` parameter ("" when there is none to check). */
function sourceOf(body: unknown, url: URL): string {
  if (body === undefined) return url.searchParams.get("query") ?? "";
  const query = body !== null && typeof body === "object" ? (body as { query?: unknown }).query : undefined;
  return typeof query === "string" ? query : "";
}

/** `application/json`, with any parameters; media types are case-insensitive (RFC 9110 §8.3.1). */
function isJson(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]!.trim().toLowerCase() === "application/json";
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(value));
}
