import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { Executor } from "../db/client.js";
import { anonymousScope } from "../db/tenancy.js";
import type { Context, HttpExchange } from "../graphql/context.js";
import { createLoaders } from "../modules/registry.js";
import type { Authentication } from "../modules/team/auth.service.js";

/** The per-request context, for HTTP requests and subscriptions alike. */
export function requestContext(
  tx: Executor,
  authentication: Authentication,
  http: HttpExchange,
  config: Config,
  logger: Logger,
): Context {
  const { auth } = authentication;
  return {
    tx,
    config,
    logger,
    auth,
    authFailure: authentication.failure,
    tokenRejected: authentication.tokenRejected,
    scope: auth ? { tenantId: auth.tenantId, master: auth.master } : anonymousScope,
    loaders: createLoaders(tx),
    http,
  };
}
