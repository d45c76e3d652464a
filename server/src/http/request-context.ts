import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { Executor } from "../db/client.js";
import { anonymousScope } from "../db/tenancy.js";
import type { Authentication } from "../auth/principal.js";
import type { Context, HttpExchange } from "../graphql/context.js";
import type { Composition } from "../kit/module.js";

/** The per-request context, for HTTP requests and subscriptions alike. */
export function requestContext(
  composition: Composition,
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
    loaders: composition.createLoaders(tx),
    http,
  };
}
