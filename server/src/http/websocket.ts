import type { IncomingMessage, Server } from "node:http";
import { getOperationAST, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { type WebSocket, WebSocketServer } from "ws";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { Database, Executor } from "../db/client.js";
import { anonymousScope, inTenantTransaction } from "../db/tenancy.js";
import { assertOperationAllowed } from "../graphql/access.js";
import { callerOf, type Context } from "../graphql/context.js";
import { limitRules, operationCost, tooCostly } from "../graphql/cost.js";
import { requestContext } from "./request-context.js";
import { authenticate, type Authentication } from "../modules/team/auth.service.js";
import { credentialsOf } from "./request.js";

/**
 * Subscriptions outlive any transaction, and the root handle would bypass row-level security:
 * a subscription resolver that needs data opens its own tenant transaction.
 */
const noTransaction = new Proxy({} as Executor, {
  get() {
    throw new Error("No request transaction in a subscription: use ctx.openTransaction.");
  },
});

type SocketExtra = {
  request: IncomingMessage;
  socket: WebSocket;
  authentication?: Authentication;
  recheck?: NodeJS.Timeout;
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

/** graphql-ws on /graphql, for subscriptions only (queries and mutations go over HTTP, in a transaction). */
export function attachSubscriptions(server: Server, schema: GraphQLSchema, database: Database, config: Config, logger: Logger) {
  const wss = new WebSocketServer({ server, path: "/graphql" });
  const rules = [...specifiedRules, ...limitRules(config.maxQueryDepth, config.maxAliases)];
  const authenticateSocket = (request: IncomingMessage) =>
    inTenantTransaction(database.db, anonymousScope, (tx) => authenticate(tx, config.secret, credentialsOf(request)));
  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        if (!sameOrigin(ctx.extra.request)) return false;
        ctx.extra.authentication = await authenticateSocket(ctx.extra.request);
        // Credentials can be revoked or expire while the socket is open: check them again now and
        // then, and close the socket (4401) once they no longer hold.
        if (ctx.extra.authentication.auth) {
          ctx.extra.recheck = setInterval(() => {
            authenticateSocket(ctx.extra.request)
              .then((current) => {
                if (!current.auth) ctx.extra.socket.close(4401, current.failure ?? "Unauthorized");
              })
              .catch((error: unknown) => logger.warn({ err: error }, "re-checking a socket's credentials failed"));
          }, config.socketRecheckMs);
        }
        return true;
      },
      onClose: (ctx) => {
        clearInterval(ctx.extra.recheck);
      },
      onSubscribe: async (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return [...errors];
        const operation = getOperationAST(document, payload.operationName);
        if (!operation || operation.operation !== "subscription") {
          return [new GraphQLError("Only subscriptions run over WebSocket; send queries and mutations over HTTP.", { extensions: { code: "BAD_USER_INPUT" } })];
        }
        // Every subscription re-checks the credentials: a revoked token or ended session gets no new stream.
        const authentication = await authenticateSocket(ctx.extra.request);
        ctx.extra.authentication = authentication;
        try {
          assertOperationAllowed(schema, document, operation, callerOf({ auth: authentication.auth, authFailure: authentication.failure, tokenRejected: authentication.tokenRejected }));
          const cost = operationCost(schema, document, payload.operationName ?? undefined, payload.variables ?? undefined);
          if (cost > config.maxQueryCost) throw tooCostly(cost, config.maxQueryCost);
        } catch (error) {
          return [error as GraphQLError];
        }
        return undefined;
      },
      context: (ctx): Context => {
        const context = requestContext(
          noTransaction,
          ctx.extra.authentication ?? { auth: null, failure: null },
          { secure: false, host: ctx.extra.request.headers.host, userAgent: undefined, sessionToken: undefined, setCookie: () => {} },
          config,
          logger,
        );
        return { ...context, openTransaction: (fn) => inTenantTransaction(database.db, context.scope, fn) };
      },
    },
    wss,
  );
  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
