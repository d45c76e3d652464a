import type { IncomingMessage, Server } from "node:http";
import { getOperationAST, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { type WebSocket, WebSocketServer } from "ws";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { Database, Executor } from "../db/client.js";
import { anonymousScope, inTenantTransaction } from "../db/tenancy.js";
import { assertOperationAllowed } from "../graphql/access.js";
import { callerOfAuthentication, type Context } from "../graphql/context.js";
import { limitRules, operationCost, tooCostly } from "../graphql/cost.js";
import { badUserInput } from "../graphql/errors.js";
import { documentNestingProblem } from "../graphql/document-source.js";
import { assertStringInputsAllowed } from "../graphql/string-inputs.js";
import { requestContext } from "./request-context.js";
import { authenticate } from "../auth/authenticate.js";
import type { Authentication } from "../auth/principal.js";
import type { Composition } from "../kit/module.js";
import { credentialsOf } from "./request.js";

/**
 * Subscriptions outlive any transaction, and the root handle would bypass row-level security:
 * a subscription resolver that needs data opens its own tenant transaction.
 */
const noTransaction = new Proxy({} as Executor, {
  get() {
    throw new Error("No request transaction in a subscription: use inTenantTransaction with ctx.scope.");
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
export function attachSubscriptions(composition: Composition, server: Server, schema: GraphQLSchema, database: Database, config: Config, logger: Logger) {
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
        const nesting = documentNestingProblem(payload.query);
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
        // Every subscription re-checks the credentials: a revoked token or ended session gets no new stream.
        const authentication = await authenticateSocket(ctx.extra.request);
        ctx.extra.authentication = authentication;
        try {
          assertStringInputsAllowed(document, payload.variables);
          assertOperationAllowed(schema, document, operation, callerOfAuthentication(authentication));
          const cost = operationCost(schema, document, payload.operationName ?? undefined, payload.variables ?? undefined);
          if (cost > config.maxQueryCost) throw tooCostly(cost, config.maxQueryCost);
        } catch (error) {
          return [error as GraphQLError];
        }
        return undefined;
      },
      context: (ctx): Context =>
        requestContext(
          composition,
          noTransaction,
          ctx.extra.authentication ?? { auth: null, failure: null },
          { secure: false, host: ctx.extra.request.headers.host, userAgent: undefined, sessionToken: undefined, setCookie: () => {} },
          config,
          logger,
        ),
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
