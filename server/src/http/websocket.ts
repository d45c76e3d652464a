import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import { getOperationAST, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { type WebSocket, WebSocketServer } from "ws";
import { inAuthenticatedTransaction } from "../auth/authenticate.js";
import type { Authentication } from "../auth/principal.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { Database, Executor } from "../db/client.js";
import { inTenantTransaction } from "../db/tenancy.js";
import { assertOperationAllowed } from "../graphql/access.js";
import { callerOfAuthentication, type Context } from "../graphql/context.js";
import { limitRules, operationCost, tooCostly } from "../graphql/cost.js";
import { badUserInput } from "../graphql/errors.js";
import { DOCUMENT_BUDGETS, documentBudgetProblem, documentNestingProblem } from "../graphql/document-source.js";
import { assertStringInputsAllowed } from "../graphql/string-inputs.js";
import type { Composition } from "../kit/module.js";
import { requestContext } from "./request-context.js";
import { clientAddress, credentialsOf } from "./request.js";

/**
 * Subscriptions outlive any transaction, and the root handle would bypass row-level security:
 * a subscription resolver that needs data opens its own tenant transaction.
 */
const noTransaction = new Proxy({} as Executor, {
  get() {
    throw new Error("No request transaction in a subscription: use ctx.openTransaction.");
  },
});

/** A subscribe message carries one operation: a few kilobytes. Larger frames are refused by `ws`. */
const MAX_MESSAGE_BYTES = 64 * 1024;

type SocketExtra = {
  request: IncomingMessage;
  socket: WebSocket;
  authentication?: Authentication;
  recheck?: NodeJS.Timeout;
  /** Who the socket counts against (the user, or the anonymous client's address). */
  owner?: string;
};

/**
 * A browser sends cookies with any WebSocket handshake, whoever's page opened it; refusing foreign
 * origins stops other sites from subscribing as the signed-in user.
 */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

const tooMany = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

/**
 * graphql-ws on /graphql, for subscriptions only (queries and mutations go over HTTP, in a transaction).
 * The socket is authenticated once, at connect, and re-checked on a timer that closes it (4401) once
 * the credentials no longer hold; each socket holds a bounded number of subscriptions and each user a
 * bounded number of sockets, so one client cannot exhaust the server's memory.
 */
export function attachSubscriptions(composition: Composition, server: Server, schema: GraphQLSchema, database: Database, config: Config, logger: Logger) {
  const wss = new WebSocketServer({ server, path: "/graphql", maxPayload: MAX_MESSAGE_BYTES });
  const rules = [...specifiedRules, ...limitRules(config.maxQueryDepth, config.maxAliases)];
  const socketsOf = new Map<string, number>();
  const authenticateSocket = (request: IncomingMessage) =>
    inAuthenticatedTransaction(database.db, config.secret, credentialsOf(request), async (_tx, authentication) => authentication);

  const release = (owner: string | undefined) => {
    if (!owner) return;
    const left = (socketsOf.get(owner) ?? 1) - 1;
    if (left <= 0) socketsOf.delete(owner);
    else socketsOf.set(owner, left);
  };

  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        if (!sameOrigin(ctx.extra.request)) return false;
        const authentication = await authenticateSocket(ctx.extra.request);
        const owner = authentication.auth ? `user:${authentication.auth.userId}` : `anonymous:${clientAddress(ctx.extra.request, config.trustedProxies)}`;
        const open = socketsOf.get(owner) ?? 0;
        if (open >= config.maxSocketsPerUser) {
          ctx.extra.socket.close(4429, `Too many open connections (at most ${config.maxSocketsPerUser}).`);
          return false;
        }
        socketsOf.set(owner, open + 1);
        ctx.extra.owner = owner;
        ctx.extra.authentication = authentication;
        // Credentials can be revoked or expire while the socket is open: check them again now and
        // then, and close the socket (4401) once they no longer hold.
        if (authentication.auth) {
          ctx.extra.recheck = setInterval(() => {
            authenticateSocket(ctx.extra.request)
              .then((current) => {
                if (!current.auth) ctx.extra.socket.close(4401, current.failure ?? "Unauthorized");
                else ctx.extra.authentication = current;
              })
              .catch((error: unknown) => logger.warn({ err: error }, "re-checking a socket's credentials failed"));
          }, config.socketRecheckMs);
        }
        return true;
      },
      onClose: (ctx) => {
        clearInterval(ctx.extra.recheck);
        release(ctx.extra.owner);
        ctx.extra.owner = undefined;
      },
      onSubscribe: async (ctx, id, payload) => {
        // graphql-ws keeps the socket's subscriptions, this one included, in ctx.subscriptions.
        const running = Object.keys(ctx.subscriptions).filter((other) => other !== id).length;
        if (running >= config.maxSubscriptionsPerSocket) {
          return [tooMany(`This connection already runs ${running} subscriptions (at most ${config.maxSubscriptionsPerSocket}); complete one first.`)];
        }
        const budget = ctx.extra.authentication?.auth
          ? documentBudgetProblem(payload.query, DOCUMENT_BUDGETS.authenticated, "a signed-in caller")
          : documentBudgetProblem(payload.query, DOCUMENT_BUDGETS.anonymous, "an anonymous caller");
        const nesting = documentNestingProblem(payload.query) ?? budget;
        if (nesting) return [badUserInput(nesting)];
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        let errors;
        try {
          errors = validate(schema, document, rules);
        } catch (error) {
          // graphql-js 16 throws validating `@include(if: $v)` on a subscription's root field.
          return [badUserInput(error instanceof Error ? error.message : String(error))];
        }
        if (errors.length) return [...errors];
        const operation = getOperationAST(document, payload.operationName);
        if (!operation || operation.operation !== "subscription") {
          return [new GraphQLError("Only subscriptions run over WebSocket; send queries and mutations over HTTP.", { extensions: { code: "BAD_USER_INPUT" } })];
        }
        // The socket's authentication, kept current by the re-check above (no database round trip per subscribe).
        const authentication = ctx.extra.authentication ?? { auth: null, failure: null };
        try {
          assertStringInputsAllowed(schema, document, operation, payload.variables);
          assertOperationAllowed(schema, document, operation, callerOfAuthentication(authentication));
          const cost = operationCost(schema, document, payload.operationName ?? undefined, payload.variables ?? undefined);
          if (cost > config.maxQueryCost) throw tooCostly(cost, config.maxQueryCost);
        } catch (error) {
          return [error as GraphQLError];
        }
        return undefined;
      },
      context: (ctx): Context => {
        const context = requestContext(
          composition,
          noTransaction,
          ctx.extra.authentication ?? { auth: null, failure: null },
          { secure: false, clientAddress: clientAddress(ctx.extra.request, config.trustedProxies), host: ctx.extra.request.headers.host, userAgent: undefined, sessionToken: undefined, setCookie: () => {}, requestId: randomUUID() },
          config,
          logger,
        );
        return { ...context, openTransaction: (fn) => inTenantTransaction(database.db, context.scope, fn) };
      },
    },
    wss,
  );
  // graphql-ws reports a socket's errors with console.error. They are the client's doing — a frame
  // over the limit, a malformed frame — and ws has already answered them by closing the socket
  // (1009, 1002…): log them through the server's logger instead. Registered after useServer, so it
  // replaces graphql-ws's handler.
  wss.on("connection", (socket) => {
    socket.removeAllListeners("error");
    socket.on("error", (error) => {
      logger.warn({ err: error }, "WebSocket client error");
      if (socket.readyState === socket.OPEN) socket.close(1011, "Internal server error");
    });
  });
  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
